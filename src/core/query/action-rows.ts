import { isOpenState } from '../tasks/actions';
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
  /** Days since the task was first written down: its carry origin's date, else its meeting's. */
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

function originDay(index: VaultIndex, target: string): CalendarDay | null {
  const path = target.toLowerCase().endsWith('.md') ? target : `${target}.md`;
  const meeting = index.getMeeting(path) ?? index.getMeeting(target);
  return meeting?.meeting.date ?? dayInFileName(target.slice(target.lastIndexOf('/') + 1));
}

export function actionRow(index: VaultIndex, action: IndexedAction, meeting: IndexedMeeting | null, today: CalendarDay): ActionRow {
  const { item } = action;
  const carried = item.carriedFrom;
  const origin = carried ? { target: carried.target, day: originDay(index, carried.target), count: carried.count } : null;
  const since = origin?.day ?? meeting?.meeting.date ?? null;
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
