import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayText } from '../../src/core/query/action-rows';
import type { ActionsResult } from '../../src/core/query/evaluate-actions';
import { runQuery, type QueryResult } from '../../src/core/query/evaluate-query';
import { QUERY_KEYS } from '../../src/core/query/parse-query';
import { resultAsMarkdown } from '../../src/core/query/result-text';
import { DEMO_TODAY, indexOf } from '../support/demo-index';
import { runs } from '../support/mutation-run';

const index = indexOf();
const PRIYA = 'People/Priya Raman.md';

function run(source: string, sourcePath = 'Dashboard.md'): QueryResult {
  return runQuery(index, source, { today: DEMO_TODAY, sourcePath });
}

function actions(source: string, sourcePath?: string): ActionsResult {
  const result = run(source, sourcePath);
  if (result.kind !== 'actions') throw new Error(`expected actions, got ${JSON.stringify(result)}`);
  return result;
}

const texts = (result: ActionsResult) => result.groups.flatMap((g) => g.rows.map((r) => displayText(r.action)));
const titles = (result: ActionsResult) => result.groups.map((g) => g.title);

describe('action rollups over the demo vault on 2026-11-20', () => {
  it('lists the 22 open items by default, and the 11 that are mine, grouped by person', () => {
    expect(actions('').total).toBe(22);
    const mine = actions('owner: me');
    expect(mine.total).toBe(11);
    expect(mine.group).toBe('person');
    expect(titles(mine)).toEqual(['Aisha Mensah', 'Daniel Kowalczyk', 'Hannah Lindqvist', 'Lucas Ferreira', 'Margaret Okonkwo', 'Oliver Brandt', 'Priya Raman', 'Rosa Delgado']);
  });

  it('finds the 7 overdue items, soonest due first within a person', () => {
    const overdue = actions('due: overdue');
    expect(overdue.total).toBe(7);
    const priya = overdue.groups.find((g) => g.title === 'Priya Raman');
    expect(priya?.rows.map((r) => r.action.item.due)).toEqual(['2026-11-12', '2026-11-13', '2026-11-13']);
    expect(overdue.groups.flatMap((g) => g.rows).every((r) => r.dueState === 'overdue')).toBe(true);
  });

  it('splits by owner: theirs, mine and nobody’s', () => {
    expect(actions('owner: them').total).toBe(9);
    expect(actions('owner: unassigned').total).toBe(2);
    expect(actions('owner: anyone').total).toBe(22);
    expect(actions('owner: Meg').total).toBe(1);
    expect(titles(actions('group: owner'))[0]).toBe('Mine');
  });

  it("reads person: this as the note's person, in a person note and in a meeting note", () => {
    const inPersonNote = actions('person: this', PRIYA);
    expect(inPersonNote.total).toBe(7);
    expect(inPersonNote.group).toBe('meeting');
    expect(titles(inPersonNote)).toEqual(['Priya Raman · Oct 30']);
    expect(actions('person: this', '1-1s/Priya Raman/2026-10-09.md').total).toBe(7);
    expect(actions('person: Priya Raman, Meg').total).toBe(9);
    expect(actions('person: [[Priya Raman|Priya]]').total).toBe(7);
  });

  it('filters by status, due dates and meeting dates', () => {
    expect(actions('status: carried').total).toBe(6);
    expect(actions('status: all').total).toBeGreaterThan(22);
    expect(actions('due: none').total + actions('due: any').total).toBe(22);
    expect(actions('due: today').total).toBe(0);
    // Monday 2026-11-16 to Sunday 2026-11-22: one open item in the demo vault is due then.
    expect(texts(actions('due: this week'))).toEqual(['@me review her promotion self-assessment']);
    expect(actions('due: before 2026-11-13').total).toBe(3);
    expect(actions('since: 2026-10-30').total).toBe(actions('since: 21 days').total);
  });

  it('reads this week as Monday to Sunday around today, both ends included', () => {
    const week = indexOf({
      'People/Tess Week.md': '---\ncadence: weekly\n---\n',
      '1-1s/Tess Week/2026-11-02.md': [
        '---',
        'person: "[[Tess Week]]"',
        'date: 2026-11-02',
        '---',
        ...['2026-11-15', '2026-11-16', '2026-11-18', '2026-11-22', '2026-11-23'].map((day) => `- [ ] @me due ${day} 📅 ${day}`),
        '',
      ].join('\n'),
    });
    const thisWeek = (today: string) => {
      const result = runQuery(week, 'due: this week\ngroup: none\nsort: due', { today: today as typeof DEMO_TODAY, sourcePath: 'Dashboard.md' });
      return result.kind === 'actions' ? texts(result) : result.kind;
    };
    const monToSun = ['@me due 2026-11-16', '@me due 2026-11-18', '@me due 2026-11-22'];
    expect(thisWeek('2026-11-20')).toEqual(monToSun);
    expect(thisWeek('2026-11-16')).toEqual(monToSun);
    expect(thisWeek('2026-11-22')).toEqual(monToSun);
    expect(thisWeek('2026-11-23')).toEqual(['@me due 2026-11-23']);
    expect(thisWeek('2026-11-15')).toEqual(['@me due 2026-11-15']);
  });

  it('shows how long a carried item has been open and how often it was carried', () => {
    const budget = actions('person: this\nstatus: open', PRIYA).groups[0]?.rows.find((r) => displayText(r.action).startsWith('@me find budget'));
    expect(budget?.origin).toEqual({ target: '1-1s/Priya Raman/2026-10-09', day: '2026-10-09', count: 3 });
    expect(budget?.ageDays).toBe(42);
    expect(budget && displayText(budget.action)).toBe("@me find budget for Priya's conference trip");
  });

  it('limits, sorts and groups as asked', () => {
    const limited = actions('limit: 3\ngroup: none\nsort: text');
    expect(limited.total).toBe(22);
    expect(texts(limited)).toHaveLength(3);
    expect(texts(limited)).toEqual([...texts(limited)].sort((a, b) => a.localeCompare(b)));
    const byDue = actions('group: due');
    expect(titles(byDue)).toEqual(['Overdue', 'Due in the next 7 days', 'Due later', 'No due date']);
    const descending = texts(actions('group: none\nsort: text desc'));
    expect(descending).toEqual([...descending].sort((a, b) => b.localeCompare(a)));
  });

  it('reports names it cannot resolve, with a suggestion', () => {
    expect(run('person: Priya')).toEqual({ kind: 'problems', problems: [{ line: 1, message: "person: no person note is called 'Priya' — did you mean 'Priya Raman'?" }] });
    const message = (source: string, sourcePath?: string) => {
      const result = run(source, sourcePath);
      return result.kind === 'problems' ? result.problems.map((p) => `${p.line}: ${p.message}`).join('\n') : result.kind;
    };
    expect(message('owner: Prya Raman')).toBe("1: owner: no person note is called 'Prya Raman' — did you mean 'Priya Raman'?");
    expect(message('person: this')).toBe("1: person: 'this' needs the block to be in a person note or a meeting note, and this note is neither");
  });
});

