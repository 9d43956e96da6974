// What's waiting: an open item of theirs first written down at least N days ago. One rule dates an
// item (its ➕ created date, else its carry marker's meeting, else its own meeting); these tests
// pin that rule and the waiting list every surface shows, on notes written the ways people write.
import { describe, expect, it } from 'vitest';
import type { CalendarDay } from '../../src/core/calendar/dates';
import { actionRow } from '../../src/core/query/action-rows';
import { isWaiting, WaitingCounts, waitingLabel, waitingLines, waitingRows } from '../../src/core/query/waiting';
import { scanActionItems } from '../../src/core/tasks/actions';
import { indexOf } from '../support/demo-index';

const TODAY = '2026-11-30' as CalendarDay;
const ANN = 'People/Ann Lee.md';

function vault(files: Record<string, string>) {
  return indexOf({ [ANN]: '---\ncadence: weekly\naliases: [Ann]\n---\n', 'People/Bo.md': '---\ncadence: weekly\n---\n', ...files });
}

function meeting(date: string, body: string, eol = '\n'): string {
  return `---${eol}person: "[[Ann Lee]]"${eol}date: ${date}${eol}---${eol}${body.split('\n').join(eol)}${eol}`;
}

/** Ann's open items as a rollup dates them: text without fields → age in days. */
function ages(files: Record<string, string>): Record<string, number | null> {
  const index = vault(files);
  const result: Record<string, number | null> = {};
  for (const m of index.meetingsOf(ANN)) for (const a of m.actions) if (a.item.state === 'open') result[a.item.text.replace(/ \(.*$|\s+➕.*$/u, '')] = actionRow(index, a, m, TODAY).ageDays;
  return result;
}

const waitingTexts = (files: Record<string, string>, days = 14) => waitingLines(waitingRows(vault(files), ANN, TODAY, days));

describe('the day an item was first written down', () => {
  it('follows a carry marker to the meeting it links to, however often the item was carried', () => {
    const files = {
      '1-1s/Ann Lee/2026-10-05.md': meeting('2026-10-05', '- [>] @Ann draft the plan'),
      '1-1s/Ann Lee/2026-11-23.md': meeting('2026-11-23', '- [ ] @Ann draft the plan ([[1-1s/Ann Lee/2026-10-05|from Oct 5]] ×5) 📅 2026-12-01'),
    };
    expect(ages(files)).toEqual({ '@Ann draft the plan': 56 });
  });

  it('takes the ➕ created date first, so carrying an item never changes its age', () => {
    const files = {
      '1-1s/Ann Lee/2026-10-01.md': meeting('2026-10-01', '- [>] @Ann added later ➕ 2026-11-15\n- [>] @Ann created before [created:: 2026-09-01]'),
      '1-1s/Ann Lee/2026-11-23.md': meeting('2026-11-23', '- [ ] @Ann added later ([[1-1s/Ann Lee/2026-10-01|from Oct 1]]) ➕ 2026-11-15\n- [ ] @Ann created before ([[1-1s/Ann Lee/2026-10-01|from Oct 1]]) [created:: 2026-09-01]'),
    };
    expect(ages(files)).toEqual({ '@Ann added later': 15, '@Ann created before': 90 });
  });

  it("takes the linked meeting's date over the date in its name, and reads CRLF, lone CR and a BOM alike", () => {
    const files = {
      '1-1s/Ann Lee/2026-10-01.md': meeting('2026-09-30', '- [>] @Ann a', '\r\n'),
      '1-1s/Ann Lee/2026-11-23.md': '\uFEFF' + meeting('2026-11-23', '- [ ] @Ann a ([[1-1s/Ann Lee/2026-10-01|from Oct 1]])\n- [ ] @Ann b', '\r'),
    };
    expect(ages(files)).toEqual({ '@Ann a': 61, '@Ann b': 7 });
  });

  it('picks the section a #heading names in a running note', () => {
    const running = '---\nperson: "[[Ann Lee]]"\n---\n## 2026-11-27\n- [ ] @Ann c ([[1-1s/Ann Lee#2026-10-02 — kickoff|from Oct 2]] ×2)\n\n## 2026-10-16\n- [>] @Ann c\n\n## 2026-10-02 — kickoff\n- [>] @Ann c\n';
    expect(ages({ '1-1s/Ann Lee.md': running })).toEqual({ '@Ann c': 59 });
  });

  it('dates a marker whose note is gone by the date in its link, and one with no date there by the ➕ date, else its own meeting', () => {
    const files = {
      '1-1s/Ann Lee/2026-11-23.md': meeting(
        '2026-11-23',
        [
          '- [ ] @Ann gone ([[1-1s/Ann Lee/2026-09-01|from Sep 1]])',
          '- [ ] @Ann undated ([[1-1s/Ann Lee/Kickoff|from Kickoff]]) ➕ 2026-11-01',
          '- [ ] @Ann nowhere ([[Somewhere else|from Somewhere else]])',
          '- [ ] @Ann created ➕ 2026-10-31',
          '- [ ] @Ann dataview [created:: 2026-11-02]',
          '- [ ] @Ann future ➕ 2027-01-01',
          '- [ ] @Ann impossible ➕ 2026-02-30',
        ].join('\n'),
      ),
      // A note with no date: the marker finds it, and falls through to what else the item says.
      '1-1s/Ann Lee/Kickoff.md': '---\nperson: "[[Ann Lee]]"\n---\n- [>] @Ann undated\n',
    };
    expect(ages(files)).toEqual({
      '@Ann gone': 90,
      '@Ann undated': 29,
      '@Ann nowhere': 7,
      '@Ann created': 30,
      '@Ann dataview [created:: 2026-11-02]': 28,
      '@Ann future': 0,
      '@Ann impossible': 7,
    });
  });
});

describe('waiting items', () => {
  const files = {
    '1-1s/Ann Lee/2026-10-05.md': meeting('2026-10-05', '- [>] @Ann old one\n- [x] @Ann done long ago\n- [-] @Ann dropped long ago\n- [ ] @me mine, old\n- [ ] nobody, old\n- [ ] @Bo Bo owns this'),
    '1-1s/Ann Lee/2026-11-23.md': meeting('2026-11-23', '- [ ] @Ann old one ([[1-1s/Ann Lee/2026-10-05|from Oct 5]] ×5)\n- [/] [[Ann Lee]] in progress ➕ 2026-11-10\n- [ ] @Ann fresh\n  - [ ] @Ann nested, old ➕ 2026-09-01'),
  };

  it('are open items of theirs at least N days old, oldest first: never done, dropped, carried, mine, nobody\'s or another\'s', () => {
    expect(waitingTexts(files)).toEqual(['- @Ann nested, old ➕ 2026-09-01 — waiting 90 days', '- @Ann old one — waiting 56 days', '- [[Ann Lee]] in progress ➕ 2026-11-10 — waiting 20 days']);
  });

  it('count an item exactly N days old, and not one a day younger', () => {
    expect(waitingTexts(files, 20)).toHaveLength(3);
    expect(waitingTexts(files, 21)).toHaveLength(2);
  });

  it('are none for a person without meetings, and say nothing then', () => {
    expect(waitingRows(vault({}), ANN, TODAY, 14)).toEqual([]);
    expect(waitingLabel(0, 14)).toBeNull();
    expect(waitingLabel(2, 14)).toBe('2 waiting > 14 days');
    expect(waitingLabel(1, 1)).toBe('1 waiting > 1 day');
  });

  it('are listed as plain lines that Markdown never reads as tasks', () => {
    const lines = waitingTexts({ '1-1s/Ann Lee/2026-10-05.md': meeting('2026-10-05', '- [ ] [ ] @Ann boxed 📅 2026-11-01 ^abc\n- [ ] [x] @Ann ticked') });
    expect(lines).toEqual(['- \\[ ] @Ann boxed — waiting 56 days', '- \\[x] @Ann ticked — waiting 56 days']);
    expect(scanActionItems(lines.join('\n'), 'Agenda')).toEqual([]);
  });

  it('are all listed from a huge note', () => {
    const body = Array.from({ length: 5000 }, (_, i) => `- [ ] @Ann item ${i}`).join('\n');
    expect(waitingTexts({ '1-1s/Ann Lee/2026-10-05.md': meeting('2026-10-05', body) })).toHaveLength(5000);
  });
});

describe('WaitingCounts, remembered between draws', () => {
  it('recounts a person when one of their meetings changes, the day moves or the setting does, and only then', () => {
    const index = vault({ '1-1s/Ann Lee/2026-10-05.md': meeting('2026-10-05', '- [ ] @Ann a\n- [ ] @Ann b') });
    const counts = new WaitingCounts();
    expect(counts.count(index, ANN, TODAY, 14)).toBe(2);
    index.upsert({ path: '1-1s/Bo/2026-10-05.md', frontmatter: { person: '[[Bo]]', date: '2026-10-05' }, tags: [], text: '- [ ] @Bo c\n' });
    expect(counts.count(index, ANN, TODAY, 14)).toBe(2);
    index.upsert({ path: '1-1s/Ann Lee/2026-10-05.md', frontmatter: { person: '[[Ann Lee]]', date: '2026-10-05' }, tags: [], text: '- [x] @Ann a\n- [ ] @Ann b\n' });
    expect(counts.count(index, ANN, TODAY, 14)).toBe(1);
    expect(counts.count(index, ANN, '2026-10-10' as CalendarDay, 14)).toBe(0);
    expect(counts.count(index, ANN, TODAY, 100)).toBe(0);
    expect(counts.count(index, ANN, TODAY, 14)).toBe(1);
  });
});

describe('isWaiting, the one rule', () => {
  const files = {
    '1-1s/Ann Lee/2026-10-05.md': meeting(
      '2026-10-05',
      ['- [ ] @Ann theirs', '- [/] @Ann in progress', '- [x] @Ann done', '- [-] @Ann dropped', '- [ ] @me mine', '- [ ] nobody', '- [ ] @Bo someone else'].join('\n'),
    ),
  };

  it('holds for their open or in-progress items old enough, and for nothing else of theirs or anyone\'s', () => {
    const index = vault(files);
    const [first] = index.meetingsOf(ANN);
    const verdicts = (first?.actions ?? []).map((action) => [action.item.text, isWaiting(actionRow(index, action, first ?? null, TODAY), ANN, 14)]);
    expect(verdicts).toEqual([
      ['@Ann theirs', true],
      ['@Ann in progress', true],
      ['@Ann done', false],
      ['@Ann dropped', false],
      ['@me mine', false],
      ['nobody', false],
      ['@Bo someone else', false],
    ]);
    // Exactly as old as the setting is waiting; a day younger is not.
    expect((first?.actions ?? []).slice(0, 1).map((action) => [isWaiting(actionRow(index, action, first ?? null, TODAY), ANN, 56), isWaiting(actionRow(index, action, first ?? null, TODAY), ANN, 57)])).toEqual([[true, false]]);
  });

  it('holds for no item whose age no rule can tell', () => {
    const index = vault(files);
    const [first] = index.meetingsOf(ANN);
    const action = first?.actions[0];
    if (!action) throw new Error('no item');
    expect(isWaiting({ ...actionRow(index, action, first ?? null, TODAY), ageDays: null }, ANN, 0)).toBe(false);
  });

  it('counts an item copied forward with its earlier copy left open once, at its newest copy', () => {
    const files = {
      '1-1s/Ann Lee/2026-10-05.md': meeting('2026-10-05', '- [ ] @Ann draft the plan'),
      '1-1s/Ann Lee/2026-11-23.md': meeting('2026-11-23', '- [ ] @Ann draft the plan ([[1-1s/Ann Lee/2026-10-05|from Oct 5]])'),
    };
    expect(waitingRows(vault(files), ANN, TODAY, 14).map((row) => row.meeting?.meeting.path)).toEqual(['1-1s/Ann Lee/2026-11-23.md']);
  });

  it('escapes only a box at the start of the text, never brackets further in', () => {
    const lines = waitingTexts({ '1-1s/Ann Lee/2026-10-05.md': meeting('2026-10-05', '- [ ] @Ann read [x] and [y] first') });
    expect(lines).toEqual(['- @Ann read [x] and [y] first — waiting 56 days']);
  });
});
