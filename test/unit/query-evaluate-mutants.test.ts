import { describe, expect, it } from 'vitest';
import type { CalendarDay } from '../../src/core/calendar/dates';
import { displayText } from '../../src/core/query/action-rows';
import type { ActionsResult } from '../../src/core/query/evaluate-actions';
import type { MeetingsResult, PeopleResult } from '../../src/core/query/evaluate-lists';
import { runQuery, type QueryResult } from '../../src/core/query/evaluate-query';
import { indexOf } from '../support/demo-index';

// Behaviours pinned down by the mutation run over src/core/query/evaluate-actions.ts and evaluate-lists.ts;
// test/mutation-survivors.md lists the mutants there that no input can tell apart. Fixtures are
// built inside each test: Stryker counts a fixture built at import time as covered by no test.
const TODAY = '2026-11-20' as CalendarDay; // a Friday: this week runs 2026-11-16 to 2026-11-22

const meeting = (person: string, date: string | null, tasks: readonly string[] = []) =>
  ['---', `person: ${person}`, ...(date ? [`date: ${date}`] : []), '---', ...tasks, ''].join('\n');

/** Abe (no role), Ana, Bo and Cy, their meetings, one meeting with Ghost, who has no person note, and one with nobody. */
function vault(): Record<string, string> {
  return {
    'People/Abe.md': '---\ncadence: weekly\n---\n',
    'People/Ana.md': '---\ncadence: weekly\nrole: report\n---\n',
    'People/Bo.md': '---\ncadence: weekly\nrole: Skip_Level, mentor\n---\n',
    'People/Cy.md': '---\ncadence: monthly\nrole: skip  level\n---\n',
    '1-1s/Abe/2026-10-01.md': meeting('"[[Abe]]"', '2026-10-01'),
    '1-1s/Ana/2026-11-14.md': meeting('"[[Ana]]"', '2026-11-14', [
      '- [ ] @me a-overdue 📅 2026-11-19',
      '- [ ] @me a-today 📅 2026-11-20',
      '- [ ] @me a-week-end 📅 2026-11-27',
      '- [ ] @me a-later 📅 2026-11-28',
      '- [ ] @me a-none',
      '- [x] @me a-done 📅 2026-11-28',
    ]),
    '1-1s/Ana and Bo/2026-11-12.md': meeting('["[[Ana]]", "[[Bo]]"]', '2026-11-12', ['- [ ] [[Bo]] bo-task', '- [ ] [[Cy]] cy-task', '- [ ] unassigned-task']),
    '1-1s/Ghost/2026-11-05.md': meeting('"[[Ghost]]"', '2026-11-05', ['- [ ] @me ghost-task']),
    '1-1s/Cy/notes.md': meeting('"[[People/Cy|Cyrus]]"', null, ['- [ ] [[Cy]] cy-undated']),
    '1-1s/2026-11-02.md': '---\ndate: 2026-11-02\n---\n',
  };
}

function run(source: string, today = TODAY): QueryResult {
  return runQuery(indexOf(vault()), source, { today, sourcePath: 'Dashboard.md' });
}
function actions(source: string): ActionsResult {
  const result = run(source);
  if (result.kind !== 'actions') throw new Error(`expected actions, got ${JSON.stringify(result)}`);
  return result;
}
function people(source: string): PeopleResult {
  const result = run(`show: people\n${source}`);
  if (result.kind !== 'people') throw new Error(`expected people, got ${JSON.stringify(result)}`);
  return result;
}
function meetings(source: string): MeetingsResult {
  const result = run(`show: meetings\n${source}`);
  if (result.kind !== 'meetings') throw new Error(`expected meetings, got ${JSON.stringify(result)}`);
  return result;
}
const texts = (result: ActionsResult) => result.groups.flatMap((g) => g.rows.map((r) => displayText(r.action)));
const list = (source: string) => texts(actions(`group: none\nsort: due\n${source}`));
const grouped = (result: ActionsResult) => result.groups.map((g) => ({ key: g.key, title: g.title, link: g.link, rows: g.rows.map((r) => displayText(r.action)) }));
const names = (result: PeopleResult) => result.rows.map((s) => s.person.name);
const meetingPaths = (result: MeetingsResult) => result.rows.map((r) => r.meeting.meeting.path);
const problems = (result: QueryResult) => (result.kind === 'problems' ? result.problems.map((p) => p.message) : result.kind);

