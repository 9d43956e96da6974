import type { TodaysMeeting } from '../../core/view-models/person-view-model';

/**
 * "Today's agenda": when a 1:1 note is dated today, the points under its Agenda heading and a link
 * to the note, at the top of the view, so that right after "Start 1:1" the view says what is next.
 */
export function renderTodaysAgenda(parent: HTMLElement, today: TodaysMeeting | null): void {
  if (today === null) return;
  const section = parent.createDiv({ cls: 'one-on-ones-pv-section mod-today' });
  const head = section.createDiv({ cls: 'one-on-ones-pv-section-head' });
  head.createEl('h3', { text: "Today's agenda" });
  head.createSpan({ cls: 'one-on-ones-pv-count', text: String(today.agenda.length) });
  head.createEl('a', { cls: 'one-on-ones-pv-today-link', text: `Open today's note`, href: '#', attr: { 'data-open': today.path, 'aria-label': `Open the note of the ${today.title}` } });
  if (today.agenda.length === 0) {
    section.createDiv({ cls: 'one-on-ones-pv-empty', text: 'Nothing on the agenda yet: add points under "Agenda" in the note, or queue talking points below.' });
    return;
  }
  const list = section.createEl('ul', { cls: 'one-on-ones-pv-agenda' });
  for (const point of today.agenda) list.createEl('li', { text: point });
}
