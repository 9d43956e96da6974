import { readMarkdown } from '../markdown/markdown-note';

/**
 * The line that says what a meeting was about, for the history list: the first line of its
 * "Summary" or "Notes" section, else its first line of prose. Properties, headings, tasks and
 * comments are skipped: a task is listed with the open items, and a heading says nothing alone.
 */

const MAX_CHARS = 140;
const LIST_MARKER = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/;
const PREFERRED = /^(summary|notes)$/i;

function clip(text: string): string {
  const clean = text.replace(LIST_MARKER, '').replace(/[ \t]+/g, ' ').trim();
  return clean.length > MAX_CHARS ? `${clean.slice(0, MAX_CHARS - 1).trimEnd()}…` : clean;
}

export function meetingSummary(text: string): string | null {
  const note = readMarkdown(text);
  const tasks = new Set(note.items.filter((item) => item.task !== null).map((item) => item.line));
  let inPreferred = false;
  let firstProse: string | null = null;
  for (const [number, line] of note.lines.entries()) {
    const kind = note.kinds[number];
    if (kind === 'heading') {
      inPreferred = PREFERRED.test(note.headings.find((h) => h.line === number)?.text ?? '');
      continue;
    }
    if (kind !== 'text' || tasks.has(number)) continue;
    if (inPreferred) return clip(line);
    firstProse ??= clip(line);
  }
  return firstProse === '' ? null : firstProse;
}