const UNDATED_IN_NOTE_ORDER = ['@me a-none', '[[Bo]] bo-task', '[[Cy]] cy-task', 'unassigned-task', '@me ghost-task', '[[Cy]] cy-undated'];

describe('which tasks each due filter keeps, on Friday 2026-11-20', () => {
  it('overdue: due before today, not today and not undated', () => {
    expect(list('due: overdue')).toEqual(['@me a-overdue']);
  });

  it('today: due today only', () => {
    expect(list('due: today')).toEqual(['@me a-today']);
  });

  it('this week: Monday to Sunday around today, never an undated task', () => {
    expect(list('due: this week')).toEqual(['@me a-overdue', '@me a-today']);
  });

  it('next 7 days: today to a week from today, both ends included, nothing overdue or undated', () => {
    expect(list('due: next 7 days')).toEqual(['@me a-today', '@me a-week-end']);
  });

  it('before a day: due strictly before it, never an undated task', () => {
    expect(list('due: before 2026-11-20')).toEqual(['@me a-overdue']);
  });

  it('after a day: due strictly after it, never an undated task', () => {
    expect(list('due: after 2026-11-20')).toEqual(['@me a-week-end', '@me a-later']);
    expect(list('due: after 2026-11-27')).toEqual(['@me a-later']);
  });
});

describe('which meetings a task query looks in', () => {
  it('without a person, also the meetings whose person has no note', () => {
    expect(list('')).toContain('@me ghost-task');
    expect(actions('').total).toBe(10);
  });

  it('since a day: meetings on or after it, never an undated one', () => {
    expect(list('since: 2026-11-12')).toEqual(['@me a-overdue', '@me a-today', '@me a-week-end', '@me a-later', '@me a-none', '[[Bo]] bo-task', '[[Cy]] cy-task', 'unassigned-task']);
  });
});

describe('which tasks each owner filter keeps', () => {
  it('them: tasks owned by one of the meeting’s people, not by someone else or by me', () => {
    expect(list('owner: them')).toEqual(['[[Bo]] bo-task', '[[Cy]] cy-undated']);
  });

  it('a named person: only that person’s tasks, not mine', () => {
    expect(list('owner: Cy')).toEqual(['[[Cy]] cy-task', '[[Cy]] cy-undated']);
  });
});

describe('how tasks sort', () => {
  it('by due date: undated tasks last in either direction, in note order (newest meeting first, then line)', () => {
    expect(list('')).toEqual(['@me a-overdue', '@me a-today', '@me a-week-end', '@me a-later', ...UNDATED_IN_NOTE_ORDER]);
    expect(texts(actions('group: none\nsort: due desc'))).toEqual(['@me a-later', '@me a-week-end', '@me a-today', '@me a-overdue', ...UNDATED_IN_NOTE_ORDER]);
  });

  it('by meeting date: newest first unless asked otherwise, undated meetings last', () => {
    const newestFirst = ['@me a-overdue', '@me a-today', '@me a-week-end', '@me a-later', '@me a-none', '[[Bo]] bo-task', '[[Cy]] cy-task', 'unassigned-task', '@me ghost-task', '[[Cy]] cy-undated'];
    expect(texts(actions('group: none\nsort: date'))).toEqual(newestFirst);
    expect(texts(actions('group: none\nsort: date asc'))).toEqual(['@me ghost-task', '[[Bo]] bo-task', '[[Cy]] cy-task', 'unassigned-task', '@me a-overdue', '@me a-today', '@me a-week-end', '@me a-later', '@me a-none', '[[Cy]] cy-undated']);
  });

  it('by person: the person a task is about (its owner when in the meeting), tasks about nobody last', () => {
    expect(texts(actions('group: none\nsort: person'))).toEqual([
      '@me a-overdue', '@me a-today', '@me a-week-end', '@me a-later', '@me a-none', '[[Cy]] cy-task', 'unassigned-task',
      '[[Bo]] bo-task',
      '[[Cy]] cy-undated',
      '@me ghost-task',
    ]);
  });

  it('by person: several tasks about nobody sort among themselves, last, in note order', () => {
    const files = {
      'People/Ana.md': '---\ncadence: weekly\n---\n',
      '1-1s/Ana/2026-11-14.md': meeting('"[[Ana]]"', '2026-11-14', ['- [ ] @me ana-task']),
      '1-1s/Ghost/2026-11-05.md': meeting('"[[Ghost]]"', '2026-11-05', ['- [ ] @me ghost-1', '- [ ] @me ghost-2']),
      '1-1s/2026-11-02.md': '---\ndate: 2026-11-02\n---\n- [ ] @me nobody-1\n- [ ] @me nobody-2\n',
    };
    const result = runQuery(indexOf(files), 'group: none\nsort: person', { today: TODAY, sourcePath: 'Dashboard.md' });
    expect(result.kind).toBe('actions');
    expect(texts(result as ActionsResult)).toEqual(['@me ana-task', '@me ghost-1', '@me ghost-2', '@me nobody-1', '@me nobody-2']);
  });
});

