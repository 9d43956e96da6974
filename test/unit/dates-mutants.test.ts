import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, calendarDay, newestDayFirst, parseCalendarDay, type CalendarDay } from '../../src/core/calendar/dates';

// Behaviours pinned down by the mutation run over src/core/calendar/dates.ts; see test/mutation-survivors.md
// for the mutants there that no input can tell apart. Nothing here may depend on the time zone.
const day = (text: string): CalendarDay => {
  const parsed = parseCalendarDay(text);
  if (parsed === null) throw new Error(`bad fixture ${text}`);
  return parsed;
};

describe('the first and last years a date property can hold', () => {
  it('accepts year 1 and year 9999, and nothing outside them', () => {
    expect(calendarDay(1, 1, 1)).toBe('0001-01-01');
    expect(parseCalendarDay('0001-01-01')).toBe('0001-01-01');
    expect(calendarDay(9999, 12, 31)).toBe('9999-12-31');
    expect(parseCalendarDay('9999-12-31')).toBe('9999-12-31');
    expect(calendarDay(0, 12, 31)).toBeNull();
    expect(calendarDay(10000, 1, 1)).toBeNull();
  });
});

describe('quoted date properties', () => {
  it('ignores spaces inside the quotes', () => {
    expect(parseCalendarDay('" 2026-01-05 "')).toBe('2026-01-05');
    expect(parseCalendarDay("'2026-01-05 '")).toBe('2026-01-05');
  });

  it('refuses a value whose quotes do not match', () => {
    expect(parseCalendarDay('"2026-01-05\'')).toBeNull();
    expect(parseCalendarDay('\'2026-01-05"')).toBeNull();
  });
});

describe('only a wikilink is read as a link', () => {
  it('refuses a folder path or a file name written as plain text', () => {
    expect(parseCalendarDay('Journal/2026-01-05')).toBeNull();
    expect(parseCalendarDay('2026-01-05.md')).toBeNull();
  });

  it('drops .md only at the end of the linked name', () => {
    expect(parseCalendarDay('[[2026-01-05.md]]')).toBe('2026-01-05');
    expect(parseCalendarDay('[[2026-01-05.md 09:30]]')).toBeNull();
  });

  it('refuses a property that holds two linked days', () => {
    const properties = parseYaml('date: [[2026-01-05], [2026-01-06]]') as Record<string, unknown>;
    expect(properties.date).toEqual([['2026-01-05'], ['2026-01-06']]);
    expect(parseCalendarDay(properties.date)).toBeNull();
  });
});

describe('the leap day that ends a 400-year cycle', () => {
  it('is reached by adding days from either side', () => {
    expect(addDays(day('2000-02-28'), 1)).toBe('2000-02-29');
    expect(addDays(day('2000-03-01'), -1)).toBe('2000-02-29');
    expect(addDays(day('2400-02-28'), 1)).toBe('2400-02-29');
  });
});

describe('addMonths past year 9999', () => {
  it('still gives a day, the same one addDays gives', () => {
    expect(addMonths(day('9999-12-15'), 1)).toBe(addDays(day('9999-12-15'), 31));
    expect(addMonths(day('9999-12-31'), 1)).toBe(addDays(day('9999-12-31'), 31));
    expect(addMonths(day('9999-12-31'), 1)).toBe('10000-01-31');
  });
});

describe('newest day first, no day last', () => {
  it('puts a day before no day, whichever side it is on', () => {
    expect(newestDayFirst(day('2026-01-05'), null)).toBe(-1);
    expect(newestDayFirst(null, day('2026-01-05'))).toBe(1);
    const sorted = [null, day('2026-01-05'), null, day('2026-03-01')].sort(newestDayFirst);
    expect(sorted).toEqual(['2026-03-01', '2026-01-05', null, null]);
  });

  it('calls two missing days, or the same day twice, equal', () => {
    expect(newestDayFirst(null, null)).toBe(0);
    expect(newestDayFirst(day('2026-01-05'), day('2026-01-05'))).toBe(0);
  });
});
