/**
 * Running notes: one note per person, a dated heading per meeting (`## 2026-11-20 — 1:1`). Each
 * dated heading starts a meeting that runs until the next heading of the same or a higher level, or
 * the next dated heading. Only headings at the top of the note count: not in a callout, a quote, a
 * code block or a comment (the scanner leaves those out of `headings` or marks their depth).
 */
import { parseCalendarDay, type CalendarDay } from '../calendar/dates';
import type { MarkdownNote } from '../markdown/markdown-note';

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
const DATED = /^(?:\[\[(?:[^\]|]*\/)?(\d{4}-\d{2}-\d{2})(?:\|[^\]]*)?\]\]|(\d{4}-\d{2}-\d{2}))(?![\d-])/;

/** The day a heading's text starts with: a day, `'impossible'` for a date no calendar has, or null. */
export function headingDay(text: string): CalendarDay | 'impossible' | null {
  const match = DATED.exec(text.trim());
  if (!match) return null;
  return parseCalendarDay(match[1] ?? match[2] ?? '') ?? 'impossible';
}

/** The dated sections of a note, in line order, and a problem for each dated heading with an impossible date. */
export function runningSections(note: MarkdownNote): { readonly sections: readonly RunningSection[]; readonly problems: readonly string[] } {
  const top = note.headings.filter((heading) => heading.quoteDepth === 0);
  const sections: RunningSection[] = [];
  const problems: string[] = [];
  top.forEach((heading, i) => {
    const day = headingDay(heading.text);
    if (day === null) return;
    if (day === 'impossible') {
      problems.push(`heading "${heading.text}" (line ${heading.line + 1}) is not a day in the calendar; it is not read as a meeting`);
      return;
    }
    const next = top.slice(i + 1).find((other) => other.level <= heading.level || headingDay(other.text) !== null);
    sections.push({ heading: heading.text, day, level: heading.level, line: heading.line, endLine: (next?.line ?? note.lines.length) - 1 });
  });
  return { sections, problems };
}

/**
 * The note as seen from one section: lines outside it read as blank, and only its list items and
 * headings remain, at their lines in the whole note. Every reader of tasks, fields and questions
 * then reads the section alone, and the lines it reports are the note's.
 */
export function sectionOf(note: MarkdownNote, section: Pick<RunningSection, 'line' | 'endLine'>): MarkdownNote {
  const inside = (line: number) => line > section.line && line <= section.endLine;
  return {
    ...note,
    kinds: note.kinds.map((kind, line) => (inside(line) ? kind : 'blank')),
    items: note.items.filter((item) => inside(item.line)),
    headings: note.headings.filter((heading) => inside(heading.line)),
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
