/** What one Markdown line starts with: quote markers, list markers, a task's box, block openers. */

/** The `[c]` box of a task: its status character and where things sit in the line text. */
export interface TaskBox {
  /** One character (one code point), exactly as written. */
  readonly status: string;
  /** Index of the status character in the line text. */
  readonly statusIndex: number;
  /** Index where the text after the box (and its following spaces) starts. */
  readonly textIndex: number;
}

/** A position in a line: string index and visual column (tabs stop every 4 columns). */
export interface Cursor {
  index: number;
  column: number;
}

export function skipSpaces(line: string, at: Cursor): Cursor {
  let { index, column } = at;
  for (;;) {
    const char = line.charAt(index);
    if (char === ' ') column += 1;
    else if (char === '\t') column += 4 - (column % 4);
    else return { index, column };
    index += 1;
  }
}

/** Blockquote markers (`>`, `> >`, callouts alike), up to `maxDepth`, and where the content starts. */
export function readQuotes(line: string, start: number, maxDepth: number): { depth: number; at: Cursor; base: number } {
  let depth = 0;
  let at: Cursor = { index: start, column: 0 };
  let base = 0;
  while (depth < maxDepth) {
    let { index, column } = at;
    while (line.charAt(index) === ' ' && index - at.index < 3) [index, column] = [index + 1, column + 1];
    if (line.charAt(index) !== '>') break;
    depth += 1;
    [index, column] = [index + 1, column + 1];
    base = column + 1;
    // The one optional space after `>`; a tab there lends one column and keeps the rest as indent.
    if (line.charAt(index) === ' ') [index, column] = [index + 1, column + 1];
    else if (line.charAt(index) !== '\t') base = column;
    at = { index, column };
  }
  return { depth, at, base };
}

export const FENCE = /^(`{3,}|~{3,})(.*)$/;
export const HEADING = /^#{1,6}(?:[ \t]|$)/;
export const THEMATIC_BREAK = /^(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const ORDERED = /^(\d{1,9})[.)]/;

/** A list marker at `at`: its width and its number (null for bullets). */
export function readMarker(line: string, at: number): { width: number; number: number | null } | null {
  const char = line.charAt(at);
  let marker: { width: number; number: number | null } | null = null;
  if (char === '-' || char === '*' || char === '+') marker = { width: 1, number: null };
  else {
    const ordered = ORDERED.exec(line.slice(at, at + 11));
    if (ordered) marker = { width: ordered[0].length, number: Number(ordered[1]) };
  }
  if (marker === null) return null;
  const after = line.charAt(at + marker.width);
  return after === '' || after === ' ' || after === '\t' ? marker : null;
}

export function readTaskBox(line: string, at: number): TaskBox | null {
  if (line.charAt(at) !== '[') return null;
  const code = line.codePointAt(at + 1);
  if (code === undefined) return null;
  const status = String.fromCodePoint(code);
  const close = at + 1 + status.length;
  const after = line.charAt(close + 1);
  if (line.charAt(close) !== ']' || (after !== '' && after !== ' ' && after !== '\t')) return null;
  let textIndex = close + 1;
  while (line.charAt(textIndex) === ' ' || line.charAt(textIndex) === '\t') textIndex += 1;
  return { status, statusIndex: at + 1, textIndex };
}

/** Text that can continue a paragraph lazily, i.e. that does not start a block of its own. */
export function isPlainText(line: string, at: number): boolean {
  const rest = line.slice(at);
  return !(
    readMarker(line, at) !== null ||
    FENCE.test(rest) ||
    HEADING.test(rest) ||
    THEMATIC_BREAK.test(rest) ||
    rest.startsWith('>') ||
    rest.startsWith('<!--') ||
    rest.startsWith('%%')
  );
}
