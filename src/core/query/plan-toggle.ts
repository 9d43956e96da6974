import type { ActionItem } from '../tasks/actions';
import type { CalendarDay } from '../calendar/dates';
import { planStatusChange, type PlannedEdit } from '../tasks/task-edit';
import { quotedLine } from '../markdown/text-lines';

/**
 * What one click on a rollup checkbox means: a done task reopens (and loses its `✅` date, which
 * would be wrong on an open task); anything else is completed, with today's `✅` date when the
 * setting asks for it, as the Tasks plugin writes it.
 */
export function planToggle(
  path: string,
  item: Pick<ActionItem, 'line' | 'lineText' | 'status' | 'statusIndex' | 'state'>,
  today: CalendarDay,
  addDoneDate: boolean,
): PlannedEdit | null {
  if (item.state === 'done') return planStatusChange(path, item, ' ', null);
  return planStatusChange(path, item, 'x', addDoneDate ? today : undefined);
}

/** What a click on the task's checkbox did, in words for a notice: `Done: "Send the offer".` */
export function describeToggle(item: Pick<ActionItem, 'text' | 'state'>): string {
  return `${item.state === 'done' ? 'Reopened' : 'Done'}: ${quotedLine(item.text)}.`;
}
