import { describe, expect, it } from 'vitest';
import type { CalendarDay } from '../../src/core/calendar/dates';
import type { IndexedMeeting } from '../../src/core/index/vault-index';
import { moodTrend, trendCoordinates, trendSummary, type MoodPoint } from '../../src/core/view-models/mood-trend';

// Behaviours pinned down by the mutation run over src/core/view-models/mood-trend.ts.
const TODAY = '2026-11-20' as CalendarDay;

function meeting(path: string, date: string | null, mood: number | null, status = 'held'): IndexedMeeting {
  return { meeting: { path, date, mood, status }, actions: [], peoplePaths: [], askedQuestions: [] } as unknown as IndexedMeeting;
}
const point = (path: string, date: string, mood: number): MoodPoint => ({ path, date: date as CalendarDay, mood });

describe('moodTrend', () => {
  it('takes the first meetings given, up to the count, oldest first', () => {
    const meetings = [meeting('c.md', '2026-11-10', 3), meeting('b.md', '2026-11-03', 5), meeting('a.md', '2026-10-27', 7)];
    expect(moodTrend(meetings, TODAY, 2)).toEqual([point('b.md', '2026-11-03', 5), point('c.md', '2026-11-10', 3)]);
  });

  it('sorts meetings given in no order by date', () => {
    const meetings = [meeting('b.md', '2026-11-03', 5), meeting('c.md', '2026-11-10', 3), meeting('a.md', '2026-10-27', 7)];
    expect(moodTrend(meetings, TODAY)).toEqual([point('a.md', '2026-10-27', 7), point('b.md', '2026-11-03', 5), point('c.md', '2026-11-10', 3)]);
  });

  it('keeps two check-ins of one day in the order given', () => {
    const meetings = [meeting('x.md', '2026-11-03', 5), meeting('y.md', '2026-11-03', 6), meeting('z.md', '2026-11-03', 7)];
    expect(moodTrend(meetings, TODAY)).toEqual([point('x.md', '2026-11-03', 5), point('y.md', '2026-11-03', 6), point('z.md', '2026-11-03', 7)]);
  });

  it('leaves out undated, future and not-held meetings but keeps one held today', () => {
    const meetings = [
      meeting('future.md', '2026-11-21', 4),
      meeting('today.md', '2026-11-20', 6),
      meeting('undated.md', null, 8),
      meeting('planned.md', '2026-11-10', 2, 'planned'),
      meeting('nomood.md', '2026-11-09', null),
    ];
    expect(moodTrend(meetings, TODAY)).toEqual([point('today.md', '2026-11-20', 6)]);
  });
});

describe('trendCoordinates', () => {
  it('puts a single check-in in the middle of the chart', () => {
    expect(trendCoordinates([10], { width: 100, height: 50, pad: 4 })).toEqual([{ x: 50, y: 4 }]);
  });

  it('spreads several check-ins from edge to edge', () => {
    expect(trendCoordinates([1, 10], { width: 100, height: 50, pad: 4 })).toEqual([
      { x: 4, y: 46 },
      { x: 96, y: 4 },
    ]);
  });
});

describe('trendSummary', () => {
  it('says there is one check-in and its mood', () => {
    expect(trendSummary([point('a.md', '2026-11-03', 5)])).toBe('One check-in: 5');
  });

  it('calls a rise of exactly two rising', () => {
    expect(trendSummary([point('a.md', '2026-11-03', 5), point('b.md', '2026-11-10', 7)])).toBe('Rising: 5 → 7 over 2 check-ins');
  });

  it('calls a fall of exactly two falling', () => {
    expect(trendSummary([point('a.md', '2026-11-03', 7), point('b.md', '2026-11-10', 5)])).toBe('Falling: 7 → 5 over 2 check-ins');
  });

  it('calls a change of one either way steady', () => {
    expect(trendSummary([point('a.md', '2026-11-03', 7), point('b.md', '2026-11-10', 6)])).toBe('Steady: 7 → 6 over 2 check-ins');
    expect(trendSummary([point('a.md', '2026-11-03', 6), point('b.md', '2026-11-10', 7)])).toBe('Steady: 6 → 7 over 2 check-ins');
  });
});
