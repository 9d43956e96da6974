/** Plain text for pipes and NO_COLOR; colours only on a terminal. */
export interface Output {
  readonly color: boolean;
  out(text: string): void;
  err(text: string): void;
}

const CODES = { red: 31, yellow: 33, green: 32, dim: 2, bold: 1, cyan: 36 } as const;
const ESC = String.fromCharCode(27);
const COLOUR_CODE = new RegExp(`${ESC}\\[\\d+m`, 'g');

export function paint(output: Output, color: keyof typeof CODES, text: string): string {
  return output.color ? `${ESC}[${CODES[color]}m${text}${ESC}[0m` : text;
}

/** Columns padded to the widest cell; `widthOf` ignores colour codes. */
export function table(rows: readonly (readonly string[])[]): string {
  const widthOf = (cell: string) => [...cell.replace(COLOUR_CODE, '')].length;
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, widthOf(cell))));
  return rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell + ' '.repeat((widths[i] ?? 0) - widthOf(cell)))).join('  ').trimEnd()).join('\n');
}
