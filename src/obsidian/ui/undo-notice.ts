import { Notice } from 'obsidian';
import type { LineWriter } from '../platform/line-writer';

/** How long a notice with Undo stays: long enough to read it and reach the button. */
const UNDO_SHOWN_MS = 10_000;

/** Takes back a recording's writes and says how it went. */
export async function undoAndSay(recording: Promise<string[]> | null): Promise<void> {
  if (recording === null) {
    new Notice('One-on-ones: there is no change to undo.');
    return;
  }
  const problems = await recording;
  new Notice(problems.length === 0 ? 'One-on-ones: undone.' : `One-on-ones: could not undo. ${problems.join(' ')}`);
}

/**
 * Says what a click wrote, with an Undo button that puts back the exact text from before (see
 * `LineWriter.undo`). The command "Undo the last change" does the same from the keyboard. A
 * recording that wrote nothing gets the message alone.
 */
export function offerUndo(message: string, recording: LineWriter): void {
  if (recording.changes.length === 0) {
    new Notice(message);
    return;
  }
  recording.offer();
  const fragment = createFragment((content) => {
    content.createSpan({ text: message });
    const button = content.createEl('button', { cls: 'one-on-ones-undo', text: 'Undo' });
    button.addEventListener('click', (evt) => {
      evt.stopPropagation();
      notice.hide();
      void undoAndSay(recording.undo());
    });
  });
  const notice = new Notice(fragment, UNDO_SHOWN_MS);
}
