import type { CadenceState } from '../cadence/cadence-rules';
import { cadenceDays, formatCadence } from '../cadence/cadence';
import { prepareQuery, prepareText } from '../people/name-match';
import type { CalendarDay } from '../calendar/dates';
import { stateChip, type ChipTone } from './due-row-text';
import { problemCount, problemLine, unattributedNotes, type ProblemLine } from '../index/problem-lines';
import { peopleByUrgency } from '../cadence/urgency';
import type { VaultIndex } from '../index/vault-index';
import { moodTrend } from './mood-trend';

/** One person in the overview table. */
export interface OverviewRow {
  readonly path: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly role: string | null;
  readonly cadence: string | null;
  /** How many days the cadence is, for sorting by it (monthly after every 3 weeks). */
  readonly cadenceDays: number | null;
  readonly lastMet: CalendarDay | null;
  readonly nextDue: CalendarDay | null;
  readonly state: CadenceState;
  readonly chip: { readonly label: string; readonly tone: ChipTone };
  readonly theirs: number;
  readonly mine: number;
  /** The last 12 check-ins, oldest first, for the small trend line. */
  readonly moods: readonly number[];
  /** Position in the urgency order (see `peopleByUrgency`), the order before any sort. */
  readonly urgency: number;
  /** Days since the 1:1 was due, for overdue and due people; null for others. */
  readonly daysOverdue: number | null;
  readonly problems: readonly ProblemLine[];
  /** The marker: "2 problems", or null when there are none. */
  readonly problemCount: string | null;
  /** What the row says to a screen reader: where it leads, then the problems, which its marker only counts. */
  readonly label: string;
}

export type OverviewColumn = 'name' | 'role' | 'cadence' | 'last' | 'next' | 'state' | 'theirs' | 'mine';

export interface OverviewSort {
  readonly column: OverviewColumn;
  readonly descending: boolean;
}

export const DEFAULT_SORT: OverviewSort = { column: 'state', descending: false };

export const OVERVIEW_COLUMNS: readonly { readonly id: OverviewColumn; readonly title: string }[] = [
  { id: 'name', title: 'Name' },
  { id: 'role', title: 'Role' },
  { id: 'cadence', title: 'Cadence' },
  { id: 'last', title: 'Last 1:1' },
  { id: 'next', title: 'Next due' },
  { id: 'state', title: 'State' },
  { id: 'theirs', title: 'Theirs' },
  { id: 'mine', title: 'Mine' },
];

/** Everyone, most urgent first, as the overview lists them on `today`. */
export function overviewRows(index: VaultIndex, today: CalendarDay, dueSoonDays?: number): OverviewRow[] {
  return peopleByUrgency(index, today, dueSoonDays).map((status, urgency) => {
    const { person, cadence, open } = status;
    const problems = index.problemsOf(person.path).map(problemLine);
    const count = problems.length === 0 ? null : problemCount(problems.length);
    const label = `Open the 1:1 view for ${person.name}`;
    return {
      path: person.path,
      name: person.name,
      aliases: person.aliases,
      role: person.role,
      cadence: person.cadence.status === 'valid' ? formatCadence(person.cadence.cadence) : null,
      cadenceDays: person.cadence.status === 'valid' ? cadenceDays(person.cadence.cadence) : null,
      lastMet: cadence.lastMet,
      nextDue: cadence.nextDue,
      state: cadence.state,
      chip: stateChip(status, today),
      theirs: open.theirs,
      mine: open.mine,
      moods: moodTrend(index.meetingsOf(person.path), today).map((point) => point.mood),
      urgency,
      daysOverdue: cadence.daysOverdue,
      problems,
      problemCount: count,
      label: count === null ? label : `${label}. ${count}: ${problems.map((line) => line.text).join('; ')}`,
    };
  });
}

/** Every problem line of the meeting notes that belong to nobody, with why each belongs to nobody. */
export function unattributedLines(index: VaultIndex): ProblemLine[] {
  return unattributedNotes(index.unattributedProblems()).flatMap((note) => note.lines);
}

type Key = string | number | null | readonly (string | number)[];

const STATE_RANK: readonly CadenceState[] = ['overdue', 'due', 'due-soon', 'never-met', 'invalid-cadence', 'on-track', 'no-cadence', 'paused'];

/**
 * The State column's order, as its chips read: the states in order of urgency, then the most days
 * overdue first (overdue, due), or the soonest next date first (due soon, on track).
 */
function stateKey(row: OverviewRow): readonly (string | number)[] {
  const rank = STATE_RANK.indexOf(row.state);
  if (row.state === 'overdue' || row.state === 'due') return [rank, -(row.daysOverdue ?? 0), ''];
  return [rank, 0, row.nextDue ?? ''];
}

function compareKeys(x: Exclude<Key, null>, y: Exclude<Key, null>): number {
  if (Array.isArray(x) && Array.isArray(y)) {
    for (let i = 0; i < x.length; i++) {
      const order = compareKeys(x[i] as string | number, y[i] as string | number);
      if (order !== 0) return order;
    }
    return 0;
  }
  return x < y ? -1 : x > y ? 1 : 0;
}

function keyOf(row: OverviewRow, column: OverviewColumn): Key {
  switch (column) {
    case 'name':
      return row.name.toLowerCase();
    case 'role':
      return row.role?.toLowerCase() ?? null;
    case 'cadence':
      return row.cadenceDays;
    case 'last':
      return row.lastMet;
    case 'next':
      return row.nextDue;
    case 'state':
      return stateKey(row);
    case 'theirs':
      return row.theirs;
    case 'mine':
      return row.mine;
  }
}

/** Sorted by one column; empty values always last, ties by name (then path). Never mutates `rows`. */
export function sortOverview(rows: readonly OverviewRow[], sort: OverviewSort): OverviewRow[] {
  const sign = sort.descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const [x, y] = [keyOf(a, sort.column), keyOf(b, sort.column)];
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
    } else {
      const order = compareKeys(x, y);
      if (order !== 0) return order * sign;
    }
    return a.name.localeCompare(b.name) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  });
}

/**
 * Rows whose name or an alias holds every typed word, in any order, case and accents ignored
 * (`wrob luk` finds Łukasz Wróbel); all rows for an empty filter.
 */
export function filterByName(rows: readonly OverviewRow[], typed: string): OverviewRow[] {
  const { words } = prepareQuery(typed);
  if (words.length === 0) return [...rows];
  return rows.filter((row) => [row.name, ...row.aliases].some((text) => {
    const { key } = prepareText(text);
    return words.every((word) => key.includes(word));
  }));
}

/** The roles present, for the filter, in alphabetical order. */
export function rolesOf(rows: readonly OverviewRow[]): string[] {
  return [...new Set(rows.map((row) => row.role).filter((role): role is string => role !== null))].sort((a, b) => a.localeCompare(b));
}

/** Rows with the given role; null keeps everyone. */
export function filterByRole(rows: readonly OverviewRow[], role: string | null): OverviewRow[] {
  return role === null ? [...rows] : rows.filter((row) => row.role === role);
}

/** Clicking a column's header: sort by it (counts most first), or flip the direction when it already is. */
export function nextSort(current: OverviewSort, column: OverviewColumn): OverviewSort {
  if (current.column === column) return { column, descending: !current.descending };
  return { column, descending: column === 'theirs' || column === 'mine' };
}
