import { describe, expect, it } from 'vitest';
import type { CalendarDay } from '../../src/core/calendar/dates';
import type { PersonStatus } from '../../src/core/cadence/urgency';
import { dueRowText } from '../../src/core/view-models/due-row-text';
import { dueSections } from '../../src/core/view-models/due-sections';
import { personViewModel } from '../../src/core/view-models/person-view-model';
import { indexOf } from '../support/demo-index';

// Behaviours pinned down by the mutation run over src/core/view-models/person-view-model.ts,
// due-row-text.ts and due-sections.ts. Fixtures are built inside each test.
const TODAY = '2026-11-20' as CalendarDay;

function status(state: string, cadence: Record<string, unknown> = {}, paused: Record<string, unknown> = { kind: 'no' }): PersonStatus {
  return {
    person: { name: 'Ann', path: 'People/Ann.md', role: null, paused, cadence: { status: 'missing' } },
    cadence: { state, lastMet: null, nextDue: null, daysOverdue: null, cancelledNotRescheduled: null, ...cadence },
    lastMeeting: null,
    today: null,
    open: { theirs: 0, mine: 0, unassigned: 0 },
  } as unknown as PersonStatus;
}
const chip = (s: PersonStatus) => dueRowText(s, TODAY).chip;

describe('dueRowText: the chip', () => {
  it('says due today when due with no days late', () => {
    expect(chip(status('due'))).toEqual({ label: 'Due today', tone: 'yellow' });
  });

  it('counts the days until a due day more than one day away', () => {
    expect(chip(status('due-soon', { nextDue: '2026-11-23' }))).toEqual({ label: 'Due in 3 days', tone: 'muted' });
  });

  it('names never met, no cadence and paused', () => {
    expect(chip(status('never-met'))).toEqual({ label: 'Never met', tone: 'orange' });
    expect(chip(status('no-cadence'))).toEqual({ label: 'No cadence', tone: 'muted' });
    expect(chip(status('paused', {}, { kind: 'indefinitely' }))).toEqual({ label: 'Paused', tone: 'muted' });
  });
});

describe('dueSections', () => {
  it('records problems only for people who have some', () => {
    expect(dueSections([status('never-met')], false).problems).toEqual(new Map());
  });
});

function vault(): ReturnType<typeof indexOf> {
  return indexOf({
    'People/Ann.md': '---\ncadence: weekly\n---\n',
    'People/Bo.md': '---\ncadence: weekly\n---\n',
    '1-1s/Ann/2026-11-10.md': ['---', 'person: "[[Ann]]"', 'date: 2026-11-10', '---', '- [ ] [[Ann]] undated', '- [ ] [[Ann]] dated 📅 2026-12-01', ''].join('\n'),
    '1-1s/Group/2026-11-12.md': ['---', 'person: ["[[Ann]]", "[[Bo]]"]', 'date: 2026-11-12', '---', '- [ ] [[Bo]] bo task', ''].join('\n'),
    '1-1s/Ann/notes.md': ['---', 'person: "[[Ann]]"', '---', 'text', ''].join('\n'),
  });
}

describe('personViewModel', () => {
  it('lists dated items before undated ones, and items for someone else on their own', () => {
    const model = personViewModel(vault(), 'People/Ann.md', TODAY);
    const groups = model?.groups.map((g) => ({ id: g.id, title: g.title, rows: g.rows.map((r) => r.action.item.text) }));
    expect(groups).toEqual([
      { id: 'theirs', title: 'Theirs', rows: ['[[Ann]] dated 📅 2026-12-01', '[[Ann]] undated'] },
      { id: 'mine', title: 'Mine', rows: [] },
      { id: 'unassigned', title: 'Unassigned', rows: [] },
      { id: 'others', title: 'Someone else', rows: ['[[Bo]] bo task'] },
    ]);
  });

  it('labels an undated meeting and marks a group meeting in the history', () => {
    const model = personViewModel(vault(), 'People/Ann.md', TODAY);
    expect(model?.history.map((h) => ({ path: h.path, label: h.label, group: h.group }))).toEqual([
      { path: '1-1s/Group/2026-11-12.md', label: 'Nov 12', group: true },
      { path: '1-1s/Ann/2026-11-10.md', label: 'Nov 10', group: false },
      { path: '1-1s/Ann/notes.md', label: 'Undated', group: false },
    ]);
  });
});
