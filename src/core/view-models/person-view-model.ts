import type { AgendaPoint } from '../talking-points/talking-points';
import { formatCadence } from '../cadence/cadence';
import { daysBetween, type CalendarDay } from '../calendar/dates';
import { shortDate, timeAgo } from '../calendar/day-text';
import { dueRowText, type ChipTone } from './due-row-text';
import type { Person } from '../people/people';
import { actionRow, type ActionRow } from '../query/action-rows';
import { problemCount, problemLine, type ProblemLine } from '../index/problem-lines';
import { personStatus, type PersonStatus } from '../cadence/urgency';
import type { IndexedMeeting, VaultIndex } from '../index/vault-index';
import { moodTrend, type MoodPoint } from './mood-trend';
import { meetingTarget } from '../meetings/meetings';
import { isWaiting, oldestFirst } from '../query/waiting';
import { DEFAULT_SETTINGS } from '../settings/settings';

export interface PersonHeader {
  readonly name: string;
  readonly role: string | null;
  /** "weekly", or null when the person has no readable cadence (the problem says why). */
  readonly cadence: string | null;
  /** "Last 1:1 Oct 30 · 21 days ago", or "No 1:1 yet". */
  readonly last: string;
  /** "Next due Nov 6", or null when no next date follows from the rules (paused, no cadence…). */
  readonly next: string | null;
  readonly chip: { readonly label: string; readonly tone: ChipTone };
  readonly flag: string | null;
}

/** The banner over the 1:1 view: every problem in the person's notes, each naming its note. */
export interface ProblemBanner {
  /** "2 problems in Priya Raman's notes". */
  readonly title: string;
  /** The person note's problems first, then each meeting's, newest first. */
  readonly lines: readonly ProblemLine[];
  readonly hint: string;
}

export type ActionGroupId = 'theirs' | 'mine' | 'unassigned' | 'others';

export interface ActionGroupModel {
  readonly id: ActionGroupId;
  readonly title: string;
  readonly rows: readonly ActionRow[];
  /** How many of the first rows are waiting on them (see `isWaiting`), oldest first; 0 outside Theirs. */
  readonly waiting: number;
}

export interface HistoryRow {
  readonly path: string;
  /** What its link opens and its summary is kept by: the note, or a running note's section (`path#heading`). */
  readonly target: string;
  /** A running note's section: the line of its dated heading. */
  readonly sectionLine: number | null;
  readonly date: CalendarDay | null;
  /** "Oct 30", or "Undated". */
  readonly label: string;
  readonly status: IndexedMeeting['meeting']['status'];
  readonly mood: number | null;
  /** Open items still in the note. */
  readonly open: number;
  /** More people than this one: a group meeting. */
  readonly group: boolean;
}

export interface PersonViewModel {
  readonly person: Person;
  readonly status: PersonStatus;
  readonly header: PersonHeader;
  /** Null when every note of theirs reads cleanly. */
  readonly problems: ProblemBanner | null;
  readonly groups: readonly ActionGroupModel[];
  readonly mood: readonly MoodPoint[];
  /** Every meeting, newest first, undated last; the view pages through it. */
  readonly history: readonly HistoryRow[];
  /** Today's 1:1 note and the points on its agenda; null when no note is dated today. */
  readonly today: TodaysMeeting | null;
}

export interface TodaysMeeting {
  readonly path: string;
  /** What its link opens: the note, or today's section of a running note. */
  readonly target: string;
  /** "1:1 today" or "1:1 planned today". */
  readonly title: string;
  readonly agenda: readonly AgendaPoint[];
  /** Other notes of a 1:1 with them dated today (held or planned), which the view names. */
  readonly others: readonly string[];
}

export const HISTORY_PAGE = 20;

function headerOf(status: PersonStatus, today: CalendarDay): PersonHeader {
  const { person, cadence } = status;
  const text = dueRowText(status, today);
  const last = cadence.lastMet === null ? 'No 1:1 yet' : `Last 1:1 ${shortDate(cadence.lastMet, today)} · ${timeAgo(daysBetween(cadence.lastMet, today))}`;
  return {
    name: person.name,
    role: person.role,
    cadence: person.cadence.status === 'valid' ? formatCadence(person.cadence.cadence) : null,
    last,
    next: cadence.nextDue === null ? null : `Next due ${shortDate(cadence.nextDue, today)}`,
    chip: text.chip,
    flag: text.flag,
  };
}

/** Most pressing first: overdue, then by due date, undated last; ties keep the newest meeting first. */
function byDue(a: ActionRow, b: ActionRow): number {
  const [x, y] = [a.action.item.due, b.action.item.due];
  if (x === y) return 0;
  if (x === null) return 1;
  if (y === null) return -1;
  return x < y ? -1 : 1;
}

