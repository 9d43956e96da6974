import { describe, expect, it } from 'vitest';
import type { CalendarDay } from '../../src/core/calendar/dates';
import type { IndexedAction } from '../../src/core/index/vault-index';
import { actionRow, displayText, dueStateOf } from '../../src/core/query/action-rows';
import { indexOf } from '../support/demo-index';

// Behaviours pinned down by the mutation run over src/core/query/action-rows.ts. Fixtures are built
// inside each test.
const TODAY = '2026-11-20' as CalendarDay;

function task(text: string, carriedTo: string | null = null): IndexedAction {
  const carriedFrom = carriedTo === null ? null : { target: carriedTo, label: '', count: 1, start: text.length, end: text.length };
  return { item: { text, state: 'open', status: ' ', due: null, carriedFrom }, meetingPath: 'x.md', owner: { kind: 'me' } } as unknown as IndexedAction;
}

function vault(): ReturnType<typeof indexOf> {
  return indexOf({
    'People/Ann.md': '---\ncadence: weekly\n---\n',
    // The file name says one day, the note another: the note's date wins.
    '1-1s/Ann/2026-10-01.md': '---\nperson: "[[Ann]]"\ndate: 2026-09-30\n---\n',
  });
}

const originOf = (target: string) => actionRow(vault(), task('x', target), null, TODAY).origin;

describe('dueStateOf', () => {
  it('has no due state without a due date', () => {
    expect(dueStateOf(null, TODAY)).toBeNull();
  });
});

describe('origin day of a carried task', () => {
  it('takes the date of the meeting a link without .md names', () => {
    expect(originOf('1-1s/Ann/2026-10-01')).toEqual({ target: '1-1s/Ann/2026-10-01', day: '2026-09-30', count: 1 });
  });

  it('takes the date of the meeting a link with .md names', () => {
    expect(originOf('1-1s/Ann/2026-10-01.md')).toEqual({ target: '1-1s/Ann/2026-10-01.md', day: '2026-09-30', count: 1 });
  });

  it('reads the day from the file name of a link to no meeting', () => {
    expect(originOf('1-1s/Gone/2026-10-03')).toEqual({ target: '1-1s/Gone/2026-10-03', day: '2026-10-03', count: 1 });
  });

  it('reads the day from a bare file name', () => {
    expect(originOf('2026-10-03')).toEqual({ target: '2026-10-03', day: '2026-10-03', count: 1 });
  });

  it('reads the day from the file name, not from a dated folder', () => {
    expect(originOf('2026-01-05 notes/2026-10-03')).toEqual({ target: '2026-01-05 notes/2026-10-03', day: '2026-10-03', count: 1 });
  });

  it('counts the age from the origin day', () => {
    expect(actionRow(vault(), task('x', '1-1s/Ann/2026-10-01'), null, TODAY).ageDays).toBe(51);
  });
});

describe('a task with no meeting and no origin', () => {
  it('has no age', () => {
    expect(actionRow(vault(), task('x'), null, TODAY)).toEqual({ action: task('x'), meeting: null, dueState: null, ageDays: null, origin: null });
  });
});

describe('displayText', () => {
  it('leaves a space where a due date is taken out of the middle of a word run', () => {
    expect(displayText(task('call📅 2026-11-20Bob'))).toBe('call Bob');
  });

  it('squeezes runs of spaces to one', () => {
    expect(displayText(task('call  Bob'))).toBe('call Bob');
  });

  it('keeps a single tab as written', () => {
    expect(displayText(task('call\tBob'))).toBe('call\tBob');
  });
});

describe('origin link that ends in .md', () => {
  it('names that file, not one with .md added again', () => {
    const index = indexOf({
      'People/Ann.md': '---\ncadence: weekly\n---\n',
      '1-1s/Ann/2026-10-02.md.md': '---\nperson: "[[Ann]]"\ndate: 2026-09-30\n---\n',
    });
    expect(actionRow(index, task('x', '1-1s/Ann/2026-10-02.md'), null, TODAY).origin).toEqual({ target: '1-1s/Ann/2026-10-02.md', day: '2026-10-02', count: 1 });
  });
});
