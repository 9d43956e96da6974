import { parseCalendarDay, type CalendarDay } from '../calendar/dates';
import { readProperty } from '../markdown/frontmatter';
import { joinKeepingEndings, lineEndingOf, splitKeepingEndings, type LineWithEnding } from '../markdown/text-lines';
import type { YamlParser } from '../start/frontmatter-merge';

const BOM = '\uFEFF';
const KEY_LINE = /^([^\s:#'"][^:]*):(\s|$)/;

/** A top-level entry's lines: its key line, then the indented or `- ` lines that continue its value. */
function entryEnd(lines: readonly LineWithEnding[], start: number, stop: number): number {
  let end = start + 1;
  while (end < stop && /^(\s+\S|\s*-\s)/.test(lines[end]?.text ?? '')) end++;
  return end;
}

/** Where each `paused` entry (any case) starts, from the last up, with where it ends. */
function pausedEntries(lines: readonly LineWithEnding[], close: number): { start: number; end: number; key: string }[] {
  const found: { start: number; end: number; key: string }[] = [];
  for (let at = 1; at < close; at++) {
    const key = (KEY_LINE.exec(lines[at]?.text ?? '')?.[1] ?? '').trim();
    if (key.toLowerCase() === 'paused') found.push({ start: at, end: entryEnd(lines, at, close), key });
  }
  return found.reverse();
}

/** A comment after a plain value (`paused: true # until the reorg`) stays with the new value. */
function trailingComment(line: string): string {
  const value = line.slice(line.indexOf(':') + 1);
  return /['"]/.test(value) ? '' : (/\s+#.*$/.exec(value)?.[0] ?? '');
}

function problemOf(yaml: string, parseYaml: YamlParser): { parsed: unknown } | { problem: string } {
  let parsed: unknown;
  try {
    parsed = parseYaml(yaml);
  } catch (error) {
    return { problem: `its properties are not valid YAML (${error instanceof Error ? error.message.split('\n')[0] : String(error)})` };
  }
  if (parsed !== null && parsed !== undefined && (typeof parsed !== 'object' || Array.isArray(parsed))) return { problem: 'its properties are not a list of key: value pairs' };
  return { parsed };
}

/**
 * The person note with its `paused` property set to `until`, or taken out (null), changing only that
 * property's lines: the byte order mark, line endings, comments and every other property stay as
 * they are. A problem instead when the properties cannot be read: the note is then left alone.
 */
export function withPaused(text: string, until: CalendarDay | null, parseYaml: YamlParser): { text: string } | { problem: string } {
  const bom = text.startsWith(BOM) ? BOM : '';
  const lines = splitKeepingEndings(text.slice(bom.length));
  const opens = lines.length > 1 && lines[0]?.text.trimEnd() === '---';
  const close = opens ? lines.findIndex((line, i) => i > 0 && line.text.trimEnd() === '---') : -1;
  if (close < 0) {
    if (until === null) return { text };
    const eol = lineEndingOf(text);
    return { text: `${bom}---${eol}paused: ${until}${eol}---${eol}${text.slice(bom.length)}` };
  }
  const read = problemOf(lines.slice(1, close).map((line) => line.text).join('\n'), parseYaml);
  if ('problem' in read) return read;
  const entries = pausedEntries(lines, close);
  const kept = until === null ? entries : entries.slice(0, -1);
  const first = until === null ? undefined : entries[entries.length - 1];
  let closeAt = close;
  for (const entry of kept) {
    lines.splice(entry.start, entry.end - entry.start);
    closeAt -= entry.end - entry.start;
  }
  if (until !== null && first !== undefined) {
    const last = lines[first.end - 1];
    lines.splice(first.start, first.end - first.start, { text: `${first.key}: ${until}${trailingComment(lines[first.start]?.text ?? '')}`, eol: last?.eol ?? '\n' });
  } else if (until !== null) {
    lines.splice(closeAt, 0, { text: `paused: ${until}`, eol: lines[closeAt - 1]?.eol || lineEndingOf(text) });
  }
  const after = `${bom}${joinKeepingEndings(lines)}`;
  // The note must read back as meant, or nothing is written.
  const check = splitKeepingEndings(after.slice(bom.length));
  const end = check.findIndex((line, i) => i > 0 && line.text.trimEnd() === '---');
  const reread = problemOf(check.slice(1, end).map((line) => line.text).join('\n'), parseYaml);
  const value = 'parsed' in reread ? readProperty(reread.parsed, 'paused') : undefined;
  if (!('parsed' in reread) || (until === null ? value !== undefined : parseCalendarDay(value) !== until)) return { problem: 'its paused property could not be changed on its own line' };
  return { text: after };
}
