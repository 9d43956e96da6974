import type { ActionState } from '../tasks/actions';
import { addDays, daysBetween, newestDayFirst, type CalendarDay } from '../calendar/dates';
import { shortDate } from '../calendar/day-text';
import type { IndexedAction, IndexedMeeting, VaultIndex } from '../index/vault-index';
import { meetingTarget } from '../meetings/meetings';
import { actionRow, displayText, type ActionRow } from './action-rows';
import { resolveOwnerName, resolvePersonRefs, type QueryContext, type Resolved } from './query-context';
import { noteName } from '../markdown/note-paths';
import type { ActionStatus, AgeFilter, DueFilter, GroupKey, Query, QueryProblem, SinceFilter, SortOrder } from './query-types';

export interface ActionGroup {
  readonly key: string;
  /** Empty for `group: none`. */
  readonly title: string;
  /** The note the title links to (a person or a meeting), or null. */
  readonly link: string | null;
  readonly rows: readonly ActionRow[];
}

export interface ActionsResult {
  readonly kind: 'actions';
  /** How the groups were made: as asked, or the default for the query. */
  readonly group: GroupKey;
  readonly groups: readonly ActionGroup[];
  /** Matching tasks before `limit`. */
  readonly total: number;
}

const STATES_OF: Record<ActionStatus, readonly ActionState[]> = {
  open: ['open', 'in-progress'],
  done: ['done'],
  dropped: ['dropped'],
  carried: ['carried'],
};

// 1970-01-05 was a Monday: weeks run Monday to Sunday, as ISO 8601 has them.
const A_MONDAY = '1970-01-05' as CalendarDay;

function dueMatches(filter: DueFilter, due: CalendarDay | null, today: CalendarDay): boolean {
  switch (filter.kind) {
    case 'none':
      return due === null;
    case 'any':
      return due !== null;
    case 'overdue':
      return due !== null && due < today;
    case 'today':
      return due === today;
    case 'this-week': {
      const monday = addDays(today, -(((daysBetween(A_MONDAY, today) % 7) + 7) % 7));
      return due !== null && due >= monday && due <= addDays(monday, 6);
    }
    case 'next-7-days':
      return due !== null && due >= today && due <= addDays(today, 7);
    case 'before':
      return due !== null && due < filter.day;
    case 'after':
      return due !== null && due > filter.day;
  }
}

function ageMatches(filter: AgeFilter, age: number | null): boolean {
  if (age === null) return false;
  switch (filter.op) {
    case '>=':
      return age >= filter.days;
    case '>':
      return age > filter.days;
    case '<':
      return age < filter.days;
    case '<=':
      return age <= filter.days;
  }
}

export function sinceDay(filter: SinceFilter, today: CalendarDay): CalendarDay {
  return filter.kind === 'day' ? filter.day : addDays(today, -filter.days);
}

/** The meetings whose tasks are in scope: those with the named people, or every meeting. */
function meetingsInScope(index: VaultIndex, personPaths: readonly string[] | null): IndexedMeeting[] {
  // Each meeting once (a group meeting is in several people's lists); a running note holds several.
  const seen = new Set<IndexedMeeting>();
  const add = (meeting: IndexedMeeting) => seen.add(meeting);
  if (personPaths) for (const path of personPaths) index.meetingsOf(path).forEach(add);
  else {
    for (const person of index.allPeople()) index.meetingsOf(person.path).forEach(add);
    index.unresolvedMeetings().forEach(add);
  }
  return [...seen.values()];
}

function ownerTest(index: VaultIndex, query: Query): Resolved<(action: IndexedAction, meeting: IndexedMeeting) => boolean> {
  const owner = query.owner;
  if (owner === null) return { value: () => true };
  const filter = owner.value;
  switch (filter.kind) {
    case 'anyone':
      return { value: () => true };
    case 'me':
    case 'unassigned':
      return { value: (action) => action.owner.kind === filter.kind };
    case 'them':
      return { value: (action, meeting) => action.owner.kind === 'person' && meeting.peoplePaths.includes(action.owner.path) };
    case 'person': {
      const resolved = resolveOwnerName(index, filter.name, owner.line);
      if ('problems' in resolved) return resolved;
      return { value: (action) => action.owner.kind === 'person' && action.owner.path === resolved.value };
    }
  }
}

function personNameOf(index: VaultIndex, path: string): string {
  return index.getPerson(path)?.name ?? noteName(path);
}

/** The person a task is about: its owner when that is one of the meeting's people, else the meeting's first person. */
function subjectPath(row: ActionRow): string | null {
  const { owner } = row.action;
  const people = row.meeting?.peoplePaths ?? [];
  if (owner.kind === 'person' && people.includes(owner.path)) return owner.path;
  return people[0] ?? null;
}

const BY_KEY: Record<SortOrder['key'], (a: ActionRow, b: ActionRow, index: VaultIndex) => number> = {
  due: (a, b) => compareNullable(a.action.item.due, b.action.item.due),
  date: (a, b) => compareNullable(a.meeting?.meeting.date ?? null, b.meeting?.meeting.date ?? null),
  person: (a, b, index) => {
    const [x, y] = [subjectPath(a), subjectPath(b)];
    return compareNullable(x === null ? null : personNameOf(index, x), y === null ? null : personNameOf(index, y));
  },
  text: (a, b) => displayText(a.action).localeCompare(displayText(b.action)),
};

/** Missing values sort last whatever the direction. */
function compareNullable(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return Number.POSITIVE_INFINITY;
  if (b === null) return Number.NEGATIVE_INFINITY;
  return a.localeCompare(b);
}

