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

function write(vault: FsVault, path: string, text: string, flag: 'w' | 'wx'): void {
  const full = join(vault.root, ...path.split('/'));
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text, { encoding: 'utf8', flag });
  vault.forget(path);
}

/**
 * The same note creation and carry-over as the plugin's "Start 1:1": one new file (never
 * overwriting), then the `[>]` marks, each re-checked against the file as it is, then the queue.
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
  write(vault, plan.path, plan.content, 'wx');
  const refused: string[] = [];
  for (const mark of plan.marks) {
    const located = locateEdit(vault.read(mark.path) ?? '', mark);
    if (located.ok) write(vault, mark.path, located.text, 'w');
    else refused.push(`${mark.path}: "${mark.expectedText.trim()}"`);
  }
  if (plan.dequeue.length > 0) {
    const next = removePoints(vault.read(person.path) ?? '', plan.dequeue);
    if (next === null) output.err(`warning: the talking points in ${person.path} changed; they stay queued`);
    else write(vault, person.path, next, 'w');
  }
  for (const line of refused) output.err(`warning: left open, it changed meanwhile: ${line}`);
  output.out(plan.path);
}
