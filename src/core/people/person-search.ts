import { LETTERS_TOP, matchName, prepareQuery, prepareText, type MatchRange, type PreparedText } from './name-match';
import { normalizeName } from './names';

/** What the person pickers know of a person: enough to match, label and tell apart. */
export interface SearchablePerson {
  readonly path: string;
  readonly name: string;
  readonly aliases: readonly string[];
}

export interface PreparedPerson<P extends SearchablePerson> {
  readonly person: P;
  /** The name, then each alias. */
  readonly texts: readonly { readonly raw: string; readonly text: PreparedText; readonly isAlias: boolean; readonly exact: string }[];
}

export interface PersonMatch<P extends SearchablePerson> {
  readonly person: P;
  /** The alias that matched better than the name, shown beside it ("aka Meg"), or null. */
  readonly alias: string | null;
  /** Ranges to highlight: of the alias when there is one, else of the name. */
  readonly ranges: readonly MatchRange[];
  readonly score: number;
  /** The query reads as this person's name or an alias, with typos, words swapped or left out. */
  readonly close: boolean;
}

/** Done once per picker, so each keystroke only compares. */
export function preparePeople<P extends SearchablePerson>(people: readonly P[]): PreparedPerson<P>[] {
  return people.map((person) => ({
    person,
    texts: [person.name, ...person.aliases].map((raw, i) => ({ raw, text: prepareText(raw), isAlias: i > 0, exact: normalizeName(raw) })),
  }));
}

/**
 * The people a query finds, best match first; equal matches keep the order given (most urgent
 * first). An empty query finds everyone. A name beats an alias matched as well.
 */
export function searchPeople<P extends SearchablePerson>(query: string, people: readonly PreparedPerson<P>[]): PersonMatch<P>[] {
  const prepared = prepareQuery(query);
  const found: PersonMatch<P>[] = [];
  // A name (or alias) typed exactly comes first, even where the matcher reads others the same
  // (`C++ Dev` and `C Dev` differ only in signs it sets aside).
  const wanted = normalizeName(query);
  const exact = new Set<PersonMatch<P>>();
  for (const entry of people) {
    let score = -Infinity;
    let ranges: readonly MatchRange[] = [];
    let alias: string | null = null;
    let close = false;
    for (const { raw, text, isAlias } of entry.texts) {
      const match = matchName(prepared, text);
      if (!match) continue;
      close ||= match.close;
      const textScore = match.score - (isAlias ? 1 : 0);
      if (textScore <= score) continue;
      score = textScore;
      ranges = match.ranges;
      alias = isAlias ? raw : null;
    }
    if (score === -Infinity) continue;
    const match = { person: entry.person, alias, ranges, score, close };
    found.push(match);
    if (entry.texts.some((text) => text.exact === wanted)) exact.add(match);
  }
  // Array.prototype.sort is stable, so ties keep the caller's order.
  return prepared.compact === '' ? found : found.sort((a, b) => Number(exact.has(b)) - Number(exact.has(a)) || b.score - a.score);
}

/** The person whose name or alias this is exactly (as Obsidian compares names: case, spaces, accents' forms), with the alias it is. */
export function someoneNamed<P extends SearchablePerson>(name: string, people: readonly P[]): { readonly person: P; readonly alias: string | null } | null {
  const wanted = normalizeName(name);
  for (const person of people) {
    if (normalizeName(person.name) === wanted) return { person, alias: null };
    const alias = person.aliases.find((known) => normalizeName(known) === wanted);
    if (alias !== undefined) return { person, alias };
  }
  return null;
}

/** True when the name is exactly someone's name or alias (as Obsidian compares names): nothing to create. */
export function isSomeonesName(name: string, people: readonly SearchablePerson[]): boolean {
  return someoneNamed(name, people) !== null;
}

/**
 * People a new name would likely duplicate: the same name but for case, accents or punctuation,
 * or the name with a typo, its words in another order, or some of them left out.
 */
export function peopleCloseTo<P extends SearchablePerson>(name: string, people: readonly PreparedPerson<P>[]): P[] {
  const close = searchPeople(name, people)
    .filter((match) => match.close)
    .map((match) => match.person);
  // The whole of someone's name and more ("Priya Raman 2") is as likely a slip as a new person.
  const typed = new Set(prepareQuery(name).words);
  const within = people.filter(({ texts }) => texts.some(({ text }) => text.words.length > 0 && text.words.every((word) => typed.has(word.text))));
  return [...close, ...within.map((entry) => entry.person).filter((person) => !close.includes(person))];
}

/** A match on the words of a name (whole, typed in part, with typos) or its initials, not scattered letters. */
export function isNameMatch(match: PersonMatch<SearchablePerson>): boolean {
  return match.score > LETTERS_TOP;
}

function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '/' : path.slice(0, slash);
}

/**
 * The folder of each person whose name someone else has too (ignoring case and accents), so two
 * Alex Kims can be told apart; people with a name of their own are not in the map.
 */
export function sameNameFolders(people: readonly SearchablePerson[]): Map<string, string> {
  const byName = new Map<string, SearchablePerson[]>();
  for (const person of people) {
    const key = prepareText(person.name).key || normalizeName(person.name);
    byName.set(key, [...(byName.get(key) ?? []), person]);
  }
  const folders = new Map<string, string>();
  for (const group of byName.values()) {
    if (group.length > 1) for (const person of group) folders.set(person.path, folderOf(person.path));
  }
  return folders;
}
