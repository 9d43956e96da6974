import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { didYouMean } from '../../src/core/query/did-you-mean';
import { parseQuery, QUERY_KEYS } from '../../src/core/query/parse-query';
import { runs } from '../support/mutation-run';

const messages = (source: string) => parseQuery(source).problems.map((p) => `${p.line}: ${p.message}`);

describe('parseQuery', () => {
  it('reads keys in any case, comments and blank lines, with actions and open as defaults', () => {
    const { query, problems } = parseQuery('# what I owe\n\nOWNER: me   # mine only\nDue: Next-7-Days\nsort: due desc\nlimit: 5\n');
    expect(problems).toEqual([]);
    expect(query).toMatchObject({
      show: 'actions',
      owner: { value: { kind: 'me' }, line: 3 },
      actionStatus: null,
      due: { kind: 'next-7-days' },
      sort: { key: 'due', descending: true },
      limit: 5,
    });
  });

  it('reads every value the README documents', () => {
    const ok = (source: string) => expect(messages(source), source).toEqual([]);
    for (const show of ['actions', 'people', 'meetings']) ok(`show: ${show}`);
    for (const owner of ['me', 'them', 'unassigned', 'anyone', 'Priya Raman', '@Meg']) ok(`owner: ${owner}`);
    for (const status of ['open', 'done', 'dropped', 'carried', 'all', 'open, done']) ok(`status: ${status}`);
    for (const due of ['overdue', 'today', 'this week', 'next 7 days', 'before 2026-12-01', 'after 2026-11-01', 'none', 'any']) ok(`due: ${due}`);
    for (const since of ['2026-10-01', '30 days', '6 weeks']) ok(`since: ${since}`);
    for (const group of ['person', 'meeting', 'owner', 'due', 'none']) ok(`group: ${group}`);
    for (const sort of ['due', 'date asc', 'person desc', 'text']) ok(`sort: ${sort}`);
    ok('show: people\nrole: report, peer\nstate: overdue, due soon');
    ok('show: meetings\nstatus: held, cancelled\nsince: 30 days');
    ok('person: this, [[Priya Raman|Priya]], Meg');
    expect(parseQuery('person: [[A, B]], C').query.persons?.value).toEqual([
      { kind: 'name', name: '[[A, B]]' },
      { kind: 'name', name: 'C' },
    ]);
  });

  it('explains each problem with its line and the word probably meant', () => {
    expect(messages('ownr: me')).toEqual(["1: unknown key 'ownr' — did you mean 'owner'?"]);
    expect(messages('\nstatus: opn')).toEqual(["2: status: 'opn' is not one of open, done, dropped, carried, all — did you mean 'open'?"]);
    expect(messages('due: overdu')).toEqual([
      "1: due: 'overdu' is not one of overdue, today, this week, next 7 days, before YYYY-MM-DD, after YYYY-MM-DD, none, any — did you mean 'overdue'?",
    ]);
    expect(messages('owner me')).toEqual(["1: 'owner me' is not a 'key: value' line — did you mean 'owner: me'?"]);
    expect(messages('due: before soon')).toEqual(["1: due: 'soon' is not a date; write before YYYY-MM-DD"]);
    expect(messages('owner: me\nowner: them')).toEqual(["2: 'owner' is already given on line 1; keep one (list several values with commas)"]);
    expect(messages('show: people\nowner: me')).toEqual(["2: 'owner' does not apply to people; it works with show: actions"]);
    expect(messages('show: peple')).toEqual(["1: show: 'peple' is not one of actions, people, meetings — did you mean 'people'?"]);
    expect(messages('limit: -3')).toEqual(["1: limit: '-3' is not a whole number from 1 up"]);
    expect(messages('sort: due sideways')).toEqual(["1: sort: write a key and optionally asc or desc, e.g. 'sort: due desc'"]);
    expect(messages('show: meetings\nsort: text')).toEqual(['2: sort: meetings sort by date, person, not by text']);
    expect(messages('since: last year')).toEqual(["1: since: 'last year' is neither a date (YYYY-MM-DD) nor a span such as 30 days or 6 weeks"]);
  });

  it('keeps a # that is part of a value, such as a tag-like name', () => {
    expect(parseQuery('owner: C#dev').query.owner?.value).toEqual({ kind: 'person', name: 'C#dev' });
  });

  it('never throws, and every problem points at a line of the block', () => {
    const key = fc.oneof(fc.constantFrom(...QUERY_KEYS), fc.string({ maxLength: 8 }));
    const value = fc.oneof(fc.constantFrom('me', 'open', 'overdue', 'before 2026-02-30', 'this', '3', 'due desc', ''), fc.string({ maxLength: 20 }));
    const line = fc.oneof(fc.tuple(key, value).map(([k, v]) => `${k}: ${v}`), fc.string({ maxLength: 30 }));
    const source = fc.oneof(fc.string(), fc.array(line, { maxLength: 8 }).map((lines) => lines.join('\n')));
    fc.assert(
      fc.property(source, (text) => {
        const { problems } = parseQuery(text);
        const lines = text.split(/\r?\n|\r/).length;
        for (const problem of problems) {
          expect(problem.line).toBeGreaterThanOrEqual(1);
          expect(problem.line).toBeLessThanOrEqual(lines);
          expect(problem.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: runs(2000) },
    );
  });
});

describe('didYouMean', () => {
  it('suggests close words and prefixes, and nothing for noise', () => {
    expect(didYouMean('ownr', QUERY_KEYS)).toBe('owner');
    expect(didYouMean('lmit', QUERY_KEYS)).toBe('limit');
    expect(didYouMean('grup', QUERY_KEYS)).toBe('group');
    expect(didYouMean('over', ['overdue', 'today'])).toBe('overdue');
    expect(didYouMean('zzzzzz', QUERY_KEYS)).toBeNull();
    expect(didYouMean('', QUERY_KEYS)).toBeNull();
  });
});
