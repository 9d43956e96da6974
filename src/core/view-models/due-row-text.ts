import { formatCadence } from '../cadence/cadence';
import { daysBetween, type CalendarDay } from '../calendar/dates';
import { plural, shortDate, timeAgo } from '../calendar/day-text';
import type { PersonStatus } from '../cadence/urgency';
import { meetingTarget } from '../meetings/meetings';

/** The chip's colour, by meaning; the view maps each to an Obsidian colour variable. */
export type ChipTone = 'accent' | 'red' | 'yellow' | 'orange' | 'green' | 'muted';

export interface DueRowText {
  /** "Last 1:1 23 days ago · weekly". */
  readonly meta: string;
  readonly chip: { readonly label: string; readonly tone: ChipTone };
  /** "Cancelled Nov 6, not rescheduled", shown beside the state. */
  readonly flag: string | null;
  /** "3 theirs · 1 mine": open action items in this person's meetings; null when none. */
  readonly open: string | null;
  /** "2 waiting > 14 days", shown after the open items; null when nothing of theirs is waiting. */
  readonly waiting: string | null;
  /** Today's 1:1 (its note, or its section in a running note) and what its link says ("Today's note · 3 agenda points"); null when there is none. */
  readonly today: { readonly path: string; readonly label: string } | null;
}

/** What the link to today's note says: that it is today's, and how many points its agenda holds. */
export function todayLabel(agenda: number): string {
  return agenda === 0 ? "Today's note · no agenda yet" : `Today's note · ${plural(agenda, 'agenda point')}`;
}

/** The state as every surface words and colours it: "14 days overdue", "Next Dec 3", "1:1 today". */
export function stateChip(status: PersonStatus, today: CalendarDay): DueRowText['chip'] {
  const { cadence, person } = status;
  if (status.today !== null) return { label: status.today.meeting.status === 'planned' ? '1:1 planned today' : '1:1 today', tone: 'accent' };
  switch (cadence.state) {
    case 'overdue':
      return { label: `${plural(cadence.daysOverdue ?? 0, 'day')} overdue`, tone: 'red' };
    case 'due':
      return { label: cadence.daysOverdue === null ? 'Due today' : `Due ${timeAgo(cadence.daysOverdue)}`, tone: 'yellow' };
    case 'due-soon': {
      const days = cadence.nextDue === null ? 0 : daysBetween(today, cadence.nextDue);
      return { label: days === 1 ? 'Due tomorrow' : `Due in ${days} days`, tone: 'muted' };
    }
    case 'never-met':
      return { label: 'Never met', tone: 'orange' };
    case 'invalid-cadence':
      return { label: 'Unreadable cadence', tone: 'orange' };
    case 'on-track':
      return { label: cadence.nextDue === null ? 'On track' : `Next ${shortDate(cadence.nextDue, today)}`, tone: 'green' };
    case 'no-cadence':
      return { label: 'No cadence', tone: 'muted' };
    case 'paused':
      return { label: person.paused.kind === 'until' ? `Paused until ${shortDate(person.paused.until, today)}` : 'Paused', tone: 'muted' };
  }
}

/** What one row of the sidebar says about a person, on `today`; `waiting` is their `waitingLabel`. */
export function dueRowText(status: PersonStatus, today: CalendarDay, waiting: string | null = null): DueRowText {
  const { cadence, person, open } = status;
  const last = cadence.lastMet === null ? 'No 1:1 yet' : `Last 1:1 ${timeAgo(daysBetween(cadence.lastMet, today))}`;
  const rhythm = person.cadence.status === 'valid' ? formatCadence(person.cadence.cadence) : person.cadence.status === 'missing' ? 'no cadence' : null;
  const cancelled = cadence.cancelledNotRescheduled;
  const openParts = [
    open.theirs > 0 ? `${open.theirs} theirs` : '',
    open.mine > 0 ? `${open.mine} mine` : '',
    open.unassigned > 0 ? `${open.unassigned} unassigned` : '',
  ].filter((part) => part !== '');
  return {
    meta: rhythm === null ? last : `${last} · ${rhythm}`,
    chip: stateChip(status, today),
    flag: cancelled === null ? null : `Cancelled ${shortDate(cancelled, today)}, not rescheduled`,
    open: openParts.length === 0 ? null : `Open items: ${openParts.join(' · ')}`,
    waiting,
    today: status.today === null ? null : { path: meetingTarget(status.today.meeting), label: todayLabel(status.today.agenda.length) },
  };
}
