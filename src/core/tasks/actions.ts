import type { CarryMarker } from './carry-marker';
import type { CalendarDay } from '../calendar/dates';
import { readMarkdown, type MarkdownNote } from '../markdown/markdown-note';
import { readTaskFields, type OwnerRef } from './task-fields';
import { agendaSpans, inSpans } from '../talking-points/agenda-spans';

/**
 * What a status character means. ` ` is open, `/` in progress, `x`/`X` done, `-` dropped and `>`
 * carried forward. Any other character (Tasks plugin custom statuses such as `!` or `?`) counts as
 * open: an item someone marked up but did not close should not silently disappear.
 */
export type ActionState = 'open' | 'in-progress' | 'done' | 'dropped' | 'carried';

export function actionState(status: string): ActionState {
  switch (status) {
    case '/':
      return 'in-progress';
    case 'x':
    case 'X':
      return 'done';
    case '-':
      return 'dropped';
    case '>':
      return 'carried';
    default:
      return 'open';
  }
}

/** Open means still to do, here: open or in progress. Carried items are open in their new note. */
export function isOpenState(state: ActionState): boolean {
  return state === 'open' || state === 'in-progress';
}

/** A Markdown task in a note, with the fields a 1:1 cares about. */
export interface ActionItem {
  /** 0-based line number. */
  readonly line: number;
  /** The whole line as written, without its line ending: what an edit must find before writing. */
  readonly lineText: string;
  /** The status character exactly as written. */
  readonly status: string;
  readonly state: ActionState;
  /** Index of the status character in `lineText`. */
  readonly statusIndex: number;
  /** The text after the checkbox. */
  readonly text: string;
  readonly owners: readonly OwnerRef[];
  readonly due: CalendarDay | null;
  readonly done: CalendarDay | null;
  /** The Tasks plugin's created date (`➕ YYYY-MM-DD`), if written. */
  readonly created: CalendarDay | null;
  readonly carriedFrom: CarryMarker | null;
  /** The list item (task or not) this task is nested under, or null at the top of a list. */
  readonly parentLine: number | null;
  /** Last line of the task with its sub-items and continuation lines: copy `line..endLine`. */
  readonly endLine: number;
}

/** The action items in a note's text (any line endings), in one pass: its tasks but the talking points. */
export function scanActionItems(text: string, agendaHeading: string): ActionItem[] {
  return actionItemsOf(readMarkdown(text), agendaHeading);
}

/**
 * A note's tasks, apart: its action items, and its talking points (the checkboxes under an agenda
 * heading, with whatever is nested in them), which are discussed, never owed or counted.
 */
export function tasksOf(note: MarkdownNote, agendaHeading: string): { readonly actions: ActionItem[]; readonly points: ActionItem[] } {
  const spans = agendaSpans(note, agendaHeading);
  const actions: ActionItem[] = [];
  const points: ActionItem[] = [];
  for (const task of allTasksOf(note)) (inSpans(spans, task.line) ? points : actions).push(task);
  return { actions, points };
}

/** The action items of a note already read (see `readMarkdown`). */
export function actionItemsOf(note: MarkdownNote, agendaHeading: string): ActionItem[] {
  return tasksOf(note, agendaHeading).actions;
}

function allTasksOf(note: MarkdownNote): ActionItem[] {
  const { lines } = note;
  const actions: ActionItem[] = [];
  for (const item of note.items) {
    if (item.task === null) continue;
    const lineText = lines[item.line] ?? '';
    const taskText = lineText.slice(item.task.textIndex);
    // A box with nothing after it is a template's blank to fill in, not something anyone owes.
    if (taskText.trim() === '') continue;
    const fields = readTaskFields(taskText);
    actions.push({
      line: item.line,
      lineText,
      status: item.task.status,
      state: actionState(item.task.status),
      statusIndex: item.task.statusIndex,
      text: taskText,
      ...fields,
      parentLine: item.parentLine,
      endLine: item.endLine,
    });
  }
  return actions;
}
