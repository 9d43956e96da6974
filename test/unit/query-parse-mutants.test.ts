import { describe, expect, it } from 'vitest';
import type { VaultIndex } from '../../src/core/index/vault-index';
import { evaluateQuery, runQuery } from '../../src/core/query/evaluate-query';
import { parseQuery } from '../../src/core/query/parse-query';
import { parseDue } from '../../src/core/query/parse-values';
import { EMPTY_QUERY } from '../../src/core/query/query-types';
import { DEMO_TODAY } from '../support/demo-index';

// Behaviours pinned down by the mutation run over src/core/query (parse-values, parse-query,
// evaluate-query); see test/mutation-survivors.md for the mutants there that no input can tell apart.
const messages = (source: string) => parseQuery(source).problems.map((p) => `${p.line}: ${p.message}`);
const query = (source: string) => {
  const parsed = parseQuery(source);
  expect(parsed.problems, source).toEqual([]);
  return parsed.query;
};

/** An index that fails on any use: stands for a bug deep in the evaluation. */
const brokenIndex = new Proxy(
  {},
  {
    get() {
      throw new Error('boom');
    },
  },
) as VaultIndex;

describe('writing values loosely', () => {
  it('reads runs of spaces, hyphens and underscores as one space', () => {
    expect(query('due: next  7 days').due).toEqual({ kind: 'next-7-days' });
    expect(query('due: Next--7__Days').due).toEqual({ kind: 'next-7-days' });
  });

  it('skips empty items in a comma-separated list', () => {
    expect(query('person: Meg, , Priya,').persons?.value).toEqual([
      { kind: 'name', name: 'Meg' },
      { kind: 'name', name: 'Priya' },
    ]);
    expect(query('status: open, ,done,').actionStatus).toEqual(['open', 'done']);
  });

  it('lists a status given twice once, and nothing it was not given', () => {
    expect(query('status: open').actionStatus).toEqual(['open']);
    expect(query('status: open, todo, open').actionStatus).toEqual(['open']);
  });

  it('reads the singular and task words of show', () => {
    expect(query('show: action').show).toBe('actions');
    expect(query('show: tasks').show).toBe('actions');
    expect(query('show: task').show).toBe('actions');
    expect(query('show: person').show).toBe('people');
    expect(query('show: meeting').show).toBe('meetings');
  });

  it('reads the synonyms of an action status', () => {
    expect(query('status: in progress').actionStatus).toEqual(['open']);
    expect(query('status: todo').actionStatus).toEqual(['open']);
    expect(query('status: completed').actionStatus).toEqual(['done']);
    expect(query('status: cancelled').actionStatus).toEqual(['dropped']);
    expect(query('status: carried forward').actionStatus).toEqual(['carried']);
  });

  it('reads each meeting status as itself, and the American spelling of cancelled', () => {
    expect(query('show: meetings\nstatus: planned').meetingStatus).toEqual(['planned']);
    expect(query('show: meetings\nstatus: rescheduled, held').meetingStatus).toEqual(['rescheduled', 'held']);
    expect(query('show: meetings\nstatus: canceled').meetingStatus).toEqual(['cancelled']);
    expect(query('show: meetings\nstatus: all').meetingStatus).toBeNull();
  });

  it('reads each due word as its own filter', () => {
    expect(query('due: overdue').due).toEqual({ kind: 'overdue' });
    expect(query('due: today').due).toEqual({ kind: 'today' });
    expect(query('due: this week').due).toEqual({ kind: 'this-week' });
    expect(query('due: none').due).toEqual({ kind: 'none' });
    expect(query('due: any').due).toEqual({ kind: 'any' });
    expect(query('due: before 2026-12-01').due).toEqual({ kind: 'before', day: '2026-12-01' });
    expect(query('due: After 2026-11-01').due).toEqual({ kind: 'after', day: '2026-11-01' });
  });

  it('reads spans of days and weeks, singular or plural, with or without a space', () => {
    expect(query('since: 30 days').since).toEqual({ kind: 'days', days: 30 });
    expect(query('since: 30days').since).toEqual({ kind: 'days', days: 30 });
    expect(query('since: 1 day').since).toEqual({ kind: 'days', days: 1 });
    expect(query('since: 1 week').since).toEqual({ kind: 'days', days: 7 });
    expect(query('since: 2 weeks').since).toEqual({ kind: 'days', days: 14 });
    expect(query('since: 3w').since).toEqual({ kind: 'days', days: 21 });
  });

  it('keeps a sort without a direction undecided, and reads asc as ascending', () => {
    expect(query('sort: due').sort).toEqual({ key: 'due', descending: null });
    expect(query('sort: due asc').sort).toEqual({ key: 'due', descending: false });
    expect(query('sort: due desc').sort).toEqual({ key: 'due', descending: true });
  });

  it('takes a limit of several digits', () => {
    expect(query('limit: 25').limit).toBe(25);
  });
});

