import { addCadence, defaultCadenceMax, type CadenceSetting } from './cadence';
import { daysBetween, type CalendarDay } from '../calendar/dates';
import type { MeetingStatus } from '../meetings/meetings';
import { isPausedOn, type Paused } from './paused';

/** Where a person stands, in the order DESIGN.md checks them: the first that applies wins. */
export type CadenceState =
  | 'paused'
  | 'no-cadence'
  | 'invalid-cadence'
  | 'never-met'
  | 'overdue'
  | 'due'
  | 'due-soon'
  | 'on-track';

/** The parts of a person the rules read; a parsed Person fits. */
export interface CadencePerson {
  readonly cadence: CadenceSetting;
  readonly cadenceMax: CadenceSetting;
  readonly paused: Paused;
}

/** The parts of a meeting the rules read; a parsed Meeting fits. */
export interface CadenceMeeting {
  readonly date: CalendarDay | null;
  readonly status: MeetingStatus;
}

export interface CadenceStatus {
  readonly state: CadenceState;
  /** The latest held meeting dated today or earlier. */
  readonly lastMet: CalendarDay | null;
  /** Last met + cadence; null unless the state is one of overdue, due, due-soon, on-track. */
  readonly nextDue: CalendarDay | null;
  /** Last met + cadence-max: from this day on the person is overdue. Null like `nextDue`. */
  readonly overdueFrom: CalendarDay | null;
  /** Today − next due, only when the person is due or overdue and it is positive. */
  readonly daysOverdue: number | null;
  /** The latest cancelled meeting with no held meeting on or after its date; shown beside the state. */
  readonly cancelledNotRescheduled: CalendarDay | null;
}

export const DEFAULT_DUE_SOON_DAYS = 2;

/**
 * The cadence rules of DESIGN.md §1, on calendar days; `today` comes from the injected clock.
 * One pass over the meetings and one result object: the sidebar runs this for every person on
 * every change.
 */
export function evaluateCadence(
  person: CadencePerson,
  meetings: readonly CadenceMeeting[],
  today: CalendarDay,
  dueSoonDays: number = DEFAULT_DUE_SOON_DAYS,
): CadenceStatus {
  let lastHeld: CalendarDay | null = null;
  let lastMet: CalendarDay | null = null;
  let lastCancelled: CalendarDay | null = null;
  let lastPlanned: CalendarDay | null = null;
  for (const { date, status } of meetings) {
    if (date === null) continue;
    if (status === 'held') {
      if (lastHeld === null || date > lastHeld) lastHeld = date;
      if (date <= today && (lastMet === null || date > lastMet)) lastMet = date;
    } else if (status === 'cancelled') {
      if (lastCancelled === null || date > lastCancelled) lastCancelled = date;
    } else if (status === 'planned' && (lastPlanned === null || date > lastPlanned)) {
      lastPlanned = date;
    }
  }
  // A cancelled 1:1 counts as rescheduled once a meeting is held or planned on or after its day.
  const rescheduled = lastCancelled !== null && ((lastHeld !== null && lastHeld >= lastCancelled) || (lastPlanned !== null && lastPlanned >= lastCancelled));
  const cancelledNotRescheduled = rescheduled ? null : lastCancelled;
  const result = (state: CadenceState, nextDue: CalendarDay | null = null, overdueFrom: CalendarDay | null = null, daysOverdue: number | null = null): CadenceStatus => ({
    state,
    lastMet,
    nextDue,
    overdueFrom,
    daysOverdue,
    cancelledNotRescheduled,
  });

  if (isPausedOn(person.paused, today)) return result('paused');
  const setting = person.cadence;
  if (setting.status === 'missing') return result('no-cadence');
  if (setting.status === 'invalid') return result('invalid-cadence');
  if (lastMet === null) return result('never-met');

  const max = person.cadenceMax.status === 'valid' ? person.cadenceMax.cadence : defaultCadenceMax(setting.cadence);
  const nextDue = addCadence(lastMet, setting.cadence);
  const overdueFrom = addCadence(lastMet, max);
  const late = daysBetween(nextDue, today);
  if (today >= overdueFrom) return result('overdue', nextDue, overdueFrom, late > 0 ? late : null);
  if (today >= nextDue) return result('due', nextDue, overdueFrom, late > 0 ? late : null);
  return result(-late <= Math.max(0, dueSoonDays) ? 'due-soon' : 'on-track', nextDue, overdueFrom);
}
