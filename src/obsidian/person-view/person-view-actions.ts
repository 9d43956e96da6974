import type { App, Component } from 'obsidian';
import type { CalendarDay } from '../../core/calendar/dates';
import type { ActionGroupModel } from '../../core/view-models/person-view-model';
import type { ActionRow } from '../../core/query/action-rows';
import { shortDate } from '../../core/calendar/day-text';
import { renderTaskRow, type TaskRowLook } from '../ui/task-row';

export interface ActionsContext {
  readonly app: App;
  /** Lives for one render: rendered task text attaches to it. */
  readonly component: Component;
  readonly today: CalendarDay;
  isPending(key: string): boolean;
}

/** Names a task across renders: its note and line. */
export function taskKey(row: ActionRow): string {
  return `${row.action.meetingPath}#${row.action.item.line}`;
}

/** The 1:1 view's task rows: chips and the link in a line of their own, under the text. */
const LOOK: TaskRowLook = {
  rowCls: ['task-list-item', 'one-on-ones-pv-task'],
  textCls: 'one-on-ones-pv-task-text',
  chipCls: 'one-on-ones-pv-tag',
  metaCls: 'one-on-ones-pv-task-meta',
  inProgressChip: true,
  checkboxLabel: (text) => `Done: ${text}`,
};

function renderRow(list: HTMLElement, row: ActionRow, context: ActionsContext, waiting: boolean): void {
  const key = taskKey(row);
  const { meetingPath } = row.action;
  const date = row.meeting?.meeting.date;
  const text = date ? `from ${shortDate(date, context.today)}` : 'from an undated note';
  // The name a screen reader says begins with the words shown, so voice control finds the link by them.
  const link = { cls: 'one-on-ones-pv-source', text, href: '#', attr: { 'data-open': meetingPath, 'aria-label': `${text}: open ${meetingPath}` } };
  void renderTaskRow(list, { row, key, pending: context.isPending(key), link, waiting }, LOOK, context);
}

/** Open action items in three groups, theirs, mine and unassigned, with checkboxes that write back. */
export function renderActionGroups(parent: HTMLElement, groups: readonly ActionGroupModel[], context: ActionsContext): void {
  const section = parent.createDiv({ cls: 'one-on-ones-pv-section mod-actions' });
  const head = section.createDiv({ cls: 'one-on-ones-pv-section-head' });
  head.createEl('h3', { text: 'Open action items' });
  head.createSpan({ cls: 'one-on-ones-pv-count', text: String(groups.reduce((sum, group) => sum + group.rows.length, 0)) });
  const grid = section.createDiv({ cls: 'one-on-ones-pv-groups' });
  for (const group of groups) {
    const box = grid.createDiv({ cls: ['one-on-ones-pv-group', `mod-${group.id}`] });
    const title = box.createDiv({ cls: 'one-on-ones-pv-group-title' });
    title.createSpan({ text: group.title });
    title.createSpan({ cls: 'one-on-ones-pv-count', text: String(group.rows.length) });
    if (group.rows.length === 0) {
      box.createDiv({ cls: 'one-on-ones-pv-empty', text: 'Nothing open' });
      continue;
    }
    const list = box.createEl('ul', { cls: 'contains-task-list one-on-ones-pv-tasks' });
    group.rows.forEach((row, i) => renderRow(list, row, context, i < group.waiting));
  }
}
