// What the sidebar, the 1:1 view and the overview say about the problems the index finds: which
// section a person goes to, the wording of each problem, and the notes that belong to nobody.
import { describe, expect, it } from 'vitest';
import type { CalendarDay } from '../../src/core/calendar/dates';
import { dueSections, dueSummary, problemsOpenAtFirst } from '../../src/core/view-models/due-sections';
import { overviewRows, unattributedLines } from '../../src/core/view-models/overview-model';
import { personViewModel } from '../../src/core/view-models/person-view-model';
import { problemCount, problemLine, unattributedNotes } from '../../src/core/index/problem-lines';
import { peopleByUrgency } from '../../src/core/cadence/urgency';
import { VaultIndex } from '../../src/core/index/vault-index';

const TODAY = '2026-11-20' as CalendarDay;

interface Meeting {
  date: string;
  fm?: Record<string, unknown>;
  fileProblem?: string;
}

/** A team as notes: each person's properties (and a file problem), their meetings, and stray meetings. */
function vault(people: Record<string, { fm: Record<string, unknown>; fileProblem?: string; meetings?: Meeting[] }>, stray: Record<string, Record<string, unknown>> = {}) {
  const index = new VaultIndex({ peopleFolder: 'People', meetingsFolder: '1-1s' });
  index.batch(() => {
    for (const [name, { fm, fileProblem, meetings = [] }] of Object.entries(people)) {
      index.upsert({ path: `People/${name}.md`, frontmatter: fm, tags: [], text: null, fileProblem });
      for (const meeting of meetings) {
        const frontmatter = { person: `[[${name}]]`, date: meeting.date, ...meeting.fm };
        index.upsert({ path: `1-1s/${name}/${meeting.date}.md`, frontmatter, tags: [], text: '', fileProblem: meeting.fileProblem });
      }
    }
    for (const [path, frontmatter] of Object.entries(stray)) index.upsert({ path, frontmatter, tags: ['1on1'], text: '' });
  });
  return index;
}

const held = (date: string, fm: Record<string, unknown> = {}): Meeting => ({ date, fm });
const names = (people: readonly { person: { name: string } }[]) => people.map((s) => s.person.name);

describe('problem lines', () => {
  it('name the note by its file name, then the problem as the index words it', () => {
    expect(problemLine({ path: '1-1s/Priya Raman/2026-10-09.md', problem: 'mood "eleven" is not a number from 1 to 10' })).toEqual({
      path: '1-1s/Priya Raman/2026-10-09.md',
      note: '2026-10-09',
      problem: 'mood "eleven" is not a number from 1 to 10',
      text: '2026-10-09: mood "eleven" is not a number from 1 to 10',
    });
  });

  it('count in words', () => {
    expect([1, 2, 12].map(problemCount)).toEqual(['1 problem', '2 problems', '12 problems']);
  });
});

describe('dueSections with problems', () => {
  const index = vault(
    {
      Late: { fm: { cadence: 'weekly' }, meetings: [held('2026-10-09', { mood: 'eleven' }), held('2026-10-30')] },
      Fine: { fm: { cadence: 'monthly', paused: 'tru' }, meetings: [held('2026-11-18')] },
      Loose: { fm: { role: { team: 'core' } } },
      Away: { fm: { cadence: 'weekly', paused: '2027-01-10' }, meetings: [held('2026-09-01', { status: 'done' })] },
      Unread: { fm: { cadence: 'monthly' }, fileProblem: 'could not be read', meetings: [held('2026-11-18')] },
      Dropped: { fm: { cadence: 'monthly', aliases: [5] }, meetings: [held('2026-11-10'), held('2026-11-17', { status: 'cancelled' })] },
      Clean: { fm: { cadence: 'monthly' }, meetings: [held('2026-11-18')] },
    },
    { '1-1s/Sam Taylor/2026-11-02.md': { person: '[[Sam Taylor]]', date: '2026-11-02', mood: 12 }, 'Journal/Lunch.md': { date: '2026-11-03' } },
  );
  const statuses = peopleByUrgency(index, TODAY);
  const grouped = dueSections(statuses, false, index);

  it('keeps an overdue person in Overdue and moves the quiet ones with problems to "Needs attention"', () => {
    expect(grouped.sections.map((s) => [s.id, names(s.people)])).toEqual([
      ['overdue', ['Late']],
      ['cancelled', ['Dropped']],
      ['needs-attention', ['Fine', 'Unread', 'Loose', 'Away']],
    ]);
  });

  it('keeps everyone once, and people without problems where they were', () => {
    const all = dueSections(statuses, true, index).sections.flatMap((s) => names(s.people));
    expect([...all].sort()).toEqual(['Away', 'Clean', 'Dropped', 'Fine', 'Late', 'Loose', 'Unread']);
    expect(dueSections(statuses, true, index).sections.find((s) => s.id === 'on-track')?.people.map((s) => s.person.name)).toEqual(['Clean']);
  });

  it("gives each person's problems as lines, the person note's first, then each meeting's, newest first", () => {
    expect(grouped.problems.get('People/Late.md')?.map((line) => line.text)).toEqual(['2026-10-09: mood "eleven" is not a number from 1 to 10']);
    expect(grouped.problems.get('People/Unread.md')?.map((line) => line.text)).toEqual(['Unread: could not be read']);
    expect(grouped.problems.get('People/Away.md')?.map((line) => line.text)).toEqual([
      '2026-09-01: status "done" is not one of held, cancelled, rescheduled, planned; not counted as met',
    ]);
    expect(grouped.problems.has('People/Clean.md')).toBe(false);
  });

  it('lists the meeting notes that belong to nobody in "Needs attention", and counts them', () => {
    const attention = grouped.sections.find((s) => s.id === 'needs-attention');
    expect(attention?.notes.map((note) => [note.name, note.meta, note.reasons])).toEqual([
      ['2026-11-02', 'Meeting note · 1-1s/Sam Taylor', ['Person "Sam Taylor" matches no person note', 'Mood 12 is outside 1–10']],
      ['Lunch', 'Meeting note · Journal', ['No person: add a person property, e.g. person: "[[Alice Smith]]"']],
    ]);
    expect(grouped.counts['needs-attention']).toBe(6);
    expect(dueSummary(grouped.counts)).toBe('1 overdue · 1 cancelled · 6 need attention');
    expect(grouped.quietCount).toBe(1);
  });

  it('shows "Needs attention" for stray notes alone, when every person is fine', () => {
    const strays = vault({ Clean: { fm: { cadence: 'monthly' }, meetings: [held('2026-11-18')] } }, { '1-1s/Sam/2026-11-02.md': { date: '2026-11-02' } });
    const only = dueSections(peopleByUrgency(strays, TODAY), false, strays);
    expect(only.sections.map((s) => [s.id, s.people.length, s.notes.length])).toEqual([['needs-attention', 0, 1]]);
    expect(dueSummary(only.counts)).toBe('1 needs attention');
  });

  it('opens the problems at first only where they are the reason a person is listed', () => {
    expect(problemsOpenAtFirst('needs-attention')).toBe(true);
    expect(['overdue', 'due', 'due-soon', 'never-met', 'cancelled', 'on-track'].map((id) => problemsOpenAtFirst(id as never))).toEqual([false, false, false, false, false, false]);
  });

  it('without a problem source, groups as before', () => {
    expect(dueSections(statuses, false).sections.map((s) => s.id)).toEqual(['overdue', 'cancelled']);
  });
});

