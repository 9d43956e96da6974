/**
 * "Start 1:1" into a running note (issue 16): today's section, made from the same meeting note the
 * per-meeting layout writes, put in before the first dated section (or at the end).
 */
import type { CalendarDay } from '../calendar/dates';
import { readMarkdown } from '../markdown/markdown-note';
import { joinKeepingEndings, lineEndingOf, splitKeepingEndings } from '../markdown/text-lines';
import { headingDay, runningSections } from '../meetings/running-note';
import type { VaultIndex } from '../index/vault-index';
import type { Person } from '../people/people';
import { safeFileName } from '../people/safe-names';
import type { QueuedPoint } from '../talking-points/talking-points';
import type { PlannedEdit } from '../tasks/task-edit';

/** Where a new section goes in a running note (a line of it, or its end), and its heading level. */
export interface SectionPlace {
  readonly line: number;
  readonly level: number;
}

/**
 * The person's running note: where their newest dated section is, else `<meetings folder>/<name>.md`,
 * numbered when a note there holds someone else's meetings (a namesake in another folder).
 */
export function runningNotePath(index: VaultIndex, person: Person, meetingsFolder: string, exists: (path: string) => boolean): string {
  const newest = index.meetingsOf(person.path).find(({ meeting }) => meeting.section !== undefined);
  if (newest) return newest.meeting.path;
  for (let copy = 1; copy < 100; copy++) {
    const path = `${meetingsFolder}/${safeFileName(person.name)}${copy > 1 ? ` ${copy}` : ''}.md`;
    const theirs = index.meetingsIn(path).every((meeting) => meeting.peoplePaths.length === 0 || meeting.peoplePaths.includes(person.path));
    if (!exists(path) || theirs) return path;
  }
  throw new Error(`no free name for a running note with ${person.name}`);
}

/**
 * The level of the note's dated headings (of its first; `##` when it has none), and where today's
 * goes: before the first dated heading when the newest come first, else at the end of the note.
 */
export function sectionPlace(text: string, newestFirst: boolean, day: CalendarDay): SectionPlace {
  const note = readMarkdown(text);
  const { sections } = runningSections(note);
  const end = text === '' ? 0 : note.lines.length;
  // Above the first earlier section: a planned one dated later stays on top of today's.
  const earlier = sections.find((section) => section.day < day);
  return { line: newestFirst && earlier !== undefined ? earlier.line : end, level: sections[0]?.level ?? 2 };
}

/**
 * Today's section from the meeting note the template makes: its properties left out, its headings
 * moved under the dated one (the template's `##` become `###` under a `##` day), a blank line after.
 */
export function sectionLines(meetingNote: string, day: CalendarDay, level: number): string[] {
  const note = readMarkdown(meetingNote);
  const headings = note.headings.filter((heading) => heading.quoteDepth === 0);
  const shallowest = Math.min(...headings.map((heading) => heading.level));
  const lines = note.lines.flatMap((line, i) => {
    const heading = headings.find((one) => one.line === i);
    if (heading === undefined) return [line];
    // A dated heading of the template (`# {{date}} · 1:1`) would start a second meeting: the section's heading says it.
    if (headingDay(heading.text) !== null) return [];
    const moved = heading.level - shallowest + level + 1;
    // Below `######` there is no heading: the title is kept in bold, so it cannot end the section.
    return [moved > 6 ? `**${heading.text}**` : line.replace(/^(\s*)#{1,6}/, `$1${'#'.repeat(moved)}`)];
  });
  // Properties are never headings, so dropping one leaves the body where it was.
  const body = lines.slice(note.bodyStart);
  while (body.length > 0 && (body[0] ?? '').trim() === '') body.shift();
  while (body.length > 0 && (body[body.length - 1] ?? '').trim() === '') body.pop();
  return [`${'#'.repeat(level)} ${day}`, ...body, ''];
}

/** The running note with the section's lines put in at `place`, in the note's own line endings. */
export function insertSection(text: string, lines: readonly string[], place: SectionPlace): string {
  // A byte order mark stays the note's first character.
  if (text.startsWith('\uFEFF')) return `\uFEFF${insertSection(text.slice(1), lines, place)}`;
  const eol = lineEndingOf(text);
  if (text === '') return lines.map((line) => line + eol).join('');
  const rows = splitKeepingEndings(text);
  const added = lines.map((line) => ({ text: line, eol }));
  if (place.line >= rows.length || (place.line === rows.length - 1 && rows[place.line]?.text === '' && rows[place.line]?.eol === '')) {
    // At the end: after the last line ended, and a blank line apart from what is above.
    const last = rows.length - 1;
    const ends = rows[last]?.text === '' && rows[last]?.eol === '' ? last : rows.length;
    const body = rows.slice(0, ends).map((row, i) => (i === ends - 1 && row.eol === '' ? { ...row, eol } : row));
    const gap = body.length > 0 && body[body.length - 1]?.text.trim() !== '' ? [{ text: '', eol }] : [];
    return joinKeepingEndings([...body, ...gap, ...added]);
  }
  return joinKeepingEndings([...rows.slice(0, place.line), ...added, ...rows.slice(place.line)]);
}

/** How many lines `insertSection` puts in: what lines below it move by. */
export function insertedLineCount(text: string, lines: readonly string[], place: SectionPlace): number {
  return insertSection(text, lines, place).split(/\r\n|\n|\r/).length - (text === '' ? 1 : text.split(/\r\n|\n|\r/).length);
}

/** Line edits planned on the note before the section went in, moved to where their lines are after. */
export function shiftedEdits(edits: readonly PlannedEdit[], path: string, from: number, by: number): PlannedEdit[] {
  return edits.map((edit) => (edit.path === path && edit.line >= from ? { ...edit, line: edit.line + by } : edit));
}

/** Talking points queued in the running note itself (the person note), moved the same way. */
export function shiftedPoints(points: readonly QueuedPoint[], from: number, by: number): QueuedPoint[] {
  return points.map((point) => (point.line >= from ? { ...point, line: point.line + by, endLine: point.endLine + by } : point));
}
