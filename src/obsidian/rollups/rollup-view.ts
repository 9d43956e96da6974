import type { App, Component } from 'obsidian';
import type { CalendarDay } from '../../core/calendar/dates';
import type { ActionRow } from '../../core/query/action-rows';
import type { ActionGroup, ActionsResult } from '../../core/query/evaluate-actions';
import type { GroupKey } from '../../core/query/query-types';
import type { QueryResult } from '../../core/query/evaluate-query';
import type { MeetingsResult, PeopleResult } from '../../core/query/evaluate-lists';
import { shortDate } from '../../core/calendar/day-text';
import { meetingDetails, PEOPLE_COLUMNS, personCells } from '../../core/query/result-text';
import { clickedTaskBox, renderTaskRow, type TaskRowLook } from '../ui/task-row';
import { ChunkedRows, FIRST_ROWS } from './rollup-chunks';

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
  /** Rows to draw at once when more than a first screen: as many as the drawing it replaces had. */
  readonly drawAtLeast?: number;
}

/** A result on screen. */
export interface ShownResult {
  /** Rows drawn so far: the rest are drawn as they come into view. */
  readonly drawn: number;
  /** Call once the result is in the document: the rows not drawn yet follow as they come into view. */
  watch(): void;
  /** Draws the row of the task `key` names again, from `row`; removes it when `row` is null. */
  replaceTask(key: string, row: ActionRow | null): Promise<void>;
}

/** Names the task on `line` of the note at `path`, for clicks and for the block's writes. */
export function taskKeyAt(line: number, path: string): string {
  return `${line}:${path}`;
}

export function taskKey(row: ActionRow): string {
  return taskKeyAt(row.action.item.line, row.action.meetingPath);
}

const CLS = 'one-on-ones-rollup';
/** Marks the links this view makes; links inside rendered task text are Obsidian's to handle. */
const LINK = `${CLS}-link`;

