import { describe, expect, it } from 'vitest';
import { formatDate, formatDay } from '../../src/core/calendar/date-format';

// Behaviours pinned down by the mutation run over src/core/calendar/date-format.ts: every moment.js
// token a `{{date:FORMAT}}` may hold, with values that tell each token from its neighbours.
const at = (year: number, month: number, day: number, hours = 0, minutes = 0, seconds = 0) =>
  new Date(year, month - 1, day, hours, minutes, seconds);

describe('month tokens', () => {
  it('writes Mo as the ordinal month and M as the bare month number', () => {
    expect(formatDate(at(2026, 3, 5), 'Mo|M')).toBe('3rd|3');
  });

  it('writes MMMM as the full month name and MMM as its first three letters', () => {
    expect(formatDate(at(2026, 9, 5), 'MMMM|MMM')).toBe('September|Sep');
  });
});

describe('day-of-year tokens', () => {
  it('pads DDDD to three digits and leaves DDD bare', () => {
    expect(formatDay('2026-03-05', 'DDDD|DDD')).toBe('064|64');
  });
});

describe('weekday tokens', () => {
  it('writes dddd, ddd and dd as the full, three-letter and two-letter weekday name', () => {
    expect(formatDay('2026-03-05', 'dddd|ddd|dd')).toBe('Thursday|Thu|Th');
  });

  it('writes d as 0–6 from Sunday and E as 1–7 from Monday', () => {
    expect(formatDay('2026-03-05', 'd|E')).toBe('4|4');
    expect(formatDay('2026-03-08', 'd|E')).toBe('0|7');
    expect(formatDay('2026-03-07', 'd|E')).toBe('6|6');
  });
});

describe('ISO week tokens', () => {
  it('pads WW to two digits and leaves W bare', () => {
    expect(formatDay('2026-01-08', 'WW|W')).toBe('02|2');
  });
});

describe('hour tokens', () => {
  it('pads HH and leaves H bare, on the 24-hour clock', () => {
    expect(formatDate(at(2026, 3, 5, 9), 'HH|H')).toBe('09|9');
    expect(formatDate(at(2026, 3, 5, 14), 'HH|H')).toBe('14|14');
  });

  it('writes hh and h on the 12-hour clock, with 12 for noon and midnight', () => {
    expect(formatDate(at(2026, 3, 5, 14), 'hh|h')).toBe('02|2');
    expect(formatDate(at(2026, 3, 5, 0), 'hh|h')).toBe('12|12');
    expect(formatDate(at(2026, 3, 5, 12), 'hh|h')).toBe('12|12');
    expect(formatDate(at(2026, 3, 5, 23), 'hh|h')).toBe('11|11');
  });

  it('writes A and a as AM before noon and PM from noon on', () => {
    expect(formatDate(at(2026, 3, 5, 11, 59), 'A|a')).toBe('AM|am');
    expect(formatDate(at(2026, 3, 5, 12), 'A|a')).toBe('PM|pm');
    expect(formatDate(at(2026, 3, 5, 23), 'A|a')).toBe('PM|pm');
  });
});

describe('minute and second tokens', () => {
  it('pads mm and ss and leaves m and s bare, each reading its own field', () => {
    expect(formatDate(at(2026, 3, 5, 9, 7, 4), 'mm|m|ss|s')).toBe('07|7|04|4');
    expect(formatDate(at(2026, 3, 5, 9, 31, 48), 'mm|m|ss|s')).toBe('31|31|48|48');
  });
});

describe('literal text', () => {
  it('writes text in brackets as it is, without the brackets', () => {
    expect(formatDay('2026-03-05', '[Week] W [of] YYYY')).toBe('Week 10 of 2026');
  });
});
