import { addDays, daysBetween, parseCalendarDay, toLocalDate, type CalendarDay } from './dates';
import { formatDay } from './date-format';
import { plural } from './day-text';

/**
 * A day as someone types it for a 1:1 not held today: `2026-11-26`, `today`, `yesterday`,
 * `tomorrow`, a weekday (`thursday` is the next one, today included; `last thu` the one before
 * today, `next thu` the one after today), `in 3 days`, `2 weeks ago`. Case and extra spaces do not
 * matter; anything else is refused with the forms that work.
 */

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** A span at most this many days away: a typo (`in 300 weeks`) should not plan a 1:1 for 2032. */
const MAX_DAYS = 3660;
const FORMS = 'YYYY-MM-DD, today, yesterday, tomorrow, thursday, last thursday, next thursday, in 3 days or 2 weeks ago';

function weekday(word: string): number {
  return word.length < 3 ? -1 : WEEKDAYS.findIndex((name) => name.startsWith(word));
}

function offset(text: string, today: CalendarDay): number | null {
  if (text === '' || text === 'today') return 0;
  if (text === 'yesterday') return -1;
  if (text === 'tomorrow') return 1;
  const span = /^(?:in (\d{1,4}) (day|week)s?|(\d{1,4}) (day|week)s? ago)$/.exec(text);
  if (span) {
    const ahead = span[1] !== undefined;
    const days = Number(ahead ? span[1] : span[3]) * ((ahead ? span[2] : span[4]) === 'week' ? 7 : 1);
    return ahead ? days : -days;
  }
  const named = /^(?:(last|next|this) )?([a-z]+)$/.exec(text);
  const wanted = named ? weekday(named[2] ?? '') : -1;
  if (!named || wanted === -1) return null;
  const forward = (wanted - toLocalDate(today).getDay() + 7) % 7;
  if (named[1] === 'last') return forward - 7;
  return named[1] === 'next' && forward === 0 ? 7 : forward;
}

export function readTypedDay(typed: string, today: CalendarDay): { readonly day: CalendarDay } | { readonly problem: string } {
  const text = typed.trim().toLowerCase().replace(/\s+/g, ' ');
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const day = parseCalendarDay(text);
    return day === null ? { problem: `${text} is not a day of the calendar` } : { day };
  }
  const days = offset(text, today);
  if (days === null) return { problem: `"${typed.trim()}" is not a day: type ${FORMS}` };
  if (Math.abs(days) > MAX_DAYS) return { problem: `"${typed.trim()}" is more than 10 years away` };
  return { day: addDays(today, days) };
}

/** A day as people say it: "Monday, November 30, 2026". */
export function dayInWords(day: CalendarDay): string {
  return formatDay(day, 'dddd, MMMM D, YYYY');
}

/** What a start for the day will do, in words: "Thursday, November 26, 2026 · in 3 days: planned, nothing carried yet". */
export function startDayText(day: CalendarDay, today: CalendarDay): string {
  const days = daysBetween(today, day);
  const when = dayInWords(day);
  if (days === 0) return `${when} · today`;
  if (days > 0) return `${when} · ${days === 1 ? 'tomorrow' : `in ${plural(days, 'day')}`}: a planned 1:1 with the agenda; open items are carried on the day`;
  return `${when} · ${days === -1 ? 'yesterday' : `${plural(-days, 'day')} ago`}: carries what was open in the 1:1s before it`;
}
