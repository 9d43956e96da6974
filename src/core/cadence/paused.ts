import { parseCalendarDay, type CalendarDay } from '../calendar/dates';
import { describeValue } from '../markdown/frontmatter';

/** Whether 1:1s with a person are on hold: not at all, until further notice, or until a day. */
export type Paused =
  | { readonly kind: 'no' }
  | { readonly kind: 'indefinitely' }
  | { readonly kind: 'until'; readonly until: CalendarDay };

export interface PausedReading {
  readonly paused: Paused;
  readonly problem: string | null;
}

const NOT_PAUSED: PausedReading = { paused: { kind: 'no' }, problem: null };

/**
 * Reads `paused`: `true`, `false`, or a date until which no 1:1 is expected. An unreadable value
 * warns and leaves the person active, because hiding someone by mistake is worse than a red row.
 */
export function parsePaused(value: unknown): PausedReading {
  if (value === undefined || value === null || value === false) return NOT_PAUSED;
  if (value === true) return { paused: { kind: 'indefinitely' }, problem: null };
  if (typeof value === 'string') {
    const word = value.trim().toLowerCase();
    if (word === '' || word === 'false' || word === 'no') return NOT_PAUSED;
    if (word === 'true' || word === 'yes') return { paused: { kind: 'indefinitely' }, problem: null };
  }
  const until = parseCalendarDay(value);
  if (until !== null) return { paused: { kind: 'until', until }, problem: null };
  return {
    paused: { kind: 'no' },
    problem: `paused ${describeValue(value)} is not true, false or a date (YYYY-MM-DD)`,
  };
}

/** Paused on `today`: always when indefinitely, and while the given date is still ahead. */
export function isPausedOn(paused: Paused, today: CalendarDay): boolean {
  if (paused.kind === 'indefinitely') return true;
  return paused.kind === 'until' && paused.until > today;
}
