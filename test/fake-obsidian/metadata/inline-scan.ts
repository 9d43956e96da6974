import type { EmbedCache, LinkCache, Loc, Reference, ReferenceCache, TagCache } from 'obsidian';
import type { TextSpan } from './block-tree';
import { ForwardFinder } from './forward-finder';
import { markdownReference, wikilinkReference } from './reference-text';
import { lineText, locAt, type SourceLines } from './source-lines';
import { tagBodyLength } from './tag-text';

export interface InlineFindings {
  readonly tags: TagCache[];
  readonly links: LinkCache[];
  readonly embeds: EmbedCache[];
}

const ASCII_PUNCTUATION = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
/** Characters after which a `#` may start a tag although they are not spaces (emphasis marks). */
const TAG_OPENERS = '*_~=';

function isWhitespace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\u00a0';
}

/** Characters the scan stops at; everything else is skipped in a tight loop. */
const SPECIAL = new Uint8Array(128);
for (const ch of '\\`<![#') SPECIAL[ch.charCodeAt(0)] = 1;

/** Index of the `]` closing each `[` on the same line (escapes respected). */
function matchBrackets(s: string): Map<number, number> {
  const close = new Map<number, number>();
  const stack: number[] = [];
  for (let i = 0; i < s.length; i += 1) {
    const ch = s.charAt(i);
    if (ch === '\\') i += 1;
    else if (ch === '\n') stack.length = 0;
    else if (ch === '[') stack.push(i);
    else if (ch === ']') {
      const open = stack.pop();
      if (open !== undefined) close.set(open, i);
    }
  }
  return close;
}

/** Finds closing backtick runs of a given length, moving forward only (linear overall). */
class BacktickRuns {
  private readonly byLength = new Map<number, number[]>();
  private readonly cursor = new Map<number, number>();

  constructor(s: string) {
    let i = s.indexOf('`');
    while (i >= 0) {
      let end = i;
      while (s.charAt(end) === '`') end += 1;
      const list = this.byLength.get(end - i) ?? [];
      list.push(i);
      this.byLength.set(end - i, list);
      i = s.indexOf('`', end);
    }
  }

  closerAfter(length: number, from: number): number {
    const list = this.byLength.get(length);
    if (list === undefined) return -1;
    let k = this.cursor.get(length) ?? 0;
    while (k < list.length && (list[k] ?? 0) < from) k += 1;
    this.cursor.set(length, k);
    return list[k] ?? -1;
  }
}

/** `s.indexOf(ch, from)` looking no further than `limit`. */
function indexBefore(s: string, ch: string, from: number, limit: number): number {
  for (let i = from; i < limit; i += 1) if (s.charAt(i) === ch) return i;
  return -1;
}

/** Longest link destination read (vault links are far shorter); keeps the scan linear. */
const MAX_DESTINATION = 512;

/** Parses `(destination "title")` after a link's `]`, within one line; returns [destination, end]. */
function readDestination(s: string, at: number, lineEnd: number): [string, number] | null {
  if (s.charAt(at) !== '(') return null;
  const limit = Math.min(lineEnd, at + MAX_DESTINATION);
  let j = at + 1;
  while (s.charAt(j) === ' ' || s.charAt(j) === '\t') j += 1;
  let destination: string;
  if (s.charAt(j) === '<') {
    const end = indexBefore(s, '>', j, limit);
    if (end < 0) return null;
    destination = s.slice(j + 1, end);
    j = end + 1;
  } else {
    const from = j;
    let depth = 0;
    for (; j < limit; j += 1) {
      const ch = s.charAt(j);
      if (ch === '\\') j += 1;
      else if (ch === '(') depth += 1;
      else if (ch === ')' && depth-- === 0) break;
      else if (isWhitespace(ch)) break;
    }
    if (j >= limit) return null;
    destination = s.slice(from, j);
  }
  while (s.charAt(j) === ' ' || s.charAt(j) === '\t') j += 1;
  const quote = s.charAt(j);
  if (quote === '"' || quote === "'" || quote === '(') {
    const end = indexBefore(s, quote === '(' ? ')' : quote, j + 1, limit);
    if (end < 0) return null;
    j = end + 1;
    while (s.charAt(j) === ' ' || s.charAt(j) === '\t') j += 1;
  }
  return s.charAt(j) === ')' ? [destination, j + 1] : null;
}

