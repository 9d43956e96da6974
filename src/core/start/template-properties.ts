import { renderTemplate, type TemplateValues } from './template';

const BLOCK = /^---\n[\s\S]*?\n---[ \t]*(?:\n|$)/;
// A quote opens a YAML quoted scalar only where a value starts: after `key:`, `-`, `[`, `{` or `,`.
const VALUE_START = /(?:^|[:\-[{,])[ \t]*$/;

function escapedFor(values: TemplateValues, escape: (value: string) => string): TemplateValues {
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [name, escape(value)]));
}

/** Where the quoted scalar opened at `start` closes on this line, or -1. */
function closingQuote(line: string, start: number): number {
  const quote = line.charAt(start);
  for (let i = start + 1; i < line.length; i++) {
    const char = line.charAt(i);
    if (quote === '"' && char === '\\') i++;
    else if (char === quote && quote === "'" && line.charAt(i + 1) === "'") i++;
    else if (char === quote) return i;
  }
  return -1;
}

function renderLine(line: string, values: TemplateValues, quoted: Readonly<Record<string, TemplateValues>>, now: Date): string {
  let out = '';
  let plain = 0;
  for (let i = 0; i < line.length; i++) {
    const inQuotes = quoted[line.charAt(i)];
    if (inQuotes === undefined || !VALUE_START.test(line.slice(plain, i))) continue;
    const end = closingQuote(line, i);
    if (end === -1) continue;
    out += renderTemplate(line.slice(plain, i), values, now) + renderTemplate(line.slice(i, end + 1), inQuotes, now);
    plain = end + 1;
    i = end;
  }
  return out + renderTemplate(line.slice(plain), values, now);
}

/** A template's properties block (`---` to `---`, with its line ending), or '' when it has none. */
export function propertiesOf(template: string): string {
  return BLOCK.exec(template)?.[0] ?? '';
}

/**
 * A template filled in, its properties included. A placeholder inside a quoted property value gets
 * its value escaped for that quoting, so a name with `"`, `'` or `\` keeps the properties readable
 * (and the template's own properties kept) instead of breaking the YAML. The placeholders named in
 * `bodyOnly` are filled with nothing in the properties.
 */
export function renderWithProperties(template: string, values: TemplateValues, now: Date, bodyOnly: readonly string[] = []): string {
  const block = propertiesOf(template);
  if (block === '') return renderTemplate(template, values, now);
  const inBlock = { ...values, ...Object.fromEntries(bodyOnly.map((name) => [name, ''])) };
  // Templater code may span lines and quotes; it is left whole, as everywhere else.
  if (block.includes('<%')) return renderTemplate(block, inBlock, now) + renderTemplate(template.slice(block.length), values, now);
  const quoted = {
    '"': escapedFor(inBlock, (value) => JSON.stringify(value).slice(1, -1)),
    "'": escapedFor(inBlock, (value) => value.replace(/'/g, "''")),
  };
  const properties = block.split('\n').map((line) => renderLine(line, inBlock, quoted, now)).join('\n');
  return properties + renderTemplate(template.slice(block.length), values, now);
}
