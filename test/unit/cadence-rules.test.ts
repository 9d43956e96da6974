import { describe, expect, it } from 'vitest';
import { parseCadence } from '../../src/core/cadence/cadence';
import { evaluateCadence, type CadenceMeeting, type CadencePerson } from '../../src/core/cadence/cadence-rules';
import { parseCalendarDay, today as todayFrom, type CalendarDay } from '../../src/core/calendar/dates';
import type { MeetingStatus } from '../../src/core/meetings/meetings';
import { parsePaused } from '../../src/core/cadence/paused';

const day = (text: string): CalendarDay => {
  const parsed = parseCalendarDay(text);
  if (parsed === null) throw new Error(`bad fixture ${text}`);
  return parsed;
};

function person(cadence: unknown, extra: { max?: unknown; paused?: unknown } = {}): CadencePerson {
  return {
    cadence: parseCadence(cadence),
    cadenceMax: parseCadence(extra.max, 'cadence-max'),
    paused: parsePaused(extra.paused).paused,
  };
}

const met = (date: string, status: MeetingStatus = 'held'): CadenceMeeting => ({ date: day(date), status });

// The demo vault's reference day, a Friday; its README lists what each person should show.
const DEMO_TODAY = day('2026-11-20');

describe('evaluateCadence on the demo team', () => {
  it('Priya: weekly, last held Oct 30, Nov 6 cancelled → overdue by 14, flagged', () => {
    const status = evaluateCadence(
      person('weekly'),
      [met('2026-10-23'), met('2026-10-30'), met('2026-11-06', 'cancelled'), { date: null, status: 'held' }],
      DEMO_TODAY,
    );
    expect(status).toEqual({
      state: 'overdue',
      lastMet: '2026-10-30',
      nextDue: '2026-11-06',
      overdueFrom: '2026-11-10',
      daysOverdue: 14,
      cancelledNotRescheduled: '2026-11-06',
    });
  });

  it('Daniel: biweekly with cadence-max 4w → due by 9, not overdue', () => {
    const status = evaluateCadence(person('biweekly', { max: '4w' }), [met('2026-10-28')], DEMO_TODAY);
    expect(status).toMatchObject({ state: 'due', nextDue: '2026-11-11', overdueFrom: '2026-11-25', daysOverdue: 9 });
    expect(evaluateCadence(person('biweekly'), [met('2026-10-28')], DEMO_TODAY).state).toBe('overdue');
  });

  it('Aisha: monthly, a planned future meeting does not count → due-soon (tomorrow)', () => {
    const status = evaluateCadence(person('monthly'), [met('2026-10-21'), met('2026-11-23', 'planned')], DEMO_TODAY);
    expect(status).toMatchObject({ state: 'due-soon', lastMet: '2026-10-21', nextDue: '2026-11-21', daysOverdue: null });
    expect(status.overdueFrom).toBe('2026-12-05');
  });

  it('Lucas: every 3 weeks, last Nov 13 → on-track', () => {
    const status = evaluateCadence(person('every 3 weeks'), [met('2026-11-13')], DEMO_TODAY);
    expect(status).toMatchObject({ state: 'on-track', nextDue: '2026-12-04', overdueFrom: '2026-12-15' });
  });

  it('Hannah: paused until 2027-01-10 → paused, without due dates', () => {
    const status = evaluateCadence(person('2w', { paused: '2027-01-10' }), [met('2026-09-24')], DEMO_TODAY);
    expect(status).toEqual({
      state: 'paused',
      lastMet: '2026-09-24',
      nextDue: null,
      overdueFrom: null,
      daysOverdue: null,
      cancelledNotRescheduled: null,
    });
  });

  it('Kenji, Oliver and Margaret: never-met, invalid-cadence, quarterly on-track', () => {
    expect(evaluateCadence(person('weekly'), [], DEMO_TODAY).state).toBe('never-met');
    expect(evaluateCadence(person('sometimes'), [met('2026-10-20')], DEMO_TODAY).state).toBe('invalid-cadence');
    const margaret = evaluateCadence(person('quarterly'), [met('2026-09-03')], DEMO_TODAY);
    expect(margaret).toMatchObject({ state: 'on-track', nextDue: '2026-12-03', overdueFrom: '2027-01-16' });
  });
});

