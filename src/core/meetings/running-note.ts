/**
 * Running notes: one note per person, a dated heading per meeting (`## 2026-11-20 — 1:1`). Each
 * dated heading starts a meeting that runs until the next heading of the same or a higher level, or
 * the next dated heading. Only headings at the top of the note count: not in a callout, a quote, a
 * code block or a comment (the scanner leaves those out of `headings` or marks their depth).
 */
import { parseCalendarDay, type CalendarDay } from '../calendar/dates';
import type { MarkdownNote } from '../markdown/markdown-note';
import type { Heading } from '../markdown/markdown-lines';

export interface RunningSection {
  /** The heading's text as written, e.g. `2026-11-20 — 1:1`: a link to the section names it. */
  readonly heading: string;
  readonly day: CalendarDay;
  readonly level: number;
  /** The heading's line, and the section's last line (its trailing blank lines included). */
  readonly line: number;
  readonly endLine: number;
}

// `2026-11-20`, or a link to a note named so (`[[2026-11-20]]`, `[[Daily/2026-11-20|Nov 20]]`), first in the heading.
const DATED = /^(?:\[\[(?:[^\]|]*\/)?(\d{4}-\d{2}-\d{2})(?:\|[^\]]*)?\]\]|(\d{4}-\d{2}-\d{2}))(?!\d)/;

/** The day a heading's text starts with: a day, `'impossible'` for a date no calendar has, or null. */
export function headingDay(text: string): CalendarDay | 'impossible' | null {
  const match = DATED.exec(text.trim());
  if (!match) return null;
  return parseCalendarDay(match[1] ?? match[2] ?? '') ?? 'impossible';
}

/** The dated sections of a note, in line order, and a problem for each dated heading with an impossible date. */
export function runningSections(note: MarkdownNote): { readonly sections: readonly RunningSection[]; readonly problems: readonly string[] } {
  const top = note.headings.filter((heading) => heading.quoteDepth === 0);
  const days = top.map((heading) => headingDay(heading.text));
  const sections: RunningSection[] = [];
  const problems: string[] = [];
  // From the bottom up: the next dated heading, and for each level the next heading at or above it.
  let nextDated = note.lines.length;
  const nextAtMost = [0, 0, 0, 0, 0, 0, 0].map(() => note.lines.length);
  for (let i = top.length - 1; i >= 0; i--) {
    const heading = top[i] as Heading;
    const day = days[i];
    if (day === 'impossible') problems.push(`heading "${heading.text}" (line ${heading.line + 1}) is not a day in the calendar; it is not read as a meeting`);
    else if (day !== null && day !== undefined) {
      const end = Math.min(nextDated, nextAtMost[heading.level] ?? note.lines.length);
      sections.push({ heading: heading.text, day, level: heading.level, line: heading.line, endLine: end - 1 });
    }
    if (day !== null && day !== undefined) nextDated = heading.line;
    for (let level = heading.level; level <= 6; level++) nextAtMost[level] = heading.line;
  }
  return { sections: sections.reverse(), problems: problems.reverse() };
}

/** The first index of `list` (sorted by line) whose line is at least `line`. */
function firstFrom<T extends { readonly line: number }>(list: readonly T[], line: number): number {
  let [low, high] = [0, list.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((list[middle] as T).line < line) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * One section as a note of its own: its lines (the dated heading left out) from line 0. Readers of
 * tasks, fields and questions read it as they read a note; `offset` turns its line numbers back
 * into the whole note's. Only the section's lines are looked at, so reading every section of a
 * long running note stays linear in its length.
 */
export function sectionOf(note: MarkdownNote, section: Pick<RunningSection, 'line' | 'endLine'>): MarkdownNote & { readonly offset: number } {
  const from = section.line + 1;
  const to = section.endLine + 1;
  const inside = (line: number) => line >= from && line < to;
  const shift = (line: number) => line - from;
  return {
    offset: from,
    lines: note.lines.slice(from, to),
    kinds: note.kinds.slice(from, to),
    bodyStart: 0,
    items: note.items.slice(firstFrom(note.items, from), firstFrom(note.items, to)).map((item) => ({ ...item, line: shift(item.line), endLine: Math.min(shift(item.endLine), to - from - 1), parentLine: item.parentLine === null || !inside(item.parentLine) ? null : shift(item.parentLine) })),
    headings: note.headings.slice(firstFrom(note.headings, from), firstFrom(note.headings, to)).map((heading) => ({ ...heading, line: shift(heading.line) })),
  };
}

// `status:: cancelled` on a line of its own (in a list item or bold too).
const STATUS_FIELD = /^[ \t>]*(?:[-*+][ \t]+)?(?:\*\*)?status(?:\*\*)?::[ \t]*(.*)$/i;

/** The value of a section's first `status::` field, as written, or null. */
export function inlineStatusOf(note: MarkdownNote): string | null {
  for (const [number, line] of note.lines.entries()) {
    if (note.kinds[number] !== 'text' || !/status/i.test(line)) continue;
    const found = STATUS_FIELD.exec(line);
    if (found) return found[1]?.trim() ?? null;
  }
  return null;
}
