/**
 * The lines of a note without their line endings. A `\r` before `\n` belongs to the ending, so
 * `\r\n` notes read like `\n` notes; edits put the ending back untouched (see `replaceLine`).
 */
export function splitLines(text: string): string[] {
  const lines = text.split('\n');
  // The last piece has no `\n` after it, so a `\r` there is text, not half a line ending.
  for (let i = 0; i < lines.length - 1; i++) {
    const line = lines[i] ?? '';
    if (line.endsWith('\r')) lines[i] = line.slice(0, -1);
  }
  return lines;
}

/**
 * `text` with line `line` (0-based) replaced, when that line reads exactly `expected`; otherwise
 * null, because the note changed since the edit was planned. Every other character, line endings
 * included, is kept.
 */
export function replaceLine(text: string, line: number, expected: string, replacement: string): string | null {
  if (!Number.isInteger(line) || line < 0 || /[\r\n]/.test(replacement)) return null;
  let start = 0;
  for (let current = 0; current < line; current++) {
    const next = text.indexOf('\n', start);
    if (next === -1) return null;
    start = next + 1;
  }
  const newline = text.indexOf('\n', start);
  let end = newline === -1 ? text.length : newline;
  if (newline !== -1 && text.charAt(end - 1) === '\r') end -= 1;
  if (text.slice(start, end) !== expected) return null;
  return text.slice(0, start) + replacement + text.slice(end);
}

/** A line and the ending that follows it (`\n`, `\r\n`, or none for the last line). */
export interface LineWithEnding {
  readonly text: string;
  readonly eol: string;
}

/** Lines with their own endings, so that a note with mixed `\n` and `\r\n` keeps every ending in place. */
export function splitKeepingEndings(text: string): LineWithEnding[] {
  const parts = text.split(/(\r?\n)/);
  const lines: LineWithEnding[] = [];
  for (let i = 0; i < parts.length; i += 2) lines.push({ text: parts[i] ?? '', eol: parts[i + 1] ?? '' });
  return lines;
}

export function joinKeepingEndings(lines: readonly LineWithEnding[]): string {
  return lines.map((line) => line.text + line.eol).join('');
}