function groupsOf(index: VaultIndex, personPath: string, today: CalendarDay, waitingDays: number): ActionGroupModel[] {
  const byId: Record<ActionGroupId, ActionRow[]> = { theirs: [], mine: [], unassigned: [], others: [] };
  for (const meeting of index.meetingsOf(personPath)) {
    for (const action of meeting.actions) {
      if ((action.item.state !== 'open' && action.item.state !== 'in-progress') || index.isSuperseded(action)) continue;
      const { owner } = action;
      const id: ActionGroupId = owner.kind === 'me' ? 'mine' : owner.kind === 'unassigned' ? 'unassigned' : owner.path === personPath ? 'theirs' : 'others';
      byId[id].push(actionRow(index, action, meeting, today));
    }
  }
  const titles: Record<ActionGroupId, string> = { theirs: 'Theirs', mine: 'Mine', unassigned: 'Unassigned', others: 'Someone else' };
  const order: ActionGroupId[] = ['theirs', 'mine', 'unassigned', 'others'];
  // "Someone else" only appears when such items exist; the three named groups always show.
  // Theirs that are waiting come first, oldest (then most pressing) first; the rest, and the other groups, most pressing first.
  const waiting = byId.theirs.filter((row) => isWaiting(row, personPath, waitingDays)).sort((a, b) => oldestFirst(a, b) || byDue(a, b));
  byId.theirs = [...waiting, ...byId.theirs.filter((row) => !waiting.includes(row)).sort(byDue)];
  return order
    .filter((id) => id !== 'others' || byId.others.length > 0)
    .map((id) => ({ id, title: titles[id], rows: id === 'theirs' ? byId.theirs : byId[id].sort(byDue), waiting: id === 'theirs' ? waiting.length : 0 }));
}

function historyOf(index: VaultIndex, meetings: readonly IndexedMeeting[], today: CalendarDay): HistoryRow[] {
  return meetings.map(({ meeting, actions, peoplePaths }) => ({
    path: meeting.path,
    target: meetingTarget(meeting),
    sectionLine: meeting.section?.line ?? null,
    date: meeting.date,
    label: meeting.date === null ? 'Undated' : shortDate(meeting.date, today),
    status: meeting.status,
    mood: meeting.mood,
    open: actions.filter((action) => (action.item.state === 'open' || action.item.state === 'in-progress') && !index.isSuperseded(action)).length,
    group: peoplePaths.length > 1,
  }));
}

function bannerOf(index: VaultIndex, person: Person): ProblemBanner | null {
  const lines = index.problemsOf(person.path).map(problemLine);
  if (lines.length === 0) return null;
  return { title: `${problemCount(lines.length)} in ${person.name}'s notes`, lines, hint: 'Open a note to fix it; this view updates as you edit.' };
}

function todaysMeeting(status: PersonStatus, meetings: readonly IndexedMeeting[], today: CalendarDay): TodaysMeeting | null {
  const shown = status.today;
  if (shown === null) return null;
  const others = meetings
    .filter(({ meeting }) => meeting.date === today && meeting.path !== shown.meeting.path && (meeting.status === 'held' || meeting.status === 'planned'))
    .map(({ meeting }) => meeting.path);
  return { path: shown.meeting.path, target: meetingTarget(shown.meeting), title: headerOf(status, today).chip.label, agenda: shown.agenda, others };
}

/** Everything the 1:1 view shows about one person on `today`, or null when the path is no person. */
export function personViewModel(index: VaultIndex, personPath: string, today: CalendarDay, dueSoonDays?: number, waitingDays = DEFAULT_SETTINGS.waitingDays): PersonViewModel | null {
  const person = index.getPerson(personPath);
  if (!person) return null;
  const status = personStatus(index, person, today, dueSoonDays);
  const meetings = index.meetingsOf(personPath);
  return {
    person,
    status,
    header: headerOf(status, today),
    problems: bannerOf(index, person),
    groups: groupsOf(index, personPath, today, waitingDays),
    mood: moodTrend(meetings, today),
    history: historyOf(index, meetings, today),
    today: todaysMeeting(status, meetings, today),
  };
}

/** The rows of one page of history (0-based), and how many pages there are. */
export function historyPage(rows: readonly HistoryRow[], page: number, size = HISTORY_PAGE): { rows: readonly HistoryRow[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const current = Math.max(0, Math.min(pages - 1, page));
  return { rows: rows.slice(current * size, (current + 1) * size), page: current, pages };
}
