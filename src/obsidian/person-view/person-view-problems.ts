import { setIcon } from 'obsidian';
import type { ProblemBanner } from '../../core/view-models/person-view-model';

/**
 * The banner over the 1:1 view: each problem with a link to the note it is in (the view opens
 * `data-open` links), so a mistyped value is fixed where it was written.
 */
export function renderProblemBanner(parent: HTMLElement, banner: ProblemBanner | null): void {
  if (banner === null) return;
  const el = parent.createDiv({ cls: 'one-on-ones-pv-problems' });
  const head = el.createDiv({ cls: 'one-on-ones-pv-problems-head' });
  setIcon(head.createSpan({ cls: 'one-on-ones-pv-problems-icon', attr: { 'aria-hidden': 'true' } }), 'alert-triangle');
  head.createEl('h3', { cls: 'one-on-ones-pv-problems-title', text: banner.title });
  const list = el.createEl('ul', { cls: 'one-on-ones-pv-problems-list' });
  for (const line of banner.lines) {
    const item = list.createEl('li');
    item.createEl('a', { text: line.note, href: '#', attr: { 'data-open': line.path, 'aria-label': `Open ${line.note}` } });
    item.appendText(`: ${line.problem}`);
  }
  el.createDiv({ cls: 'one-on-ones-pv-problems-hint', text: banner.hint });
}
