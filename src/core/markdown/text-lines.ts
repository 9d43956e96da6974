/**
 * The lines of a note, read the way Obsidian's editor reads them: `\r\n`, `\n` and a lone `\r` each
 * end a line. Edits find their line the same way and put every ending back untouched, so a note
 * keeps its bytes whichever endings (or mix of them) it was written with.
 */
const LINE_BREAK = /\r\n|\n|\r/g;

/** The lines of a note without their line endings. */
export function splitLines(text: string): string[] {
  return text.split(LINE_BREAK);
}

/** A line and the ending that follows it (`\n`, `\r\n`, `\r`, or none for the last line). */
export interface LineWithEnding {
  readonly text: string;
  readonly eol: string;
}

/** Lines with their own endings, so that a note with mixed endings keeps every ending in place. */
export function splitKeepingEndings(text: string): LineWithEnding[] {
  const parts = text.split(/(\r\n|\n|\r)/);
  const lines: LineWithEnding[] = [];
  for (let i = 0; i < parts.length; i += 2) lines.push({ text: parts[i] ?? '', eol: parts[i + 1] ?? '' });
  return lines;
}

/** The ending a line added to the note should get: the note's first, or `\n` in a note of one line. */
export function lineEndingOf(text: string): string {
  return /\r\n|\n|\r/.exec(text)?.[0] ?? '\n';
}

export function joinKeepingEndings(lines: readonly LineWithEnding[]): string {
  return lines.map((line) => line.text + line.eol).join('');
}

/** Where line `line` (0-based) starts and ends in `text`, its ending excluded; null past the end. */
function lineSpan(text: string, line: number): { readonly start: number; readonly end: number } | null {
  if (!Number.isInteger(line) || line < 0) return null;
  LINE_BREAK.lastIndex = 0;
  let start = 0;
  for (let current = 0; current < line; current++) {
    const match = LINE_BREAK.exec(text);
    if (match === null) return null;
    start = LINE_BREAK.lastIndex;
  }
  const next = LINE_BREAK.exec(text);
  LINE_BREAK.lastIndex = 0;
  return { start, end: next === null ? text.length : next.index };
}

/**
 * `text` with line `line` (0-based) replaced, when that line reads exactly `expected`; otherwise
 * null, because the note changed since the edit was planned. Every other character, line endings
 * included, is kept.
 */
export function replaceLine(text: string, line: number, expected: string, replacement: string): string | null {
  if (/[\r\n]/.test(replacement)) return null;
  const span = lineSpan(text, line);
  if (span === null || text.slice(span.start, span.end) !== expected) return null;
  return text.slice(0, span.start) + replacement + text.slice(span.end);
}

const QUOTED_LENGTH = 60;

/** A line as a notice quotes it: trimmed, in quotes, cut to 60 characters with an ellipsis. */
export function quotedLine(line: string): string {
  const text = line.trim();
  return `"${text.length > QUOTED_LENGTH ? `${text.slice(0, QUOTED_LENGTH - 1)}…` : text}"`;
}
