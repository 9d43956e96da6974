import { describe, expect, it } from 'vitest';
import { parseCadence } from '../../src/core/cadence/cadence';
import { evaluateCadence, type CadenceMeeting, type CadencePerson } from '../../src/core/cadence/cadence-rules';
import { peopleByUrgency, personStatus } from '../../src/core/cadence/urgency';
import { parseCalendarDay, type CalendarDay } from '../../src/core/calendar/dates';
import type { MeetingStatus } from '../../src/core/meetings/meetings';
import { parsePaused } from '../../src/core/cadence/paused';
import { VaultIndex } from '../../src/core/index/vault-index';
import { planStatusChange } from '../../src/core/tasks/task-edit';

// Behaviours pinned down by the mutation run over src/core/cadence and src/core/tasks/task-edit.ts; the
// mutants there that no input can tell apart are listed with the reason in the mutation notes.
const day = (text: string): CalendarDay => {
  const parsed = parseCalendarDay(text);
  if (parsed === null) throw new Error(`bad fixture ${text}`);
  return parsed;
};

const TODAY = day('2026-11-20');

function person(cadence: unknown, max?: unknown): CadencePerson {
  return { cadence: parseCadence(cadence), cadenceMax: parseCadence(max, 'cadence-max'), paused: parsePaused(undefined).paused };
}

const met = (date: string, status: MeetingStatus = 'held'): CadenceMeeting => ({ date: day(date), status });

/** People as notes, in the order given: each person's properties and their meetings as [date, status]. */
function team(people: [string, Record<string, unknown>, [string, string][]][]): VaultIndex {
  const index = new VaultIndex({ peopleFolder: 'People', meetingsFolder: '1-1s' });
  index.batch(() => {
    for (const [name, fm, meetings] of people) {
      index.upsert({ path: `People/${name}.md`, frontmatter: fm, tags: [], text: null });
      for (const [date, status] of meetings) {
        index.upsert({ path: `1-1s/${name}/${date}.md`, frontmatter: { person: `[[${name}]]`, date, status }, tags: [], text: '' });
      }
    }
  });
  return index;
}

const order = (index: VaultIndex): string[] => peopleByUrgency(index, TODAY).map((s) => s.person.name);

describe('the last 1:1 a person shows', () => {
  it('is the latest one held on or before today, not one dated later', () => {
    const index = team([['Mia', { cadence: 'weekly' }, [['2026-11-13', 'held'], ['2026-11-25', 'held']]]]);
    const mia = index.allPeople()[0];
    if (!mia) throw new Error('no person');
    expect(personStatus(index, mia, TODAY).lastMeeting?.meeting.path).toBe('1-1s/Mia/2026-11-13.md');
  });

  it('is one held today', () => {
    const index = team([['Mia', { cadence: 'weekly' }, [['2026-11-13', 'held'], ['2026-11-20', 'held']]]]);
    const mia = index.allPeople()[0];
    if (!mia) throw new Error('no person');
    expect(personStatus(index, mia, TODAY).lastMeeting?.meeting.path).toBe('1-1s/Mia/2026-11-20.md');
  });
  it('is a held 1:1, not a newer cancelled or planned one', () => {
    const index = team([['Mia', { cadence: 'weekly' }, [['2026-11-13', 'held'], ['2026-11-18', 'cancelled'], ['2026-11-19', 'planned']]]]);
    const mia = index.allPeople()[0];
    if (!mia) throw new Error('no person');
    expect(personStatus(index, mia, TODAY).lastMeeting?.meeting.path).toBe('1-1s/Mia/2026-11-13.md');
  });
});

describe('the order of people by urgency', () => {
  it('puts people on track and equally late by their next 1:1, soonest first, whatever their names', () => {
    // All met today, so none is late at all: only the next due day tells them apart.
    const index = team([
      ['Zed', { cadence: 'weekly' }, [['2026-11-20', 'held']]],
      ['Amy', { cadence: 'monthly' }, [['2026-11-20', 'held']]],
      ['Bob', { cadence: 'biweekly' }, [['2026-11-20', 'held']]],
      ['Cat', { cadence: '10d' }, [['2026-11-20', 'held']]],
    ]);
    expect(order(index)).toEqual(['Zed', 'Cat', 'Bob', 'Amy']);
  });

  it('puts the most late first, relative to their cadence, not by next due day', () => {
    // Weekly, 21 days since the last 1:1 (3 cadences); monthly, 71 days (2.4 cadences) but due earlier.
    const index = team([
      ['Monthly', { cadence: 'monthly' }, [['2026-09-10', 'held']]],
      ['Weekly', { cadence: 'weekly' }, [['2026-10-30', 'held']]],
    ]);
    expect(order(index)).toEqual(['Weekly', 'Monthly']);
  });

  it('puts people with the same next 1:1 and lateness in name order', () => {
    const index = team([
      ['Zoe', { cadence: 'weekly' }, [['2026-11-20', 'held']]],
      ['Adam', { cadence: 'weekly' }, [['2026-11-20', 'held']]],
      ['Max', { cadence: 'weekly' }, [['2026-11-20', 'held']]],
    ]);
    expect(order(index)).toEqual(['Adam', 'Max', 'Zoe']);
  });
});

