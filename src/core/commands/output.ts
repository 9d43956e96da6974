/** Plain text for pipes and NO_COLOR; colours only on a terminal. */
export interface Output {
  readonly color: boolean;
  out(text: string): void;
  err(text: string): void;
}

const CODES = { red: 31, yellow: 33, green: 32, dim: 2, bold: 1, cyan: 36 } as const;
const ESC = String.fromCharCode(27);
// A colour code travels in the text behind a mark drawn at random for each run, not as ESC: an ESC
// in a note's name is then always the note's, shown as a sign, and only paint() can colour.
// getRandomValues, not randomUUID: main.js loads this module too, and randomUUID exists only in a
// secure context, where a page served over plain http is not.
const MARK = `\u0000${Array.from(crypto.getRandomValues(new Uint32Array(4)), (n) => n.toString(36)).join('-')}`;
const COLOUR_CODE = new RegExp(`${MARK}\\[\\d+m`, 'g');
// Cc is C0, DEL and C1 (U+009B is a CSI to some terminals); tab and line ends are the text's own.
const CONTROL = /\r(?!\n)|(?![\t\n\r])\p{Cc}/gu;
const CONTROL_IN_LINE = /\p{Cc}/gu;

export function paint(output: Output, color: keyof typeof CODES, text: string): string {
  return output.color ? `${MARK}[${CODES[color]}m${text}${MARK}[0m` : text;
}

/** ␛ for ESC, ␇ for BEL (the Unicode control pictures), ␡ for DEL, � for a C1 control. */
function sign(control: string): string {
  const code = control.charCodeAt(0);
  return code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? '\u2421' : '\ufffd';
}

/** Each control `pattern` finds shown as a sign; paint()'s marks joined back with `joiner`. */
function withSigns(text: string, pattern: RegExp, joiner: string): string {
  return text.split(MARK).map((part) => part.replace(pattern, sign)).join(joiner);
}

/** The text as it may reach a terminal: controls shown as signs, paint()'s colours as colours. */
export function terminalText(text: string): string {
  return withSigns(text, CONTROL, ESC);
}

/** JSON text whose DEL and C1 characters are escaped too (JSON escapes only C0): the same data. */
export function jsonText(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Columns padded to the widest cell; a cell is one line, so even its tabs and line ends are signs. */
export function table(rows: readonly (readonly string[])[]): string {
  const cells = rows.map((row) => row.map((cell) => withSigns(cell, CONTROL_IN_LINE, MARK)));
  const widthOf = (cell: string) => [...cell.replace(COLOUR_CODE, '')].length;
  const widths: number[] = [];
  for (const row of cells) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, widthOf(cell))));
  return cells.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell + ' '.repeat((widths[i] ?? 0) - widthOf(cell)))).join('  ').trimEnd()).join('\n');
}
