import { type App, Notice } from 'obsidian';

/** Opens a note by path in the current tab (or a new one); false when the note no longer exists. */
export async function openNoteByPath(app: App, path: string, newTab: boolean): Promise<boolean> {
  const file = app.vault.getFileByPath(path);
  if (!file) return false;
  await app.workspace.getLeaf(newTab ? 'tab' : false).openFile(file);
  return true;
}

/** Opens a person's note; says so when it has gone (deleted or renamed while the list was on screen). */
export async function openPersonNote(app: App, personPath: string, newTab: boolean): Promise<void> {
  if (!(await openNoteByPath(app, personPath, newTab))) new Notice(`One-on-ones: ${personPath} no longer exists.`);
}
