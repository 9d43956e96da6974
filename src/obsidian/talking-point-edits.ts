import { Notice } from 'obsidian';
import { movePoint, removePoint, type ExpectedPoint } from '../core/notes/talking-point-order';
import type { LineWriter } from './line-writer';

/**
 * Removes or moves one queued talking point in a person note, through the line writer (so an open
 * editor keeps its unsaved typing). The plan runs against the text as it is then and checks that
 * the point's lines still read as the view showed them; if not, nothing is written and a notice
 * says why.
 */
export async function editTalkingPoint(
  writer: LineWriter,
  personPath: string,
  heading: string,
  point: ExpectedPoint,
  edit: { readonly kind: 'remove' } | { readonly kind: 'move'; readonly to: number },
): Promise<boolean> {
  try {
    const result = await writer.rewrite(personPath, (text) => (edit.kind === 'remove' ? removePoint(text, heading, point) : movePoint(text, heading, point, edit.to)));
    if (result === 'missing') new Notice(`One-on-ones: "${personPath}" no longer exists.`);
    if (result === 'refused') new Notice(`One-on-ones: the talking points in "${personPath}" changed meanwhile, so nothing was written. Try again.`);
    return result === 'written';
  } catch (error) {
    new Notice(`One-on-ones could not change "${personPath}": ${error instanceof Error ? error.message : String(error)}. Nothing was written.`);
    return false;
  }
}
