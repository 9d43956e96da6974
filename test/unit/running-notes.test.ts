// Running notes (issue 16): one note per person, a dated heading per meeting. The index reads each
// dated section as a meeting — its date, `status::` and `mood::` fields, tasks and agenda — and mixes
// them with meeting notes into one history.
import { describe, expect, it } from 'vitest';
import type { CalendarDay } from '../../src/core/calendar/dates';
import { VaultIndex } from '../../src/core/index/vault-index';
import { headingDay, runningSections } from '../../src/core/meetings/running-note';
import { readMarkdown } from '../../src/core/markdown/markdown-note';
import { personStatus } from '../../src/core/cadence/urgency';
import { runQuery } from '../../src/core/query/evaluate-query';

const OPTIONS = { peopleFolder: 'People', meetingsFolder: '1-1s', meetingTag: '1on1' };
const TODAY = '2026-11-20' as CalendarDay;

const RUNNING = [
  '# 1:1s with Alice',
  '',
  '## 2026-11-13 — 1:1',
  'mood:: 7',
  '- [ ] [[Alice Smith]] draft the plan',
  '- [x] @me book the room',
  '',
  '## [[2026-11-06]]',
  'status:: cancelled',
  '',
  '### Agenda',
  '- offsite',
  '',
  '## 2026-10-30 (late)',
  'Talked about the migration.',
  '- [ ] @me send notes',
  '',
].join('\n');

function index(files: Record<string, { frontmatter?: Record<string, unknown>; text: string | null }>): VaultIndex {
  const built = new VaultIndex(OPTIONS);
  for (const [path, { frontmatter = {}, text }] of Object.entries(files)) built.upsert({ path, frontmatter, tags: [], text });
  return built;
}

const ALICE = 'People/Alice Smith.md';
const person = { frontmatter: { cadence: 'weekly' }, text: null };

describe('dated headings', () => {
  it('reads a day, or a link to one, first in the heading; anything else is no section', () => {
    expect(headingDay('2026-11-20')).toBe('2026-11-20');
    expect(headingDay('2026-11-20 — 1:1')).toBe('2026-11-20');
    expect(headingDay('[[2026-11-20]] planning')).toBe('2026-11-20');
    expect(headingDay('[[Daily/2026-11-20|Nov 20]]')).toBe('2026-11-20');
    expect(headingDay('2026-02-30')).toBe('impossible');
    // "Followed by anything": a retro on the day is a meeting on the day.
    expect(headingDay('2026-11-20-retro')).toBe('2026-11-20');
    for (const text of ['Notes 2026-11-20', '2026-11-201', 'Agenda', '20261120']) expect(headingDay(text)).toBeNull();
  });

  it('ends a section at the next heading of its level or higher, or the next dated heading', () => {
    const { sections } = runningSections(readMarkdown('## 2026-11-13\n### Notes\ntext\n### 2026-11-12\nx\n# Archive\n'));
    expect(sections.map(({ day, line, endLine }) => [day, line, endLine])).toEqual([
      ['2026-11-13', 0, 2],
      ['2026-11-12', 3, 4],
    ]);
  });

  it('reads no section from a dated heading in a callout, a fence or a comment, and names an impossible one', () => {
    const { sections, problems } = runningSections(readMarkdown('> ## 2026-11-13\n```\n## 2026-11-12\n```\n%%\n## 2026-11-11\n%%\n## 2026-02-30\n'));
    expect(sections).toEqual([]);
    expect(problems).toEqual(['heading "2026-02-30" (line 8) is not a day in the calendar; it is not read as a meeting']);
  });
});

