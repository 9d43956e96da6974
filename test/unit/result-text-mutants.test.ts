import { describe, expect, it } from 'vitest';
import type { PersonStatus } from '../../src/core/cadence/urgency';
import type { MeetingRow } from '../../src/core/query/evaluate-lists';
import type { QueryResult } from '../../src/core/query/evaluate-query';
import type { CalendarDay } from '../../src/core/calendar/dates';
import { meetingLine, personCells, resultAsMarkdown } from '../../src/core/query/result-text';

const TODAY = '2026-11-20' as CalendarDay;

// Behaviours pinned down by the mutation run over src/core/query/result-text.ts. Fixtures are built
// inside each test.

function status(name: string, state: string, daysOverdue: number | null, role: string | null = null): PersonStatus {
  return {
    person: { name, role, path: `People/${name}.md` },
    cadence: { state, daysOverdue, lastMet: null, nextDue: null },
    lastMeeting: null,
    today: null,
    open: { theirs: 1, mine: 2 },
  } as unknown as PersonStatus;
}

describe('personCells', () => {
  it('shows an empty role and dashes for unknown days', () => {
    expect(personCells(status('Ann', 'never-met', null), TODAY)).toEqual(['', 'Never met', '–', '–', '1 / 2']);
  });
});

describe('meetingLine', () => {
  it('names no person and no date as such', () => {
    const row = { meeting: { meeting: { date: null, status: 'held' } }, people: [], openCount: 0 } as unknown as MeetingRow;
    expect(meetingLine(row, TODAY)).toBe('Undated · No person');
  });
});

describe('resultAsMarkdown', () => {
  it('lists problems with their line, and without one when the line is 0', () => {
    const result = { kind: 'problems', problems: [{ line: 2, message: 'bad sort' }, { line: 0, message: 'no rows' }] } as unknown as QueryResult;
    expect(resultAsMarkdown(result, TODAY)).toBe('- line 2: bad sort\n- no rows');
  });

  it('separates task groups by a blank line and trims each task', () => {
    const row = (text: string) => ({ action: { item: { status: ' ', text } } });
    const result = {
      kind: 'actions',
      groups: [
        { title: 'Ann', rows: [row('  a one ')] },
        { title: '', rows: [row('b')] },
      ],
    } as unknown as QueryResult;
    expect(resultAsMarkdown(result, TODAY)).toBe('**Ann**\n\n- [ ] a one\n\n- [ ] b');
  });

  it('escapes pipes and folds line breaks in table cells', () => {
    const result = { kind: 'people', rows: [status('A|B\r\nC', 'never-met', null, 'x\n\ny')] } as unknown as QueryResult;
    expect(resultAsMarkdown(result, TODAY).split('\n')[2]).toBe('| A\\|B C | x y | Never met | – | – | 1 / 2 |');
  });
});
