import { addDays, calendarDay, type CalendarDay } from '../calendar/dates';

const WRITTEN_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Two weeks: long enough to cover a holiday, short enough that nobody is forgotten. */
export const DEFAULT_SNOOZE_DAYS = 14;

export function defaultSnoozeUntil(today: CalendarDay): CalendarDay {
  return addDays(today, DEFAULT_SNOOZE_DAYS);
}

/**
 * Reads the "Snooze until…" date. Only `YYYY-MM-DD` is accepted: it is what `paused` holds, and a
 * day typed any other way could be read in the wrong order. The day must be after today, because
 * `paused` with today's date or earlier pauses nothing.
 */
export function parseSnoozeDate(input: string, today: CalendarDay): { day: CalendarDay } | { problem: string } {
  const match = WRITTEN_DAY.exec(input.trim());
  if (!match) return { problem: 'Enter the date as year-month-day, for example 2027-01-10.' };
  const day = calendarDay(Number(match[1]), Number(match[2]), Number(match[3]));
  if (day === null) return { problem: `${input.trim()} is not a day in the calendar.` };
  if (day <= today) return { problem: 'Choose a day after today: a pause that has already ended pauses nothing.' };
  return { day };
}
