import type { NoteProblem, VaultIndex } from '../src/core/index/vault-index';
import type { FsVault } from './fs-vault';
import type { Unreadable } from './vault-walk';

/** Every problem in the vault once, though a group meeting's belong to each of its people. */
function allProblems(index: VaultIndex): NoteProblem[] {
  const seen = new Set<string>();
  const all: NoteProblem[] = [];
  for (const problem of [...index.allPeople().flatMap((person) => index.problemsOf(person.path)), ...index.unattributedProblems()]) {
    const key = `${problem.path}\n${problem.problem}`;
    if (seen.has(key)) continue;
    seen.add(key);
    all.push(problem);
  }
  return all;
}

function counted(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function unreadableLine(unreadable: readonly Unreadable[]): string[] {
  if (unreadable.length === 0) return [];
  const folders = unreadable.filter((u) => u.path.endsWith('/')).length;
  const notes = unreadable.length - folders;
  const what = [notes > 0 ? counted(notes, 'note', 'notes') : '', folders > 0 ? counted(folders, 'folder', 'folders') : ''].filter(Boolean).join(' and ');
  return [`warning: could not read ${what}: ${unreadable.map((u) => `${u.path} (${u.reason})`).join(', ')}`];
}

/**
 * What every subcommand says on stderr before its answer, so nothing wrong in the vault goes unseen:
 * each settings problem, the notes and folders it could not read, and how many problems the notes
 * hold. `status --json` lists each person's problems in its answer, so there it names only the
 * problems that belong to no person, one line each.
 */
export function vaultWarnings(vault: FsVault, problemsListed: boolean): string[] {
  const lines = vault.settingsProblems.map((problem) => `warning: settings: ${problem}`);
  lines.push(...unreadableLine(vault.unreadable));
  if (problemsListed) {
    for (const { path, problem } of vault.index.unattributedProblems()) lines.push(`warning: ${path}: ${problem}`);
    return lines;
  }
  const problems = allProblems(vault.index);
  if (problems.length === 0) return lines;
  const notes = new Set(problems.map((p) => p.path)).size;
  lines.push(`warning: ${counted(problems.length, 'problem', 'problems')} in ${counted(notes, 'note', 'notes')}; "one-on-ones status --json" lists them`);
  return lines;
}