describe('unattributedNotes', () => {
  it('says which person matched nothing, for one name or several', () => {
    const index = vault({}, { '1-1s/x.md': { person: ['[[Ann]]', '[[Bo]]'], date: '2026-11-01' } });
    expect(unattributedNotes(index.unattributedProblems())[0]?.lines.map((line) => line.text)).toEqual(['x: people "Ann" and "Bo" match no person note']);
  });
});

describe('the 1:1 view banner', () => {
  const index = vault({
    Late: { fm: { cadence: 'weekly', paused: 'tru' }, meetings: [held('2026-10-09', { mood: 'eleven' }), held('2026-10-30', { date: '2026-13-01' })] },
    Clean: { fm: { cadence: 'weekly' } },
  });

  it('lists each problem with the note it is in, the person note first', () => {
    const model = personViewModel(index, 'People/Late.md', TODAY);
    expect(model?.problems?.title).toBe("3 problems in Late's notes");
    expect(model?.problems?.lines.map((line) => [line.path, line.text])).toEqual([
      ['People/Late.md', 'Late: paused "tru" is not true, false or a date (YYYY-MM-DD)'],
      ['1-1s/Late/2026-10-30.md', '2026-10-30: date "2026-13-01" is not a date (YYYY-MM-DD); using 2026-10-30 from the file name'],
      ['1-1s/Late/2026-10-09.md', '2026-10-09: mood "eleven" is not a number from 1 to 10'],
    ]);
  });

  it('is absent when the notes read cleanly', () => {
    expect(personViewModel(index, 'People/Clean.md', TODAY)?.problems).toBeNull();
  });
});

describe('the overview', () => {
  const index = vault(
    { Late: { fm: { cadence: 'weekly' }, meetings: [held('2026-10-09', { mood: 'eleven' })] }, Clean: { fm: { cadence: 'weekly' } } },
    { '1-1s/Sam Taylor/2026-11-02.md': { person: '[[Sam Taylor]]', date: '2026-11-02' } },
  );
  const rows = overviewRows(index, TODAY);

  it('marks a row with its count and reads its problems in the row label', () => {
    const late = rows.find((row) => row.name === 'Late');
    expect(late?.problems.map((line) => line.text)).toEqual(['2026-10-09: mood "eleven" is not a number from 1 to 10']);
    expect(late?.problemCount).toBe('1 problem');
    expect(late?.label).toBe('Open the 1:1 view for Late. 1 problem: 2026-10-09: mood "eleven" is not a number from 1 to 10');
    const clean = rows.find((row) => row.name === 'Clean');
    expect([clean?.problemCount, clean?.label]).toEqual([null, 'Open the 1:1 view for Clean']);
  });

  it('lists the lines of the notes that belong to nobody', () => {
    expect(unattributedLines(index).map((line) => line.text)).toEqual(['2026-11-02: person "Sam Taylor" matches no person note']);
  });
});
