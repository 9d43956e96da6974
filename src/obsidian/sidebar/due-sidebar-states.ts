import type { CalendarDay } from '../../core/calendar/dates';
import { shortDate } from '../../core/calendar/day-text';
import type { PersonStatus } from '../../core/cadence/urgency';
import type { IndexProgress } from '../platform/vault-indexer';

/** The first build of a big vault: how far it is, instead of a list that would be wrong. */
export function renderDueProgress(parent: HTMLElement, progress: IndexProgress): void {
  const percent = progress.total === 0 ? 0 : Math.floor((100 * progress.done) / progress.total);
  const box = parent.createDiv({ cls: 'one-on-ones-due-empty mod-progress' });
  box.createDiv({ cls: 'one-on-ones-due-empty-title', text: 'Reading your 1:1 notes…' });
  box.createEl('progress', { cls: 'one-on-ones-due-progress', attr: { max: 100, value: percent, 'aria-label': `${percent}%` } });
  box.createDiv({ cls: 'one-on-ones-due-empty-text', text: `${progress.done.toLocaleString()} of ${progress.total.toLocaleString()} notes` });
}

export interface EmptyContext {
  readonly statuses: readonly PersonStatus[];
  readonly peopleFolder: string;
  /** Empty when the people tag is off. */
  readonly peopleTag: string;
  readonly folderExists: boolean;
  readonly today: CalendarDay;
  /** The host offers "Add person…". */
  readonly canAddPerson: boolean;
}

function renderNoPeople(box: HTMLElement, context: EmptyContext): void {
  const folder = context.peopleFolder;
  box.createDiv({ cls: 'one-on-ones-due-empty-title', text: context.folderExists ? `No people in ${folder} yet` : 'No people yet' });
  box.createDiv({
    cls: 'one-on-ones-due-empty-text',
    text: `Each person you meet is a note in the ${folder} folder${context.peopleTag === '' ? '' : ` or tagged #${context.peopleTag}`}, with a cadence property such as weekly or biweekly. This list then shows who is due for a 1:1.`,
  });
  const buttons = box.createDiv({ cls: 'one-on-ones-due-empty-buttons' });
  if (context.canAddPerson) buttons.createEl('button', { cls: 'mod-cta', text: 'Add person…', attr: { 'data-add-person': '', type: 'button' } });
}

function renderAllOnTrack(box: HTMLElement, context: EmptyContext): void {
  box.createDiv({ cls: 'one-on-ones-due-empty-title', text: 'Everyone is on track' });
  let next: PersonStatus | null = null;
  for (const status of context.statuses) {
    const due = status.cadence.nextDue;
    if (status.cadence.state === 'on-track' && due !== null && (next === null || due < (next.cadence.nextDue ?? due))) next = status;
  }
  const nextDue = next?.cadence.nextDue;
  const text =
    next && nextDue
      ? `No 1:1 is due. The next one is with ${next.person.name}, on ${shortDate(nextDue, context.today)}.`
      : 'No 1:1 is due right now.';
  box.createDiv({ cls: 'one-on-ones-due-empty-text', text });
}

/** The two empty states that teach: nobody to meet yet, or nobody due. */
export function renderDueEmpty(parent: HTMLElement, context: EmptyContext): void {
  const box = parent.createDiv({ cls: 'one-on-ones-due-empty' });
  if (context.statuses.length === 0) renderNoPeople(box, context);
  else renderAllOnTrack(box, context);
}
