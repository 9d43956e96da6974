import type { PlannedEdit } from '../../src/core/tasks/task-edit';
import { replaceLine } from '../../src/core/markdown/text-lines';

/** A planned edit applied to a note's text, as the one writer applies it; null when the line changed. */
export function applyPlannedEdit(text: string, edit: PlannedEdit): string | null {
  return replaceLine(text, edit.line, edit.expectedText, edit.newText);
}
