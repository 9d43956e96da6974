import { type App, Notice } from 'obsidian';
import { movePoint, removePoint, type ExpectedPoint } from '../core/notes/talking-point-order';

/**
 * Removes or moves one queued talking point in a person note. The plan runs inside `Vault.process`
 * against the text as it is then, and checks that the point's lines still read as the view showed
 * them; if not, nothing is written and a notice says why.
 */
export async function editTalkingPoint(
  app: App,
  personPath: string,
  heading: string,
  point: ExpectedPoint,
  edit: { readonly kind: 'remove' } | { readonly kind: 'move'; readonly to: number },
): Promise<boolean> {
  const file = app.vault.getFileByPath(personPath);
  if (!file) {
    new Notice(`One-on-ones: "${personPath}" no longer exists.`);
    return false;
  }
  let changed = false;
  try {
    await app.vault.process(file, (text) => {
      const next = edit.kind === 'remove' ? removePoint(text, heading, point) : movePoint(text, heading, point, edit.to);
      changed = next !== null;
      return next ?? text;
    });
  } catch (error) {
    new Notice(`One-on-ones could not change "${personPath}": ${error instanceof Error ? error.message : String(error)}. Nothing was written.`);
    return false;
  }
  if (!changed) new Notice(`One-on-ones: the talking points in "${personPath}" changed meanwhile, so nothing was written. Try again.`);
  return changed;
}