describe('evaluateCadence rules', () => {
  const now = day('2026-03-10');

  it('checks the states in order: paused before a missing or bad cadence', () => {
    expect(evaluateCadence(person(undefined, { paused: true }), [], now).state).toBe('paused');
    expect(evaluateCadence(person('nope', { paused: true }), [], now).state).toBe('paused');
    expect(evaluateCadence(person(undefined), [met('2026-01-01')], now).state).toBe('no-cadence');
    expect(evaluateCadence(person(null), [], now).state).toBe('invalid-cadence');
    expect(evaluateCadence(person(7), [met('2026-01-01')], now).state).toBe('invalid-cadence');
  });

  it('ends a dated pause on that day, and ignores an unreadable or false pause', () => {
    const meetings = [met('2026-03-01')];
    expect(evaluateCadence(person('weekly', { paused: '2026-03-11' }), meetings, now).state).toBe('paused');
    expect(evaluateCadence(person('weekly', { paused: '2026-03-10' }), meetings, now).state).toBe('due');
    expect(evaluateCadence(person('weekly', { paused: 'someday' }), meetings, now).state).toBe('due');
    expect(evaluateCadence(person('weekly', { paused: false }), meetings, now).state).toBe('due');
  });

  it('counts only held meetings dated today or earlier as met', () => {
    const meetings = [
      met('2026-02-01'),
      met('2026-03-05', 'cancelled'),
      met('2026-03-06', 'rescheduled'),
      met('2026-03-07', 'planned'),
      met('2026-03-08', 'unknown'),
      met('2026-03-20'),
      { date: null, status: 'held' as const },
    ];
    expect(evaluateCadence(person('weekly'), meetings, now).lastMet).toBe('2026-02-01');
    expect(evaluateCadence(person('weekly'), [met('2026-03-10')], now)).toMatchObject({ lastMet: '2026-03-10', state: 'on-track' });
    expect(evaluateCadence(person('weekly'), [met('2026-03-11')], now).state).toBe('never-met');
  });

  it('turns due on the day next due arrives and overdue on the day cadence-max arrives', () => {
    const weekly = person('weekly');
    const at = (date: string): string => evaluateCadence(weekly, [met('2026-03-01')], day(date)).state;
    expect(['2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07'].map(at)).toEqual([
      'on-track',
      'on-track',
      'due-soon',
      'due-soon',
    ]);
    expect(at('2026-03-08')).toBe('due');
    expect(at('2026-03-11')).toBe('due');
    expect(at('2026-03-12')).toBe('overdue');
  });

  it('reports days overdue only when positive', () => {
    const weekly = person('weekly');
    expect(evaluateCadence(weekly, [met('2026-03-03')], now).daysOverdue).toBeNull();
    expect(evaluateCadence(weekly, [met('2026-03-02')], now).daysOverdue).toBe(1);
    expect(evaluateCadence(weekly, [met('2026-02-01')], now).daysOverdue).toBe(30);
  });

  it('takes the due-soon window as a parameter', () => {
    const weekly = person('weekly');
    expect(evaluateCadence(weekly, [met('2026-03-06')], now, 2).state).toBe('on-track');
    expect(evaluateCadence(weekly, [met('2026-03-06')], now, 2.5).state).toBe('on-track');
    expect(evaluateCadence(weekly, [met('2026-03-06')], now, 3).state).toBe('due-soon');
    expect(evaluateCadence(weekly, [met('2026-03-04')], now, 1).state).toBe('due-soon');
    expect(evaluateCadence(weekly, [met('2026-03-04')], now, 0).state).toBe('on-track');
    expect(evaluateCadence(weekly, [met('2026-03-04')], now, -5).state).toBe('on-track');
  });

  it('adds calendar months for monthly cadences, across month ends and leap days', () => {
    expect(evaluateCadence(person('monthly'), [met('2028-01-31')], day('2028-02-29')).state).toBe('due');
    expect(evaluateCadence(person('monthly'), [met('2028-01-31')], day('2028-02-28')).state).toBe('due-soon');
    expect(evaluateCadence(person('monthly', { max: '1m' }), [met('2026-12-31')], day('2027-02-01')).state).toBe('overdue');
  });

  it('uses the default cadence-max when the given one is unreadable', () => {
    const status = evaluateCadence(person('weekly', { max: 'later' }), [met('2026-03-01')], now);
    expect(status.overdueFrom).toBe('2026-03-12');
  });

  it('flags the latest cancelled meeting that no held or planned meeting followed', () => {
    const flag = (meetings: CadenceMeeting[]): CalendarDay | null =>
      evaluateCadence(person('weekly'), meetings, now).cancelledNotRescheduled;
    expect(flag([met('2026-03-01', 'cancelled'), met('2026-03-01')])).toBeNull();
    expect(flag([met('2026-03-01', 'cancelled'), met('2026-03-04')])).toBeNull();
    expect(flag([met('2026-03-04'), met('2026-03-05', 'cancelled'), met('2026-03-06', 'cancelled')])).toBe('2026-03-06');
    // Logging a cancellation with a new date writes a planned meeting: that is the reschedule.
    expect(flag([met('2026-03-05', 'cancelled'), met('2026-03-06', 'planned')])).toBeNull();
    expect(flag([met('2026-03-05', 'planned'), met('2026-03-06', 'cancelled')])).toBe('2026-03-06');
    expect(flag([{ date: null, status: 'cancelled' }])).toBeNull();
    expect(flag([met('2026-03-05', 'cancelled')])).toBe('2026-03-05');
  });

  it('reads today from an injected clock in the local zone', () => {
    const clock = (): Date => new Date(2026, 2, 8, 23, 59);
    expect(evaluateCadence(person('weekly'), [met('2026-03-01')], todayFrom(clock)).state).toBe('due');
  });
});
