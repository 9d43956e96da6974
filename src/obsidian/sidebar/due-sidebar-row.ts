import { setIcon } from 'obsidian';
import type { CalendarDay } from '../../core/calendar/dates';
import { dueRowText, type DueRowText } from '../../core/view-models/due-row-text';
import type { DueSectionId } from '../../core/view-models/due-sections';
import type { CadenceState } from '../../core/cadence/cadence-rules';
import type { ProblemLine } from '../../core/index/problem-lines';
import type { PersonStatus } from '../../core/cadence/urgency';
import { renderProblemList, renderProblemMarker } from './due-sidebar-problems';

/** The actions a row offers; the view handles them all through one delegated listener. */
export type RowAction = 'start' | 'last-note' | 'talking-point' | 'menu';

export interface RowOptions {
  readonly today: CalendarDay;
  readonly canStart: boolean;
  readonly canAddTalkingPoint: boolean;
  /** Problems in each person's notes, by person path. */
  readonly problems: ReadonlyMap<string, readonly ProblemLine[]>;
  /** "2 waiting > 14 days" for a person, or null (see `waitingLabel`). */
  waiting(personPath: string): string | null;
  /** Whether a row shows its problems, given the section it is in. */
  isProblemListOpen(personPath: string, section: DueSectionId): boolean;
}

const ACTIONS: readonly { action: RowAction; icon: string; label: string }[] = [
  { action: 'start', icon: 'calendar-plus', label: 'Start 1:1' },
  { action: 'last-note', icon: 'file-clock', label: 'Open last note' },
  { action: 'talking-point', icon: 'message-square-plus', label: 'Add talking point' },
  { action: 'menu', icon: 'more-horizontal', label: 'More actions' },
];

/** Each action's button with its icon, drawn once: a row's buttons are copies, as a long list has hundreds. */
const buttons = new Map<RowAction, HTMLElement>();

function actionButton(parent: HTMLElement, action: RowAction, icon: string, label: string, name: string): void {
  let template = buttons.get(action);
  if (!template) {
    // A real <button> gives keyboard focus and Enter/Space for free; Obsidian styles it as an icon.
    template = createEl('button', { cls: 'clickable-icon one-on-ones-due-action', attr: { 'aria-label': '', 'data-action': action, type: 'button' } });
    setIcon(template, icon);
    buttons.set(action, template);
  }
  const button = parent.appendChild(template.cloneNode(true) as HTMLElement);
  button.setAttr('aria-label', `${label}: ${name}`);
}

/**
 * Everything one row shows, as plain data: the sidebar compares it with what it drew last time
 * and draws again only the rows whose data changed.
 */
export interface DueRowModel {
  readonly path: string;
  readonly name: string;
  readonly role: string | null;
  readonly state: CadenceState;
  readonly text: DueRowText;
  readonly actions: readonly RowAction[];
  readonly problems: readonly ProblemLine[];
  /** The problems are listed below the row (not only counted on its marker). */
  readonly problemsOpen: boolean;
}

/** What the row of `status` shows in `section`. */
export function dueRowModel(status: PersonStatus, options: RowOptions, section: DueSectionId): DueRowModel {
  const { person } = status;
  const problems = options.problems.get(person.path) ?? [];
  const actions = ACTIONS.map(({ action }) => action).filter(
    (action) =>
      !(action === 'start' && !options.canStart) &&
      !(action === 'talking-point' && !options.canAddTalkingPoint) &&
      !(action === 'last-note' && status.lastMeeting === null),
  );
  return {
    path: person.path,
    name: person.name,
    role: person.role,
    state: status.cadence.state,
    text: dueRowText(status, options.today, options.waiting(person.path)),
    actions,
    problems,
    problemsOpen: problems.length > 0 && options.isProblemListOpen(person.path, section),
  };
}

/** One person, not yet in the document: name and role, when you last met, open items, a state chip, problems, and the actions. */
export function renderDueRow(model: DueRowModel): HTMLElement {
  const { text } = model;
  const row = createDiv({
    cls: ['one-on-ones-due-row', `mod-${model.state}`],
    attr: { 'data-person': model.path, tabindex: 0, role: 'listitem' },
  });
  const head = row.createDiv({ cls: 'one-on-ones-due-row-head' });
  const title = head.createDiv({ cls: 'one-on-ones-due-row-title' });
  title.createSpan({ cls: 'one-on-ones-due-name', text: model.name, attr: { title: model.name } });
  if (model.role !== null) title.createSpan({ cls: 'one-on-ones-due-role', text: model.role });
  const actions = head.createDiv({ cls: 'one-on-ones-due-actions' });
  for (const { action, icon, label } of ACTIONS) {
    if (model.actions.includes(action)) actionButton(actions, action, icon, label, model.name);
    // An action a row lacks keeps its place, so each button sits where it does on every other row.
    else actions.createSpan({ cls: 'one-on-ones-due-action-gap', attr: { 'aria-hidden': 'true' } });
  }

  row.createDiv({ cls: 'one-on-ones-due-meta', text: text.meta });
  const chips = row.createDiv({ cls: 'one-on-ones-due-chips' });
  chips.createSpan({ cls: ['one-on-ones-due-chip', `mod-${text.chip.tone}`], text: text.chip.label });
  if (text.flag !== null) chips.createSpan({ cls: 'one-on-ones-due-chip mod-flag', text: text.flag });
  if (model.problems.length > 0) renderProblemMarker(chips, model.path, model.problems.length, model.problemsOpen);
  if (model.problemsOpen) renderProblemList(row, model.problems);
  if (text.open !== null) {
    const open = row.createDiv({ cls: 'one-on-ones-due-open', text: text.open });
    if (text.waiting !== null) open.createSpan({ cls: 'one-on-ones-due-waiting', text: ` · ${text.waiting}` });
  }
  if (text.today !== null) row.createEl('a', { cls: 'one-on-ones-due-today', text: text.today.label, href: '#', attr: { 'data-open': text.today.path } });
  return row;
}
