import { type App, type Editor, MarkdownView } from 'obsidian';
import { locateEdit, type LocatedEdit } from '../core/locate-edit';
import type { PlannedEdit } from '../core/task-edit';

/** How a write went: the line it landed on, or a sentence naming the file, fit for a notice. */
export type WriteResult = { readonly ok: true; readonly line: number } | { readonly ok: false; readonly reason: string };

const SHOWN_TEXT = 60;

function quoted(line: string): string {
  const text = line.trim();
  return `"${text.length > SHOWN_TEXT ? `${text.slice(0, SHOWN_TEXT - 1)}…` : text}"`;
}

function refusal(edit: PlannedEdit, located: Exclude<LocatedEdit, { ok: true }>): WriteResult {
  const where = `"${edit.path}"`;
  if (located.problem === 'invalid') return { ok: false, reason: `Did not change ${where}: the planned text spans more than one line.` };
  if (located.problem === 'ambiguous') {
    return {
      ok: false,
      reason: `Did not change ${where}: the line ${quoted(edit.expectedText)} moved and now appears ${located.count} times, so which one you meant is unclear. Nothing was written.`,
    };
  }
  return { ok: false, reason: `Did not change ${where}: the line ${quoted(edit.expectedText)} is no longer there (the note changed). Nothing was written.` };
}

function failure(edit: PlannedEdit, error: unknown): WriteResult {
  const detail = error instanceof Error ? error.message : String(error);
  return { ok: false, reason: `Could not change "${edit.path}": ${detail}. Nothing was written.` };
}

/** Replaces only the span that differs, so the cursor and selection elsewhere stay where they were. */
function replaceChangedRange(editor: Editor, before: string, after: string): void {
  if (before === after) return;
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  editor.replaceRange(after.slice(start, after.length - end), editor.offsetToPos(start), editor.offsetToPos(before.length - end));
}

/**
 * The one way this plugin changes a line in a note, shared by rollup checkboxes and carry-over.
 * The line is found again at write time (see `locateEdit`) and the check runs inside
 * `Vault.process`, so nothing written between planning and writing is ever overwritten. When the
 * note is open in an editor the change goes through the editor instead: writing the file under an
 * editor with unsaved typing would make Obsidian choose between the two. Edits to one file run one
 * after another, so two toggles at once both land. `apply` never throws.
 */
export class LineWriter {
  /** The tail of each file's queue of edits; an entry lives only while edits are pending. */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(private readonly app: App) {}

  apply(edit: PlannedEdit): Promise<WriteResult> {
    return this.queued(edit.path, () => this.applyNow(edit));
  }

  /**
   * A change of several lines planned from the note's current text (a talking point added or taken
   * out): `change` returns the new text, or null to refuse because what it expected is gone. Like
   * `apply`, it goes through the editor when the note is open there, so unsaved typing survives.
   */
  rewrite(path: string, change: (text: string) => string | null): Promise<'written' | 'refused' | 'missing'> {
    return this.queued(path, async () => {
      const editor = this.openEditor(path);
      if (editor) {
        const before = editor.getValue();
        const after = change(before);
        if (after === null) return 'refused';
        replaceChangedRange(editor, before, after);
        return 'written';
      }
      const file = this.app.vault.getFileByPath(path);
      if (!file) return 'missing';
      let refused = false;
      await this.app.vault.process(file, (text) => {
        const after = change(text);
        refused = after === null;
        return after ?? text;
      });
      return refused ? 'refused' : 'written';
    });
  }

  private queued<T>(path: string, run: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(path) ?? Promise.resolve();
    const result = previous.then(run);
    this.queues.set(path, result);
    void result.then(() => {
      if (this.queues.get(path) === result) this.queues.delete(path);
    });
    return result;
  }

  private async applyNow(edit: PlannedEdit): Promise<WriteResult> {
    try {
      const editor = this.openEditor(edit.path);
      if (editor) return this.applyInEditor(editor, edit);
      const file = this.app.vault.getFileByPath(edit.path);
      if (!file) return { ok: false, reason: `Could not change "${edit.path}": the note was renamed or deleted. Nothing was written.` };
      let located: LocatedEdit = { ok: false, problem: 'not-found' };
      await this.app.vault.process(file, (data) => {
        located = locateEdit(data, edit);
        return located.ok ? located.text : data;
      });
      // The callback ran inside process; TypeScript cannot see that it reassigned `located`.
      const outcome = located as LocatedEdit;
      return outcome.ok ? { ok: true, line: outcome.line } : refusal(edit, outcome);
    } catch (error) {
      return failure(edit, error);
    }
  }

  /** The editor of a view showing the note in editing mode, where unsaved typing can live. */
  private openEditor(path: string): Editor | null {
    for (const leaf of this.app.workspace.getLeavesOfType('markdown')) {
      const view = leaf.view;
      if (view instanceof MarkdownView && view.file?.path === path && view.getMode() === 'source') return view.editor;
    }
    return null;
  }

  private applyInEditor(editor: Editor, edit: PlannedEdit): WriteResult {
    const located = locateEdit(editor.getValue(), edit);
    if (!located.ok) return refusal(edit, located);
    const { line } = located;
    editor.replaceRange(edit.newText, { line, ch: 0 }, { line, ch: editor.getLine(line).length });
    return { ok: true, line };
  }
}
