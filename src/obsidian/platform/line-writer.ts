import { type App, type Editor, MarkdownView, normalizePath, TFile, TFolder } from 'obsidian';
import { locateEdit, locateEdits, type LocatedEdit, type LocatedLine } from '../../core/tasks/locate-edit';
import type { PlannedEdit } from '../../core/tasks/task-edit';
import { undoChange, type FileChange } from '../../core/markdown/undo-change';
import { isUtf8File } from './utf8-file';
import { failure, foldersAbove, message, refusal, replaceChangedRange, undoProblems, type WriteResult } from './write-texts';

export type { WriteResult } from './write-texts';

/** How a change of several lines went; `failed` holds a sentence naming the file. */
export type RewriteResult = 'written' | 'refused' | 'missing' | { readonly failed: string };

/** A new note: the one created, or the one already at the path (never overwritten), or why not. */
export type CreateResult = { readonly file: TFile; readonly created: boolean } | { readonly failed: string };

/**
 * The one way this plugin changes the vault: single lines (rollup checkboxes, carry-over marks),
 * changes of several lines (talking points), properties, and new notes. Each existing line is found
 * again at write time (see `locateEdit`) and checked inside `Vault.process`, so nothing written
 * between planning and writing is ever overwritten. When the note is open in an editor the change
 * goes through the editor instead: writing the file under an editor with unsaved typing would make
 * Obsidian choose between the two. A note that is not valid UTF-8 is never written, because
 * Obsidian reads it with its bad bytes replaced and writing that text back would lose them.
 * Writes to one file run one after another, a failed one never holds up the next, and no method
 * throws.
 */
export class LineWriter {
  /** What each write of this recording changed, in order; null for the plugin's own writer. */
  private readonly log: FileChange[] | null;

  /** `queues`: each file's pending writes; `offers`: the recording last offered for undo. Both shared by recordings. */
  constructor(
    private readonly app: App,
    private readonly queues = new Map<string, Promise<unknown>>(),
    private readonly offers: { last: LineWriter | null } = { last: null },
    recording = false,
  ) {
    this.log = recording ? [] : null;
  }

  /** A writer for one action from a click that keeps each write's text before and after, for `undo`. Same queues. */
  recording(): LineWriter {
    return new LineWriter(this.app, this.queues, this.offers, true);
  }

  get changes(): readonly FileChange[] {
    return this.log ?? [];
  }

  /** Makes this recording the one "Undo the last change" takes back. */
  offer(): void {
    if (this.changes.length > 0) this.offers.last = this;
  }

  /** Takes back the recording last offered; null when there is none, else as `undo`. */
  undoLast(): Promise<string[]> | null {
    return this.offers.last?.undo() ?? null;
  }

  /** Takes back this recording's writes, newest first (see `undoChange`); a sentence for each change that stays. */
  async undo(): Promise<string[]> {
    const changes = [...this.changes].reverse();
    // All or nothing: taking back only part of a start (its new note, not an earlier note's [>]
    // marks) would leave items open nowhere. So nothing is written unless every change can be undone.
    const blocked = await undoProblems(changes, (path) => this.currentText(path));
    if (blocked.length > 0) return [...blocked, 'Nothing was undone.'];
    this.log?.splice(0);
    if (this.offers.last === this) this.offers.last = null;
    const undone = new LineWriter(this.app, this.queues, this.offers);
    const problems: string[] = [];
    for (const change of changes) {
      const problem = change.before === null ? await undone.uncreate(change.path, change.after) : await undone.putBack(change.path, change.before, change.after);
      if (problem !== null) problems.push(problem);
    }
    return problems;
  }

  /** The note's text as the user sees it (its open editor's, else the file's); null when it is gone. */
  private async currentText(path: string): Promise<string | null> {
    const file = this.app.vault.getFileByPath(path);
    return file ? (this.openEditor(path)?.getValue() ?? (await this.app.vault.read(file))) : null;
  }

  private async putBack(path: string, before: string, after: string): Promise<string | null> {
    const result = await this.rewrite(path, (text) => undoChange(text, before, after));
    if (result === 'written') return null;
    if (result === 'missing') return `"${path}" no longer exists.`;
    if (result === 'refused') return `"${path}" was changed where the plugin wrote, so it was left as it is.`;
    return result.failed;
  }

