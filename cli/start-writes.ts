import { mkdirSync, statSync, type Stats } from 'node:fs';
import { dirname } from 'node:path';
import type { EditResult, StartWrites } from '../src/core/start/start-sequence';
import { locateEdits, type LocatedLine } from '../src/core/tasks/locate-edit';
import type { PlannedEdit } from '../src/core/tasks/task-edit';
import { VaultError, type FsVault } from './fs-vault';
import { createNoteFile, describeError, editInPlace, type EditOutcome } from './note-files';

function statOrNull(file: string): Stats | null {
  try {
    return statSync(file);
  } catch {
    return null;
  }
}

/**
 * Refuses, naming it, a place where today's note cannot go: a folder at its path, or a file where
 * one of its folders (the meetings folder, the person's folder) should be.
 */
export function checkNotePlace(vault: FsVault, path: string): void {
  const parts = path.split('/');
  for (let i = 1; i < parts.length; i++) {
    const folder = parts.slice(0, i).join('/');
    const stats = statOrNull(vault.fullPath(folder));
    if (stats === null) return;
    if (!stats.isDirectory()) throw new VaultError(`${folder} is a file, not a folder, so the meeting note ${path} cannot be created in it`);
  }
  if (statOrNull(vault.fullPath(path))?.isDirectory()) throw new VaultError(`${path} is a folder, where today's meeting note should be; rename or move it`);
}

/** Today's note, created only if nothing is at its path yet; 'exists' when something got there first. */
function createNote(vault: FsVault, path: string, text: string): 'created' | 'exists' {
  const file = vault.fullPath(path);
  try {
    mkdirSync(dirname(file), { recursive: true });
    const created = createNoteFile(file, text);
    if (created === 'exists') checkNotePlace(vault, path);
    return created;
  } catch (error) {
    if (error instanceof VaultError) throw error;
    checkNotePlace(vault, path);
    throw new VaultError(`cannot create ${path}: ${describeError(error)}`);
  }
}

/** Why `start` did not write a note: the in-place edit's outcome, or `changed` for a line no longer there. */
export type Unwritten = Exclude<EditOutcome, 'written' | 'unchanged'>;

function wasWritten(outcome: EditOutcome): outcome is 'written' | 'unchanged' {
  return outcome === 'written' || outcome === 'unchanged';
}

/** Items grouped by the note they are in, notes in the order they first appear, items in order. */
export function byNote<T>(items: readonly T[], pathOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(pathOf(item));
    if (group) group.push(item);
    else groups.set(pathOf(item), [item]);
  }
  return groups;
}

/**
 * Line edits (the `[>]` marks): all of one note's in one read and one in-place write, so a note
 * with 10,000 carried items costs one pass. A note that cannot be written refuses all its edits.
 */
function applyEdits(vault: FsVault, edits: readonly PlannedEdit[]): EditResult<Unwritten>[] {
  const results: EditResult<Unwritten>[] = edits.map(() => ({ ok: true }));
  for (const [path, group] of byNote(edits.map((edit, at) => ({ edit, at })), ({ edit }) => edit.path)) {
    const found: { results: readonly LocatedLine[] } = { results: [] };
    const outcome = editInPlace(vault.fullPath(path), (text) => {
      const located = locateEdits(text, group.map(({ edit }) => edit));
      found.results = located.results;
      return located.text;
    });
    group.forEach(({ at }, k) => {
      if (!wasWritten(outcome)) results[at] = { ok: false, reason: outcome };
      else if (found.results[k]?.ok !== true) results[at] = { ok: false, reason: 'changed' };
    });
  }
  return results;
}

/**
 * The writes of the start sequence on the vault folder: the new note created only where nothing
 * is, every other note edited in place (its mode, owner and hard links stay), each edit re-checked
 * against the note as it is on disk then. A note that is read-only or not valid UTF-8 is never
 * written. A place where the note cannot go (a folder at its path, a file for one of its folders)
 * throws before anything is written.
 */
export function startWrites(vault: FsVault): StartWrites<Unwritten> {
  return {
    create: async (path, content) => {
      checkNotePlace(vault, path);
      try {
        return { created: createNote(vault, path, content) === 'created', path };
      } catch (error) {
        if (error instanceof VaultError) return { failed: error.message };
        throw error;
      }
    },
    applyEdits: async (edits) => applyEdits(vault, edits),
    rewrite: async (path, change) => {
      const outcome = editInPlace(vault.fullPath(path), change);
      if (wasWritten(outcome)) return 'written';
      return outcome === 'changed' ? 'refused' : { failed: outcome };
    },
  };
}
