/** "Add person…": reading its form, and the person note it writes. */
import { parseCadence } from '../cadence/cadence';
import { someoneNamed, type SearchablePerson } from './person-search';
import { safeFileName } from './safe-names';
/** What "Add person…" asks for; `role` empty for none. */
export interface NewPerson {
  readonly name: string;
  readonly role: string;
  readonly cadence: string;
}

const PLAIN_YAML = /^[\p{L}\p{N}][\p{L}\p{N} ._/-]*$/u;

/**
 * The form's values as a person or the first problem, for the form to show: a name is needed (a
 * file name is made from it), nobody may have it already as a name or an alias (in any case: a
 * second "priya raman" would be read as the first), and the cadence must read as one (`weekly`,
 * `every 3 weeks`, `10d`…).
 */
export function readNewPerson(typed: string, role: string, cadence: string, people: readonly SearchablePerson[] = []): { readonly value: NewPerson } | { readonly problem: string } {
  // Invisible characters (a zero-width space pasted with the name) would make "Sam" a second Sam.
  const name = typed.replace(/\p{Cf}/gu, '');
  if (name.trim() === '') return { problem: 'Write the person\'s name first.' };
  const taken = someoneNamed(name.trim(), people);
  if (taken !== null) {
    const whose = taken.alias === null ? `${taken.person.name} is already someone (${taken.person.path})` : `"${taken.alias}" is an alias of ${taken.person.name} (${taken.person.path})`;
    return { problem: `${whose}: add a surname or another word, so each name means one person.` };
  }
  // A name a file cannot hold whole ("C# Dev") is saved as the file name it makes ("C Dev").
  const fileName = safeFileName(name);
  const sameFile = someoneNamed(fileName, people.map((person) => ({ ...person, aliases: [] })));
  if (sameFile !== null) return { problem: `"${name.trim()}" would be saved as a note named "${fileName}", as ${sameFile.person.path} is: choose a name that differs in letters or digits.` };
  const rhythm = parseCadence(cadence.trim());
  if (rhythm.status === 'invalid') return { problem: `${rhythm.problem.charAt(0).toUpperCase()}${rhythm.problem.slice(1)}.` };
  return { value: { name: name.trim(), role: role.trim(), cadence: cadence.trim() } };
}

/**
 * A new person note: the role and cadence as properties (quoted when YAML needs it), the name as
 * typed as an alias when the file name could not keep it (`C# Dev` is the note `C Dev`), then the
 * talking-points heading.
 */
export function newPersonText(person: Pick<NewPerson, 'role' | 'cadence'> & { readonly alias?: string | null }, heading: string): string {
  const value = (text: string) => (PLAIN_YAML.test(text) ? text : JSON.stringify(text));
  const properties = [
    ...(person.role === '' ? [] : [`role: ${value(person.role)}`]),
    `cadence: ${value(person.cadence)}`,
    ...(person.alias ? [`aliases: [${JSON.stringify(person.alias)}]`] : []),
  ];
  return `---\n${properties.join('\n')}\n---\n\n## ${heading}\n`;
}
