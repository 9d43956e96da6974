// The rollup key `age:`: how long ago an item was first written down (following carried items to
// where they began), read as a span with an optional comparison, and the clear words for a bad one.
import { describe, expect, it } from 'vitest';
import type { CalendarDay } from '../../src/core/calendar/dates';
import type { ActionsResult } from '../../src/core/query/evaluate-actions';
import { runQuery } from '../../src/core/query/evaluate-query';
import { parseQuery } from '../../src/core/query/parse-query';
import { DEMO_TODAY, indexOf } from '../support/demo-index';

const messages = (source: string) => parseQuery(source).problems.map((p) => `${p.line}: ${p.message}`);

describe('age: in a query', () => {
  it('reads a span as "at least", a comparison, days or weeks, in any case and spacing', () => {
    const age = (value: string) => parseQuery(`age: ${value}`).query.age;
    expect(age('14 days')).toEqual({ op: '>=', days: 14 });
    expect(age('< 7 days')).toEqual({ op: '<', days: 7 });
    expect(age('<=7d')).toEqual({ op: '<=', days: 7 });
    expect(age('> 1 day')).toEqual({ op: '>', days: 1 });
    expect(age('>= 3 Weeks')).toEqual({ op: '>=', days: 21 });
    expect(age('2w')).toEqual({ op: '>=', days: 14 });
    expect(age('0 days')).toEqual({ op: '>=', days: 0 });
    expect(parseQuery('AGE: 14 days').query.age).toEqual({ op: '>=', days: 14 });
  });

  it('says what is wrong with a bad age, and what to write', () => {
    const examples = "a span such as '14 days' (at least that old), '< 7 days' or '>= 3 weeks'";
    expect(messages('age: soon')).toEqual([`1: age: 'soon' is not ${examples}`]);
    expect(messages('age: -3 days')).toEqual([`1: age: '-3 days' is negative; an age counts days since the item was first written down, e.g. ${examples}`]);
    expect(messages('age: < -3 days')).toEqual([`1: age: '< -3 days' is negative; an age counts days since the item was first written down, e.g. ${examples}`]);
    expect(messages('age:')).toEqual([`1: age: give ${examples}`]);
    expect(messages('age:   # a comment')).toEqual([`1: age: give ${examples}`]);
    expect(messages('age: => 3 days')).toEqual([`1: age: '=> 3 days' is not ${examples}`]);
    expect(messages('age: 14 months')).toEqual([`1: age: '14 months' is not ${examples}`]);
  });

  it('is a key the typo finder knows, and only for actions', () => {
    expect(messages('aeg: 14 days')).toEqual(["1: unknown key 'aeg' — did you mean 'age'?"]);
    expect(messages('show: people\nage: 14 days')).toEqual(["2: 'age' does not apply to people; it works with show: actions"]);
  });
});

describe('age: over notes', () => {
  const TODAY = '2026-11-30' as CalendarDay;
  const index = indexOf({
    'People/Ann.md': '---\ncadence: weekly\n---\n',
    '1-1s/Ann/2026-10-05.md': '---\nperson: "[[Ann]]"\ndate: 2026-10-05\n---\n- [>] [[Ann]] old\n',
    '1-1s/Ann/2026-11-23.md':
      '---\nperson: "[[Ann]]"\ndate: 2026-11-23\n---\n- [ ] [[Ann]] old ([[1-1s/Ann/2026-10-05|from Oct 5]] ×2)\n- [ ] [[Ann]] week\n- [ ] [[Ann]] written ➕ 2026-11-16\n- [ ] [[Ann]] later ➕ 2026-12-25\n',
    'Undated meeting.md': '---\ntags: [1on1]\nperson: "[[Ann]]"\n---\n## Notes\n- [ ] [[Ann]] no date anywhere\n',
  });
  const shown = (source: string) => {
    const result = runQuery(index, source, { today: TODAY, sourcePath: '' }) as ActionsResult;
    return result.groups.flatMap((g) => g.rows.map((r) => `${r.action.item.text.split(' ')[1] ?? ''} ${r.ageDays ?? '?'}`));
  };

  it('keeps items first written at least, more than, fewer than or at most that long ago', () => {
    expect(shown('age: 14 days\nsort: text')).toEqual(['old 56', 'written 14']);
    expect(shown('age: > 14 days')).toEqual(['old 56']);
    expect(shown('age: < 7 days\nsort: text')).toEqual(['later 0']);
    expect(shown('age: <= 7 days\nsort: text')).toEqual(['later 0', 'week 7']);
    expect(shown('age: >= 8 weeks')).toEqual(['old 56']);
  });

  it('leaves out an item whose age nothing tells, whatever the comparison', () => {
    expect(shown('age: 0 days')).not.toContain('no ?');
    expect(shown('age: < 1000 days')).not.toContain('no ?');
    expect(shown('sort: text')).toContain('no ?');
  });

  it('is read on the demo vault too, carried items by where they began', () => {
    const result = runQuery(indexOf(), 'age: 30 days', { today: DEMO_TODAY, sourcePath: '' }) as ActionsResult;
    const rows = result.groups.flatMap((g) => g.rows);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => (row.ageDays ?? 0) >= 30)).toBe(true);
  });
});
