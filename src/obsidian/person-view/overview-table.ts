import type { CalendarDay } from '../../core/calendar/dates';
import { setIcon } from 'obsidian';
import { OVERVIEW_COLUMNS, type OverviewRow, type OverviewSort } from '../../core/view-models/overview-model';
import type { ProblemLine } from '../../core/index/problem-lines';
import { shortDate } from '../../core/calendar/day-text';
import { sparkline } from '../ui/mood-sparkline';

/** The count, with the problems as a tooltip for a pointer; the row's label reads them, the 1:1 view lists them. */
function problemMarker(parent: HTMLElement, count: string, lines: readonly ProblemLine[]): void {
  const marker = parent.createSpan({ cls: 'one-on-ones-ov-problems', attr: { title: lines.map((line) => line.text).join('\n') } });
  setIcon(marker.createSpan({ cls: 'one-on-ones-ov-problems-icon', attr: { 'aria-hidden': 'true' } }), 'alert-triangle');
  marker.createSpan({ text: count });
}

/** Meeting notes that belong to nobody: counted for no one, so listed under the table, each opening its note. */
export function renderUnattributed(parent: HTMLElement, lines: readonly ProblemLine[]): void {
  if (lines.length === 0) return;
  const section = parent.createDiv({ cls: 'one-on-ones-ov-unattributed' });
  section.createEl('h3', { text: 'Notes that match no person' });
  const list = section.createEl('ul');
  for (const line of lines) {
    const item = list.createEl('li');
    item.createEl('a', { text: line.note, href: '#', attr: { 'data-open': line.path, 'data-key': `open-${line.path}`, 'aria-label': `Open ${line.note}` } });
    item.appendText(`: ${line.problem}`);
  }
}

/** The overview: one row per person, sortable headers (buttons), a row opens that person's view. */
/** `filtered`: what an empty table says when the filters leave nobody; null when there is nobody at all. */
export function renderOverviewTable(parent: HTMLElement, rows: readonly OverviewRow[], sort: OverviewSort, today: CalendarDay, filtered: string | null): void {
  const wrap = parent.createDiv({ cls: 'one-on-ones-ov-wrap' });
  const table = wrap.createEl('table', { cls: 'one-on-ones-ov-table' });
  const head = table.createEl('thead').createEl('tr');
  for (const column of OVERVIEW_COLUMNS) {
    const sorted = sort.column === column.id;
    const th = head.createEl('th', { cls: `mod-${column.id}`, attr: { 'aria-sort': sorted ? (sort.descending ? 'descending' : 'ascending') : 'none' } });
    const button = th.createEl('button', { cls: 'one-on-ones-ov-sort', attr: { type: 'button', 'data-sort': column.id, 'data-key': `sort-${column.id}` } });
    button.createSpan({ text: column.title });
    if (sorted) button.createSpan({ cls: 'one-on-ones-ov-arrow', text: sort.descending ? ' ↓' : ' ↑' });
  }
  head.createEl('th', { cls: 'mod-trend', text: 'Check-ins' });
  head.createEl('th', { cls: 'mod-actions' }).createSpan({ cls: 'one-on-ones-visually-hidden', text: 'Actions' });
  const body = table.createEl('tbody');
  for (const row of rows) {
    const tr = body.createEl('tr', { cls: `mod-${row.state}`, attr: { 'data-person': row.path, 'data-key': `person-${row.path}`, tabindex: 0, 'aria-label': row.label } });
    // A long name is cut short with an ellipsis; the whole of it shows on hover.
    tr.createEl('td', { cls: 'mod-name', text: row.name, attr: { title: row.name, 'data-preview': row.path } });
    tr.createEl('td', { cls: 'mod-role', text: row.role ?? '–' });
    tr.createEl('td', { cls: 'mod-cadence', text: row.cadence ?? '–' });
    // On a phone the rows are cards, each value with its column's name before it.
    tr.createEl('td', { cls: 'mod-last', text: row.lastMet === null ? '–' : shortDate(row.lastMet, today), attr: { 'data-label': 'Last 1:1' } });
    tr.createEl('td', { cls: 'mod-next', text: row.nextDue === null ? '–' : shortDate(row.nextDue, today), attr: { 'data-label': 'Next due' } });
    const state = tr.createEl('td', { cls: 'mod-state' });
    state.createSpan({ cls: ['one-on-ones-pv-chip', `mod-${row.chip.tone}`], text: row.chip.label });
    if (row.problemCount !== null) problemMarker(state, row.problemCount, row.problems);
    tr.createEl('td', { cls: 'mod-theirs', text: String(row.theirs), attr: { 'data-label': 'Theirs' } });
    tr.createEl('td', { cls: 'mod-mine', text: String(row.mine), attr: { 'data-label': 'Mine' } });
    sparkline(tr.createEl('td', { cls: 'mod-trend' }), row.moods);
    const start = tr
      .createEl('td', { cls: 'mod-actions' })
      .createEl('button', { cls: 'clickable-icon one-on-ones-ov-start', attr: { type: 'button', 'data-action': 'start', 'data-key': `start-${row.path}`, 'aria-label': `Start 1:1: ${row.name}` } });
    setIcon(start, 'calendar-plus');
  }
  if (rows.length > 0) return;
  if (filtered !== null) {
    wrap.createDiv({ cls: 'one-on-ones-pv-empty', text: filtered });
    return;
  }
  const empty = wrap.createDiv({ cls: 'one-on-ones-pv-empty' });
  empty.createDiv({ text: 'No people yet. Each person you meet is a note in the people folder or with the people tag, with a cadence such as weekly.' });
  empty.createEl('button', { cls: 'mod-cta', text: 'Add person…', attr: { 'data-add-person': '', 'data-key': 'add-person', type: 'button' } });
}