function sortRows(rows: ActionRow[], sort: SortOrder | null, index: VaultIndex): void {
  const key = sort?.key ?? 'due';
  const descending = sort?.descending ?? key === 'date';
  const compare = BY_KEY[key];
  const notePosition = (a: ActionRow, b: ActionRow) =>
    newestDayFirst(a.meeting?.meeting.date ?? null, b.meeting?.meeting.date ?? null) ||
    a.action.meetingPath.localeCompare(b.action.meetingPath) ||
    a.action.item.line - b.action.item.line;
  rows.sort((a, b) => {
    const order = compare(a, b, index);
    const missing = !Number.isFinite(order);
    return (missing ? Math.sign(order) : descending ? -order : order) || notePosition(a, b);
  });
}

const DUE_GROUPS = [
  ['overdue', 'Overdue'],
  ['today', 'Due today'],
  ['soon', 'Due in the next 7 days'],
  ['later', 'Due later'],
  ['none', 'No due date'],
] as const;

interface GroupPlace {
  readonly key: string;
  readonly title: string;
  readonly link: string | null;
  /** Groups sort by rank, then by text. */
  readonly rank: number;
  readonly text: string;
}

function groupOf(row: ActionRow, group: GroupKey, index: VaultIndex, today: CalendarDay): GroupPlace {
  switch (group) {
    case 'none':
      return { key: '', title: '', link: null, rank: 0, text: '' };
    case 'meeting': {
      const meeting = row.meeting?.meeting;
      const people = (row.meeting?.peoplePaths ?? []).map((p) => personNameOf(index, p)).join(', ') || noteName(row.action.meetingPath);
      const title = meeting?.date ? `${people} · ${shortDate(meeting.date, today)}` : `${people} · ${noteName(row.action.meetingPath)}`;
      // Newest meeting first, undated ones last.
      const rank = meeting?.date ? -Number(meeting.date.replace(/-/g, '')) : Number.MAX_SAFE_INTEGER;
      // A running note's sections are meetings of their own: grouped apart, each link opening its section.
      const target = meeting ? meetingTarget(meeting) : row.action.meetingPath;
      return { key: target, title, link: target, rank, text: target };
    }
    case 'person': {
      const path = subjectPath(row);
      if (path === null) return { key: '', title: 'No person', link: null, rank: 1, text: '' };
      const name = personNameOf(index, path);
      return { key: path, title: name, link: path, rank: 0, text: name };
    }
    case 'owner': {
      const { owner } = row.action;
      if (owner.kind === 'me') return { key: 'me', title: 'Mine', link: null, rank: 0, text: '' };
      if (owner.kind === 'unassigned') return { key: 'unassigned', title: 'Unassigned', link: null, rank: 2, text: '' };
      const name = personNameOf(index, owner.path);
      return { key: owner.path, title: name, link: owner.path, rank: 1, text: name };
    }
    case 'due': {
      const state = row.action.item.due === null ? 'none' : (row.dueState ?? 'later');
      const at = DUE_GROUPS.findIndex(([key]) => key === state);
      return { key: state, title: DUE_GROUPS[at]?.[1] ?? '', link: null, rank: at, text: '' };
    }
  }
}

/** Filters, sorts, limits and groups the tasks a query asks for. */
export function evaluateActions(index: VaultIndex, query: Query, context: QueryContext): ActionsResult | { kind: 'problems'; problems: readonly QueryProblem[] } {
  const persons = query.persons ? resolvePersonRefs(index, query.persons, context.sourcePath) : { value: null };
  const owner = ownerTest(index, query);
  const problems = [...('problems' in persons ? persons.problems : []), ...('problems' in owner ? owner.problems : [])];
  if ('problems' in persons || 'problems' in owner) return { kind: 'problems', problems };
  const states = new Set((query.actionStatus ?? ['open']).flatMap((status) => STATES_OF[status]));
  const since = query.since ? sinceDay(query.since, context.today) : null;
  const rows: ActionRow[] = [];
  for (const meeting of meetingsInScope(index, persons.value)) {
    const date = meeting.meeting.date;
    if (since !== null && (date === null || date < since)) continue;
    for (const action of meeting.actions) {
      if (!states.has(action.item.state) || index.isSuperseded(action) || !owner.value(action, meeting)) continue;
      if (query.due && !dueMatches(query.due, action.item.due, context.today)) continue;
      const row = actionRow(index, action, meeting, context.today);
      if (query.age && !ageMatches(query.age, row.ageDays)) continue;
      rows.push(row);
    }
  }
  const total = rows.length;
  const group = query.group ?? ((persons.value?.length ?? 0) === 1 ? 'meeting' : 'person');
  const grouped = rows.map((row) => ({ row, group: groupOf(row, group, index, context.today) }));
  sortRows(rows, query.sort, index);
  const rank = new Map(rows.map((row, i) => [row, i]));
  grouped.sort(
    (a, b) =>
      a.group.rank - b.group.rank ||
      a.group.text.localeCompare(b.group.text) ||
      a.group.key.localeCompare(b.group.key) ||
      (rank.get(a.row) ?? 0) - (rank.get(b.row) ?? 0),
  );
  const kept = query.limit === null ? grouped : grouped.slice(0, query.limit);
  const groups: ActionGroup[] = [];
  for (const { row, group: g } of kept) {
    const last = groups[groups.length - 1];
    if (last && last.key === g.key) (last.rows as ActionRow[]).push(row);
    else groups.push({ key: g.key, title: g.title, link: g.link, rows: [row] });
  }
  return { kind: 'actions', group, groups, total };
}
