import { mkdirSync, statSync, type Stats } from 'node:fs';
import { dirname } from 'node:path';
import { locateEdits, type LocatedLine } from '../core/tasks/locate-edit';
import { removePoints, type QueuedPoint } from '../core/talking-points/talking-points';
import type { PlannedEdit } from '../core/tasks/task-edit';
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
export function createNote(vault: FsVault, path: string, text: string): 'created' | 'exists' {
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

function whyUnwritten(outcome: Exclude<EditOutcome, 'written' | 'unchanged'>): string {
  if (outcome === 'read-only') return 'it is read-only';
  if (outcome === 'not-utf8') return 'it is not valid UTF-8 text';
  if (outcome === 'changed') return 'it changed meanwhile';
  return `it could not be written: ${outcome.failed}`;
}

/** Edits grouped by note, in plan order. */
function byNote(edits: readonly PlannedEdit[]): Map<string, PlannedEdit[]> {
  const groups = new Map<string, PlannedEdit[]>();
  for (const edit of edits) {
    const group = groups.get(edit.path);
    if (group) group.push(edit);
    else groups.set(edit.path, [edit]);
  }
  return groups;
}

/**
 * Marks the earlier copies `[>]`: all of one note's marks in one read and one in-place write, so a
 * note with 10,000 carried items costs one pass. Returns a warning for each mark not made.
 */
export function markEarlierCopies(vault: FsVault, marks: readonly PlannedEdit[]): string[] {
  const warnings: string[] = [];
  for (const [path, edits] of byNote(marks)) {
    const found: { results: readonly LocatedLine[] } = { results: [] };
    const outcome = editInPlace(vault.fullPath(path), (text) => {
      const located = locateEdits(text, edits);
      found.results = located.results;
      return located.text;
    });
    if (outcome === 'written' || outcome === 'unchanged') {
      edits.forEach((edit, i) => {
        if (found.results[i]?.ok !== true) warnings.push(`left open, it changed meanwhile: ${path}: "${edit.expectedText.trim()}"`);
      });
    } else {
      warnings.push(`${path} was not marked, ${whyUnwritten(outcome)}: ${edits.length} item(s) carried from it are open there and in the new note`);
    }
  }
  return warnings;
}

/** Takes the points now in the new note's agenda out of the person's queue, if they still read the same. */
export function dequeuePoints(vault: FsVault, personPath: string, points: readonly QueuedPoint[]): string[] {
  if (points.length === 0) return [];
  const outcome = editInPlace(vault.fullPath(personPath), (text) => removePoints(text, points));
  if (outcome === 'written' || outcome === 'unchanged') return [];
  return [`the talking points stay queued in ${personPath}, ${whyUnwritten(outcome)}; they are in the new note's agenda too`];
}