/** A link to a note; clicks reach it through the block's one delegated listener. */
function linkTo(path: string, text: string, cls = LINK): DomElementInfo {
  // `path#heading` (a running note's section) links that heading.
  const linktext = path.replace(/\.md(?=#|$)/i, '');
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
  checkboxLabel: (text) => text,
};

function renderTask(list: HTMLElement, row: ActionRow, host: RollupViewHost, grouping: GroupKey): Promise<void> {
  // Grouped by meeting, the group's title is the link.
  const source = grouping === 'meeting' ? null : linkTo(row.action.meetingPath, sourceLabel(row, host, grouping), `${LINK} ${CLS}-source`);
  return renderTaskRow(list, { row, key: taskKey(row), pending: host.isPending(row), link: source }, LOOK, host);
}

/** The link to the task's meeting: its date, and its people unless the group header names them. */
function sourceLabel(row: ActionRow, host: RollupViewHost, grouping: GroupKey): string {
  const date = row.meeting?.meeting.date;
  const when = date ? shortDate(date, host.today) : row.action.meetingPath.replace(/^.*\/|\.md$/g, '');
  const people = (row.meeting?.peoplePaths ?? []).map((path) => host.personName(path)).join(', ');
  return grouping === 'person' || people === '' ? when : `${people} · ${when}`;
}

/** A group's header and its empty list, put before `end`. */
function renderGroup(el: HTMLElement, group: ActionGroup, end: HTMLElement): HTMLElement {
  const section = createDiv({ cls: `${CLS}-group` });
  el.insertBefore(section, end);
  if (group.title !== '') {
    const header = section.createDiv({ cls: `${CLS}-group-title` });
    if (group.link) link(header, group.link, group.title);
    else header.createSpan({ text: group.title });
    header.createSpan({ cls: `${CLS}-count`, text: String(group.rows.length) });
  }
  return section.createEl('ul', { cls: ['contains-task-list', `${CLS}-tasks`] });
}

/** Task rows under their group headers; a group's header comes with its first row. */
async function renderActions(el: HTMLElement, result: ActionsResult, host: RollupViewHost): Promise<ShownResult> {
  const rows = result.groups.flatMap((group) => group.rows.map((row) => ({ group, row })));
  // Every task, drawn or not, for the one listener of the whole list: a thousand rows need no thousand listeners.
  const byKey = new Map(rows.map(({ row }) => [taskKey(row), row]));
  host.component.registerDomEvent(el, 'click', (evt) => {
    const box = clickedTaskBox(evt);
    const row = box ? byKey.get(box.key) : undefined;
    if (box && row) host.toggle(row, box.checkbox);
  });
  let group: ActionGroup | null = null;
  let list: HTMLElement | null = null;
  const chunks = new ChunkedRows(el, host.component, rows.length, (i, end) => {
    const at = rows[i];
    if (!at) return;
    if (at.group !== group || !list) {
      group = at.group;
      list = renderGroup(el, at.group, end);
    }
    return renderTask(list, at.row, host, result.group);
  });
  await chunks.drawFirst(Math.max(FIRST_ROWS, host.drawAtLeast ?? 0));
  return {
    get drawn() {
      return chunks.drawn;
    },
    watch: () => chunks.watch(),
    async replaceTask(key, row) {
      const old = el.querySelector(`input[data-toggle="${CSS.escape(key)}"]`)?.parentElement;
      if (!old) return;
      byKey.delete(key);
      if (!row) return old.remove();
      const scratch = createEl('ul');
      await renderTask(scratch, row, host, result.group);
      byKey.set(taskKey(row), row);
      if (scratch.firstElementChild) old.replaceWith(scratch.firstElementChild);
    },
  };
}

/** A result drawn whole or in chunks, with no task rows to replace. */
async function chunked(parent: HTMLElement, count: number, host: RollupViewHost, draw: (index: number) => void): Promise<ShownResult> {
  const chunks = new ChunkedRows(parent, host.component, count, draw);
  await chunks.drawFirst(Math.max(FIRST_ROWS, host.drawAtLeast ?? 0));
  return {
    get drawn() {
      return chunks.drawn;
    },
    watch: () => chunks.watch(),
    replaceTask: async () => {},
  };
}

function renderPeople(el: HTMLElement, result: PeopleResult, host: RollupViewHost): Promise<ShownResult> {
  const table = el.createEl('table', { cls: `${CLS}-table` });
  const head = table.createEl('thead').createEl('tr');
  for (const column of PEOPLE_COLUMNS) head.createEl('th', { text: column });
  const body = table.createEl('tbody');
  return chunked(el, result.rows.length, host, (i) => {
    const status = result.rows[i];
    if (!status) return;
    const tr = body.createEl('tr', { attr: { 'data-state': status.cadence.state } });
    link(tr.createEl('td'), status.person.path, status.person.name);
    personCells(status, host.today).forEach((text, cell) => {
      const td = tr.createEl('td', { text });
      if (cell === 1) td.addClass(`${CLS}-state`, `mod-${status.cadence.state}`);
    });
  });
}

function renderMeetings(el: HTMLElement, result: MeetingsResult, host: RollupViewHost): Promise<ShownResult> {
  const list = el.createEl('ul', { cls: `${CLS}-meetings` });
  return chunked(el, result.rows.length, host, (i) => {
    const row = result.rows[i];
    if (!row) return;
    const li = list.createEl('li');
    const { meeting } = row.meeting;
    link(li, meeting.path, meeting.date === null ? meeting.path.replace(/^.*\/|\.md$/g, '') : shortDate(meeting.date, host.today));
    li.appendText(` · ${meetingDetails(row)}`);
  });
}

const NOTHING: Record<string, string> = {
  actions: 'No action items match this query.',
  people: 'No people match this query.',
  meetings: 'No meetings match this query.',
};

const NONE: ShownResult = { drawn: 0, watch: () => {}, replaceTask: async () => {} };

/** Draws a query result (or its problems) into `el`: its first screen now, the rest as it comes into view (see `watch`). */
export async function renderResult(el: HTMLElement, result: QueryResult, host: RollupViewHost): Promise<ShownResult> {
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
    return NONE;
  }
  const shown =
    result.kind === 'actions' ? await renderActions(el, result, host) : result.kind === 'people' ? await renderPeople(el, result, host) : await renderMeetings(el, result, host);
  const rows = result.kind === 'actions' ? result.groups.reduce((sum, group) => sum + group.rows.length, 0) : result.rows.length;
  if (rows === 0) el.createDiv({ cls: `${CLS}-empty`, text: NOTHING[result.kind] ?? '' });
  else if (rows < result.total) el.createDiv({ cls: `${CLS}-more`, text: `Showing ${rows} of ${result.total}.` });
  return shown;
}
