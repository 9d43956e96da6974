import { addDays, addMonths, type CalendarDay } from '../calendar/dates';
import { describeValue } from '../markdown/frontmatter';

/** How often to meet: a number of days, or of calendar months (so "monthly" keeps the day of month). */
export type Cadence =
  | { readonly kind: 'days'; readonly days: number }
  | { readonly kind: 'months'; readonly months: number };

/** A `cadence` or `cadence-max` property as read: absent, readable, or unreadable with a warning. */
export type CadenceSetting =
  | { readonly status: 'missing' }
  | { readonly status: 'valid'; readonly cadence: Cadence }
  | { readonly status: 'invalid'; readonly problem: string };

const HINT = 'try weekly, biweekly, monthly, 2w, 10d';
// Far beyond any real 1:1 rhythm; stops a typo like `7000d` from meaning "never due".
const MAX_COUNT = 1000;

const NAMED: Readonly<Record<string, Cadence>> = {
  daily: { kind: 'days', days: 1 },
  weekly: { kind: 'days', days: 7 },
  biweekly: { kind: 'days', days: 14 },
  'bi-weekly': { kind: 'days', days: 14 },
  fortnightly: { kind: 'days', days: 14 },
  monthly: { kind: 'months', months: 1 },
  quarterly: { kind: 'months', months: 3 },
  yearly: { kind: 'months', months: 12 },
  annually: { kind: 'months', months: 12 },
};

const COUNTED = /^(every )?(other |\d+ ?)?(d|days?|w|wks?|weeks?|m|mos?|months?|y|yrs?|years?)$/;

function build(count: number, unit: string): Cadence {
  switch (unit.charAt(0)) {
    case 'd':
      return { kind: 'days', days: count };
    case 'w':
      return { kind: 'days', days: count * 7 };
    case 'm':
      return { kind: 'months', months: count };
    default:
      return { kind: 'months', months: count * 12 };
  }
}

function parseText(text: string): Cadence | 'zero' | null {
  const normal = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const named = Object.prototype.hasOwnProperty.call(NAMED, normal) ? NAMED[normal] : undefined;
  if (named) return named;
  const match = COUNTED.exec(normal);
  if (!match) return null;
  const [, every, countText, unit = ''] = match;
  // "2 weeks" and "every 2 weeks" read naturally; a bare "week" or a one-letter "every d" does not.
  if (countText === undefined && every === undefined) return null;
  if (countText === undefined && unit.length === 1) return null;
  if (countText === 'other ' && every === undefined) return null;
  const count = countText === undefined ? 1 : countText === 'other ' ? 2 : Number(countText);
  if (count === 0) return 'zero';
  return count > MAX_COUNT ? null : build(count, unit);
}

/**
 * Reads `cadence` or `cadence-max` (named by `property` in warnings): `weekly`, `biweekly`,
 * `fortnightly`, `monthly`, `quarterly`, `every 3 weeks`, `every 10 days`, `10d`, `2w`, `1m`, any case.
 * Absent is "no cadence"; an empty value, a bare number, zero, a list or free text is unreadable.
 */
export function parseCadence(value: unknown, property = 'cadence'): CadenceSetting {
  if (value === undefined) return { status: 'missing' };
  const invalid = (problem: string): CadenceSetting => ({ status: 'invalid', problem });
  if (value === null || (typeof value === 'string' && value.trim() === '')) {
    return invalid(`${property} is empty (${HINT})`);
  }
  if (Array.isArray(value)) return invalid(`${property} is a list; give one value (${HINT})`);
  if (typeof value === 'number' && Number.isInteger(value) && value > 0) {
    return invalid(`${property} ${value} has no unit (try ${value}d or ${value}w)`);
  }
  if (typeof value !== 'string') {
    return invalid(`${property} ${describeValue(value)} is not a cadence (${HINT})`);
  }
  const cadence = parseText(value);
  if (cadence === 'zero') return invalid(`${property} ${describeValue(value)} must be at least 1 day`);
  if (cadence === null) return invalid(`${property} ${describeValue(value)} is not a cadence (${HINT})`);
  return { status: 'valid', cadence };
}

/** Length in days for comparisons and the default cadence-max: a month counts as 30 days. */
export function cadenceDays(cadence: Cadence): number {
  return cadence.kind === 'days' ? cadence.days : cadence.months * 30;
}

/** The day one cadence after `day`: days are added, months are calendar months (Jan 31 → Feb 28). */
export function addCadence(day: CalendarDay, cadence: Cadence): CalendarDay {
  return cadence.kind === 'days' ? addDays(day, cadence.days) : addMonths(day, cadence.months);
}

/** `cadence-max` when none is given: 1.5 × the cadence in days, rounded up. */
export function defaultCadenceMax(cadence: Cadence): Cadence {
  return { kind: 'days', days: Math.ceil(cadenceDays(cadence) * 1.5) };
}

const WORDS: Readonly<Record<string, string>> = {
  'days:1': 'daily',
  'days:7': 'weekly',
  'days:14': 'biweekly',
  'months:1': 'monthly',
  'months:3': 'quarterly',
  'months:12': 'yearly',
};

/** How a cadence reads in the interface and in templates: "weekly", "every 3 weeks", "every 10 days". */
export function formatCadence(cadence: Cadence): string {
  const count = cadence.kind === 'days' ? cadence.days : cadence.months;
  const word = WORDS[`${cadence.kind}:${count}`];
  if (word !== undefined) return word;
  if (cadence.kind === 'months') return `every ${count} months`;
  return count % 7 === 0 ? `every ${count / 7} weeks` : `every ${count} days`;
}
