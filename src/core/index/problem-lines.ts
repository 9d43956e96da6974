import { noteName } from '../markdown/note-paths';
import type { NoteProblem } from './index-types';

/** One problem as every surface shows it: the note it is in, by file name, then what is wrong. */
export interface ProblemLine {
  readonly path: string;
  /** The note's file name without `.md`, as the file explorer shows it. */
  readonly note: string;
  /** As the index words it: `mood "eleven" is not a number from 1 to 10`. */
  readonly problem: string;
  /** `2026-10-09: mood "eleven" is not a number from 1 to 10`. */
  readonly text: string;
}

/** A meeting note whose person matches no person note: counted for nobody, so listed on its own. */
export interface UnattributedNote {
  readonly path: string;
  readonly name: string;
  /** "Meeting note · 1-1s/Sam Taylor": which folder it is in, as names repeat across folders. */
  readonly meta: string;
  /** Each problem as a sentence, for a place that already names the note. */
  readonly reasons: readonly string[];
  readonly lines: readonly ProblemLine[];
}

/** What `problemsOf` and `unattributedProblems` of the index answer; a view model needs no more. */
export interface ProblemSource {
  problemsOf(personPath: string): readonly NoteProblem[];
  unattributedProblems(): readonly NoteProblem[];
}

export function problemLine({ path, problem }: NoteProblem): ProblemLine {
  const note = noteName(path);
  return { path, note, problem, text: `${note}: ${problem}` };
}

export function problemCount(count: number): string {
  return `${count} ${count === 1 ? 'problem' : 'problems'}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The meeting notes that belong to nobody, in path order, each with why and its problems. */
export function unattributedNotes(problems: readonly NoteProblem[]): UnattributedNote[] {
  const byPath = new Map<string, string[]>();
  for (const { path, problem } of problems) byPath.set(path, [...(byPath.get(path) ?? []), problem]);
  return [...byPath]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([path, reasons]) => {
      const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
      return { path, name: noteName(path), meta: folder === '' ? 'Meeting note' : `Meeting note · ${folder}`, reasons: reasons.map(capitalize), lines: reasons.map((problem) => problemLine({ path, problem })) };
    });
}
