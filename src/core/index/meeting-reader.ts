import { DEFAULT_SETTINGS } from '../settings/settings';
import { actionItemsOf, isOpenState, type ActionItem } from '../tasks/actions';
import { DEFAULT_MEETING_TAG, hasMeetingTag, inlineMoodOf, isTemplate, parseMeeting, type Meeting } from '../meetings/meetings';
import { withoutMdExtension } from '../markdown/note-paths';
import { personFromRunningName } from '../meetings/meeting-paths';
import { readMarkdown, type MarkdownNote } from '../markdown/markdown-note';
import { inlineStatusOf, runningSections, sectionOf, type RunningSection } from '../meetings/running-note';
import { questionKeysOf } from '../questions/question-text';
import { agendaIn } from '../talking-points/talking-points';
import type { IndexedMeeting, IndexOptions, NoteInput, NoteKind } from './index-types';

function asObject(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** What the index reads from a meeting note's text, kept so a rename need not read it again. */
export interface MeetingBody extends Pick<IndexedMeeting, 'askedQuestions' | 'agenda'> {
  readonly actions: readonly ActionItem[];
  readonly bodyMood: string | null;
}

export interface StoredMeeting extends MeetingBody {
  readonly meeting: Meeting;
  /** Why the note's file could not be read as it is, kept across renames; null when it could. */
  readonly fileProblem: string | null;
  /** Resolution against the people notes, valid while `peopleVersion` has not moved. */
  resolved?: { readonly version: number; readonly indexed: IndexedMeeting };
}

/** A running note as last read: its text, and each section's place in it and its meeting. */
export interface RunningRead {
  readonly text: string;
  readonly tags: string;
  /** The properties every section's meeting is read with (the person, the meeting tag). */
  readonly frontmatter: unknown;
  /** Problems of the note as a whole (an impossible dated heading), shown on its first meeting. */
  readonly problems: readonly string[];
  readonly sections: readonly RunningPart[];
}

/** One section: its heading, where it starts, where its body starts and where it ends (characters), and its meeting. */
export interface RunningPart {
  readonly section: RunningSection;
  readonly start: number;
  readonly bodyStart: number;
  readonly end: number;
  readonly stored: StoredMeeting | null;
}

/** The heading a meeting's agenda is under, as the index reads it. */
export const agendaHeadingOf = (options: IndexOptions): string => options.agendaHeading ?? DEFAULT_SETTINGS.agendaHeading;

export function bodyOf(part: MarkdownNote, options: IndexOptions): MeetingBody {
  const heading = agendaHeadingOf(options);
  return { actions: actionItemsOf(part, heading), bodyMood: inlineMoodOf(part), askedQuestions: questionKeysOf(part), agenda: agendaIn(part, heading) };
}

/** The meeting of one section, read from the section as a note of its own; its lines are moved by `offset` to the whole note's. */
export function sectionMeeting(note: NoteInput, frontmatter: unknown, part: MarkdownNote, offset: number, section: RunningSection, options: IndexOptions): StoredMeeting | null {
  const status = inlineStatusOf(part);
  const sectionNote = { ...note, frontmatter: { ...asObject(frontmatter), date: section.day, status: status ?? undefined, mood: undefined } };
  const body = bodyOf(part, options);
  // The section's tasks at their lines in the whole note, where edits find them.
  const actions = body.actions.map((item) => ({ ...item, line: item.line + offset, endLine: item.endLine + offset, parentLine: item.parentLine === null ? null : item.parentLine + offset }));
  return readMeeting(sectionNote, { ...body, actions }, options, { heading: section.heading, line: section.line });
}

/** The meetings to store: each section's, the note's own problems on the first. */
export function runningMeetings(read: RunningRead): StoredMeeting[] {
  const stored = read.sections.flatMap((part) => (part.stored ? [part.stored] : []));
  const first = stored[0];
  if (first && read.problems.length > 0) stored[0] = { ...first, meeting: { ...first.meeting, problems: [...first.meeting.problems, ...read.problems] } };
  return stored;
}

/** Where each line of a text starts (`\r\n`, `\n` and a lone `\r` end lines). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/**
 * Reads a note's meetings from its text: the note is one meeting, unless it has no meeting date
 * and holds dated headings, when each dated section is one (a running note, see `runningSections`);
 * then `running` keeps what a later edit of one section needs to read that section alone.
 */
export function readMeetings(note: NoteInput, kind: NoteKind, options: IndexOptions): { readonly stored: StoredMeeting[]; readonly running: RunningRead | null } {
  const text = note.text ?? '';
  const read = readMarkdown(text);
  const whole = kind === 'meeting' ? parsedWhole(note, options) : null;
  const found = kind === 'person' || (whole !== null && isUndated(whole)) ? runningSections(read) : null;
  // The person note is the person's running note: its meetings are with them, wherever it is.
  // A running note names its person by its property, its folder, or else its whole file name (`1-1s/Alice Smith.md`).
  const named = found !== null && whole !== null && whole.personSource === null ? personFromRunningName(note.path) : null;
  const frontmatter = kind === 'person' ? { person: `[[${withoutMdExtension(note.path)}]]`, tags: [options.meetingTag ?? DEFAULT_MEETING_TAG] } : named === null ? note.frontmatter : { ...asObject(note.frontmatter), person: named };
  if (found === null || found.sections.length === 0) {
    const problems = found?.problems ?? [];
    // Only impossible dated headings: a running note meant, read as one undated meeting that says why.
    const single = kind !== 'meeting' ? null : readMeeting(problems.length === 0 ? note : { ...note, frontmatter }, bodyOf(read, options), options);
    return { stored: single === null ? [] : [problems.length === 0 ? single : { ...single, meeting: { ...single.meeting, problems: [...single.meeting.problems, ...problems] } }], running: null };
  }
  const starts = lineStarts(text);
  const sections = found.sections.map((section): RunningPart => {
    const part = sectionOf(read, section);
    return {
      section,
      start: starts[section.line] ?? text.length,
      bodyStart: starts[section.line + 1] ?? text.length,
      end: starts[section.endLine + 1] ?? text.length,
      stored: sectionMeeting(note, frontmatter, part, part.offset, section, options),
    };
  });
  const running: RunningRead = { text, tags: note.tags.join('\n'), frontmatter, problems: [...found.problems, ...outsideSections(read, found.sections, kind, options)], sections };
  return { stored: runningMeetings(running), running };
}

/** Open tasks of a running note in no dated section (above the first one): named, for they count nowhere. */
function outsideSections(read: MarkdownNote, sections: readonly RunningSection[], kind: NoteKind, options: IndexOptions): string[] {
  // A person note's own tasks were never a meeting's: only a running note in the meetings says so.
  if (kind !== 'meeting') return [];
  const outside = actionItemsOf(read, agendaHeadingOf(options)).filter((item) => isOpenState(item.state) && !sections.some((section) => item.line > section.line && item.line <= section.endLine));
  if (outside.length === 0) return [];
  return [`${outside.length === 1 ? '1 open item' : `${outside.length} open items`} ${outside.length === 1 ? 'is' : 'are'} under no dated heading, so ${outside.length === 1 ? 'it belongs' : 'they belong'} to no meeting and ${outside.length === 1 ? 'is' : 'are'} neither counted nor carried`];
}

function parsedWhole(note: NoteInput, options: IndexOptions): Meeting | null {
  return parseMeeting(note.path, note.frontmatter, { meetingsFolder: options.meetingsFolder, meetingTag: options.meetingTag, tags: note.tags });
}

/** No `date` property and no date in the file name: a note that may be a running note. */
function isUndated(parsed: Meeting): boolean {
  return parsed.date === null && parsed.problems.every((problem) => !problem.startsWith('date '));
}

/** One meeting from a note (or a section of one) and what was read from its text; null when it is no meeting. */
export function readMeeting(note: NoteInput, body: MeetingBody, options: IndexOptions, section?: Meeting['section']): StoredMeeting | null {
  const { meetingsFolder, meetingTag } = options;
  const { actions, bodyMood, askedQuestions, agenda } = body;
  const parsed = parseMeeting(note.path, note.frontmatter, { meetingsFolder, meetingTag, tags: note.tags, bodyMood });
  if (!parsed || isTemplate(parsed, note.frontmatter)) return null;
  const fileProblem = note.fileProblem ?? null;
  const withFile = fileProblem ? { ...parsed, problems: [fileProblem, ...parsed.problems] } : parsed;
  const meeting = section ? { ...withFile, section, problems: withFile.problems.map((problem) => `${problem} (under "${section.heading}")`) } : withFile;
  // A note in the meetings folder that names no person and no date (`Questions.md`, an index
  // note) is reference material, not a meeting; a tagged one is kept so its problems show.
  if (meeting.personSource === null && meeting.date === null && !hasMeetingTag(note.frontmatter, { meetingTag, tags: note.tags })) return null;
  return { meeting, actions, bodyMood, askedQuestions, agenda, fileProblem };
}

