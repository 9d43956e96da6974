import { isOpenState } from '../tasks/actions';
import { peopleByUrgency, type PersonStatus } from '../cadence/urgency';
import type { IndexedMeeting, VaultIndex } from '../index/vault-index';
import { sinceDay } from './evaluate-actions';
import { newestDayFirst } from '../calendar/dates';
import { newestMeetingFirst } from '../meetings/meetings';
import { resolvePersonRefs, type QueryContext } from './query-context';
import { noteName } from '../markdown/note-paths';
import type { Query, QueryProblem } from './query-types';

export interface PeopleResult {
  readonly kind: 'people';
  readonly rows: readonly PersonStatus[];
  readonly total: number;
}

export interface MeetingRow {
  readonly meeting: IndexedMeeting;
  /** Display names of the meeting's people, or what the note names when no person note matches. */
  readonly people: readonly string[];
  readonly openCount: number;
}

export interface MeetingsResult {
  readonly kind: 'meetings';
  readonly rows: readonly MeetingRow[];
  readonly total: number;
}

type Problems = { kind: 'problems'; problems: readonly QueryProblem[] };

function limited<T>(rows: T[], limit: number | null): T[] {
  return limit === null ? rows : rows.slice(0, limit);
}

/** People, most urgent first unless sorted otherwise: the overview as a table. */
export function evaluatePeople(index: VaultIndex, query: Query, context: QueryContext): PeopleResult | Problems {
  const persons = query.persons ? resolvePersonRefs(index, query.persons, context.sourcePath) : { value: null };
  if ('problems' in persons) return { kind: 'problems', problems: persons.problems };
  const wanted = persons.value === null ? null : new Set(persons.value);
  const roles = query.roles;
  const rows = peopleByUrgency(index, context.today, context.dueSoonDays).filter((status) => {
    if (wanted && !wanted.has(status.person.path)) return false;
    if (query.states && !query.states.includes(status.cadence.state)) return false;
    if (roles) {
      const own = (status.person.role ?? '').toLowerCase().split(',').map((r) => r.trim().replace(/[\s_-]+/g, ' '));
      if (!roles.some((role) => own.includes(role))) return false;
    }
    return true;
  });
  const sort = query.sort;
  if (sort && sort.key !== 'due') {
    const compare =
      sort.key === 'person'
        ? (a: PersonStatus, b: PersonStatus) => a.person.name.localeCompare(b.person.name)
        : (a: PersonStatus, b: PersonStatus) => newestDayFirst(a.cadence.lastMet, b.cadence.lastMet);
    rows.sort(compare);
  }
  // Urgency and names read top-down; dates newest first. An explicit direction against that reverses.
  if (sort?.descending === (sort?.key !== 'date')) rows.reverse();
  return { kind: 'people', rows: limited(rows, query.limit), total: rows.length };
}

function allMeetings(index: VaultIndex, personPaths: readonly string[] | null): IndexedMeeting[] {
  // Each meeting once (a group meeting is in several people's lists); a running note holds several.
  const seen = new Set<IndexedMeeting>();
  const paths = personPaths ?? index.allPeople().map((person) => person.path);
  for (const path of paths) for (const meeting of index.meetingsOf(path)) seen.add(meeting);
  if (personPaths === null) for (const meeting of index.unresolvedMeetings()) seen.add(meeting);
  return [...seen.values()];
}

/** Meetings, newest first unless sorted otherwise, with their open task counts. */
export function evaluateMeetings(index: VaultIndex, query: Query, context: QueryContext): MeetingsResult | Problems {
  const persons = query.persons ? resolvePersonRefs(index, query.persons, context.sourcePath) : { value: null };
  if ('problems' in persons) return { kind: 'problems', problems: persons.problems };
  const since = query.since ? sinceDay(query.since, context.today) : null;
  const rows: MeetingRow[] = [];
  for (const meeting of allMeetings(index, persons.value)) {
    const { date, status } = meeting.meeting;
    if (since !== null && (date === null || date < since)) continue;
    if (query.meetingStatus && !query.meetingStatus.includes(status)) continue;
    const people = meeting.peoplePaths.length > 0 ? meeting.peoplePaths.map((p) => index.getPerson(p)?.name ?? noteName(p)) : meeting.meeting.personRefs;
    rows.push({ meeting, people, openCount: meeting.actions.filter((a) => isOpenState(a.item.state) && !index.isSuperseded(a)).length });
  }
  const byDate = (a: MeetingRow, b: MeetingRow) => newestMeetingFirst(a.meeting.meeting, b.meeting.meeting);
  const byPerson = (a: MeetingRow, b: MeetingRow) => (a.people[0] ?? '').localeCompare(b.people[0] ?? '') || byDate(a, b);
  rows.sort(query.sort?.key === 'person' ? byPerson : byDate);
  const naturallyDescending = query.sort?.key !== 'person';
  if (query.sort?.descending === !naturallyDescending) rows.reverse();
  return { kind: 'meetings', rows: limited(rows, query.limit), total: rows.length };
}
