import type { CalendarDay } from '../../core/calendar/dates';
import { historyPage, type HistoryRow } from '../../core/view-models/person-view-model';

const STATUS_TEXT: Record<HistoryRow['status'], string> = {
  held: 'Held',
  cancelled: 'Cancelled',
  rescheduled: 'Rescheduled',
  planned: 'Planned',
  unknown: 'Unreadable status',
};

/**
 * The meetings, newest first, 20 to a page: date (a link to the note), status, mood and the line
 * that says what it was about. Cancelled and planned meetings are marked so they never read as held.
 */
export function renderHistory(parent: HTMLElement, rows: readonly HistoryRow[], pageIndex: number, summaries: ReadonlyMap<string, string | null>, today: CalendarDay): void {
  const section = parent.createDiv({ cls: 'one-on-ones-pv-section mod-history' });
  const head = section.createDiv({ cls: 'one-on-ones-pv-section-head' });
  head.createEl('h3', { text: 'Meeting history' });
  head.createSpan({ cls: 'one-on-ones-pv-count', text: String(rows.length) });
  if (rows.length === 0) {
    section.createDiv({ cls: 'one-on-ones-pv-empty', text: 'No meetings yet. Start a 1:1 to write the first note.' });
    return;
  }
  const page = historyPage(rows, pageIndex);
  const list = section.createEl('ul', { cls: 'one-on-ones-pv-history' });
  for (const row of page.rows) {
    const li = list.createEl('li', { cls: ['one-on-ones-pv-meeting', `mod-${row.status}`], attr: { 'data-meeting': row.target } });
    const line = li.createDiv({ cls: 'one-on-ones-pv-meeting-line' });
    line.createEl('a', { cls: 'one-on-ones-pv-meeting-date', text: row.label, href: '#', attr: { 'data-open': row.target, 'aria-label': `${row.label}: open the meeting note` } });
    if (row.status !== 'held' || (row.date !== null && row.date > today)) {
      line.createSpan({ cls: ['one-on-ones-pv-tag', `mod-${row.status}`], text: STATUS_TEXT[row.status] });
    }
    if (row.group) line.createSpan({ cls: 'one-on-ones-pv-tag', text: 'Group' });
    if (row.mood !== null) line.createSpan({ cls: 'one-on-ones-pv-tag mod-mood', text: `Mood ${row.mood}` });
    if (row.open > 0) line.createSpan({ cls: 'one-on-ones-pv-tag', text: `${row.open} open` });
    const summary = summaries.get(row.target);
    if (summary) li.createDiv({ cls: 'one-on-ones-pv-summary', text: summary });
  }
  if (page.pages > 1) {
    const nav = section.createDiv({ cls: 'one-on-ones-pv-pager' });
    const prev = nav.createEl('button', { text: 'Newer', attr: { type: 'button', 'data-page': page.page - 1, 'data-key': 'page-newer' } });
    prev.disabled = page.page === 0;
    nav.createSpan({ cls: 'one-on-ones-pv-muted', text: `Page ${page.page + 1} of ${page.pages}` });
    const next = nav.createEl('button', { text: 'Older', attr: { type: 'button', 'data-page': page.page + 1, 'data-key': 'page-older' } });
    next.disabled = page.page >= page.pages - 1;
  }
}