  private uncreate(path: string, content: string): Promise<string | null> {
    return this.queued(path, async () => {
      try {
        const file = this.app.vault.getFileByPath(path);
        if (!file || (await this.currentText(path)) !== content) return `"${path}" was changed since it was made, so it was kept.`;
        await this.app.fileManager.trashFile(file);
        return null;
      } catch (error) {
        return `Could not move "${path}" to the trash: ${message(error)}.`;
      }
    });
  }

  private record(path: string, before: string | null, after: string): void {
    if (before !== after) this.log?.push({ path, before, after });
  }

  apply(edit: PlannedEdit): Promise<WriteResult> {
    return this.applyAll([edit]).then((results) => results[0] ?? { ok: false, reason: failure(edit.path, 'nothing to write') });
  }

  /** Several line edits, each file's in one write; results in the order of `edits`. */
  async applyAll(edits: readonly PlannedEdit[]): Promise<WriteResult[]> {
    const byPath = new Map<string, number[]>();
    edits.forEach((edit, i) => byPath.set(edit.path, [...(byPath.get(edit.path) ?? []), i]));
    const results: WriteResult[] = [];
    await Promise.all(
      [...byPath].map(async ([path, indices]) => {
        const mine = indices.map((i) => edits[i] as PlannedEdit);
        const outcome = await this.queued(path, () => this.applyNow(path, mine));
        indices.forEach((at, k) => (results[at] = outcome[k] ?? { ok: false, reason: failure(path, 'no result') }));
      }),
    );
    return results;
  }

  /**
   * A change of several lines planned from the note's current text (a talking point added or taken
   * out): `change` returns the new text, or null to refuse because what it expected is gone.
   */
  rewrite(path: string, change: (text: string) => string | null): Promise<RewriteResult> {
    return this.writeExisting(path, async (file) => {
      const editor = this.openEditor(path);
      if (editor) {
        const before = editor.getValue();
        const after = change(before);
        if (after === null) return 'refused';
        replaceChangedRange(editor, before, after);
        this.record(path, before, editor.getValue());
        return 'written';
      }
      let refused = false;
      await this.app.vault.process(file, (text) => {
        const after = change(text);
        refused = after === null;
        if (after !== null) this.record(path, text, after);
        return after ?? text;
      });
      return refused ? 'refused' : 'written';
    });
  }

  /** Runs `write` in the note's queue once the note is there and is valid UTF-8; never throws. */
  private writeExisting(path: string, write: (file: TFile) => Promise<RewriteResult>): Promise<RewriteResult> {
    return this.queued(path, async (): Promise<RewriteResult> => {
      try {
        const file = this.app.vault.getFileByPath(path);
        if (!file) return 'missing';
        const undecodable = await this.undecodable(file);
        return undecodable ? { failed: undecodable } : await write(file);
      } catch (error) {
        return { failed: failure(path, error) };
      }
    });
  }

  /**
   * The one way to make a note: creates it with every folder it needs. Exclusive: a note already at
   * the path (made a moment ago by a sync or a second start) is returned as it is, never written
   * over; a folder at the path, or a file where one of its folders should be, is named.
   */
  create(path: string, content: string): Promise<CreateResult> {
    const target = normalizePath(path);
    return this.queued(target, async (): Promise<CreateResult> => {
      const blocked = this.blockedBy(target);
      if (blocked !== null) return { failed: blocked };
      const existing = this.app.vault.getFileByPath(target);
      if (existing) return { file: existing, created: false };
      try {
        await this.makeFolders(target);
        const file = await this.app.vault.create(target, content);
        this.record(target, null, content);
        return { file, created: true };
      } catch (error) {
        const raced = this.app.vault.getFileByPath(target);
        if (raced) return { file: raced, created: false };
        const missing = this.missingFolder(target);
        return { failed: `Could not create "${target}": ${missing === null ? '' : `the folder "${missing}" could not be made; `}${message(error)}.` };
      }
    });
  }

