import { dayInFileName, newestDayFirst, parseCalendarDay, type CalendarDay } from '../calendar/dates';
import { describeValue, readProperty } from '../markdown/frontmatter';
import { isInFolder, personFromFileName, personFromFolder } from './meeting-paths';
import { readMarkdown, type MarkdownNote } from '../markdown/markdown-note';
import { headingSubpath, linkTarget, normalizeName, yamlLinkText } from '../people/names';

export type MeetingStatus = 'held' | 'cancelled' | 'rescheduled' | 'planned' | 'unknown';

/** A meeting note, read from its path and properties. Bad values become `problems`. */
export interface Meeting {
  readonly path: string;
  /** Link targets or plain names as written; the index resolves them to person notes. */
  readonly personRefs: readonly string[];
  readonly personSource: 'property' | 'folder' | 'file-name' | null;
  /** Null when no date can be found: the note is listed as undated, never dated today. */
  readonly date: CalendarDay | null;
  /** `unknown` is an unreadable status; like cancelled, it never counts as met. */
  readonly status: MeetingStatus;
  readonly mood: number | null;
  readonly problems: readonly string[];
  /** In a running note, the dated heading the meeting is under (its text and line); absent for a note that is one meeting. */
  readonly section?: { readonly heading: string; readonly line: number };
}

export interface MeetingOptions {
  readonly meetingsFolder: string;
  /** Default `1on1`; nested tags such as `#1on1/team` count too. */
  readonly meetingTag?: string;
  /** The note's tags as Obsidian lists them, with or without `#`. */
  readonly tags?: readonly string[];
  /** A `Mood:: N` inline field from the body (see `findInlineMood`), used when `mood` is absent. */
  readonly bodyMood?: string | number | null;
}

export const DEFAULT_MEETING_TAG = '1on1';

function tagKey(tag: string): string {
  return normalizeName(tag.replace(/^#/, ''));
}

function tagList(value: unknown): string[] {
  if (typeof value === 'string') return value.split(/[\s,]+/);
  return Array.isArray(value) ? value.filter((tag): tag is string => typeof tag === 'string') : [];
}

/** Whether the note carries the meeting tag (or a tag nested under it), in properties or text. */
export function hasMeetingTag(frontmatter: unknown, options: Pick<MeetingOptions, 'meetingTag' | 'tags'>): boolean {
  return carriesTag(frontmatter, options.meetingTag ?? DEFAULT_MEETING_TAG, options.tags);
}

/**
 * Whether the note carries `tag` (with or without `#`, any case) or a tag nested under it
 * (`person/report`, never `personal`), in its `tags`/`tag` property or in `tags` as Obsidian lists
 * them; an empty `tag` is carried by no note.
 */
export function carriesTag(frontmatter: unknown, tag: string, listed: readonly string[] = []): boolean {
  const wanted = tagKey(tag);
  if (wanted === '') return false;
  const tags = [
    ...listed,
    ...tagList(readProperty(frontmatter, 'tags')),
    ...tagList(readProperty(frontmatter, 'tag')),
  ];
  return tags.some((tag) => {
    const key = tagKey(tag);
    return key === wanted || key.startsWith(`${wanted}/`);
  });
}

function readPersonProperty(value: unknown, problems: string[]): string[] {
  const refs: string[] = [];
  const items: unknown[] = Array.isArray(value) ? value : [value];
  for (const item of items) {
    const written = yamlLinkText(item) ?? item;
    const ref = typeof written === 'string' ? linkTarget(written) : '';
    if (ref === '') {
      if (item !== null) problems.push(`person ${describeValue(item)} is not a link or a name`);
    } else if (!refs.includes(ref)) {
      refs.push(ref);
    }
  }
  return refs;
}

const STATUSES: Readonly<Record<string, MeetingStatus>> = {
  held: 'held',
  cancelled: 'cancelled',
  canceled: 'cancelled',
  rescheduled: 'rescheduled',
  planned: 'planned',
};

function readStatus(value: unknown, problems: string[]): MeetingStatus {
  if (value === undefined || value === null) return 'held';
  if (typeof value === 'string') {
    const word = value.trim().toLowerCase();
    if (word === '') return 'held';
    const status = STATUSES[word];
    if (status !== undefined) return status;
  }
  problems.push(
    `status ${describeValue(value)} is not one of held, cancelled, rescheduled, planned; not counted as met`,
  );
  return 'unknown';
}

/** An empty property, as Obsidian writes one the user has not filled in yet. */
function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

const MOOD_TEXT = /^(\d+(?:\.\d+)?)(?:\s*\/\s*10)?$/;

/** A 1–10 check-in score from a number, `"7"` or `"7/10"`; empty is no score, not zero. */
function parseMood(value: unknown, problems: string[]): number | null {
  if (isBlank(value)) return null;
  let score: number | null = null;
  if (typeof value === 'number') score = value;
  if (typeof value === 'string') {
    const match = MOOD_TEXT.exec(value.trim());
    if (match) score = Number(match[1]);
  }
  if (score === null || !Number.isFinite(score)) {
    problems.push(`mood ${describeValue(value)} is not a number from 1 to 10`);
    return null;
  }
  if (score < 1 || score > 10) {
    problems.push(`mood ${describeValue(value)} is outside 1–10`);
    return null;
  }
  return score;
}

function readDate(path: string, frontmatter: unknown, problems: string[]): CalendarDay | null {
  const fromName = dayInFileName(path.slice(path.lastIndexOf('/') + 1));
  const value = readProperty(frontmatter, 'date');
  if (isBlank(value)) return fromName;
  const day = parseCalendarDay(value);
  if (day !== null) return day;
  const fallback = fromName === null ? 'the note is undated' : `using ${fromName} from the file name`;
  problems.push(`date ${describeValue(value)} is not a date (YYYY-MM-DD); ${fallback}`);
  return fromName;
}

/**
 * Reads a note as a 1:1 meeting, or returns null when it is not one: meetings live in the meetings
 * folder (subfolders included) or carry the meeting tag anywhere in the vault. Without a `person`
 * property the person comes from the person folder, then from a dated file name.
 */
export function parseMeeting(path: string, frontmatter: unknown, options: MeetingOptions): Meeting | null {
  const inFolder = isInFolder(path, options.meetingsFolder);
  if (!inFolder && !hasMeetingTag(frontmatter, options)) return null;
  const problems: string[] = [];
  const personValue = readProperty(frontmatter, 'person');
  let personRefs: string[] = [];
  let personSource: Meeting['personSource'] = null;
  if (personValue !== undefined && personValue !== null) {
    personRefs = readPersonProperty(personValue, problems);
    if (personRefs.length > 0) personSource = 'property';
  }
  if (personSource === null) {
    const fromFolder = personFromFolder(path, options.meetingsFolder);
    const fromName = fromFolder === null ? personFromFileName(path) : null;
    if (fromFolder !== null) [personRefs, personSource] = [[fromFolder], 'folder'];
    else if (fromName !== null) [personRefs, personSource] = [[fromName], 'file-name'];
    else problems.push('no person: add a person property, e.g. person: "[[Alice Smith]]"');
  }
  const moodValue = readProperty(frontmatter, 'mood');
  const mood = parseMood(isBlank(moodValue) ? options.bodyMood : moodValue, problems);
  return {
    path,
    personRefs,
    personSource,
    date: readDate(path, frontmatter, problems),
    status: readStatus(readProperty(frontmatter, 'status'), problems),
    mood,
    problems,
  };
}

// `Mood:: 7` on its own line (optionally in a list item or bold), or `[mood:: 7]` / `(mood:: 7)`.
const LINE_MOOD = /^[ \t>]*(?:[-*+][ \t]+)?(?:\*\*)?mood(?:\*\*)?::[ \t]*(.*)$/i;
const BRACKET_MOOD = /[[(]mood::[ \t]*([^\])]*)[\])]/i;

