import type { MarkdownNote } from '../markdown/markdown-note';

/** Where a note's agenda is: checkboxes there are talking points, not action items. */

export function headingNamed(note: MarkdownNote, heading: string) {
  const wanted = heading.trim().toLowerCase();
  return note.headings.filter((h) => h.quoteDepth === 0 && h.text.toLowerCase() === wanted);
}

/** The line after the section the heading opens: the next heading of its level or higher, or the end. */
export function sectionEnd(note: MarkdownNote, start: MarkdownNote['headings'][number]): number {
  return note.headings.find((h) => h.line > start.line && h.quoteDepth === 0 && h.level <= start.level)?.line ?? note.lines.length;
}

/** The lines of every agenda section of the note (a second Agenda heading counts too): heading line, end exclusive. */
export function agendaSpans(note: MarkdownNote, heading: string): ReadonlyArray<readonly [number, number]> {
  return headingNamed(note, heading).map((start) => [start.line, sectionEnd(note, start)] as const);
}

/** Whether the line is below an agenda heading, inside its section: a checkbox there is a talking point. */
export function inSpans(spans: ReadonlyArray<readonly [number, number]>, line: number): boolean {
  return spans.some(([start, end]) => line > start && line < end);
}

