import type { App, Component } from 'obsidian';
import type { CalendarDay } from '../../core/calendar/dates';
import type { ActionRow } from '../../core/query/action-rows';
import type { ActionGroup, ActionsResult } from '../../core/query/evaluate-actions';
import type { GroupKey } from '../../core/query/query-types';
import type { QueryResult } from '../../core/query/evaluate-query';
import type { MeetingsResult, PeopleResult } from '../../core/query/evaluate-lists';
import { shortDate } from '../../core/calendar/day-text';
import { meetingLine, PEOPLE_COLUMNS, personCells } from '../../core/query/result-text';
import { clickedTaskBox, renderTaskRow, type TaskRowLook } from '../ui/task-row';

/** What drawing a result needs from the block around it. */
export interface RollupViewHost {
  readonly app: App;
  readonly sourcePath: string;
  readonly today: CalendarDay;
  /** Lives for one render: listeners and rendered Markdown attach to it. */
  readonly component: Component;
  personName(path: string): string;
  /** A task with a write in flight shows a disabled box until the index has the result. */
  isPending(row: ActionRow): boolean;
  toggle(row: ActionRow, checkbox: HTMLInputElement): void;
  /** Opens a note by link text, as a click on a link in a note does. */
  open(linktext: string, newTab: boolean): void;
}

const CLS = 'one-on-ones-rollup';
/** Marks the links this view makes; links inside rendered task text are Obsidian's to handle. */
const LINK = `${CLS}-link`;

/** A link to a note; clicks reach it through the block's one delegated listener. */
function linkTo(path: string, text: string, cls = LINK): DomElementInfo {
  const linktext = path.replace(/\.md$/i, '');
  return { cls: `internal-link ${cls}`, text, href: linktext, attr: { 'data-href': linktext } };
}

function link(parent: HTMLElement, path: string, text: string): HTMLElement {
  return parent.createEl('a', linkTo(path, text));
}

/** A rollup's task rows: one line each, chips after the text, the checkbox named by the task. */
const LOOK: TaskRowLook = {
  rowCls: [`${CLS}-task`],
  textCls: `${CLS}-text`,
  chipCls: `${CLS}-chip`,
  metaCls: null,
  inProgressChip: false,
  carried: (count, age) => `Carried${count > 1 ? ` ×${count}` : ''}${age === null ? '' : ` · ${age}`}`,
  checkboxLabel: (text) => text,
};

function renderTask(list: HTMLElement, row: ActionRow, rowIndex: number, host: RollupViewHost, grouping: GroupKey): Promise<void> {
  // Grouped by meeting, the group's title is the link.
  const source = grouping === 'meeting' ? null : linkTo(row.action.meetingPath, sourceLabel(row, host, grouping), `${LINK} ${CLS}-source`);
  return renderTaskRow(list, { row, key: String(rowIndex), pending: host.isPending(row), link: source }, LOOK, host);
}

/** The link to the task's meeting: its date, and its people unless the group header names them. */
function sourceLabel(row: ActionRow, host: RollupViewHost, grouping: GroupKey): string {
  const date = row.meeting?.meeting.date;
  const when = date ? shortDate(date, host.today) : row.action.meetingPath.replace(/^.*\/|\.md$/g, '');
  const people = (row.meeting?.peoplePaths ?? []).map((path) => host.personName(path)).join(', ');
  return grouping === 'person' || people === '' ? when : `${people} · ${when}`;
}

async function renderGroup(el: HTMLElement, group: ActionGroup, rows: ActionRow[], host: RollupViewHost, grouping: GroupKey): Promise<void> {
  const section = el.createDiv({ cls: `${CLS}-group` });
  if (group.title !== '') {
    const header = section.createDiv({ cls: `${CLS}-group-title` });
    if (group.link) link(header, group.link, group.title);
    else header.createSpan({ text: group.title });
    header.createSpan({ cls: `${CLS}-count`, text: String(group.rows.length) });
  }
  const list = section.createEl('ul', { cls: ['contains-task-list', `${CLS}-tasks`] });
  for (const row of group.rows) {
    rows.push(row);
    await renderTask(list, row, rows.length - 1, host, grouping);
  }
}

async function renderActions(el: HTMLElement, result: ActionsResult, host: RollupViewHost): Promise<number> {
  const rows: ActionRow[] = [];
  for (const group of result.groups) await renderGroup(el, group, rows, host, result.group);
  // One listener for the whole list: a thousand rows need no thousand listeners.
  host.component.registerDomEvent(el, 'click', (evt) => {
    const box = clickedTaskBox(evt);
    const row = box ? rows[Number(box.key)] : undefined;
    if (box && row) host.toggle(row, box.checkbox);
  });
  return rows.length;
}

function renderPeople(el: HTMLElement, result: PeopleResult, host: RollupViewHost): number {
  const table = el.createEl('table', { cls: `${CLS}-table` });
  const head = table.createEl('thead').createEl('tr');
  for (const column of PEOPLE_COLUMNS) head.createEl('th', { text: column });
  const body = table.createEl('tbody');
  for (const status of result.rows) {
    const tr = body.createEl('tr', { attr: { 'data-state': status.cadence.state } });
    link(tr.createEl('td'), status.person.path, status.person.name);
    personCells(status).forEach((text, i) => {
      const td = tr.createEl('td', { text });
      if (i === 1) td.addClass(`${CLS}-state`, `mod-${status.cadence.state}`);
    });
  }
  return result.rows.length;
}

function renderMeetings(el: HTMLElement, result: MeetingsResult, host: RollupViewHost): number {
  const list = el.createEl('ul', { cls: `${CLS}-meetings` });
  for (const row of result.rows) {
    const li = list.createEl('li');
    const { meeting } = row.meeting;
    link(li, meeting.path, meeting.date ?? meeting.path.replace(/^.*\/|\.md$/g, ''));
    li.appendText(` · ${meetingLine(row).split(' · ').filter((part) => part !== meeting.date).join(' · ')}`);
  }
  return result.rows.length;
}

const NOTHING: Record<string, string> = {
  actions: 'No action items match this query.',
  people: 'No people match this query.',
  meetings: 'No meetings match this query.',
};

/** Draws a query result (or its problems) into `el`. */
export async function renderResult(el: HTMLElement, result: QueryResult, host: RollupViewHost): Promise<void> {
  host.component.registerDomEvent(el, 'click', (evt) => {
    const a = evt.target instanceof Element ? evt.target.closest(`a.${LINK}`) : null;
    const linktext = a?.getAttr('data-href');
    if (!linktext) return;
    evt.preventDefault();
    host.open(linktext, evt.ctrlKey || evt.metaKey);
  });
  if (result.kind === 'problems') {
    const box = el.createDiv({ cls: `${CLS}-problems` });
    box.createDiv({ cls: `${CLS}-problems-title`, text: result.problems.length === 1 ? 'This 1:1 query has a problem' : 'This 1:1 query has problems' });
    const list = box.createEl('ul');
    for (const problem of result.problems) list.createEl('li', { text: problem.line > 0 ? `Line ${problem.line}: ${problem.message}` : problem.message });
    return;
  }
  const shown =
    result.kind === 'actions' ? await renderActions(el, result, host) : result.kind === 'people' ? renderPeople(el, result, host) : renderMeetings(el, result, host);
  if (shown === 0) el.createDiv({ cls: `${CLS}-empty`, text: NOTHING[result.kind] ?? '' });
  else if (shown < result.total) el.createDiv({ cls: `${CLS}-more`, text: `Showing ${shown} of ${result.total}.` });
}
