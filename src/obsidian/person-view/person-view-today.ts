import type { TodaysMeeting } from '../../core/view-models/person-view-model';
import { noteName } from '../../core/markdown/note-paths';
import type { ActionsContext } from './person-view-actions';
import { renderTaskText } from '../ui/task-text';

/**
 * "Today's agenda": when a 1:1 note is dated today, the points under its Agenda heading and a link
 * to the note, at the top of the view, so that right after "Start 1:1" the view says what is next.
 */
export function renderTodaysAgenda(parent: HTMLElement, today: TodaysMeeting | null, context: ActionsContext): void {
  if (today === null) return;
  const section = parent.createDiv({ cls: 'one-on-ones-pv-section mod-today' });
  const head = section.createDiv({ cls: 'one-on-ones-pv-section-head' });
  head.createEl('h3', { text: "Today's agenda" });
  head.createSpan({ cls: 'one-on-ones-pv-count', text: String(today.agenda.length) });
  head.createEl('a', { cls: 'one-on-ones-pv-today-link', text: `Open today's note`, href: '#', attr: { 'data-open': today.target, 'aria-label': `Open the note of the ${today.title}` } });
  // Two notes dated today: the newest is shown, and the others are named rather than hidden.
  if (today.others.length > 0) {
    const also = section.createDiv({ cls: 'one-on-ones-pv-muted one-on-ones-pv-today-also', text: 'Also dated today: ' });
    today.others.forEach((path, i) => {
      if (i > 0) also.appendText(', ');
      also.createEl('a', { text: noteName(path), href: '#', attr: { 'data-open': path } });
    });
  }
  if (today.agenda.length === 0) {
    section.createDiv({ cls: 'one-on-ones-pv-empty', text: 'Nothing on the agenda yet: add points under "Agenda" in the note, or queue talking points below.' });
    return;
  }
  const list = section.createEl('ul', { cls: 'one-on-ones-pv-agenda' });
  // Links, emphasis and tags read as in the note.
  for (const point of today.agenda) {
    // A tick reads as the note's checkbox does; a point not reached last time says so.
    const row = list.createEl('li', { cls: point.ticked === true ? 'is-ticked' : point.ticked === false ? 'is-open' : '' });
    if (point.ticked !== null) row.createSpan({ cls: 'one-on-ones-pv-tick', text: point.ticked ? '☑' : '☐', attr: { 'aria-label': point.ticked ? 'Discussed' : 'Not discussed yet' } });
    const body = row.createSpan({ cls: 'one-on-ones-pv-point' });
    void renderTaskText(context.app, body.createSpan(), point.text, today.path, context.component);
    if (point.carried) body.createSpan({ cls: 'one-on-ones-pv-chip mod-carried', text: 'not reached last time' });
  }
}
