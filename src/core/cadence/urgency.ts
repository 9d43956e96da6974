import { cadenceDays } from './cadence';
import { evaluateCadence, type CadenceState, type CadenceStatus } from './cadence-rules';
import { daysBetween, type CalendarDay } from '../calendar/dates';
import type { Person } from '../people/people';
import type { IndexedMeeting, OpenCounts, VaultIndex } from '../index/vault-index';

/** Everything a list of people shows for one person on a given day. */
export interface PersonStatus {
  readonly person: Person;
  readonly cadence: CadenceStatus;
  /** The note of the last 1:1 held on or before the day (the one `cadence.lastMet` dates). */
  readonly lastMeeting: IndexedMeeting | null;
  /** The note of a 1:1 dated the day, held or else planned (the newest such note): today's 1:1. */
  readonly today: IndexedMeeting | null;
  readonly open: OpenCounts;
}

/** Most urgent first; within a state the ordering below applies. */
const STATE_ORDER: readonly CadenceState[] = [
  'overdue',
  'due',
  'due-soon',
  'never-met',
  'invalid-cadence',
  'on-track',
  'no-cadence',
  'paused',
];

export function personStatus(index: VaultIndex, person: Person, today: CalendarDay, dueSoonDays?: number): PersonStatus {
  const meetings = index.meetingsOf(person.path);
  const cadence = evaluateCadence(person, meetings.map((m) => m.meeting), today, dueSoonDays);
  const lastMeeting = meetings.find((m) => m.meeting.status === 'held' && m.meeting.date !== null && m.meeting.date <= today) ?? null;
  // A held note before a planned one: it is where the 1:1 is written (the view names the others).
  const dated = meetings.filter((m) => m.meeting.date === today);
  const todays = dated.find((m) => m.meeting.status === 'held') ?? dated.find((m) => m.meeting.status === 'planned') ?? null;
  return { person, cadence, lastMeeting, today: todays, open: index.openCounts(person.path) };
}

/** How late, relative to the rhythm: 14 days late on a weekly cadence beats 20 days on a monthly one. */
function lateness(status: PersonStatus, today: CalendarDay): number {
  const { cadence } = status.person;
  const lastMet = status.cadence.lastMet;
  if (cadence.status !== 'valid' || lastMet === null) return 0;
  return daysBetween(lastMet, today) / cadenceDays(cadence.cadence);
}

/**
 * Everyone, most urgent first: overdue, due, due soon, never met, unreadable cadence, on track,
 * no cadence, paused. Late people sort by lateness relative to their cadence, the rest by next due.
 */
export function peopleByUrgency(index: VaultIndex, today: CalendarDay, dueSoonDays?: number): PersonStatus[] {
  const keyed = index.allPeople().map((person) => {
    const status = personStatus(index, person, today, dueSoonDays);
    return { status, rank: STATE_ORDER.indexOf(status.cadence.state), late: lateness(status, today), next: status.cadence.nextDue ?? '9999-12-31' };
  });
  keyed.sort((a, b) => {
    if (a.rank !== b.rank) return a.rank - b.rank;
    if (a.late !== b.late) return b.late - a.late;
    if (a.next !== b.next) return a.next < b.next ? -1 : 1;
    return a.status.person.name.localeCompare(b.status.person.name);
  });
  return keyed.map((entry) => entry.status);
}
