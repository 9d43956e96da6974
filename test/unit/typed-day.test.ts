import { describe, expect, it } from 'vitest';
import type { CalendarDay } from '../../src/core/calendar/dates';
import { readTypedDay, startDayText } from '../../src/core/calendar/typed-day';

// Monday, November 30, 2026.
const TODAY = '2026-11-30' as CalendarDay;
const day = (typed: string, today = TODAY) => {
  const read = readTypedDay(typed, today);
  return 'day' in read ? read.day : read.problem;
};

describe('a day as typed for a 1:1 not held today', () => {
  it('reads dates, today, yesterday and tomorrow, in any case and spacing', () => {
    expect(['', 'today', ' Today ', '2026-11-30'].map((typed) => day(typed))).toEqual(Array(4).fill(TODAY));
    expect(day('YESTERDAY')).toBe('2026-11-29');
    expect(day('tomorrow')).toBe('2026-12-01');
    expect(day('2024-02-29')).toBe('2024-02-29');
  });

  it('reads spans back and ahead, in days or weeks', () => {
    expect(day('in 3 days')).toBe('2026-12-03');
    expect(day('in  1   day')).toBe('2026-12-01');
    expect(day('2 weeks ago')).toBe('2026-11-16');
    expect(day('in 1 week')).toBe('2026-12-07');
    expect(day('0 days ago')).toBe(TODAY);
  });

  it('reads weekdays: bare or "this" is the next one, today included; "last" is before today, "next" after it', () => {
    expect(day('thursday')).toBe('2026-12-03');
    expect(day('this thu')).toBe('2026-12-03');
    expect(day('monday')).toBe(TODAY);
    expect(day('next monday')).toBe('2026-12-07');
    expect(day('last monday')).toBe('2026-11-23');
    expect(day('last thursday')).toBe('2026-11-26');
    expect(day('last sun')).toBe('2026-11-29');
    expect(day('next Sat')).toBe('2026-12-05');
    // Across a year's end, and on a Sunday.
    expect(day('last friday', '2027-01-03' as CalendarDay)).toBe('2027-01-01');
    expect(day('next sunday', '2027-01-03' as CalendarDay)).toBe('2027-01-10');
  });

  it('refuses what is not a day, saying which forms work', () => {
    for (const typed of ['thursdays', 'th', 'last', 'next week', 'in -3 days', '3 days', 'soon', '2026-11-31', '2026-13-01', '26-11-2026', '2026/11/26']) {
      expect(day(typed), typed).not.toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    // Only the whole text is a day: nothing before or after it.
    for (const typed of ['xin 3 days', 'in 3 days x', 'x thursday', 'thursday x', 'x2026-11-26', '2026-11-260', 'in 3 dayss']) expect(day(typed), typed).toContain('is not a day: type');
    expect(day('  soon  ')).toContain('"soon" is not');
    expect(day(' in 600 weeks ')).toBe('"in 600 weeks" is more than 10 years away');
    expect(day('in 3660 days')).toBe('2036-12-07');
    expect(day('3661 days ago')).toContain('more than 10 years');
    expect(day('12 days ago')).toBe('2026-11-18');
    expect(day('1 week ago')).toBe('2026-11-23');
    expect(day('soon')).toBe('"soon" is not a day: type YYYY-MM-DD, today, yesterday, tomorrow, thursday, last thursday, next thursday, in 3 days or 2 weeks ago');
    expect(day('2026-02-29')).toBe('2026-02-29 is not a day of the calendar');
    expect(day('in 600 weeks')).toBe('"in 600 weeks" is more than 10 years away');
  });

  it('says what a start for the day will do', () => {
    expect(startDayText(TODAY, TODAY)).toBe('Monday, November 30, 2026 · today');
    expect(startDayText('2026-12-03' as CalendarDay, TODAY)).toBe('Thursday, December 3, 2026 · in 3 days: a planned 1:1 with the agenda; open items are carried on the day');
    expect(startDayText('2026-12-01' as CalendarDay, TODAY)).toContain('· tomorrow: a planned 1:1');
    expect(startDayText('2026-11-29' as CalendarDay, TODAY)).toBe('Sunday, November 29, 2026 · yesterday: carries what was open in the 1:1s before it');
    expect(startDayText('2026-11-16' as CalendarDay, TODAY)).toContain('· 14 days ago: carries');
  });
});