describe('group headings', () => {
  it('none: one group without a heading', () => {
    expect(grouped(actions('group: none'))).toEqual([{ key: '', title: '', link: null, rows: expect.any(Array) as unknown }]);
  });

  it('meeting: people and date, newest first; the note name when undated; the note name when nobody is known', () => {
    expect(grouped(actions('group: meeting'))).toEqual([
      { key: '1-1s/Ana/2026-11-14.md', title: 'Ana · Nov 14', link: '1-1s/Ana/2026-11-14.md', rows: ['@me a-overdue', '@me a-today', '@me a-week-end', '@me a-later', '@me a-none'] },
      { key: '1-1s/Ana and Bo/2026-11-12.md', title: 'Ana, Bo · Nov 12', link: '1-1s/Ana and Bo/2026-11-12.md', rows: ['[[Bo]] bo-task', '[[Cy]] cy-task', 'unassigned-task'] },
      { key: '1-1s/Ghost/2026-11-05.md', title: '2026-11-05 · Nov 5', link: '1-1s/Ghost/2026-11-05.md', rows: ['@me ghost-task'] },
      { key: '1-1s/Cy/notes.md', title: 'Cy · notes', link: '1-1s/Cy/notes.md', rows: ['[[Cy]] cy-undated'] },
    ]);
  });

  it('person: the owner when one of the meeting’s people, else the first person; No person last', () => {
    expect(grouped(actions('group: person'))).toEqual([
      { key: 'People/Ana.md', title: 'Ana', link: 'People/Ana.md', rows: ['@me a-overdue', '@me a-today', '@me a-week-end', '@me a-later', '@me a-none', '[[Cy]] cy-task', 'unassigned-task'] },
      { key: 'People/Bo.md', title: 'Bo', link: 'People/Bo.md', rows: ['[[Bo]] bo-task'] },
      { key: 'People/Cy.md', title: 'Cy', link: 'People/Cy.md', rows: ['[[Cy]] cy-undated'] },
      { key: '', title: 'No person', link: null, rows: ['@me ghost-task'] },
    ]);
  });

  it('owner: Mine first, then each person, Unassigned last', () => {
    expect(grouped(actions('group: owner'))).toEqual([
      { key: 'me', title: 'Mine', link: null, rows: ['@me a-overdue', '@me a-today', '@me a-week-end', '@me a-later', '@me a-none', '@me ghost-task'] },
      { key: 'People/Bo.md', title: 'Bo', link: 'People/Bo.md', rows: ['[[Bo]] bo-task'] },
      { key: 'People/Cy.md', title: 'Cy', link: 'People/Cy.md', rows: ['[[Cy]] cy-task', '[[Cy]] cy-undated'] },
      { key: 'unassigned', title: 'Unassigned', link: null, rows: ['unassigned-task'] },
    ]);
  });

  it('due: a closed task with a due date goes under Due later', () => {
    const byDue = actions('group: due\nstatus: done');
    expect(grouped(byDue)).toEqual([{ key: 'later', title: 'Due later', link: null, rows: ['@me a-done'] }]);
  });
});

describe('people rollups', () => {
  it('report a person they cannot find', () => {
    expect(problems(run('show: people\nperson: Nobody'))).toEqual([expect.stringContaining("'Nobody'")]);
  });

  it('match roles whatever their case, spacing, dashes and underscores, any one of several', () => {
    expect(names(people('role: skip level'))).toEqual(expect.arrayContaining(['Bo', 'Cy']));
    expect(names(people('role: skip level'))).toHaveLength(2);
    expect(names(people('role: mentor'))).toEqual(['Bo']);
    expect(names(people('role: report, mentor')).sort()).toEqual(['Ana', 'Bo']);
    expect(names(people('role: stryker was here!'))).toEqual([]);
  });

  it('sort most urgent first, by name, or by last 1:1, each either way', () => {
    const urgent = names(people(''));
    expect(names(people('sort: due'))).toEqual(urgent);
    expect(names(people('sort: due desc'))).toEqual([...urgent].reverse());
    expect(names(people('sort: person'))).toEqual(['Abe', 'Ana', 'Bo', 'Cy']);
    expect(names(people('sort: person desc'))).toEqual(['Cy', 'Bo', 'Ana', 'Abe']);
    expect(names(people('sort: date'))).toEqual(['Ana', 'Bo', 'Abe', 'Cy']);
    expect(names(people('sort: date desc'))).toEqual(['Ana', 'Bo', 'Abe', 'Cy']);
    expect(names(people('sort: date asc'))).toEqual(['Cy', 'Abe', 'Bo', 'Ana']);
  });
});

