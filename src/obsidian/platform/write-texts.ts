import type { Editor } from 'obsidian';
import { undoChange, type FileChange } from '../../core/markdown/undo-change';
import { quotedLine } from '../../core/markdown/text-lines';
import type { LocatedLine } from '../../core/tasks/locate-edit';
import type { PlannedEdit } from '../../core/tasks/task-edit';

// The line writer's sentences for a notice, and the small text and path arithmetic it needs.

/** How a write went: the line it landed on, or a sentence naming the file, fit for a notice. */
export type WriteResult = { readonly ok: true; readonly line: number } | { readonly ok: false; readonly reason: string };


export function refusal(edit: PlannedEdit, located: Exclude<LocatedLine, { ok: true }>): WriteResult {
  const where = `"${edit.path}"`;
  if (located.problem === 'invalid') return { ok: false, reason: `Did not change ${where}: the planned text spans more than one line.` };
  if (located.problem === 'ambiguous') {
    return {
      ok: false,
      reason: `Did not change ${where}: the line ${quotedLine(edit.expectedText)} moved and now appears ${located.count} times, so which one you meant is unclear. Nothing was written.`,
    };
  }
  return { ok: false, reason: `Did not change ${where}: the line ${quotedLine(edit.expectedText)} is no longer there (the note changed). Nothing was written.` };
}

export function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The folders `path` lies in, outermost first: `a`, `a/b` for `a/b/c.md`. */
export function foldersAbove(path: string): string[] {
  const parts = path.split('/');
  return parts.slice(1).map((_, i) => parts.slice(0, i + 1).join('/'));
}

export function failure(path: string, error: unknown): string {
  return `Could not change "${path}": ${message(error)}. Nothing was written.`;
}

/** Replaces only the span that differs, so the cursor and selection elsewhere stay where they were. */
export function replaceChangedRange(editor: Editor, before: string, after: string): void {
  if (before === after) return;
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  editor.replaceRange(after.slice(start, after.length - end), editor.offsetToPos(start), editor.offsetToPos(before.length - end));
}

/** Why a change cannot be taken back, given its note's text now (null: the note is gone); null when it can. */
/**
 * Why the changes (newest first) cannot all be undone: each is checked against its note as undoing
 * the newer ones leaves it (a start writes a running note twice: the section, then the marks).
 */
export async function undoProblems(changes: readonly FileChange[], currentText: (path: string) => Promise<string | null>): Promise<string[]> {
  const undone = new Map<string, string | null>();
  const problems: string[] = [];
  for (const change of changes) {
    const text = undone.has(change.path) ? (undone.get(change.path) ?? null) : await currentText(change.path);
    const problem = undoBlocked(change, text);
    if (problem !== null) problems.push(problem);
    else undone.set(change.path, change.before === null || text === null ? null : undoChange(text, change.before, change.after));
  }
  return problems;
}

function undoBlocked(change: FileChange, text: string | null): string | null {
  if (text === null) return `"${change.path}" was renamed or deleted since.`;
  if (change.before === null) return text === change.after ? null : `"${change.path}" was changed since it was made.`;
  return undoChange(text, change.before, change.after) === null ? `"${change.path}" was changed where the plugin wrote.` : null;
}
