import { linkTarget, normalizeName } from '../people/names';
import type { Person } from '../people/people';
import { withoutMdExtension } from '../markdown/note-paths';
import type { VaultIndex } from '../index/vault-index';
import type { Settings } from '../settings/settings';
import { prepareQuery, prepareText } from '../people/name-match';
import { isNameMatch, preparePeople, searchPeople } from '../people/person-search';
import { UsageError } from './args';

function byPath(a: Person, b: Person): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** Each person as a list names them: by name, or by path where someone else has the same name. */
export function labeller(people: readonly Person[]): (person: { readonly name: string; readonly path: string }) => string {
  const counts = new Map<string, number>();
  for (const { name } of people) counts.set(normalizeName(name), (counts.get(normalizeName(name)) ?? 0) + 1);
  return (person) => ((counts.get(normalizeName(person.name)) ?? 0) > 1 ? person.path : person.name);
}

/** Where people are looked for, as "no person named …" says it: `in People/ or tagged #person`. */
export function peopleWhere({ peopleFolder, peopleTag }: Pick<Settings, 'peopleFolder' | 'peopleTag'>): string {
  return `in ${peopleFolder}/${peopleTag === '' ? '' : ` or tagged #${peopleTag}`}`;
}

/** The one person matched, or null for none; several is a refusal that lists them, never a pick. */
function one(typed: string, matches: readonly Person[], label: (person: Person) => string): Person | null {
  if (matches.length <= 1) return matches[0] ?? null;
  const labels = [...matches].sort(byPath).map(label);
  const paths = labels.filter((l) => l.includes('/')).length;
  const hint = paths === labels.length ? 'type the path of the one you mean' : paths > 0 ? 'type the name or path of the one you mean' : 'type the name of the one you mean';
  throw new UsageError(`"${typed}" could be ${labels.join(', ')}: ${hint}`);
}

/** Whether `name` holds the whole words of `typed` in a row, any case or accent: "Priya" or "Raman" in "Raman, Priya", not "Pri". */
function hasWords(name: string, typed: string): boolean {
  const words = prepareText(name).words.map((word) => word.text);
  const wanted = prepareQuery(typed);
  // Only words were typed: "-Alice" or "Al." is not the word "Alice".
  if (wanted.key === '' || wanted.key.replace(/ /g, '') !== wanted.compact) return false;
  return words.some((_, at) => wanted.words.every((word, i) => words[at + i] === word));
}

/**
 * The person typed on the command line: a path (`People/Contractors/Alex Kim`, with or without
 * `.md`), else a name, else an alias, else whole words of one (a first name). Where two people fit
 * equally, it stops and lists them rather than pick one: the wrong person's 1:1 would be silent.
 * Nor does it guess from a start of a word or a typo (`start Sam` would write Samantha's 1:1): it
 * names who was perhaps meant. `where` says where people were looked for (`in People/ or tagged #person`).
 */
export function findPerson(index: VaultIndex, where: string, typed: string): Person {
  const target = linkTarget(typed);
  const people = index.allPeople();
  const label = labeller(people);
  if (target.includes('/')) {
    const path = normalizeName(withoutMdExtension(target));
    const found = people.find((p) => normalizeName(withoutMdExtension(p.path)) === path) ?? index.resolvePerson(target);
    if (found) return found;
  }
  const wanted = normalizeName(target);
  const named = one(typed, people.filter((p) => normalizeName(p.name) === wanted), label);
  if (named) return named;
  const aliased = one(typed, people.filter((p) => p.aliases.some((a) => normalizeName(a) === wanted)), label);
  if (aliased) return aliased;
  const worded = one(typed, people.filter((p) => [p.name, ...p.aliases].some((n) => hasWords(n, target))), label);
  if (worded) return worded;
  // Up to three people the pickers' forgiving match finds (a typo, a start, initials), never scattered letters.
  const alike = searchPeople(target, preparePeople([...people].sort(byPath))).filter(isNameMatch).slice(0, 3).map((match) => label(match.person));
  if (alike.length > 0) throw new UsageError(`no person named "${typed}" ${where}; did you mean ${alike.join(' or ')}? Type the whole name, an alias or the note's path`);
  const listed = people.map((p) => p.name).sort().join(', ');
  throw new UsageError(`no person named "${typed}" ${where} (people: ${listed || 'none'})`);
}
