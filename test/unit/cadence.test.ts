import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCadence,
  cadenceDays,
  defaultCadenceMax,
  formatCadence,
  parseCadence,
  type Cadence,
  type CadenceSetting,
} from '../../src/core/cadence/cadence';
import { parseCalendarDay, type CalendarDay } from '../../src/core/calendar/dates';

function valid(value: unknown): Cadence {
  const setting = parseCadence(value);
  if (setting.status !== 'valid') throw new Error(`expected a cadence from ${String(value)}: ${JSON.stringify(setting)}`);
  return setting.cadence;
}

function problem(setting: CadenceSetting): string {
  if (setting.status !== 'invalid') throw new Error(`expected invalid, got ${JSON.stringify(setting)}`);
  return setting.problem;
}

describe('parseCadence', () => {
  it.each([
    ['weekly', { kind: 'days', days: 7 }],
    ['Weekly', { kind: 'days', days: 7 }],
    ['  WEEKLY ', { kind: 'days', days: 7 }],
    ['daily', { kind: 'days', days: 1 }],
    ['biweekly', { kind: 'days', days: 14 }],
    ['Bi-weekly', { kind: 'days', days: 14 }],
    ['fortnightly', { kind: 'days', days: 14 }],
    ['monthly', { kind: 'months', months: 1 }],
    ['quarterly', { kind: 'months', months: 3 }],
    ['yearly', { kind: 'months', months: 12 }],
    ['every 3 weeks', { kind: 'days', days: 21 }],
    ['Every  3   Weeks', { kind: 'days', days: 21 }],
    ['every 10 days', { kind: 'days', days: 10 }],
    ['every 2 months', { kind: 'months', months: 2 }],
    ['every week', { kind: 'days', days: 7 }],
    ['every month', { kind: 'months', months: 1 }],
    ['every other week', { kind: 'days', days: 14 }],
    ['10d', { kind: 'days', days: 10 }],
    ['2w', { kind: 'days', days: 14 }],
    ['2W', { kind: 'days', days: 14 }],
    ['1m', { kind: 'months', months: 1 }],
    ['6 weeks', { kind: 'days', days: 42 }],
    ['3 mo', { kind: 'months', months: 3 }],
    ['1y', { kind: 'months', months: 12 }],
  ])('reads %j', (input, expected) => {
    expect(parseCadence(input)).toEqual({ status: 'valid', cadence: expected });
  });

  it('treats a missing property as no cadence', () => {
    expect(parseCadence(undefined)).toEqual({ status: 'missing' });
  });

  it.each([
    ['0', /"0" is not a cadence/],
    ['0w', /"0w" must be at least 1 day/],
    ['every 0 days', /must be at least 1 day/],
    ['-2w', /"-2w" is not a cadence/],
    ['sometimes', /^cadence "sometimes" is not a cadence \(try weekly, biweekly, monthly, 2w, 10d\)$/],
    ['bimonthly', /"bimonthly" is not a cadence/],
    ['week', /"week" is not a cadence/],
    ['w', /"w" is not a cadence/],
    ['every d', /is not a cadence/],
    ['other week', /is not a cadence/],
    ['1.5w', /is not a cadence/],
    ['5000d', /is not a cadence/],
    ['', /cadence is empty/],
    ['   ', /cadence is empty/],
    [null, /cadence is empty/],
    [7, /^cadence 7 has no unit \(try 7d or 7w\)$/],
    [0, /cadence 0 is not a cadence/],
    [-7, /cadence -7 is not a cadence/],
    [1.5, /cadence 1.5 is not a cadence/],
    [['weekly'], /cadence is a list/],
    [[], /cadence is a list/],
    [true, /cadence true is not a cadence/],
    [{ every: 2 }, /cadence an object is not a cadence/],
    [new Date(0), /cadence a date-time is not a cadence/],
  ])('refuses %j with a warning naming the value', (input, message) => {
    expect(problem(parseCadence(input))).toMatch(message);
  });

  it('names the property it reads in warnings', () => {
    expect(problem(parseCadence('soon', 'cadence-max'))).toMatch(/^cadence-max "soon"/);
  });

  it('never throws on any value', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string(), fc.stringMatching(/^(every )?\d{0,5} ?[dwmy]?[a-z]{0,6}$/)), (value) => {
        const setting = parseCadence(value);
        if (setting.status === 'valid') expect(cadenceDays(setting.cadence)).toBeGreaterThan(0);
      }),
    );
  });
});

describe('cadence arithmetic', () => {
  const day = (text: string): CalendarDay => parseCalendarDay(text) as CalendarDay;

  it('counts a month as 30 days for comparisons', () => {
    expect(cadenceDays(valid('monthly'))).toBe(30);
    expect(cadenceDays(valid('quarterly'))).toBe(90);
    expect(cadenceDays(valid('2w'))).toBe(14);
  });

  it.each([
    ['weekly', 11],
    ['biweekly', 21],
    ['every 3 weeks', 32],
    ['10d', 15],
    ['daily', 2],
    ['monthly', 45],
    ['quarterly', 135],
  ])('defaults cadence-max for %s to %i days (1.5 × rounded up)', (input, days) => {
    expect(defaultCadenceMax(valid(input))).toEqual({ kind: 'days', days });
  });

  it.each([
    ['2026-10-30', 'weekly', '2026-11-06'],
    ['2026-10-21', 'monthly', '2026-11-21'],
    ['2026-01-31', 'monthly', '2026-02-28'],
    ['2028-01-31', 'monthly', '2028-02-29'],
    ['2026-11-30', 'quarterly', '2027-02-28'],
    ['2026-12-25', 'biweekly', '2027-01-08'],
    ['2026-03-01', 'every 10 days', '2026-03-11'],
    ['2026-03-25', '1w', '2026-04-01'],
  ])('%s + %s = %s', (from, cadence, expected) => {
    expect(addCadence(day(from), valid(cadence))).toBe(expected);
  });

  it.each([
    ['weekly', 'weekly'],
    ['fortnightly', 'biweekly'],
    ['every 3 weeks', 'every 3 weeks'],
    ['10d', 'every 10 days'],
    ['1m', 'monthly'],
    ['every 2 months', 'every 2 months'],
    ['quarterly', 'quarterly'],
  ])('writes %j as %j', (input, expected) => {
    expect(formatCadence(valid(input))).toBe(expected);
  });
});
