import type { ActionItem } from '../tasks/actions';
import type { CalendarDay } from '../calendar/dates';
import { planStatusChange, type PlannedEdit } from '../tasks/task-edit';

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
