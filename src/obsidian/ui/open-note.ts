import { type App, type Component, type HoverParent, Notice } from 'obsidian';

/**
 * Opens a note by path in the current tab (or a new one), at a heading for `path#heading` (a
 * running note's section); false when the note no longer exists.
 */
export async function openNoteByPath(app: App, target: string, newTab: boolean): Promise<boolean> {
  const hash = target.indexOf('#');
  const file = app.vault.getFileByPath(hash < 0 ? target : target.slice(0, hash));
  if (!file) return false;
  await app.workspace.getLeaf(newTab ? 'tab' : false).openFile(file, hash < 0 ? undefined : { eState: { subpath: target.slice(hash) } });
  return true;
}

/** Opens a person's note; says so when it has gone (deleted or renamed while the list was on screen). */
export async function openPersonNote(app: App, personPath: string, newTab: boolean): Promise<void> {
  if (!(await openNoteByPath(app, personPath, newTab))) new Notice(`One-on-ones: ${personPath} no longer exists.`);
}

/** The plugin's one Page preview source: its setting in Page preview says whether previews need Ctrl/Cmd. */
export const HOVER_SOURCE = 'one-on-ones';

/** What a view that shows previews is: a component to listen with, and the parent of its popovers. */
export type PreviewParent = Component & HoverParent;

/**
 * Page preview for every note link drawn in `el`: a `data-open` link (meetings, problems, today's
 * note) previews that note, a `data-preview` name the person's note. Ctrl/Cmd-hover by default.
 */
export function previewLinksIn(app: App, parent: PreviewParent, el: HTMLElement, sourcePath: () => string): void {
  parent.registerDomEvent(el, 'mouseover', (evt) => {
    const target = evt.target instanceof Element ? evt.target.closest<HTMLElement | SVGElement>('[data-open], [data-preview]') : null;
    const linktext = target?.dataset.open ?? target?.dataset.preview;
    if (!target || linktext === undefined || linktext === '') return;
    app.workspace.trigger('hover-link', { event: evt, source: HOVER_SOURCE, hoverParent: parent, targetEl: target, linktext, sourcePath: sourcePath() });
  });
}
