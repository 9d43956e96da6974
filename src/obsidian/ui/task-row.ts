import type { App, Component } from 'obsidian';
import type { CalendarDay } from '../../core/calendar/dates';
import { displayText, type ActionRow } from '../../core/query/action-rows';
import { dayCount, shortDate } from '../../core/calendar/day-text';
import { renderTaskText } from './task-text';

/** How one surface draws its task rows: its class names (its styles rely on them) and its wording. */
export interface TaskRowLook {
  /** Classes of the row; `is-checked` (done) and `mod-overdue` are added as the task is. */
  readonly rowCls: readonly string[];
  readonly textCls: string;
  readonly chipCls: string;
  /** The span the chips and the link go in, or null to put them in the row itself. */
  readonly metaCls: string | null;
  /** A chip saying "In progress" for a task marked `[/]`. */
  readonly inProgressChip: boolean;
  /** The checkbox's accessible name, from the task's text as it reads. */
  checkboxLabel(text: string): string;
}

/** What drawing a row needs from the surface. */
export interface TaskRowContext {
  readonly app: App;
  /** Lives for one render: rendered task text attaches to it. */
  readonly component: Component;
  readonly today: CalendarDay;
}

/** One task to draw. */
export interface TaskRow {
  readonly row: ActionRow;
  /** Names the task to the surface's click handler (see `clickedTaskBox`). */
  readonly key: string;
  /** A write is in flight: the box takes no click, and an open task shows ticked. */
  readonly pending: boolean;
  /** The link to the task's note: the surface's element, or none. */
  readonly link: DomElementInfo | null;
  /** Waiting on its owner (see `isWaiting`): a chip says for how long. */
  readonly waiting?: boolean;
}

/** The chip of a carried task, worded the same on every surface: "Carried 3 times · 42 days old". */
function carriedText(count: number, ageDays: number | null): string {
  return `Carried${count > 1 ? ` ${count} times` : ''}${ageDays === null ? '' : ` · ${dayCount(ageDays)} old`}`;
}

/**
 * Draws one task row into `list`: its checkbox, its text (rendered inline, see `renderTaskText`),
 * chips for its state, due date and carrying, and a link to its note. The checkbox carries the
 * row's key in `data-toggle`: the surface handles every box's click with one listener.
 */
export function renderTaskRow(list: HTMLElement, task: TaskRow, look: TaskRowLook, context: TaskRowContext): Promise<void> {
  const { row, key, pending } = task;
  const { item, meetingPath } = row.action;
  const text = displayText(row.action);
  const done = item.state !== 'open' && item.state !== 'in-progress';
  const li = list.createEl('li', { cls: [...look.rowCls], attr: { 'data-task': item.status } });
  if (item.state === 'done') li.addClass('is-checked');
  if (row.dueState === 'overdue') li.addClass('mod-overdue');
  const checkbox = li.createEl('input', {
    cls: 'task-list-item-checkbox',
    type: 'checkbox',
    attr: { 'data-toggle': key, 'data-key': `toggle-${key}`, 'aria-label': look.checkboxLabel(text) },
  });
  // An open task with a write in flight is being ticked: it shows ticked, as it was clicked.
  checkbox.checked = done || pending;
  if (pending) {
    li.addClass('is-pending');
    checkbox.disabled = true;
  }
  const textEl = li.createSpan({ cls: look.textCls });
  // Named by the text as it reads once rendered: a link's text, a code span without its backticks.
  const rendered = renderTaskText(context.app, textEl, text, meetingPath, context.component).then(() => {
    checkbox.setAttr('aria-label', look.checkboxLabel(textEl.getText().trim()));
  });
  const meta = look.metaCls === null ? li : li.createSpan({ cls: look.metaCls });
  const chip = (label: string, mod?: string, title?: string) => meta.createSpan({ cls: [look.chipCls, ...(mod ? [mod] : [])], text: label, attr: title ? { title } : {} });
  if (task.waiting && row.ageDays !== null) chip(`Waiting ${dayCount(row.ageDays)}`, 'mod-waiting', 'Theirs, open since it was first written down');
  if (look.inProgressChip && item.state === 'in-progress') chip('In progress');
  if (item.due !== null) {
    const when = shortDate(item.due, context.today);
    if (row.dueState === 'overdue') chip(`Overdue · ${when}`, 'mod-overdue', `Due ${item.due}`);
    else if (row.dueState === 'today') chip('Due today', 'mod-today', `Due ${item.due}`);
    else chip(`Due ${when}`, row.dueState === 'soon' ? 'mod-soon' : undefined, `Due ${item.due}`);
  }
  if (row.origin !== null) {
    const title = row.origin.day ? `First written down on ${row.origin.day}` : `Carried from ${row.origin.target}`;
    // A waiting chip already says how old it is.
    chip(carriedText(row.origin.count, task.waiting ? null : row.ageDays), row.origin.count >= 3 ? 'mod-carried-often' : 'mod-carried', title);
  }
  if (task.link) meta.createEl('a', task.link);
  return rendered;
}

/** The task checkbox a click landed on, and its row's key; null for a click anywhere else. */
export function clickedTaskBox(evt: Event): { readonly checkbox: HTMLInputElement; readonly key: string } | null {
  const target = evt.target;
  if (!(target instanceof HTMLInputElement) || !target.hasClass('task-list-item-checkbox')) return null;
  const key = target.getAttr('data-toggle');
  return key === null ? null : { checkbox: target, key };
}
