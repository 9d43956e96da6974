import type { Reference } from 'obsidian';

/** Obsidian's display text for a wikilink without alias: `a#b#^c` -> `a > b > ^c`. */
export function defaultDisplayText(link: string): string {
  if (!link.includes('#')) return link;
  return link
    .split('#')
    .filter((part) => part !== '')
    .join(' > ');
}

/** A wikilink's inner text (between `[[` and `]]`) as Obsidian reads it. */
export function wikilinkReference(inner: string, original: string): Reference {
  const pipe = inner.indexOf('|');
  if (pipe > 0) {
    return { link: inner.slice(0, pipe), original, displayText: inner.slice(pipe + 1) };
  }
  return { link: inner, original, displayText: defaultDisplayText(inner) };
}

/** Links with a scheme (`https:`, `mailto:`, `obsidian:`) are not vault links. */
export function isExternal(destination: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(destination);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A markdown link `[text](destination)` as a vault reference, or null for external/empty ones. */
export function markdownReference(text: string, destination: string, original: string): Reference | null {
  if (destination === '' || isExternal(destination)) return null;
  return { link: safeDecode(destination), original, displayText: text };
}

/** Every `[[...]]` in a frontmatter string. */
export function wikilinksIn(value: string): Reference[] {
  const found: Reference[] = [];
  let from = value.indexOf('[[');
  while (from >= 0) {
    const close = value.indexOf(']]', from + 2);
    if (close < 0) break;
    const inner = value.slice(from + 2, close);
    const nested = inner.lastIndexOf('[[');
    if (nested >= 0) {
      from += 2 + nested;
      continue;
    }
    if (inner !== '' && !inner.includes('\n')) {
      found.push(wikilinkReference(inner, value.slice(from, close + 2)));
    }
    from = value.indexOf('[[', close + 2);
  }
  return found;
}