describe('names that contain an @ or a #', () => {
  it('drops only a leading @ from a person or an owner', () => {
    expect(query('person: @Meg, Ann@Corp').persons?.value).toEqual([
      { kind: 'name', name: 'Meg' },
      { kind: 'name', name: 'Ann@Corp' },
    ]);
    expect(query('owner: @Meg').owner?.value).toEqual({ kind: 'person', name: 'Meg' });
    expect(query('owner: Ann@Corp').owner?.value).toEqual({ kind: 'person', name: 'Ann@Corp' });
  });

  it('reads a # after a letter as part of the value, not as a comment', () => {
    expect(query('owner: C# guild').owner?.value).toEqual({ kind: 'person', name: 'C# guild' });
  });
});

describe('blank and spaced-out lines', () => {
  it('ignores lines of spaces and indented comments', () => {
    expect(messages('owner: me\n   \n  # later\n\t\nlimit: 5')).toEqual([]);
  });

  it('allows spaces before the colon', () => {
    expect(query('owner : me').owner?.value).toEqual({ kind: 'me' });
  });
});

describe('the problem a user reads for an empty value', () => {
  it('names the statuses when none is given', () => {
    expect(messages('status:')).toEqual(['1: status: give one or more of open, done, dropped, carried, all']);
    expect(messages('status: ,')).toEqual(['1: status: give one or more of open, done, dropped, carried, all']);
    expect(messages('show: meetings\nstatus:')).toEqual(['2: status: give one or more of held, cancelled, rescheduled, planned, all']);
  });

  it('asks for a person, an owner or a role', () => {
    expect(messages('person: ,')).toEqual(["1: person: name one or more people (a link, name or alias), or 'this'"]);
    expect(messages('owner:')).toEqual(["1: owner: give one of me, them, unassigned, anyone, or a person's name"]);
    expect(messages('owner: @')).toEqual(["1: owner: give one of me, them, unassigned, anyone, or a person's name"]);
    expect(messages('show: people\nrole:')).toEqual(['2: role: name one or more roles, e.g. report, peer']);
  });
});

describe('the problem a user reads for a typo in a value', () => {
  it('names the key and the words it takes', () => {
    expect(messages('show: meetings\nstatus: helt')).toEqual(["2: status: 'helt' is not one of held, cancelled, rescheduled, planned, all — did you mean 'held'?"]);
    expect(messages('show: meetings\nstatus: held, nope')[0]).toMatch(/^2: status: 'nope' is not one of /);
    expect(messages('show: people\nstate: overdoo')).toEqual([
      "2: state: 'overdoo' is not one of overdue, due, due-soon, never-met, invalid-cadence, on-track, no-cadence, paused — did you mean 'overdue'?",
    ]);
    expect(messages('group: persn')).toEqual(["1: group: 'persn' is not one of person, meeting, owner, due, none — did you mean 'person'?"]);
    expect(messages('sort: dew')).toEqual(["1: sort: 'dew' is not one of due, date, person, text"]);
  });

  it('explains a sort direction it does not know, suggesting asc or desc', () => {
    expect(messages('sort: due des')).toEqual(["1: sort: write a key and optionally asc or desc, e.g. 'sort: due desc' — did you mean 'desc'?"]);
    expect(messages('sort: due asx')).toEqual(["1: sort: write a key and optionally asc or desc, e.g. 'sort: due desc' — did you mean 'asc'?"]);
    expect(messages('sort: due up')).toEqual(["1: sort: write a key and optionally asc or desc, e.g. 'sort: due desc'"]);
    expect(messages('sort: due asc please')).toHaveLength(1);
  });

  it('says which date a before or after could not read, and how to write it', () => {
    expect(messages('due: after xyz')).toEqual(["1: due: 'xyz' is not a date; write after YYYY-MM-DD"]);
    expect(messages('due: before  xyz')).toEqual(["1: due: 'xyz' is not a date; write before YYYY-MM-DD"]);
  });

  it('reads before and after only as the first word, and only on a single line', () => {
    expect(messages('due: nobefore 2026-12-01')).toEqual([
      "1: due: 'nobefore 2026-12-01' is not one of overdue, today, this week, next 7 days, before YYYY-MM-DD, after YYYY-MM-DD, none, any",
    ]);
    expect(parseDue('before 2026-12-01\u2028later')).toHaveProperty('problem');
  });

  it('refuses a span with more after or before it', () => {
    expect(messages('since: 30 daysx')).toEqual(["1: since: '30 daysx' is neither a date (YYYY-MM-DD) nor a span such as 30 days or 6 weeks"]);
    expect(messages('since: x30 days')).toHaveLength(1);
  });

  it('refuses a limit of zero, with letters, or of more than seven digits', () => {
    expect(messages('limit: 0')).toEqual(["1: limit: '0' is not a whole number from 1 up"]);
    expect(messages('limit: x5')).toEqual(["1: limit: 'x5' is not a whole number from 1 up"]);
    expect(messages('limit: 5x')).toEqual(["1: limit: '5x' is not a whole number from 1 up"]);
    expect(messages('limit: 12345678')).toHaveLength(1);
  });

  it('leaves the default in place of a value it refused', () => {
    const { query: refused } = parseQuery('limit: 0\nowner:\nshow: people\n');
    expect(refused.limit).toBe(EMPTY_QUERY.limit);
    expect(parseQuery('limit: 0').query.limit).toBeNull();
  });
});

