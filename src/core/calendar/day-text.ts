/**
 * Every way a surface words a day or a span of days: "Nov 6" (with the year when it is not this
 * year's), "23 days ago", "asked 3 weeks ago", "1 day".
 */
import { daysBetween, type CalendarDay } from './dates';
import { formatDay } from './date-format';

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** "1 day", "14 days". */
export function dayCount(days: number): string {
  return plural(days, 'day');
}

/** "Nov 6", with the year only when it is not this year's: lists and chips have little room. */
export function shortDate(day: CalendarDay, today: CalendarDay): string {
  const text = formatDay(day, 'MMM D');
  return day.slice(0, 4) === today.slice(0, 4) ? text : `${text}, ${day.slice(0, 4)}`;
}

/** "today", "yesterday", "23 days ago", then months and years once days stop being readable. */
export function timeAgo(days: number): string {
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 60) return `${days} days ago`;
  if (days < 365) return `${plural(Math.floor(days / 30), 'month')} ago`;
  return `${plural(Math.floor(days / 365), 'year')} ago`;
}

/** "asked today", "asked 3 weeks ago", … for a question asked on `day`. */
export function askedAgo(day: CalendarDay, today: CalendarDay): string {
  const days = daysBetween(day, today);
  if (days <= 0) return 'asked today';
  if (days === 1) return 'asked yesterday';
  if (days < 14) return `asked ${days} days ago`;
  if (days < 60) return `asked ${Math.round(days / 7)} weeks ago`;
  if (days < 365) return `asked ${Math.round(days / 30)} months ago`;
  return 'asked over a year ago';
}
