import type { SearchMatchPart, SearchResult } from 'obsidian';

/** Case-insensitive subsequence match; tighter and earlier matches score higher (closer to 0). */
export function prepareFuzzySearch(query: string): (text: string) => SearchResult | null {
  const wanted = query.toLowerCase().replace(/\s+/g, '');
  return (text: string) => {
    if (wanted === '') return { score: 0, matches: [] };
    const haystack = text.toLowerCase();
    const matches: SearchMatchPart[] = [];
    let from = 0;
    let gaps = 0;
    for (const ch of wanted) {
      const at = haystack.indexOf(ch, from);
      if (at < 0) return null;
      gaps += at - from;
      const last = matches[matches.length - 1];
      if (last && last[1] === at) last[1] = at + 1;
      else matches.push([at, at + 1]);
      from = at + 1;
    }
    return { score: -(gaps + (matches[0]?.[0] ?? 0) * 0.1 + matches.length), matches };
  };
}

export function prepareSimpleSearch(query: string): (text: string) => SearchResult | null {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return (text: string) => {
    const haystack = text.toLowerCase();
    const matches: SearchMatchPart[] = [];
    for (const word of words) {
      const at = haystack.indexOf(word);
      if (at < 0) return null;
      matches.push([at, at + word.length]);
    }
    return { score: -matches.reduce((sum, [start]) => sum + start, 0), matches };
  };
}

export function renderResults(el: HTMLElement, text: string, result: SearchResult, offset = 0): void {
  let cursor = 0;
  for (const [rawStart, rawEnd] of result.matches) {
    const start = Math.max(0, rawStart + offset);
    const end = Math.min(text.length, rawEnd + offset);
    if (end <= start || start < cursor) continue;
    el.appendText(text.slice(cursor, start));
    el.createSpan({ cls: 'suggestion-highlight', text: text.slice(start, end) });
    cursor = end;
  }
  el.appendText(text.slice(cursor));
}
