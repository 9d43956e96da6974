import type { App } from '../fake-obsidian/app';
export { afterRender, DEMO_NOW, fixNow } from './plugin-harness';
import { DUE_VIEW_TYPE } from '../../src/obsidian/sidebar/due-sidebar-host';
import { DueSidebarView } from '../../src/obsidian/sidebar/due-sidebar-view';

export function sidebarLeaves(app: App) {
  return app.workspace.getLeavesOfType(DUE_VIEW_TYPE);
}

export function sidebar(app: App): DueSidebarView {
  const leaf = sidebarLeaves(app)[0];
  if (!leaf) throw new Error('the 1:1s due sidebar is not open');
  // A leaf restored in a background tab holds a placeholder until it is shown, as since Obsidian 1.7.2.
  if (!(leaf.view instanceof DueSidebarView)) throw new Error(`the 1:1s due sidebar is ${leaf.isDeferred ? 'deferred' : 'not loaded'}`);
  return leaf.view;
}

/** What the sidebar shows: each visible section's title and the names in it, in order. */
export function shownSections(app: App): [string, string[]][] {
  return sidebar(app)
    .contentEl.findAll('.one-on-ones-due-section')
    .map((section) => [
      section.find('.one-on-ones-due-section-title')?.getText() ?? '',
      section.findAll('.one-on-ones-due-name').map((el) => el.getText()),
    ]);
}

export function row(app: App, name: string): HTMLElement {
  const found = sidebar(app)
    .contentEl.findAll('.one-on-ones-due-row')
    .find((el) => el.find('.one-on-ones-due-name')?.getText() === name);
  if (!found) throw new Error(`no row for ${name}`);
  return found;
}

export function click(el: Element | null | undefined, init: MouseEventInit = {}): void {
  if (!el) throw new Error('nothing to click');
  el.dispatchEvent(new MouseEvent('click', { bubbles: true, ...init }));
}