describe('people and meeting rollups', () => {
  it('lists people most urgent first, filtered by role and state', () => {
    const people = run('show: people\nrole: report\nstate: overdue, due, due soon');
    expect(people.kind === 'people' && people.rows.map((s) => s.person.name)).toEqual(['Priya Raman', 'Daniel Kowalczyk', 'Aisha Mensah']);
    const byName = run('show: people\nsort: person desc\nlimit: 2');
    expect(byName.kind === 'people' && byName.rows.map((s) => s.person.name)).toEqual(['Rosa Delgado', 'Priya Raman']);
    const me = run('show: people\nperson: this', PRIYA);
    expect(me.kind === 'people' && me.rows.map((s) => s.person.name)).toEqual(['Priya Raman']);
  });

  it('lists meetings newest first with their open items', () => {
    const meetings = run('show: meetings\nperson: Priya Raman\nstatus: held\nlimit: 2');
    expect(meetings.kind === 'meetings' && meetings.rows.map((r) => [r.meeting.meeting.date, r.openCount])).toEqual([
      ['2026-10-30', 7],
      ['2026-10-23', 0],
    ]);
    expect(resultAsMarkdown(meetings, DEMO_TODAY)).toBe('- Oct 30 · Priya Raman · 7 open\n- Oct 23 · Priya Raman');
  });
});

describe('copy as Markdown', () => {
  it('writes tasks as written, so Tasks still reads them', () => {
    const markdown = resultAsMarkdown(run('person: Oliver Brandt'), DEMO_TODAY);
    expect(markdown.split('\n')).toEqual([
      '**Oliver Brandt · Oct 20**',
      '',
      '- [ ] @me send Oliver the case for one more payments engineer 📅 2026-11-13',
      '- [ ] [[Oliver Brandt]] introduce me to the finance partner for 2027 budgeting',
    ]);
  });

  it('writes people as a table whose cells cannot break it, in the words and dates of every other surface', () => {
    const table = resultAsMarkdown(run('show: people\nlimit: 1'), DEMO_TODAY);
    expect(table.split('\n')).toEqual([
      '| Person | Role | State | Last 1:1 | Next due | Open: theirs / mine |',
      '|---|---|---|---|---|---|',
      '| Priya Raman | report | 14 days overdue | Oct 30 | Nov 6 | 3 / 3 |',
    ]);
  });
});

describe('evaluation never throws', () => {
  it('on any query in any note', () => {
    const value = fc.constantFrom('me', 'them', 'this', 'Priya Raman', 'Meg', 'nobody', 'open', 'all', 'overdue', 'this week', 'before 2026-11-15', '30 days', 'person', 'meeting', 'due desc', 'date', '2', 'people', 'meetings', 'report', 'due soon');
    const line = fc.tuple(fc.constantFrom(...QUERY_KEYS), value).map(([k, v]) => `${k}: ${v}`);
    const note = fc.constantFrom('Dashboard.md', PRIYA, '1-1s/Daniel Kowalczyk/2026-10-28.md', 'nowhere.md');
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), note, (lines, sourcePath) => {
        const result = run(lines.join('\n'), sourcePath);
        expect(['actions', 'people', 'meetings', 'problems']).toContain(result.kind);
        expect(typeof resultAsMarkdown(result, DEMO_TODAY)).toBe('string');
      }),
      { numRuns: runs(500) },
    );
  });
});
