import { type App, Notice } from 'obsidian';

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
