import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  calendarDay,
  dayInFileName,
  daysBetween,
  parseCalendarDay,
  today,
  toLocalDate,
  type CalendarDay,
} from '../../src/core/calendar/dates';

// Runs in every zone of time-zones.test.ts; nothing here may depend on the zone it runs in.
const day = (text: string): CalendarDay => {
  const parsed = parseCalendarDay(text);
  if (parsed === null) throw new Error(`bad fixture ${text}`);
  return parsed;
};

describe('parseCalendarDay', () => {
  it.each([
    ['2026-01-05', '2026-01-05'],
    ['  2026-01-05  ', '2026-01-05'],
    ['"2026-01-05"', '2026-01-05'],
    ["'2026-01-05'", '2026-01-05'],
    ['2026-01-05T09:30:00+05:30', '2026-01-05'],
    ['2026-01-05T23:59:59-08:00', '2026-01-05'],
    ['2026-01-05T00:30', '2026-01-05'],
    ['2026-01-05 09:30:00Z', '2026-01-05'],
    ['2026-01-05T09:30:00.123+0530', '2026-01-05'],
    ['[[2026-01-05]]', '2026-01-05'],
    ['"[[2026-01-05]]"', '2026-01-05'],
    ['[[Journal/2026-01-05|Monday]]', '2026-01-05'],
    ['[[2026-01-05.md]]', '2026-01-05'],
    ['2024-02-29', '2024-02-29'],
    ['2000-02-29', '2000-02-29'],
  ])('reads %j as %s', (input, expected) => {
    expect(parseCalendarDay(input)).toBe(expected);
  });

  it.each([
    '2026-02-30',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-04-31',
    '2025-02-29',
    '1900-02-29',
    '26-1-5',
    '2026-1-5',
    '2026/01/05',
    '05.01.2026',
    '',
    '   ',
    'today',
    '2026-01-05x',
    '2026-01-05T25',
    '[[not a date]]',
    '[[2026-02-30]]',
    '0000-01-01',
  ])('refuses %j', (input) => {
    expect(parseCalendarDay(input)).toBeNull();
  });

  it.each([[20260105], [0], [Number.NaN], [null], [undefined], [true], [{}], [['2026-01-05']], [new Date('x')]])(
    'refuses the non-date value %j',
    (input) => {
      expect(parseCalendarDay(input)).toBeNull();
    },
  );

  it('reads an unquoted [[2026-01-05]], which YAML turns into a list of a list', () => {
    const properties = parseYaml('date: [[2026-01-05]]') as Record<string, unknown>;
    expect(properties.date).toEqual([['2026-01-05']]);
    expect(parseCalendarDay(properties.date)).toBe('2026-01-05');
  });

  it('reads the UTC day of a Date from a YAML parser, whatever the local zone', () => {
    const properties = parseYaml('date: 2026-01-05', { schema: 'yaml-1.1' }) as Record<string, unknown>;
    expect(properties.date).toBeInstanceOf(Date);
    expect(parseCalendarDay(properties.date)).toBe('2026-01-05');
    expect(parseCalendarDay(new Date(Date.UTC(2026, 11, 31)))).toBe('2026-12-31');
  });

  it('reads strings as Obsidian gives them, quoted or unquoted in the note', () => {
    const properties = parseYaml('a: 2026-01-05\nb: "2026-01-05"') as Record<string, unknown>;
    expect(parseCalendarDay(properties.a)).toBe('2026-01-05');
    expect(parseCalendarDay(properties.b)).toBe('2026-01-05');
  });

  it('never throws and only ever returns a valid day', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string(), fc.date()), (value) => {
        const result = parseCalendarDay(value);
        if (result !== null) expect(parseCalendarDay(result)).toBe(result);
      }),
    );
  });
});

describe('calendarDay', () => {
  it('builds real days and refuses impossible ones', () => {
    expect(calendarDay(2026, 1, 5)).toBe('2026-01-05');
    expect(calendarDay(2028, 2, 29)).toBe('2028-02-29');
    expect(calendarDay(2026, 2, 29)).toBeNull();
    expect(calendarDay(2026, 1.5, 1)).toBeNull();
    expect(calendarDay(10000, 1, 1)).toBeNull();
  });
});

describe('dayInFileName', () => {
  it.each([
    ['2026-01-05', '2026-01-05'],
    ['2026-01-05 Alice Smith', '2026-01-05'],
    ['Alice Smith - 2026-01-05', '2026-01-05'],
    ['2026-02-30 then 2026-03-01', '2026-03-01'],
    ['ticket 12026-01-05', null],
    ['2026-01-051', null],
    ['Career plan', null],
    ['', null],
  ])('finds the day in %j', (name, expected) => {
    expect(dayInFileName(name)).toBe(expected);
  });
});

describe('today', () => {
  // Clocks are built from local fields, so each names the same local moment in every zone.
  it.each([
    [new Date(2026, 0, 5, 0, 0, 0), '2026-01-05'],
    [new Date(2026, 0, 5, 23, 59, 59, 999), '2026-01-05'],
    [new Date(2026, 11, 31, 23, 59, 59), '2026-12-31'],
    [new Date(2027, 0, 1, 0, 0, 1), '2027-01-01'],
    [new Date(2028, 1, 29, 12), '2028-02-29'],
    [new Date(2026, 2, 8, 2, 30), '2026-03-08'],
    [new Date(2026, 2, 29, 1, 30), '2026-03-29'],
    [new Date(2026, 3, 5, 2, 45), '2026-04-05'],
    [new Date(2026, 8, 27, 2, 45), '2026-09-27'],
    [new Date(2026, 9, 4, 2, 0), '2026-10-04'],
    [new Date(2026, 10, 1, 1, 30), '2026-11-01'],
  ])('reads the local day of %s', (now, expected) => {
    expect(today(() => now)).toBe(expected);
  });
});

