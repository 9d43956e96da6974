import { readMarkdown, type MarkdownNote } from '../markdown/markdown-note';
import { joinKeepingEndings, lineEndingOf, splitKeepingEndings } from '../markdown/text-lines';
import { findCarryMarker } from '../tasks/carry-marker';
import { actionState, isOpenState } from '../tasks/actions';
import { agendaSpans, headingNamed, inSpans, sectionEnd } from './agenda-spans';

/**
 * The talking-points queue of a person note: the list under a heading (`## Next 1:1` by default).
 * Points are top-level list items with whatever is nested under them. Other text in the section
 * (a paragraph, a comment) is the user's and never moves.
 */

export interface QueuedPoint {
  /** First and last line (inclusive, 0-based) of the item with its nested lines. */
  readonly line: number;
  readonly endLine: number;
  /** The lines as written, without line endings: what a removal checks before deleting them. */
  readonly lines: readonly string[];
  /** The item's text without its list marker, for pickers and the agenda. */
  readonly text: string;
}

export interface TalkingPointQueue {
  /** The heading's line, or null when the note has no such heading. */
  readonly headingLine: number | null;
  readonly points: readonly QueuedPoint[];
}

const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(.*)$/;

/**
 * The queue under the first top-level heading named `heading` (case ignored), read with the one
 * block scanner: its points are the list items at the top of that section, each with what is
 * nested under it (sub-items, code, comments); a heading of the same or a higher level ends it.
 */
export function readQueue(text: string, heading: string): TalkingPointQueue {
  return queueIn(readMarkdown(text), heading);
}

/** A point of a meeting's agenda: a checkbox (ticked means discussed) or, in older notes, a plain list item. */
export interface AgendaPoint {
  readonly text: string;
  /** Whether its box is ticked; null for a plain list item, which has none. */
  readonly ticked: boolean | null;
  /** Carried from an earlier 1:1 where it was not reached: its text keeps the `(from …)` link back. */
  readonly carried: boolean;
}

/** `readQueue` on a note already read. */
export function queueIn(note: MarkdownNote, heading: string): TalkingPointQueue {
  const [start] = headingNamed(note, heading);
  if (!start) return { headingLine: null, points: [] };
  const end = sectionEnd(note, start);
  const points = note.items
    .filter((item) => item.line > start.line && item.line < end && item.parentLine === null)
    .map((item): QueuedPoint => {
      const endLine = Math.min(item.endLine, end - 1);
      const lines = note.lines.slice(item.line, endLine + 1);
      return { line: item.line, endLine, lines, text: (LIST_ITEM.exec(lines[0] ?? '')?.[1] ?? lines[0] ?? '').trim() };
    });
  return { headingLine: start.line, points };
}

/**
 * The points of a meeting's agenda as the views show them: the top-level items under every agenda
 * heading of the note, without checkbox or carry link, empty points (`- `, `- [ ] `) left out.
 */
export function agendaIn(note: MarkdownNote, heading: string): AgendaPoint[] {
  const spans = agendaSpans(note, heading);
  return note.items
    .filter((item) => item.parentLine === null && inSpans(spans, item.line))
    .map((item): AgendaPoint => {
      const written = (LIST_ITEM.exec(note.lines[item.line] ?? '')?.[1] ?? '').trim();
      const text = item.task === null ? written : written.replace(/^\[.\][ \t]*/, '');
      const carried = findCarryMarker(text);
      const shown = carried ? `${text.slice(0, carried.start)}${text.slice(carried.end)}`.replace(/\s{2,}/g, ' ').trim() : text;
      return { text: shown, ticked: item.task === null ? null : !isOpenState(actionState(item.task.status)), carried: carried !== null };
    })
    .filter((point) => point.text !== '' && !/^\[.\]$/.test(point.text));
}

/** The note with `point` added at the end of the queue, creating the heading at the end if missing. */
export function appendPoint(text: string, heading: string, point: string): string {
  const eol = lineEndingOf(text);
  const item = `- ${point.replace(/\s*[\r\n]+\s*/g, ' ').trim()}`;
  const queue = readQueue(text, heading);
  if (queue.headingLine === null) {
    const body = text.replace(/[\r\n]*$/, '');
    return `${body}${body === '' ? '' : eol + eol}## ${heading.trim()}${eol}${item}${eol}`;
  }
  const lines = splitKeepingEndings(text);
  const last = queue.points[queue.points.length - 1];
  const after = lines[last ? last.endLine : queue.headingLine];
  // The new line takes the ending of the line it follows; that line keeps one if it had none.
  const ending = after?.eol || eol;
  lines.splice((last ? last.endLine : queue.headingLine) + 1, 0, { text: item, eol: after?.eol ? after.eol : '' });
  if (after && !after.eol) lines[(last ? last.endLine : queue.headingLine)] = { text: after.text, eol: ending };
  return joinKeepingEndings(lines);
}

/** The note without the given points, or null if any of their lines changed since they were read. */
export function removePoints(text: string, points: readonly QueuedPoint[]): string | null {
  const lines = splitKeepingEndings(text);
  for (const point of points) {
    if (point.lines.some((expected, i) => lines[point.line + i]?.text !== expected)) return null;
  }
  for (const point of [...points].sort((a, b) => b.line - a.line)) lines.splice(point.line, point.endLine - point.line + 1);
  return joinKeepingEndings(lines);
}
