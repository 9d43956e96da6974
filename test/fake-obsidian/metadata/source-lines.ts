import type { Loc, Pos } from 'obsidian';

/**
 * A note's text cut into lines. Offsets count real characters, so a `\r\n` line ending counts as
 * two characters and is never part of a line's text.
 */
export interface SourceLines {
  readonly text: string;
  /** Offset of the first character of each line. */
  readonly starts: readonly number[];
  /** Offset just past the last character of each line (before `\r\n` or `\n`). */
  readonly ends: readonly number[];
}

export function splitLines(text: string): SourceLines {
  const starts: number[] = [0];
  const ends: number[] = [];
  let from = 0;
  for (;;) {
    const nl = text.indexOf('\n', from);
    if (nl < 0) break;
    ends.push(nl > from && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl);
    from = nl + 1;
    starts.push(from);
  }
  ends.push(text.length);
  return { text, starts, ends };
}

export function lineCount(src: SourceLines): number {
  return src.starts.length;
}

export function lineText(src: SourceLines, line: number): string {
  return src.text.slice(src.starts[line] ?? 0, src.ends[line] ?? 0);
}

export function lineLength(src: SourceLines, line: number): number {
  return (src.ends[line] ?? 0) - (src.starts[line] ?? 0);
}

export function locAt(src: SourceLines, line: number, col: number): Loc {
  return { line, col, offset: (src.starts[line] ?? 0) + col };
}

/** The location of the end of a line (after its last character). */
export function lineEnd(src: SourceLines, line: number): Loc {
  return locAt(src, line, lineLength(src, line));
}

/** Whole lines `first..last`, from column 0 to the end of the last line. */
export function linesPos(src: SourceLines, first: number, last: number): Pos {
  return { start: locAt(src, first, 0), end: lineEnd(src, last) };
}

/** The line holding an offset (binary search over line starts). */
export function lineOfOffset(src: SourceLines, offset: number): number {
  let lo = 0;
  let hi = src.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((src.starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function locOfOffset(src: SourceLines, offset: number): Loc {
  const line = lineOfOffset(src, offset);
  return { line, col: offset - (src.starts[line] ?? 0), offset };
}