describe('day arithmetic', () => {
  it.each([
    // US, EU, Sydney, Chatham and Indian dates around daylight-saving changes, year ends and Feb 29.
    ['2026-03-07', 1, '2026-03-08'],
    ['2026-03-08', 1, '2026-03-09'],
    ['2026-03-28', 2, '2026-03-30'],
    ['2026-04-04', 2, '2026-04-06'],
    ['2026-09-26', 2, '2026-09-28'],
    ['2026-10-03', 2, '2026-10-05'],
    ['2026-10-24', 2, '2026-10-26'],
    ['2026-10-31', 2, '2026-11-02'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2028-02-29', 1, '2028-03-01'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2026-01-05', 0, '2026-01-05'],
    ['2026-01-05', 365, '2027-01-05'],
  ])('%s + %i days = %s', (from, days, expected) => {
    expect(addDays(day(from), days)).toBe(expected);
  });

  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-01-15', 1, '2026-02-15'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-12-31', 3, '2027-03-31'],
    ['2026-10-21', 1, '2026-11-21'],
    ['2028-02-29', 12, '2029-02-28'],
  ])('%s + %i months = %s', (from, months, expected) => {
    expect(addMonths(day(from), months)).toBe(expected);
  });

  it.each([
    ['2026-03-01', '2026-04-01', 31],
    ['2026-10-01', '2026-11-01', 31],
    ['2026-03-08', '2026-03-09', 1],
    ['2026-03-29', '2026-03-30', 1],
    ['2026-04-05', '2026-04-06', 1],
    ['2026-09-27', '2026-09-28', 1],
    ['2026-12-31', '2027-01-01', 1],
    ['2028-02-28', '2028-03-01', 2],
    ['2026-11-20', '2026-11-06', -14],
  ])('from %s to %s is %i days', (from, to, expected) => {
    expect(daysBetween(day(from), day(to))).toBe(expected);
  });

  it('agrees with itself over any span, in any zone', () => {
    const days = fc
      .record({ year: fc.integer({ min: 1970, max: 2100 }), month: fc.integer({ min: 1, max: 12 }), date: fc.integer({ min: 1, max: 28 }) })
      .map(({ year, month, date }) => calendarDay(year, month, date) as CalendarDay);
    fc.assert(
      fc.property(days, fc.integer({ min: -3000, max: 3000 }), (start, span) => {
        const end = addDays(start, span);
        expect(daysBetween(start, end)).toBe(span);
        expect(addDays(end, -span)).toBe(start);
        expect(parseCalendarDay(end)).toBe(end);
      }),
    );
  });

  it('places a day at local noon for formatting', () => {
    const date = toLocalDate(day('2026-03-08'));
    expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours()]).toEqual([2026, 2, 8, 12]);
    expect(toLocalDate(day('0099-01-01')).getFullYear()).toBe(99);
  });
});

// The expected January offset (minutes behind UTC) of each zone time-zones.test.ts runs in.
const JANUARY_OFFSETS: Readonly<Record<string, number>> = {
  'America/Los_Angeles': 480,
  'Europe/London': 0,
  'Australia/Sydney': -660,
  'Asia/Kolkata': -330,
  'Pacific/Chatham': -825,
  UTC: 0,
};

describe.runIf(process.env.ONE_ON_ONES_TZ_CHILD === '1')('in a child run', () => {
  it('really runs in the requested time zone', () => {
    const zone = process.env.TZ ?? '';
    expect(JANUARY_OFFSETS[zone]).toBeDefined();
    expect(new Date(2026, 0, 15).getTimezoneOffset()).toBe(JANUARY_OFFSETS[zone]);
  });
});

// The plugin counts UTC day numbers (no daylight-saving hours); this oracle is written apart from
// it, so a slip in either (a month's length, a leap year, years 0–99) shows as a difference.
describe('day arithmetic agrees with UTC day counts', () => {
  const anyDay = fc
    .record({ year: fc.integer({ min: 1601, max: 2400 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
    .map(({ year, month, day }) => calendarDay(year, month, day))
    .filter((day): day is CalendarDay => day !== null);
  const DAY_MS = 86_400_000;
  const utc = (day: CalendarDay) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  const written = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const monthsLater = (day: CalendarDay, months: number) => {
    const first = new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1 + months, 1));
    const length = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
    return written(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(Number(day.slice(8, 10)), length)));
  };

  it('for addDays, addMonths and daysBetween', () => {
    fc.assert(
      fc.property(anyDay, anyDay, fc.integer({ min: -5000, max: 5000 }), fc.integer({ min: -240, max: 240 }), (a, b, days, months) => {
        expect(addDays(a, days)).toBe(written(utc(a) + days * DAY_MS));
        expect(addMonths(a, months)).toBe(monthsLater(a, months));
        expect(daysBetween(a, b)).toBe((utc(b) - utc(a)) / DAY_MS);
      }),
    );
  });
});