/** The value of the first Dataview-style `Mood::` inline field in a note's body, as written. */
export function findInlineMood(body: string): string | null {
  return inlineMoodOf(readMarkdown(body));
}

/** The same, for a note already read: only lines of text count, never code or comments. */
export function inlineMoodOf(note: MarkdownNote): string | null {
  for (const [number, line] of note.lines.entries()) {
    if (note.kinds[number] !== 'text' || !/mood/i.test(line)) continue;
    const found = LINE_MOOD.exec(line) ?? BRACKET_MOOD.exec(line);
    if (found) return found[1]?.trim() ?? null;
  }
  return null;
}

// A template's own placeholders (`{{person_link}}`, `{{date:YYYY}}`), not any `{{` a name may hold.
const PLACEHOLDER = /\{\{\s*[a-z_]+(?::[^}]*)?\s*\}\}/i;

// Templater's code (`<% tp.file.title %>`): a note holding it is a template too.
const TEMPLATER_CODE = /<%[\s\S]*?%>/;

/** Whether a property value (or an item of a list one) holds a template's placeholder or Templater code. */
function holdsPlaceholder(value: unknown): boolean {
  if (typeof value === 'string') return PLACEHOLDER.test(value) || TEMPLATER_CODE.test(value);
  return Array.isArray(value) && value.some(holdsPlaceholder);
}

/** A note whose name or properties hold placeholders is a template (of a person note, say), not a note of its own yet. */
export function isTemplateNote(path: string, frontmatter: unknown): boolean {
  const values = frontmatter !== null && typeof frontmatter === 'object' ? Object.values(frontmatter) : [];
  return holdsPlaceholder(path) || values.some(holdsPlaceholder);
}

/** A template tagged as a meeting still holds its placeholders; it is not a meeting yet. */
export function isTemplate(meeting: Meeting, frontmatter: unknown): boolean {
  if (meeting.personRefs.some((ref) => PLACEHOLDER.test(ref))) return true;
  const date = frontmatter && typeof frontmatter === 'object' ? (frontmatter as Record<string, unknown>).date : undefined;
  return typeof date === 'string' && PLACEHOLDER.test(date);
}

/**
 * Where a link to the meeting goes: its note, or in a running note its section (`path#heading`,
 * with the characters a heading link cannot hold read as spaces, as Obsidian does).
 */
export function meetingTarget(meeting: Pick<Meeting, 'path' | 'section'>): string {
  if (meeting.section === undefined) return meeting.path;
  return `${meeting.path}${headingSubpath(meeting.section.heading)}`;
}

/** Newest meeting first, undated ones last, and a day's meetings by path (in a running note, the upper section first: new sections go on top). */
export function newestMeetingFirst(a: Meeting, b: Meeting): number {
  return newestDayFirst(a.date, b.date) || a.path.localeCompare(b.path) || (a.section?.line ?? 0) - (b.section?.line ?? 0);
}
