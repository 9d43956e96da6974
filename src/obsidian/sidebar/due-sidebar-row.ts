import { setIcon } from 'obsidian';
import type { CalendarDay } from '../../core/calendar/dates';
import { dueRowText } from '../../core/view-models/due-row-text';
import type { DueSection, DueSectionId } from '../../core/view-models/due-sections';
import type { ProblemLine } from '../../core/index/problem-lines';
import type { PersonStatus } from '../../core/cadence/urgency';
import { renderProblemList, renderProblemMarker, renderUnattributedNote } from './due-sidebar-problems';

/** The actions a row offers; the view handles them all through one delegated listener. */
export type RowAction = 'start' | 'last-note' | 'talking-point' | 'menu';

export interface RowOptions {
  readonly today: CalendarDay;
  readonly canStart: boolean;
  readonly canAddTalkingPoint: boolean;
  /** Problems in each person's notes, by person path. */
  readonly problems: ReadonlyMap<string, readonly ProblemLine[]>;
  /** Whether a row shows its problems, given the section it is in. */
  isProblemListOpen(personPath: string, section: DueSectionId): boolean;
}

const ACTIONS: readonly { action: RowAction; icon: string; label: string }[] = [
  { action: 'start', icon: 'calendar-plus', label: 'Start 1:1' },
  { action: 'last-note', icon: 'file-clock', label: 'Open last note' },
  { action: 'talking-point', icon: 'message-square-plus', label: 'Add talking point' },
  { action: 'menu', icon: 'more-horizontal', label: 'More actions' },
];

function actionButton(parent: HTMLElement, action: RowAction, icon: string, label: string, name: string): void {
  // A real <button> gives keyboard focus and Enter/Space for free; Obsidian styles it as an icon.
  const button = parent.createEl('button', {
    cls: 'clickable-icon one-on-ones-due-action',
    attr: { 'aria-label': `${label}: ${name}`, 'data-action': action, type: 'button' },
  });
  setIcon(button, icon);
}

/** One person: name and role, when you last met, open items, a state chip, problems, and the actions. */
export function renderDueRow(parent: HTMLElement, status: PersonStatus, options: RowOptions, section: DueSectionId): HTMLElement {
  const { person } = status;
  const text = dueRowText(status, options.today);
  const row = parent.createDiv({
    cls: ['one-on-ones-due-row', `mod-${status.cadence.state}`],
    attr: { 'data-person': person.path, tabindex: 0, role: 'listitem' },
  });
  const head = row.createDiv({ cls: 'one-on-ones-due-row-head' });
  const title = head.createDiv({ cls: 'one-on-ones-due-row-title' });
  title.createSpan({ cls: 'one-on-ones-due-name', text: person.name });
  if (person.role !== null) title.createSpan({ cls: 'one-on-ones-due-role', text: person.role });
  const actions = head.createDiv({ cls: 'one-on-ones-due-actions' });
  for (const { action, icon, label } of ACTIONS) {
    if (action === 'start' && !options.canStart) continue;
    if (action === 'talking-point' && !options.canAddTalkingPoint) continue;
    if (action === 'last-note' && status.lastMeeting === null) continue;
    actionButton(actions, action, icon, label, person.name);
  }

  row.createDiv({ cls: 'one-on-ones-due-meta', text: text.meta });
  const chips = row.createDiv({ cls: 'one-on-ones-due-chips' });
  chips.createSpan({ cls: ['one-on-ones-due-chip', `mod-${text.chip.tone}`], text: text.chip.label });
  if (text.flag !== null) chips.createSpan({ cls: 'one-on-ones-due-chip mod-flag', text: text.flag });
  const problems = options.problems.get(person.path) ?? [];
  const listOpen = problems.length > 0 && options.isProblemListOpen(person.path, section);
  if (problems.length > 0) renderProblemMarker(chips, person.path, problems.length, listOpen);
  if (listOpen) renderProblemList(row, problems);
  if (text.open !== null) row.createDiv({ cls: 'one-on-ones-due-open', text: text.open });
  return row;
}

/** A section: a collapsible header with its count, like the headers of Obsidian's own sidebars. */
export function renderDueSection(parent: HTMLElement, section: DueSection, collapsed: boolean, options: RowOptions): void {
  const el = parent.createDiv({ cls: ['one-on-ones-due-section', `mod-${section.id}`, collapsed ? 'is-collapsed' : ''] });
  const header = el.createDiv({
    cls: 'one-on-ones-due-section-header',
    attr: { 'data-section': section.id, role: 'button', tabindex: 0, 'aria-expanded': String(!collapsed) },
  });
  setIcon(header.createSpan({ cls: 'one-on-ones-due-collapse' }), 'right-triangle');
  header.createSpan({ cls: 'one-on-ones-due-section-title', text: section.title });
  header.createSpan({ cls: 'one-on-ones-due-count', text: String(section.people.length + section.notes.length) });
  if (collapsed) return;
  const list = el.createDiv({ cls: 'one-on-ones-due-rows', attr: { role: 'list', 'aria-label': section.title } });
  for (const status of section.people) renderDueRow(list, status, options, section.id);
  for (const note of section.notes) renderUnattributedNote(list, note);
}