describe('meeting rollups', () => {
  it('report a person they cannot find', () => {
    expect(problems(run('show: meetings\nperson: Nobody'))).toEqual([expect.stringContaining("'Nobody'")]);
  });

  it('without a person, include meetings whose person has no note; with one, only that person’s', () => {
    expect(meetingPaths(meetings(''))).toContain('1-1s/Ghost/2026-11-05.md');
    expect(meetingPaths(meetings('person: Ana'))).toEqual(['1-1s/Ana/2026-11-14.md', '1-1s/Ana and Bo/2026-11-12.md']);
  });

  it('since a day: meetings on or after it, never an undated one', () => {
    expect(meetingPaths(meetings('since: 2026-11-12'))).toEqual(['1-1s/Ana/2026-11-14.md', '1-1s/Ana and Bo/2026-11-12.md']);
  });

  it('name the people by their notes, or as the meeting wrote them when no note matches', () => {
    expect(meetings('').rows.map((r) => [r.meeting.meeting.path, r.people])).toEqual([
      ['1-1s/Ana/2026-11-14.md', ['Ana']],
      ['1-1s/Ana and Bo/2026-11-12.md', ['Ana', 'Bo']],
      ['1-1s/Ghost/2026-11-05.md', ['Ghost']],
      ['1-1s/2026-11-02.md', []],
      ['1-1s/Abe/2026-10-01.md', ['Abe']],
      ['1-1s/Cy/notes.md', ['Cy']],
    ]);
  });

  it('sort newest first, or by first person (nobody first) then newest, each either way', () => {
    const newest = ['1-1s/Ana/2026-11-14.md', '1-1s/Ana and Bo/2026-11-12.md', '1-1s/Ghost/2026-11-05.md', '1-1s/2026-11-02.md', '1-1s/Abe/2026-10-01.md', '1-1s/Cy/notes.md'];
    expect(meetingPaths(meetings('sort: date'))).toEqual(newest);
    expect(meetingPaths(meetings('sort: date desc'))).toEqual(newest);
    expect(meetingPaths(meetings('sort: date asc'))).toEqual([...newest].reverse());
    const byPerson = ['1-1s/2026-11-02.md', '1-1s/Abe/2026-10-01.md', '1-1s/Ana/2026-11-14.md', '1-1s/Ana and Bo/2026-11-12.md', '1-1s/Cy/notes.md', '1-1s/Ghost/2026-11-05.md'];
    expect(meetingPaths(meetings('sort: person'))).toEqual(byPerson);
    expect(meetingPaths(meetings('sort: person asc'))).toEqual(byPerson);
    expect(meetingPaths(meetings('sort: person desc'))).toEqual([...byPerson].reverse());
  });

  it('sort by person: meetings naming nobody come first, newest first, whatever order the notes were read in', () => {
    const newer = ['1-1s/2026-11-02.md', '---\ndate: 2026-11-02\n---\n'] as const;
    const older = ['1-1s/2026-11-01.md', '---\ndate: 2026-11-01\n---\n'] as const;
    const abe = ['1-1s/Abe/2026-10-01.md', meeting('"[[Abe]]"', '2026-10-01')] as const;
    for (const order of [[newer, older], [older, newer]]) {
      const files = Object.fromEntries([['People/Abe.md', '---\ncadence: weekly\n---\n'], abe, ...order]);
      const result = runQuery(indexOf(files), 'show: meetings\nsort: person', { today: TODAY, sourcePath: 'Dashboard.md' });
      if (result.kind !== 'meetings') throw new Error(`expected meetings, got ${JSON.stringify(result)}`);
      expect(meetingPaths(result)).toEqual(['1-1s/2026-11-02.md', '1-1s/2026-11-01.md', '1-1s/Abe/2026-10-01.md']);
    }
  });
});
