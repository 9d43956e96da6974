import type { CalendarDay } from '../calendar/dates';
import type { VaultIndex } from '../index/vault-index';
import { didYouMean } from './did-you-mean';
import type { LinedRef, PersonRef, QueryProblem } from './query-types';

/** Where and when a query runs. */
export interface QueryContext {
  readonly today: CalendarDay;
  /** The note the block is in: what `person: this` refers to. */
  readonly sourcePath: string;
  readonly dueSoonDays?: number;
}

export type Resolved<T> = { readonly value: T } | { readonly problems: readonly QueryProblem[] };

/** The people of the note the block sits in: the person of a person note, or a meeting's people. */
function peopleOfNote(index: VaultIndex, path: string): string[] {
  const person = index.getPerson(path);
  if (person) return [person.path];
  return [...(index.getMeeting(path)?.peoplePaths ?? [])];
}

/** Person paths for `person:`; every name that matches no person note is a problem. */
export function resolvePersonRefs(index: VaultIndex, refs: LinedRef<readonly PersonRef[]>, sourcePath: string): Resolved<string[]> {
  const paths: string[] = [];
  const problems: QueryProblem[] = [];
  for (const ref of refs.value) {
    if (ref.kind === 'this') {
      const own = peopleOfNote(index, sourcePath);
      if (own.length === 0) {
        problems.push({ line: refs.line, message: "person: 'this' needs the block to be in a person note or a meeting note, and this note is neither" });
      }
      for (const path of own) if (!paths.includes(path)) paths.push(path);
      continue;
    }
    const person = index.resolvePerson(ref.name, sourcePath);
    if (person === null) problems.push({ line: refs.line, message: `person: no person note is called '${ref.name}'${closestPerson(index, ref.name)}` });
    else if (!paths.includes(person.path)) paths.push(person.path);
  }
  return problems.length > 0 ? { problems } : { value: paths };
}

/** `— did you mean 'Priya Raman'?` for a first name, a part of a name or a typo; else a hint. */
function closestPerson(index: VaultIndex, typed: string): string {
  const word = typed.trim().toLowerCase();
  const names = index.allPeople().flatMap((person) => [person.name, ...person.aliases]);
  const lower = names.map((name) => name.toLowerCase());
  const byPart = names.filter((_, i) => (lower[i] ?? '').split(/\s+/).includes(word) || (word.length >= 3 && (lower[i] ?? '').startsWith(word)));
  const typo = didYouMean(word, lower);
  const match = byPart.length === 1 ? byPart[0] : typo === null ? undefined : names[lower.indexOf(typo)];
  return match === undefined ? ' (names, aliases and links all work)' : ` — did you mean '${match}'?`;
}

/** The person path an `owner: <name>` means, or the problem. */
export function resolveOwnerName(index: VaultIndex, name: string, line: number): Resolved<string> {
  const person = index.resolvePerson(name);
  if (person) return { value: person.path };
  const hint = closestPerson(index, name);
  return { problems: [{ line, message: `owner: no person note is called '${name}'${hint.startsWith(' —') ? hint : '; use me, them, unassigned, anyone or a person’s name'}` }] };
}

