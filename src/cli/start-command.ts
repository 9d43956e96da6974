import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import type { CalendarDay } from '../core/dates';
import { locateEdit } from '../core/locate-edit';
import { planStart, type StartHost } from '../core/notes/start-plan';
import { removePoints } from '../core/notes/talking-points';
import type { Person } from '../core/people';
import type { FsVault } from './fs-vault';
import type { Output } from './output';
import { writeAtomically } from './write-file';

export function startHost(vault: FsVault, questionsFor: (person: Person) => string[]): StartHost {
  return {
    index: vault.index,
    settings: vault.settings,
    parseYaml: (text) => parse(text) as unknown,
    read: async (path) => vault.read(path),
    exists: (path) => vault.exists(path),
    linkText: (target) => vault.linkText(target),
    findTemplate: (wanted) => vault.resolve(wanted),
    questionsFor,
  };
}

function fullPath(vault: FsVault, path: string): string {
  return join(vault.root, ...path.split('/'));
}

/** The new meeting note: created, never overwriting one that appeared meanwhile. */
function create(vault: FsVault, path: string, text: string): void {
  const full = fullPath(vault, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text, { encoding: 'utf8', flag: 'wx' });
  vault.forget(path);
}

/** An existing note's new text, swapped in whole. */
function replace(vault: FsVault, path: string, text: string): void {
  writeAtomically(fullPath(vault, path), text);
  vault.forget(path);
}

/** The note as it is on disk now, not as it was read at startup: edits are re-checked against it. */
function readFresh(vault: FsVault, path: string): string {
  vault.forget(path);
  return vault.read(path) ?? '';
}

/**
 * The same note creation and carry-over as the plugin's "Start 1:1": one new file (never
 * overwriting), then the `[>]` marks, each re-checked against the file as it is on disk now and
 * written whole, then the queue, likewise.
 */
export async function runStart(
  vault: FsVault,
  name: string,
  day: CalendarDay,
  now: Date,
  options: { dryRun: boolean; questionsFor: (person: Person) => string[] },
  output: Output,
): Promise<void> {
  const person = vault.findPerson(name);
  const plan = await planStart(startHost(vault, options.questionsFor), person, day, now);
  if (plan.kind === 'existing') return output.out(`${plan.path} (exists; not changed)`);
  for (const problem of plan.problems) output.err(`warning: ${problem}`);
  if (options.dryRun) {
    output.out(`Would create ${plan.path}, mark ${plan.marks.length} earlier item(s) [>] and move ${plan.dequeue.length} talking point(s):\n`);
    return output.out(plan.content);
  }
  create(vault, plan.path, plan.content);
  const refused: string[] = [];
  for (const mark of plan.marks) {
    const located = locateEdit(readFresh(vault, mark.path), mark);
    if (located.ok) replace(vault, mark.path, located.text);
    else refused.push(`${mark.path}: "${mark.expectedText.trim()}"`);
  }
  if (plan.dequeue.length > 0) {
    const next = removePoints(readFresh(vault, person.path), plan.dequeue);
    if (next === null) output.err(`warning: the talking points in ${person.path} changed; they stay queued`);
    else replace(vault, person.path, next);
  }
  for (const line of refused) output.err(`warning: left open, it changed meanwhile: ${line}`);
  output.out(plan.path);
}
