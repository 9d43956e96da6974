import { describe, expect, it } from 'vitest';
import type { CalendarDay } from '../../src/core/calendar/dates';
import { overviewRows, rolesOf, sortOverview, type OverviewColumn, type OverviewRow } from '../../src/core/view-models/overview-model';
import { indexOf } from '../support/demo-index';

// Behaviours pinned down by the mutation run over src/core/view-models/overview-model.ts. Fixtures
// are built inside each test.

function row(name: string, urgency: number, fields: Partial<OverviewRow> = {}): OverviewRow {
  return { name, aliases: [], urgency, role: null, cadence: null, cadenceDays: null, lastMet: null, nextDue: null, theirs: 0, mine: 0, ...fields } as OverviewRow;
}
const names = (rows: readonly OverviewRow[], column: OverviewColumn, descending = false) =>
  sortOverview(rows, { column, descending }).map((r) => r.name);

describe('sortOverview: each column sorts by its own value', () => {
  it('sorts names without regard to case, by their lower-case letters', () => {
    const rows = [row('Joe', 0), row('bob', 1), row('Jo_Ann', 2), row('Al', 3)];
    expect(names(rows, 'name')).toEqual(['Al', 'bob', 'Jo_Ann', 'Joe']);
  });

  it('sorts roles without regard to case, empty roles last', () => {
    const rows = [row('none', 0), row('xz', 1, { role: 'XZ', cadence: 'a' }), row('x_y', 2, { role: 'x_y', cadence: 'c' }), row('b', 3, { role: 'B', cadence: 'b' })];
    expect(names(rows, 'role')).toEqual(['b', 'x_y', 'xz', 'none']);
  });

  it('sorts by cadence, by how many days it is, not by its words', () => {
    const rows = [row('biweekly', 0, { cadence: 'biweekly', cadenceDays: 14, lastMet: '2026-01-01' as CalendarDay }), row('weekly', 1, { cadence: 'weekly', cadenceDays: 7, lastMet: '2026-02-01' as CalendarDay })];
    expect(names(rows, 'cadence')).toEqual(['weekly', 'biweekly']);
  });

  it('sorts by next due day', () => {
    const rows = [row('later', 0, { nextDue: '2026-12-01' as CalendarDay, urgency: 0 }), row('sooner', 1, { nextDue: '2026-11-01' as CalendarDay })];
    expect(names(rows, 'next')).toEqual(['sooner', 'later']);
  });

  it('sorts by state in urgency order, reversed when descending', () => {
    const rows = [row('second', 1, { state: 'on-track', theirs: 0 }), row('first', 0, { state: 'overdue', daysOverdue: 3, theirs: 5 })];
    expect(names(rows, 'state')).toEqual(['first', 'second']);
    expect(names(rows, 'state', true)).toEqual(['second', 'first']);
  });

  it('sorts by their open items and by mine', () => {
    const rows = [row('a', 0, { theirs: 2, mine: 2 }), row('b', 1, { theirs: 1, mine: 3 }), row('c', 2, { theirs: 3, mine: 1 })];
    expect(names(rows, 'theirs')).toEqual(['b', 'a', 'c']);
    expect(names(rows, 'mine')).toEqual(['c', 'a', 'b']);
  });
});

describe('sortOverview: ties and empty values', () => {
  it('keeps rows with the same value in name order, whichever way they came', () => {
    const rows = [row('c', 2, { theirs: 1 }), row('a', 0, { theirs: 1 }), row('b', 1, { theirs: 1 })];
    expect(names(rows, 'theirs')).toEqual(['a', 'b', 'c']);
    expect(names(rows, 'theirs', true)).toEqual(['a', 'b', 'c']);
  });

  it('puts empty values last in both directions', () => {
    const rows = [row('a', 0), row('b', 1, { lastMet: '2026-01-01' as CalendarDay }), row('c', 2, { lastMet: '2026-02-01' as CalendarDay })];
    expect(names(rows, 'last')).toEqual(['b', 'c', 'a']);
    expect(names(rows, 'last', true)).toEqual(['c', 'b', 'a']);
    const emptyLast = [row('b', 1, { lastMet: '2026-01-01' as CalendarDay }), row('c', 2, { lastMet: '2026-02-01' as CalendarDay }), row('a', 0)];
    expect(names(emptyLast, 'last', true)).toEqual(['c', 'b', 'a']);
  });
});

describe('rolesOf', () => {
  it('leaves out people without a role', () => {
    expect(rolesOf([row('a', 0), row('b', 1, { role: 'report' })])).toEqual(['report']);
  });
});

describe('overviewRows: what a row says to a screen reader', () => {
  it('names the problems, newest note first, after where the row leads, and nothing more without problems', () => {
    const index = indexOf({
      'People/Ann.md': '---\ncadence: weekly\n---\n',
      'People/Bob.md': '---\ncadence: weekly\n---\n',
      '1-1s/Ann/2026-10-09.md': '---\nperson: "[[Ann]]"\ndate: 2026-10-09\nmood: eleven\n---\n',
      '1-1s/Ann/2026-10-16.md': '---\nperson: "[[Ann]]"\ndate: 2026-10-16\nmood: twelve\n---\n',
    });
    expect(overviewRows(index, '2026-11-20' as CalendarDay).map((r) => r.label)).toEqual([
      'Open the 1:1 view for Ann. 2 problems: 2026-10-16: mood "twelve" is not a number from 1 to 10; 2026-10-09: mood "eleven" is not a number from 1 to 10',
      'Open the 1:1 view for Bob',
    ]);
  });
});
