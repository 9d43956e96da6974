import { setIcon } from 'obsidian';
import { problemCount, type ProblemLine, type UnattributedNote } from '../../core/index/problem-lines';

/**
 * The marker on a row whose notes have problems: a real button, so touch and keyboard reach the
 * problems as a pointer does; it opens the list below the row rather than a tooltip.
 */
export function renderProblemMarker(chips: HTMLElement, personPath: string, count: number, open: boolean): void {
  const button = chips.createEl('button', {
    cls: 'one-on-ones-due-chip mod-problems',
    attr: { type: 'button', 'data-problems': personPath, 'aria-expanded': String(open) },
  });
  setIcon(button.createSpan({ cls: 'one-on-ones-due-problems-icon', attr: { 'aria-hidden': 'true' } }), 'alert-triangle');
  button.createSpan({ text: problemCount(count) });
}

/** Each problem with a link to the note it is in, so it can be fixed from here. */
export function renderProblemList(row: HTMLElement, lines: readonly ProblemLine[]): void {
  const list = row.createEl('ul', { cls: 'one-on-ones-due-problems' });
  for (const line of lines) {
    const item = list.createEl('li', { cls: 'one-on-ones-due-problem' });
    item.createEl('a', { text: line.note, href: '#', attr: { 'data-open': line.path, 'aria-label': `Open ${line.note}` } });
    item.appendText(`: ${line.problem}`);
  }
}

/** A meeting note that belongs to nobody, not yet in the document: the row opens the note, where the person can be fixed. */
export function renderUnattributedNote(note: UnattributedNote): HTMLElement {
  const row = createDiv({
    cls: ['one-on-ones-due-row', 'mod-note'],
    attr: { 'data-note': note.path, tabindex: 0, role: 'listitem' },
  });
  const title = row.createDiv({ cls: 'one-on-ones-due-row-head' }).createDiv({ cls: 'one-on-ones-due-row-title' });
  title.createSpan({ cls: 'one-on-ones-due-name', text: note.name });
  row.createDiv({ cls: 'one-on-ones-due-meta', text: note.meta });
  const list = row.createEl('ul', { cls: 'one-on-ones-due-problems' });
  for (const reason of note.reasons) list.createEl('li', { cls: 'one-on-ones-due-problem', text: reason });
  return row;
}
