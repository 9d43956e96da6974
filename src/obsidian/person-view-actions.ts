import type { App, Component } from 'obsidian';
import type { CalendarDay } from '../core/dates';
import type { ActionGroupModel } from '../core/person/person-view-model';
import { displayText, type ActionRow } from '../core/query/action-rows';
import { dayCount, shortDay } from '../core/query/result-text';
import { renderTaskText } from './task-text';

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

function chip(parent: HTMLElement, text: string, mod?: string, title?: string): void {
  parent.createSpan({ cls: ['one-on-ones-pv-tag', ...(mod ? [mod] : [])], text, attr: title ? { title } : {} });
}

function renderRow(list: HTMLElement, row: ActionRow, context: ActionsContext): void {
  const { item, meetingPath } = row.action;
  const key = taskKey(row);
  const li = list.createEl('li', { cls: ['task-list-item', 'one-on-ones-pv-task'], attr: { 'data-task': item.status } });
  if (row.dueState === 'overdue') li.addClass('mod-overdue');
  const checkbox = li.createEl('input', { cls: 'task-list-item-checkbox', type: 'checkbox', attr: { 'data-toggle': key, 'data-key': `toggle-${key}` } });
  checkbox.setAttr('aria-label', `Done: ${displayText(row.action)}`);
  if (context.isPending(key)) {
    li.addClass('is-pending');
    checkbox.checked = true;
    checkbox.disabled = true;
  }
  void renderTaskText(context.app, li.createSpan({ cls: 'one-on-ones-pv-task-text' }), displayText(row.action), meetingPath, context.component);
  const meta = li.createSpan({ cls: 'one-on-ones-pv-task-meta' });
  if (item.state === 'in-progress') chip(meta, 'In progress');
  if (item.due !== null) {
    const when = shortDay(item.due, context.today);
    if (row.dueState === 'overdue') chip(meta, `Overdue · ${when}`, 'mod-overdue', `Due ${item.due}`);
    else if (row.dueState === 'today') chip(meta, 'Due today', 'mod-today', `Due ${item.due}`);
    else chip(meta, `Due ${when}`, row.dueState === 'soon' ? 'mod-soon' : undefined, `Due ${item.due}`);
  }
  if (row.origin !== null) {
    const times = row.origin.count > 1 ? ` ${row.origin.count} times` : '';
    const age = row.ageDays === null ? '' : ` · ${dayCount(row.ageDays)} old`;
    const title = row.origin.day ? `First written down on ${row.origin.day}` : `Carried from ${row.origin.target}`;
    chip(meta, `Carried${times}${age}`, row.origin.count >= 3 ? 'mod-carried-often' : 'mod-carried', title);
  }
  const date = row.meeting?.meeting.date;
  meta.createEl('a', {
    cls: 'one-on-ones-pv-source',
    text: date ? `from ${shortDay(date, context.today)}` : 'from an undated note',
    href: '#',
    attr: { 'data-open': meetingPath, 'aria-label': `Open the meeting note ${meetingPath}` },
  });
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
    for (const row of group.rows) renderRow(list, row, context);
  }
}
