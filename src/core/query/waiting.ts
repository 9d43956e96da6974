import type { CalendarDay } from '../calendar/dates';
import { dayCount } from '../calendar/day-text';
import type { IndexedMeeting, VaultIndex } from '../index/vault-index';
import { isOpenState } from '../tasks/actions';
import { actionRow, displayText, type ActionRow } from './action-rows';

/**
 * Whether a row is waiting on the person: open (or in progress), owned by them, and first written
 * down at least `waitingDays` ago. Mine, nobody's and someone else's items never are; nor is one
 * whose age no rule can tell.
 */
export function isWaiting(row: ActionRow, personPath: string, waitingDays: number): boolean {
  const { item, owner } = row.action;
  return isOpenState(item.state) && owner.kind === 'person' && owner.path === personPath && row.ageDays !== null && row.ageDays >= waitingDays;
}

/** Oldest first; equal ages keep their order (newest meeting first). */
export function oldestFirst(a: ActionRow, b: ActionRow): number {
  return (b.ageDays ?? 0) - (a.ageDays ?? 0);
}

/** The person's items waiting on them, oldest first: each item once, at its newest copy. */
export function waitingRows(index: VaultIndex, personPath: string, today: CalendarDay, waitingDays: number): ActionRow[] {
  const rows: ActionRow[] = [];
  for (const meeting of index.meetingsOf(personPath)) {
    for (const action of meeting.actions) {
      // Only theirs are dated: `isWaiting` would refuse the rest anyway.
      if (action.owner.kind !== 'person' || action.owner.path !== personPath || index.isSuperseded(action)) continue;
      const row = actionRow(index, action, meeting, today);
      if (isWaiting(row, personPath, waitingDays)) rows.push(row);
    }
  }
  return rows.sort(oldestFirst);
}

/**
 * Waiting counts for a view that redraws on every change: remembered per person's list of meetings,
 * which the index replaces whenever one of their meetings (or anyone's person note) changes, so a
 * change recounts only the people it touches.
 */
export class WaitingCounts {
  private readonly byList = new WeakMap<readonly IndexedMeeting[], { readonly key: string; readonly count: number }>();

  count(index: VaultIndex, personPath: string, today: CalendarDay, waitingDays: number): number {
    const list = index.meetingsOf(personPath);
    const key = `${today} ${waitingDays}`;
    const known = this.byList.get(list);
    if (known?.key === key) return known.count;
    const count = waitingRows(index, personPath, today, waitingDays).length;
    this.byList.set(list, { key, count });
    return count;
  }
}

/** "2 waiting > 14 days", as the sidebar and the command line say it; null when nothing waits. */
export function waitingLabel(count: number, waitingDays: number): string | null {
  return count === 0 ? null : `${count} waiting > ${dayCount(waitingDays)}`;
}

/**
 * The template's `{{waiting}}`: a plain list, not tasks (the items themselves are carried as
 * tasks; a second checkbox would be a second item). `- Draft the proposal — waiting 21 days`.
 */
export function waitingLines(rows: readonly ActionRow[]): string[] {
  return rows.map((row) => {
    // Text that opens with a box (`[ ] x`) would make the line a task again: the bracket is escaped.
    const text = displayText(row.action).replace(/^\[(.)\]/, '\\[$1]');
    return `- ${text} — waiting ${dayCount(row.ageDays ?? 0)}`;
  });
}
