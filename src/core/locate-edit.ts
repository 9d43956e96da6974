import type { PlannedEdit } from './task-edit';
import { replaceLine, splitLines } from './text-lines';

/** What applying a planned edit to a note's current text would do. */
export type LocatedEdit =
  | { readonly ok: true; readonly text: string; readonly line: number }
  | { readonly ok: false; readonly problem: 'not-found' | 'invalid' }
  | { readonly ok: false; readonly problem: 'ambiguous'; readonly count: number };

/**
 * Finds the line a planned edit means in the note as it is now: the planned line when it still
 * reads the expected text; else the one line anywhere that reads it exactly (lines were inserted
 * or removed above); else nothing. Two or more candidates is a refusal, not a guess, because
 * identical lines are indistinguishable and writing the wrong one would be silent.
 */
export function locateEdit(text: string, edit: PlannedEdit): LocatedEdit {
  // A replacement holding a line break would split one line into two: never what a toggle plans.
  if (/[\r\n]/.test(edit.newText)) return { ok: false, problem: 'invalid' };
  const atPlanned = replaceLine(text, edit.line, edit.expectedText, edit.newText);
  if (atPlanned !== null) return { ok: true, text: atPlanned, line: edit.line };
  const lines = splitLines(text);
  let found = -1;
  let count = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== edit.expectedText) continue;
    count++;
    found = i;
  }
  if (count === 0) return { ok: false, problem: 'not-found' };
  if (count > 1) return { ok: false, problem: 'ambiguous', count };
  const moved = replaceLine(text, found, edit.expectedText, edit.newText);
  return moved === null ? { ok: false, problem: 'not-found' } : { ok: true, text: moved, line: found };
}