describe('a running note in the meetings folder', () => {
  it('is one meeting per dated section, with its own status, mood and tasks, named by its file name', () => {
    const built = index({ [ALICE]: person, '1-1s/Alice Smith.md': { text: RUNNING } });
    const meetings = built.meetingsOf(ALICE);
    expect(meetings.map(({ meeting }) => [meeting.date, meeting.status, meeting.mood, meeting.section?.heading])).toEqual([
      ['2026-11-13', 'held', 7, '2026-11-13 — 1:1'],
      ['2026-11-06', 'cancelled', null, '[[2026-11-06]]'],
      ['2026-10-30', 'held', null, '2026-10-30 (late)'],
    ]);
    expect(meetings.map(({ actions }) => actions.map((action) => action.item.line))).toEqual([[4, 5], [], [15]]);
    expect(meetings[1]?.agenda).toEqual([{ text: 'offsite', ticked: null, carried: false }]);
    expect(built.openCounts(ALICE)).toEqual({ theirs: 1, mine: 1, unassigned: 0 });
    expect(personStatus(built, built.getPerson(ALICE) as never, TODAY).cadence.lastMet).toBe('2026-11-13');
  });

  it('mixes with meeting notes into one history, by date; two sections of a day are two meetings', () => {
    const built = index({
      [ALICE]: person,
      '1-1s/Alice Smith/running.md': { text: '## 2026-11-13\nx\n## 2026-11-13\ny\n## 2026-10-01\n' },
      '1-1s/Alice Smith/2026-11-06.md': { text: '- [ ] @me a\n' },
    });
    expect(built.meetingsOf(ALICE).map(({ meeting }) => `${meeting.date} ${meeting.path}:${meeting.section?.line ?? '-'}`)).toEqual([
      '2026-11-13 1-1s/Alice Smith/running.md:0',
      '2026-11-13 1-1s/Alice Smith/running.md:2',
      '2026-11-06 1-1s/Alice Smith/2026-11-06.md:-',
      '2026-10-01 1-1s/Alice Smith/running.md:4',
    ]);
  });

  it('stays one meeting when the note has a date (a property or its file name), whatever headings it holds', () => {
    const built = index({
      [ALICE]: person,
      '1-1s/Alice Smith/2026-11-06.md': { text: '## 2026-11-01\n- [ ] @me a\n' },
      '1-1s/Alice Smith/notes.md': { frontmatter: { date: '2026-11-02' }, text: '## 2026-11-01\n' },
    });
    expect(built.meetingsOf(ALICE).map(({ meeting }) => [meeting.date, meeting.section])).toEqual([
      ['2026-11-06', undefined],
      ['2026-11-02', undefined],
    ]);
  });

  it('names a section whose status cannot be read, and an impossible dated heading, on the person', () => {
    const built = index({ [ALICE]: person, '1-1s/Alice Smith.md': { text: '## 2026-11-13\nstatus:: postponed\n## 2026-13-01\n' } });
    expect(built.problemsOf(ALICE).map((problem) => problem.problem)).toEqual([
      'status "postponed" is not one of held, cancelled, rescheduled, planned; not counted as met (under "2026-11-13")',
      'heading "2026-13-01" (line 3) is not a day in the calendar; it is not read as a meeting',
    ]);
  });

  it('re-reads only the note edited: its sections replace the old ones, the others stay', () => {
    const built = index({ [ALICE]: person, '1-1s/Alice Smith.md': { text: RUNNING }, '1-1s/Alice Smith/2026-09-01.md': { text: '' } });
    expect(built.meetingsOf(ALICE)).toHaveLength(4);
    built.upsert({ path: '1-1s/Alice Smith.md', frontmatter: {}, tags: [], text: '## 2026-11-13\n' });
    expect(built.meetingsOf(ALICE).map(({ meeting }) => meeting.date)).toEqual(['2026-11-13', '2026-09-01']);
    built.remove('1-1s/Alice Smith.md');
    expect(built.meetingsOf(ALICE).map(({ meeting }) => meeting.date)).toEqual(['2026-09-01']);
    expect(built.meetingCount).toBe(1);
  });

  it('names open items under no dated heading, which count nowhere', () => {
    const built = index({ [ALICE]: person, '1-1s/Alice Smith.md': { text: '- [ ] @me loose one\n- [x] done one\n## 2026-11-13\n- [ ] @me in a meeting\n' } });
    expect(built.problemsOf(ALICE).map((problem) => problem.problem)).toEqual([
      '1 open item is under no dated heading, so it belongs to no meeting and is neither counted nor carried',
    ]);
  });

  it('groups a rollup by meeting per section, each group linking to its section', () => {
    const built = index({ [ALICE]: person, '1-1s/Alice Smith.md': { text: RUNNING } });
    const result = runQuery(built, 'person: Alice Smith', { today: TODAY, sourcePath: 'Dashboard.md' });
    if (result.kind !== 'actions') throw new Error('not actions');
    expect(result.groups.map((group) => [group.title, group.link, group.rows.length])).toEqual([
      ['Alice Smith · Nov 13', '1-1s/Alice Smith.md#2026-11-13 — 1:1', 1],
      ['Alice Smith · Oct 30', '1-1s/Alice Smith.md#2026-10-30 (late)', 1],
    ]);
  });

  it('asks for the text again when a running note is renamed: its sections are read from it', () => {
    const built = index({ [ALICE]: person, '1-1s/Alice Smith.md': { text: RUNNING } });
    expect(built.rename('1-1s/Alice Smith.md', { path: '1-1s/Alice.md', frontmatter: {}, tags: [] })).toBe(false);
  });
});

describe('the person note as the running note', () => {
  it('is both the profile and the meetings, when read with its text', () => {
    const built = index({ [ALICE]: { frontmatter: { cadence: 'weekly' }, text: '---\ncadence: weekly\n---\n## Next 1:1\n- point\n' + RUNNING } });
    expect(built.getPerson(ALICE)?.name).toBe('Alice Smith');
    expect(built.meetingsOf(ALICE).map(({ meeting }) => meeting.date)).toEqual(['2026-11-13', '2026-11-06', '2026-10-30']);
    expect(built.openCounts(ALICE)).toEqual({ theirs: 1, mine: 1, unassigned: 0 });
  });

  it('joins a running note elsewhere: the same person with notes in two places is one history', () => {
    const built = index({ [ALICE]: { frontmatter: {}, text: '## 2026-11-13\n' }, '1-1s/Alice Smith.md': { text: '## 2026-11-06\n' } });
    expect(built.meetingsOf(ALICE).map(({ meeting }) => `${meeting.date} ${meeting.path}`)).toEqual(['2026-11-13 People/Alice Smith.md', '2026-11-06 1-1s/Alice Smith.md']);
  });
});

describe('CRLF and lone CR running notes', () => {
  it('read the same as LF ones, with the same lines', () => {
    for (const eol of ['\r\n', '\r']) {
      const built = index({ [ALICE]: person, '1-1s/Alice Smith.md': { text: RUNNING.replace(/\n/g, eol) } });
      expect(built.meetingsOf(ALICE).map(({ meeting, actions }) => [meeting.date, meeting.mood, actions.map((a) => a.item.line)])).toEqual([
        ['2026-11-13', 7, [4, 5]],
        ['2026-11-06', null, []],
        ['2026-10-30', null, [15]],
      ]);
    }
  });
});
