import { Notice } from 'obsidian';
import { movePoint, removePoint, type ExpectedPoint } from '../../core/talking-points/talking-point-order';
import type { LineWriter } from '../platform/line-writer';
import { offerUndo } from '../ui/undo-notice';

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
  const recording = writer.recording();
  const result = await recording.rewrite(personPath, (text) => (edit.kind === 'remove' ? removePoint(text, heading, point) : movePoint(text, heading, point, edit.to)));
  if (result === 'written') offerUndo(`One-on-ones: talking point ${edit.kind === 'remove' ? 'removed' : 'moved'}.`, recording);
  else if (result === 'missing') new Notice(`One-on-ones: "${personPath}" no longer exists.`);
  else if (result === 'refused') new Notice(`One-on-ones: the talking points in "${personPath}" changed meanwhile, so nothing was written. Try again.`);
  else if (typeof result === 'object') new Notice(`One-on-ones: ${result.failed}`);
  return result === 'written';
}
