import { isOpenState, type ActionItem } from '../tasks/actions';
import { headingSubpath } from '../people/names';
import { addDays, dayInFileName, daysBetween, type CalendarDay } from '../calendar/dates';
import type { IndexedAction, IndexedMeeting, VaultIndex } from '../index/vault-index';

/** Where a due date stands today, for its chip. */
export type DueState = 'overdue' | 'today' | 'soon' | 'later';

/** One task as a rollup lists it, with what its row shows besides the text. */
export interface ActionRow {
  readonly action: IndexedAction;
  readonly meeting: IndexedMeeting | null;
  /** Null when the task has no due date, or is closed (a closed task is never overdue). */
  readonly dueState: DueState | null;
  /** Days since the task was first written down (see `firstWrittenDay`); 0 for a day still to come. */
  readonly ageDays: number | null;
  /** The carry origin's link target and day, when the task was carried here. */
  readonly origin: { readonly target: string; readonly day: CalendarDay | null; readonly count: number } | null;
}

const SOON_DAYS = 7;

export function dueStateOf(due: CalendarDay | null, today: CalendarDay): DueState | null {
  if (due === null) return null;
  if (due < today) return 'overdue';
  if (due === today) return 'today';
  return due <= addDays(today, SOON_DAYS) ? 'soon' : 'later';
}

/**
 * The meeting a carry marker's link names: the note at that path (`.md` or not), and with a
 * `#heading` the running note's section under it, as Obsidian opens it. A link to a running note
 * without a heading names no one meeting.
 */
function meetingAt(index: VaultIndex, target: string): IndexedMeeting | null {
  const hash = target.indexOf('#');
  const note = hash === -1 ? target : target.slice(0, hash);
  const meetings = index.meetingsIn(note.toLowerCase().endsWith('.md') ? note : `${note}.md`);
  if (hash === -1) return meetings.length === 1 && meetings[0]?.meeting.section === undefined ? (meetings[0] ?? null) : null;
  const heading = headingSubpath(target.slice(hash + 1)).toLowerCase();
  return meetings.find(({ meeting }) => meeting.section && headingSubpath(meeting.section.heading).toLowerCase() === heading) ?? null;
}

/** The day a carry marker's link says: its meeting's date, else a date in the link's last part (the note may be gone). */
function originDay(index: VaultIndex, target: string): CalendarDay | null {
  return meetingAt(index, target)?.meeting.date ?? dayInFileName(target.slice(target.lastIndexOf('/') + 1));
}

/**
 * The day an item was first written down, the one rule behind every age and every "waiting": its
 * Tasks created date (`➕`), which travels with it, else `markerDay`, the day its carry marker links
 * to (see `originDay`), else the date of the meeting holding it. The created date comes first, so
 * carrying an item never changes its age. A marker whose note is gone and whose link holds no date
 * falls through to a day no earlier than the item's own meeting: an item never looks older, nor
 * waiting, by accident.
 */
function firstWrittenDay(markerDay: CalendarDay | null, item: ActionItem, meeting: IndexedMeeting | null): CalendarDay | null {
  return item.created ?? markerDay ?? meeting?.meeting.date ?? null;
}

export function actionRow(index: VaultIndex, action: IndexedAction, meeting: IndexedMeeting | null, today: CalendarDay): ActionRow {
  const { item } = action;
  const carried = item.carriedFrom;
  const origin = carried ? { target: carried.target, day: originDay(index, carried.target), count: carried.count } : null;
  const since = firstWrittenDay(origin?.day ?? null, item, meeting);
  return {
    action,
    meeting,
    dueState: isOpenState(item.state) ? dueStateOf(item.due, today) : null,
    ageDays: since === null ? null : Math.max(0, daysBetween(since, today)),
    origin,
  };
}

// Fields the row shows as chips, so the text reads as a sentence. The note keeps them all.
const HIDDEN_FIELDS = [
  /(?:📅|📆|🗓)\uFE0F?\s*\d{4}-\d{2}-\d{2}/gu,
  /✅\uFE0F?\s*\d{4}-\d{2}-\d{2}/gu,
  /[[(]\s*(?:due|completion)\s*::\s*\d{4}-\d{2}-\d{2}\s*[\])]/giu,
  /(?:^|\s)\^[A-Za-z0-9-]+[ \t]*$/g,
];

/** A task's text without the fields shown beside it (dates, the carry marker, the block id). */
export function displayText(action: IndexedAction): string {
  const { item } = action;
  let text = item.text;
  const marker = item.carriedFrom;
  if (marker) text = text.slice(0, marker.start) + text.slice(marker.end);
  for (const pattern of HIDDEN_FIELDS) text = text.replace(pattern, ' ');
  return text.replace(/[ \t]{2,}/g, ' ').trim();
}