  /**
   * Makes each missing folder above `path`, outermost first. A folder that cannot be made is left
   * for the create to refuse: on a disk that ignores case, the note still lands in "Alice" for "alice".
   */
  private async makeFolders(path: string): Promise<void> {
    for (const folder of foldersAbove(path)) {
      if (!this.app.vault.getFolderByPath(folder)) await this.app.vault.createFolder(folder).catch(() => undefined);
    }
  }

  private missingFolder(path: string): string | null {
    return foldersAbove(path).find((folder) => !this.app.vault.getFolderByPath(folder)) ?? null;
  }

  /** Why a note cannot be created at `path`: it is a folder, or one of its folders is a file. */
  private blockedBy(path: string): string | null {
    if (this.app.vault.getAbstractFileByPath(path) instanceof TFolder) return `Could not create "${path}": "${path}" is a folder.`;
    const file = foldersAbove(path).find((folder) => this.app.vault.getAbstractFileByPath(folder) instanceof TFile);
    return file === undefined ? null : `Could not create "${path}": "${file}" is a file, not a folder.`;
  }

  private queued<T>(path: string, run: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(path) ?? Promise.resolve();
    const result = previous.then(run, run);
    this.queues.set(path, result);
    const forget = () => {
      if (this.queues.get(path) === result) this.queues.delete(path);
    };
    result.then(forget, forget);
    return result;
  }

  /** A sentence saying the note is not valid UTF-8, or null when it is (or cannot be read as bytes). */
  private async undecodable(file: TFile): Promise<string | null> {
    if (await isUtf8File(this.app.vault, file)) return null;
    return `Did not change "${file.path}": it is not valid UTF-8 text, and writing it would replace the characters Obsidian cannot read. Nothing was written.`;
  }

  private async applyNow(path: string, edits: readonly PlannedEdit[]): Promise<WriteResult[]> {
    const all = (result: WriteResult) => edits.map(() => result);
    try {
      const file = this.app.vault.getFileByPath(path);
      if (!file) return all({ ok: false, reason: `Could not change "${path}": the note was renamed or deleted. Nothing was written.` });
      const undecodable = await this.undecodable(file);
      if (undecodable) return all({ ok: false, reason: undecodable });
      const editor = this.openEditor(path);
      if (editor) {
        const before = editor.getValue();
        const results = edits.map((edit) => this.applyInEditor(editor, edit));
        this.record(path, before, editor.getValue());
        return results;
      }
      let located: readonly LocatedLine[] = [];
      await this.app.vault.process(file, (data) => {
        const result = locateEdits(data, edits);
        located = result.results;
        this.record(path, data, result.text);
        return result.text;
      });
      return edits.map((edit, i) => {
        const outcome = located[i];
        if (outcome === undefined) return { ok: false, reason: failure(path, 'the note could not be read') };
        return outcome.ok ? { ok: true, line: outcome.line } : refusal(edit, outcome);
      });
    } catch (error) {
      return all({ ok: false, reason: failure(path, error) });
    }
  }

  /** The editor of a view showing the note in editing mode, where unsaved typing can live. */
  /** The note's text as the writer will find it (an open editor's, typing not saved yet included), to plan from. */
  async read(path: string): Promise<string | null> {
    const editor = this.openEditor(path);
    if (editor) return editor.getValue();
    const file = this.app.vault.getFileByPath(path);
    return file ? this.app.vault.cachedRead(file) : null;
  }

  /** Saves the note's open editor now, as the app would in two seconds: a property set through it reaches every view at once. */
  async saveNow(path: string): Promise<void> {
    await this.openView(path)?.save();
  }

  private openEditor(path: string): Editor | null {
    return this.openView(path)?.editor ?? null;
  }

  private openView(path: string): MarkdownView | null {
    for (const leaf of this.app.workspace.getLeavesOfType('markdown')) {
      const view = leaf.view;
      if (view instanceof MarkdownView && view.file?.path === path && view.getMode() === 'source') return view;
    }
    return null;
  }

  private applyInEditor(editor: Editor, edit: PlannedEdit): WriteResult {
    const located: LocatedEdit = locateEdit(editor.getValue(), edit);
    if (!located.ok) return refusal(edit, located);
    const { line } = located;
    editor.replaceRange(edit.newText, { line, ch: 0 }, { line, ch: editor.getLine(line).length });
    return { ok: true, line };
  }
}