describe('whether a cancelled 1:1 was rescheduled', () => {
  it('looks at the latest held 1:1, wherever it comes in the list', () => {
    const later = evaluateCadence(person('weekly'), [met('2026-11-10'), met('2026-11-01'), met('2026-11-05', 'cancelled')], TODAY);
    expect(later.cancelledNotRescheduled).toBeNull();
    const first = evaluateCadence(person('weekly'), [met('2026-11-01'), met('2026-11-10'), met('2026-11-05', 'cancelled')], TODAY);
    expect(first.cancelledNotRescheduled).toBeNull();
  });

  it('looks at the latest cancelled 1:1, wherever it comes in the list', () => {
    const status = evaluateCadence(person('weekly'), [met('2026-11-10', 'cancelled'), met('2026-11-01', 'cancelled'), met('2026-11-05')], TODAY);
    expect(status.cancelledNotRescheduled).toBe('2026-11-10');
  });

  it('looks at the latest planned 1:1, wherever it comes in the list', () => {
    const first = evaluateCadence(person('weekly'), [met('2026-11-01', 'planned'), met('2026-11-30', 'planned'), met('2026-11-05', 'cancelled')], TODAY);
    expect(first.cancelledNotRescheduled).toBeNull();
    const later = evaluateCadence(person('weekly'), [met('2026-11-30', 'planned'), met('2026-11-01', 'planned'), met('2026-11-05', 'cancelled')], TODAY);
    expect(later.cancelledNotRescheduled).toBeNull();
  });

  it('counts a 1:1 planned on the day of the cancelled one as rescheduled', () => {
    const status = evaluateCadence(person('weekly'), [met('2026-11-13'), met('2026-11-18', 'cancelled'), met('2026-11-18', 'planned')], TODAY);
    expect(status.cancelledNotRescheduled).toBeNull();
  });

  it('does not count a 1:1 that is neither held nor planned as a rescheduling', () => {
    const status = evaluateCadence(person('weekly'), [met('2026-11-13'), met('2026-11-18', 'cancelled'), met('2026-11-19', 'unknown'), met('2026-11-19', 'rescheduled')], TODAY);
    expect(status.cancelledNotRescheduled).toBe('2026-11-18');
  });
});

describe('days overdue when cadence-max is shorter than the cadence', () => {
  it('is overdue with no days overdue before the next 1:1 is due', () => {
    // Weekly, overdue one day after the last 1:1: due on Nov 25, overdue from Nov 19.
    const status = evaluateCadence(person('weekly', '1d'), [met('2026-11-18')], TODAY);
    expect(status).toMatchObject({ state: 'overdue', nextDue: '2026-11-25', overdueFrom: '2026-11-19', daysOverdue: null });
  });

  it('is overdue with no days overdue on the day the next 1:1 is due', () => {
    const status = evaluateCadence(person('weekly', '1w'), [met('2026-11-13')], TODAY);
    expect(status).toMatchObject({ state: 'overdue', nextDue: '2026-11-20', overdueFrom: '2026-11-20', daysOverdue: null });
  });
});

describe('the longest cadence', () => {
  it('reads 1000 days, and refuses 1001', () => {
    expect(parseCadence('1000d')).toEqual({ status: 'valid', cadence: { kind: 'days', days: 1000 } });
    expect(parseCadence('1001d').status).toBe('invalid');
  });
});

describe('a cadence that is a number', () => {
  it('asks for a unit only for a positive whole number', () => {
    expect(parseCadence(3)).toEqual({ status: 'invalid', problem: 'cadence 3 has no unit (try 3d or 3w)' });
    expect(parseCadence(0)).toMatchObject({ status: 'invalid', problem: expect.stringContaining('is not a cadence') as unknown });
    expect(parseCadence(1.5)).toMatchObject({ status: 'invalid', problem: expect.stringContaining('is not a cadence') as unknown });
  });
});

describe('a task done date written right after the text', () => {
  it('is replaced in place, still with no space before it', () => {
    const lineText = '- [ ] Send the deck✅ 2026-01-01';
    const edit = planStatusChange('1-1s/Mia/2026-11-20.md', { line: 3, lineText, status: ' ', statusIndex: 3 }, 'x', day('2026-02-02'));
    expect(edit?.newText).toBe('- [x] Send the deck✅ 2026-02-02');
  });

  it('keeps one space before it when it had one', () => {
    const lineText = '- [ ] Send the deck ✅ 2026-01-01';
    const edit = planStatusChange('1-1s/Mia/2026-11-20.md', { line: 3, lineText, status: ' ', statusIndex: 3 }, 'x', day('2026-02-02'));
    expect(edit?.newText).toBe('- [x] Send the deck ✅ 2026-02-02');
  });
});