/**
 * Finds tags, links and embeds in the inline text of one block (its lines joined by `\n`),
 * skipping code spans, HTML comments and escaped characters. One forward pass.
 */
export function scanInline(src: SourceLines, spans: readonly TextSpan[], out: InlineFindings): void {
  if (spans.length === 0) return;
  const segmentStarts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  for (const span of spans) {
    const part = lineText(src, span.line).slice(span.col);
    segmentStarts.push(length);
    parts.push(part);
    length += part.length + 1;
  }
  const s = parts.join('\n');
  const locOf = (index: number): Loc => {
    let lo = 0;
    let hi = segmentStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((segmentStarts[mid] ?? 0) <= index) lo = mid;
      else hi = mid - 1;
    }
    const span = spans[lo] ?? { line: 0, col: 0 };
    return locAt(src, span.line, span.col + index - (segmentStarts[lo] ?? 0));
  };
  const push = (list: ReferenceCache[], ref: Reference, from: number, to: number): void => {
    list.push({ ...ref, position: { start: locOf(from), end: locOf(to) } });
  };

  let brackets: Map<number, number> | undefined;
  const backticks = new BacktickRuns(s);
  const newlines = new ForwardFinder(s, '\n');
  const wikiCloses = new ForwardFinder(s, ']]');
  const wikiOpens = new ForwardFinder(s, '[[');
  const commentCloses = new ForwardFinder(s, '-->');
  const lineEndAfter = (i: number): number => {
    const nl = newlines.from(i);
    return nl < 0 ? s.length : nl;
  };
  let escapedEnd = -1;

  /** A link or embed starting at the `[` at `i`; returns the index after it, or 0. */
  const tryLink = (i: number, embed: boolean): number => {
    const from = embed ? i - 1 : i;
    const target = embed ? out.embeds : out.links;
    const lineEnd = lineEndAfter(i);
    if (s.charAt(i + 1) === '[') {
      const close = wikiCloses.before(i + 2, lineEnd);
      if (close <= i + 2 || wikiOpens.before(i + 2, close) >= 0) return 0;
      const inner = s.slice(i + 2, close);
      push(target, wikilinkReference(inner, s.slice(from, close + 2)), from, close + 2);
      return close + 2;
    }
    brackets ??= matchBrackets(s);
    const close = brackets.get(i) ?? -1;
    if (close < 0) return 0;
    const destination = readDestination(s, close + 1, lineEnd);
    if (destination === null) return 0;
    const [dest, end] = destination;
    const ref = markdownReference(s.slice(i + 1, close), dest, s.slice(from, end));
    if (ref !== null) push(target, ref, from, end);
    return end;
  };

  let i = 0;
  while (i < s.length) {
    const code = s.charCodeAt(i);
    if (code >= 128 || SPECIAL[code] === 0) {
      i += 1;
      continue;
    }
    const ch = s.charAt(i);
    let next = i + 1;
    if (ch === '\\') {
      const escaped = s.charAt(i + 1);
      if (escaped !== '' && ASCII_PUNCTUATION.includes(escaped)) {
        next = i + 2;
        escapedEnd = next;
      }
    } else if (ch === '`') {
      let run = 1;
      while (s.charAt(i + run) === '`') run += 1;
      const closer = backticks.closerAfter(run, i + run);
      next = closer >= 0 ? closer + run : i + run;
    } else if (ch === '<' && s.startsWith('<!--', i)) {
      const end = commentCloses.from(i + 4);
      if (end >= 0) next = end + 3;
    } else if (ch === '!' && s.charAt(i + 1) === '[') {
      next = tryLink(i + 1, true) || i + 1;
    } else if (ch === '[') {
      next = tryLink(i, false) || i + 1;
    } else if (ch === '#') {
      const before = i === 0 ? ' ' : s.charAt(i - 1);
      if (isWhitespace(before) || escapedEnd === i || TAG_OPENERS.includes(before)) {
        const body = tagBodyLength(s, i + 1);
        if (body > 0) {
          out.tags.push({ tag: s.slice(i, i + 1 + body), position: { start: locOf(i), end: locOf(i + 1 + body) } });
          next = i + 1 + body;
        }
      }
    }
    i = next;
  }
}