describe('the problem a user reads for a line that is not a key', () => {
  it('suggests the line with a colon, keeping the words as written', () => {
    expect(messages('owner  me')).toEqual(["1: 'owner  me' is not a 'key: value' line — did you mean 'owner: me'?"]);
    expect(messages('person Priya Raman')).toEqual(["1: 'person Priya Raman' is not a 'key: value' line — did you mean 'person: Priya Raman'?"]);
    expect(messages('ownr me')).toEqual(["1: 'ownr me' is not a 'key: value' line; write for example 'owner: me' — did you mean 'owner'?"]);
  });

  it('lists every key for an unknown key with no close match', () => {
    expect(messages('xyzzy: 1')).toEqual(["1: unknown key 'xyzzy'; keys are show, person, owner, status, due, since, age, role, state, group, sort, limit"]);
  });

  it('names every kind of result a misplaced key works with', () => {
    expect(messages('show: people\nstatus: open')).toEqual(["2: 'status' does not apply to people; it works with show: actions or meetings"]);
  });

  it('lists the problems in line order, whatever found them', () => {
    expect(messages('limit: 0\nfoo\nowner:\nbar')).toEqual([
      "1: limit: '0' is not a whole number from 1 up",
      "2: 'foo' is not a 'key: value' line; write for example 'owner: me'",
      "3: owner: give one of me, them, unassigned, anyone, or a person's name",
      "4: 'bar' is not a 'key: value' line; write for example 'owner: me'",
    ]);
  });
});

describe('running a block', () => {
  const context = { today: DEMO_TODAY, sourcePath: 'Dashboard.md' };

  it('shows the parse problems and does not run a query that has any', () => {
    expect(runQuery(brokenIndex, 'limit: 0', context)).toEqual({ kind: 'problems', problems: [{ line: 1, message: "limit: '0' is not a whole number from 1 up" }] });
  });

  it('turns a failure inside the evaluation into a problem the block shows', () => {
    for (const show of ['actions', 'people', 'meetings'] as const) {
      expect(evaluateQuery(brokenIndex, { ...EMPTY_QUERY, show }, context)).toEqual({
        kind: 'problems',
        problems: [{ line: 0, message: 'the query could not run (boom); please report this' }],
      });
    }
  });
});

describe('words that name what every object has', () => {
  it('are not values: constructor, toString and __proto__ get a problem, never a match or a throw', () => {
    for (const word of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      for (const key of ['due', 'status', 'show']) {
        const source = `${key}: ${word}\nlimit: 5`;
        expect(() => parseQuery(source), source).not.toThrow();
        expect(messages(source), source).toEqual([expect.stringMatching(new RegExp(`^1: ${key}: '${word}' is not`))]);
      }
    }
  });
});
