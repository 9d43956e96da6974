/**
 * `{{date:FORMAT}}` with the moment.js tokens Obsidian's core Templates plugin uses (`YYYY-MM-DD`,
 * `ddd`, `MMMM Do`, `[week] W`…), in English. Text in `[brackets]` is literal.
 */
import { dayOfDate, dayOfYear, isoWeek } from './dates';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const TOKENS = /\[[^\]]*\]|YYYY|YY|Q|MMMM|MMM|MM|Mo|M|DDDD|DDD|Do|DD|D|dddd|ddd|dd|d|E|WW|W|HH|H|hh|h|mm|m|ss|s|A|a/g;

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

function token(date: Date, t: string): string {
  const month = date.getMonth();
  const weekday = date.getDay();
  const hours = date.getHours();
  switch (t) {
    case 'YYYY': return pad(date.getFullYear(), 4);
    case 'YY': return pad(date.getFullYear() % 100);
    case 'Q': return String(Math.floor(month / 3) + 1);
    case 'MMMM': return MONTHS[month] ?? '';
    case 'MMM': return (MONTHS[month] ?? '').slice(0, 3);
    case 'MM': return pad(month + 1);
    case 'Mo': return ordinal(month + 1);
    case 'M': return String(month + 1);
    case 'DDDD': return pad(dayOfYear(dayOfDate(date)), 3);
    case 'DDD': return String(dayOfYear(dayOfDate(date)));
    case 'Do': return ordinal(date.getDate());
    case 'DD': return pad(date.getDate());
    case 'D': return String(date.getDate());
    case 'dddd': return DAYS[weekday] ?? '';
    case 'ddd': return (DAYS[weekday] ?? '').slice(0, 3);
    case 'dd': return (DAYS[weekday] ?? '').slice(0, 2);
    case 'd': return String(weekday);
    case 'E': return String(weekday || 7);
    case 'WW': return pad(isoWeek(dayOfDate(date)));
    case 'W': return String(isoWeek(dayOfDate(date)));
    case 'HH': return pad(hours);
    case 'H': return String(hours);
    case 'hh': return pad(hours % 12 || 12);
    case 'h': return String(hours % 12 || 12);
    case 'mm': return pad(date.getMinutes());
    case 'm': return String(date.getMinutes());
    case 'ss': return pad(date.getSeconds());
    case 's': return String(date.getSeconds());
    case 'A': return hours < 12 ? 'AM' : 'PM';
    case 'a': return hours < 12 ? 'am' : 'pm';
    default: return t.startsWith('[') ? t.slice(1, -1) : t;
  }
}

export function formatDate(date: Date, format: string): string {
  return format.replace(TOKENS, (t) => token(date, t));
}

/** A calendar day in the given format, read at local noon so no time zone can move it. */
export function formatDay(day: string, format: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return formatDate(new Date(year ?? 2000, (month ?? 1) - 1, date ?? 1, 12), format);
}
