import { linkTarget, yamlLinkText } from '../people/names';
import { noteName } from '../markdown/note-paths';

/**
 * A calendar day written `YYYY-MM-DD`. Kept as the string the user wrote so that it compares and
 * sorts with `<`, serialises as itself, and can never drift by a time-zone offset.
 */
export type CalendarDay = string & { readonly calendarDayBrand: unique symbol };

/** The source of "now", injected so that rules and tests never read the system clock. */
export type Clock = () => Date;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
// The written calendar date wins over any time or offset that follows it.
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const DAY_IN_TEXT = /\d{4}-\d{2}-\d{2}/g;

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** The day for a year, month (1–12) and day of month, or null when no such day exists. */
export function calendarDay(year: number, month: number, day: number): CalendarDay | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  return day > monthLength(year, month) ? null : format(year, month, day);
}

function monthLength(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function format(year: number, month: number, day: number): CalendarDay {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as CalendarDay;
}

function fromWritten(text: string): CalendarDay | null {
  const match = DAY.exec(text);
  if (!match) return null;
  return calendarDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

function unquote(text: string): string {
  const first = text.charAt(0);
  if (text.length >= 2 && (first === '"' || first === "'") && text.endsWith(first)) {
    return text.slice(1, -1).trim();
  }
  return text;
}

function parseDayText(raw: string): CalendarDay | null {
  let text = unquote(raw.trim());
  if (text.startsWith('[[')) {
    const target = linkTarget(text);
    text = noteName(target);
  }
  const dateTime = DATE_TIME.exec(text);
  return fromWritten(dateTime?.[1] ?? text);
}

/**
 * Reads a date property the way users and parsers write it: `2026-01-05`, a datetime with a time
 * and offset (the written date counts), a `[[2026-01-05]]` link (YAML turns an unquoted one into
 * `[["2026-01-05"]]`), or a Date from a YAML parser, which means UTC midnight of that day.
 * Anything else — numbers, empty values, impossible days — is null, never today.
 */
export function parseCalendarDay(value: unknown): CalendarDay | null {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    return calendarDay(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  if (typeof value === 'string') return parseDayText(value);
  if (Array.isArray(value) && value.length === 1) {
    const link = yamlLinkText(value[0]);
    if (link !== null) return parseDayText(link);
  }
  return null;
}

/** The first real `YYYY-MM-DD` in a file name that is not part of a longer run of digits. */
export function dayInFileName(name: string): CalendarDay | null {
  for (const match of name.matchAll(DAY_IN_TEXT)) {
    const start = match.index;
    const end = start + match[0].length;
    if (/\d/.test(name.charAt(start - 1)) || /\d/.test(name.charAt(end))) continue;
    const day = fromWritten(match[0]);
    if (day) return day;
  }
  return null;
}

/**
 * Local noon of the day, for formatting: noon stays inside the same calendar day
 * whatever a daylight-saving change does to the hours around midnight.
 */
export function toLocalDate(day: CalendarDay): Date {
  const { year, month, date } = partsOf(day);
  const local = new Date(2000, month - 1, date, 12);
  // The Date constructor maps years 0–99 to 1900–1999.
  local.setFullYear(year);
  return local;
}

/** Today in the user's local time zone. */
export function today(clock: Clock): CalendarDay {
  const now = clock();
  return format(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

function partsOf(day: CalendarDay): { year: number; month: number; date: number } {
  return { year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)), date: Number(day.slice(8, 10)) };
}

/** The calendar day a local date falls on. */
export function dayOfDate(date: Date): CalendarDay {
  return format(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

// Calendar arithmetic counts whole days in UTC, where no daylight-saving change moves a day.
const DAY_MS = 86_400_000;

function dayNumber(day: CalendarDay): number {
  const { year, month, date } = partsOf(day);
  const utc = new Date(0);
  // setUTCFullYear, unlike Date.UTC, keeps years 0–99 as written.
  utc.setUTCFullYear(year, month - 1, date);
  return Math.round(utc.getTime() / DAY_MS);
}

function fromDayNumber(days: number): CalendarDay {
  const utc = new Date(days * DAY_MS);
  return format(utc.getUTCFullYear(), utc.getUTCMonth() + 1, utc.getUTCDate());
}

export function addDays(day: CalendarDay, days: number): CalendarDay {
  return fromDayNumber(dayNumber(day) + days);
}

/** Calendar months; a day past the end of the target month becomes its last day (Jan 31 → Feb 28). */
export function addMonths(day: CalendarDay, months: number): CalendarDay {
  const { year, month, date } = partsOf(day);
  const index = year * 12 + month - 1 + months;
  const [toYear, toMonth] = [Math.floor(index / 12), (index % 12) + 1];
  return format(toYear, toMonth, Math.min(date, monthLength(toYear, toMonth)));
}

/** `to − from` in calendar days: positive when `to` is later. */
export function daysBetween(from: CalendarDay, to: CalendarDay): number {
  return dayNumber(to) - dayNumber(from);
}

/** The day's place in its year, from 1. */
export function dayOfYear(day: CalendarDay): number {
  return daysBetween(`${day.slice(0, 4)}-01-01` as CalendarDay, day) + 1;
}

/** The ISO 8601 week number: weeks start on Monday, and week 1 holds the year's first Thursday. */
export function isoWeek(day: CalendarDay): number {
  const days = dayNumber(day);
  // Day 0 (1970-01-01) was a Thursday: this is 0 on Mondays.
  const fromMonday = (((days + 3) % 7) + 7) % 7;
  const thursday = fromDayNumber(days - fromMonday + 3);
  return Math.floor(daysBetween(`${thursday.slice(0, 4)}-01-01` as CalendarDay, thursday) / 7) + 1;
}

/** Newest day first; no day last. */
export function newestDayFirst(a: CalendarDay | null, b: CalendarDay | null): number {
  return a === b ? 0 : a === null ? 1 : b === null ? -1 : b.localeCompare(a);
}
