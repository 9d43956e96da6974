import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CalendarDay } from '../../src/core/calendar/dates';
import { buildQuestionBank } from '../../src/core/questions/question-bank';
import type { PersonMemory } from '../../src/core/questions/question-memory';
import { parseQuestionQuery } from '../../src/core/questions/question-query';
import { QuestionSearch } from '../../src/core/questions/question-search';
import { runs } from '../support/mutation-run';

const TODAY = '2026-11-20' as CalendarDay;
const bank = buildQuestionBank({ custom: null, hideBuiltIn: false });
const search = new QuestionSearch(bank);
const ids = (query: string, memory: PersonMemory | null = null, count = 3) =>
  search.search(query, memory).hits.slice(0, count).map((hit) => hit.question.id);

/** Query → a question that must be among the first three. Typos and partial words included. */
const RELEVANCE: [string, string][] = [
  ['grow', 'growth-14'],
  ['career', 'growth-01'],
  ['promotion', 'growth-07'],
  ['mentor', 'growth-13'],
  ['leaving', 'growth-12'],
  ['blocked', 'blockers-01'],
  ["what's blocking", 'blockers-01'],
  ['stuck', 'blockers-06'],
  ['decision', 'blockers-03'],
  ['burnout', 'workload-09'],
  ['stress', 'workload-10'],
  ['vacation', 'workload-04'],
  ['time off', 'workload-04'],
  ['on-call', 'workload-12'],
  ['feedback manager', 'feedback-me-01'],
  ['micromanage', 'feedback-me-09'],
  ['1 to 10', 'check-in-01'],
  ['mood', 'check-in-01'],
  ['how are you', 'check-in-12'],
  ['goals quarter', 'priorities-04'],
  ['deadline', 'priorities-09'],
  ['thank', 'recognition-11'],
  ['proud', 'recognition-01'],
  ['celebrate wins', 'recognition-06'],
  ['next meeting', 'next-steps-11'],
  ['action items', 'next-steps-09'],
  ['disagree', 'conflict-01'],
  ['tension team', 'conflict-03'],
  ['home office', 'remote-01'],
  ['zoom', 'remote-06'],
  ['video calls', 'remote-06'],
  ['time zones', 'remote-03'],
  ['hobbies', 'personal-01'],
  ['first job', 'personal-07'],
  ['onboarding', 'team-13'],
  ['bored', 'engagement-09'],
  ['conference', 'skills-03'],
  ['learn from', 'skills-06'],
  ['strategy', 'clarity-05'],
  ['carer', 'growth-01'],
  ['wokrload', 'workload-01'],
  ['remot meetngs', 'remote-13'],
  ['category:remote equipment', 'remote-04'],
  ['#feedback critical', 'feedback-them-04'],
];

describe('question search relevance', () => {
  it.each(RELEVANCE)('%j finds %s in the top three', (query, expected) => {
    expect(ids(query)).toContain(expected);
  });

  it('has at least 30 relevance cases', () => {
    expect(RELEVANCE.length).toBeGreaterThanOrEqual(30);
  });

  it('matches late words in long questions as well as early ones', () => {
    expect(ids('grow')).toEqual(expect.arrayContaining(['growth-14']));
    const late = search.search('asynchronous').hits[0];
    expect(late?.question.id).toBe('remote-12');
    expect(late?.question.text.slice(...(late.matches[0] ?? [0, 0]))).toBe('asynchronous');
  });

  it('puts questions of the matching category first for a category word', () => {
    const hits = search.search('grow').hits;
    expect(hits.slice(0, 14).every((hit) => hit.question.category === 'growth')).toBe(true);
  });

  it('highlights the matched characters of the text', () => {
    const hit = search.search('blocking').hits[0];
    expect(hit?.question.id).toBe('blockers-01');
    expect(hit?.matches.map(([s, e]) => hit.question.text.slice(s, e))).toEqual(['blocking']);
  });
});

describe('category filters', () => {
  it('narrows to a category by #name or category:name, fuzzy on the name', () => {
    for (const query of ['#grow', '#career', 'category:growth', 'category: Career', '#carer']) {
      const results = search.search(query);
      expect(results.narrowedTo?.map((c) => c.id), query).toEqual(['growth']);
      expect(new Set(results.hits.map((hit) => hit.question.category))).toEqual(new Set(['growth']));
    }
  });

  it('keeps every category the name could mean', () => {
    expect(search.search('#feedback').narrowedTo?.map((c) => c.id)).toEqual(['feedback-them', 'feedback-me']);
  });

  it('searches inside the category with the remaining words', () => {
    expect(ids('#remote meetings', null, 1)).toEqual(['remote-13']);
    expect(ids('#blockers meetings', null, 1)).toEqual(['blockers-11']);
  });

  it('says so when no category has that name, instead of showing everything', () => {
    const results = search.search('#qwxz');
    expect(results.hits).toEqual([]);
    expect(results.problem).toMatch(/^No category matches "qwxz"\. The categories: Check-in and mood, /);
  });
});

describe('an empty query', () => {
  it('lists every question by category, in bank order', () => {
    const hits = search.search('').hits;
    expect(hits).toHaveLength(bank.questions.length);
    expect(hits.map((hit) => hit.question.id)).toEqual(bank.questions.map((q) => q.id));
    expect(hits.every((hit) => hit.matches.length === 0)).toBe(true);
  });
});

describe('memory in the ranking', () => {
  const memory: PersonMemory = {
    today: TODAY,
    lastAsked: new Map([
      ['growth-14', '2026-10-30' as CalendarDay],
      ['growth-01', '2026-11-13' as CalendarDay],
      ['check-in-02', '2026-11-13' as CalendarDay],
    ]),
    recentCount: new Map([
      ['growth', 2],
      ['check-in', 1],
    ]),
    categoryLastAsked: new Map([
      ['growth', '2026-11-13' as CalendarDay],
      ['check-in', '2026-11-13' as CalendarDay],
    ]),
  };

  it('shows when a question was last asked', () => {
    const hit = search.search('grow', memory).hits.find((h) => h.question.id === 'growth-14');
    expect(hit?.lastAsked).toBe('2026-10-30');
  });

  it('ranks asked questions below fresh ones that match as well, and above ones that match less well', () => {
    const order = search.search('grow', memory).hits.map((hit) => hit.question.id);
    // growth-14 holds the word "grow"; in the others "grow" starts a word ("growth").
    expect(order[0]).toBe('growth-14');
    expect(order[1]).toBe('growth-09');
    expect(order.indexOf('growth-01')).toBe(order.filter((id) => id.startsWith('growth-')).length - 1);
  });

  it('on an empty query, lists categories not covered lately first and asked questions last in theirs', () => {
    const hits = search.search('', memory).hits;
    const categories = [...new Set(hits.map((hit) => hit.question.category))];
    expect(categories.slice(-2)).toEqual(['check-in', 'growth']);
    const growth = hits.filter((hit) => hit.question.category === 'growth').map((hit) => hit.question.id);
    expect(growth.slice(-2)).toEqual(['growth-14', 'growth-01']);
  });

  it('changes nothing with an empty memory', () => {
    expect(search.search('career', { today: TODAY, lastAsked: new Map(), recentCount: new Map(), categoryLastAsked: new Map() }).hits).toEqual(search.search('career').hits);
  });
});

describe('bad input', () => {
  it('treats search-operator characters and quotes as ordinary characters', () => {
    for (const query of ['!blocking', '^what', '=career', "'career", 'career$', 'career | growth', '"blocking"', "'", '$', '|', '!', '^=']) {
      expect(() => search.search(query), query).not.toThrow();
    }
    // As operators, these would mean "not blocking" and "exactly career"; as text they find them.
    expect(ids('!blocking', null, 1)).toEqual(['blockers-01']);
    expect(ids('=career')).toContain('growth-01');
    expect(ids('"blocking"', null, 1)).toEqual(['blockers-01']);
    expect(search.search('!blocking').hits.length).toBeLessThan(20);
  });

  it('finds questions whose text holds the punctuation', () => {
    expect(ids("team's goals", null, 1)).toEqual(['priorities-04']);
    expect(ids('1:1', null, 3)).toEqual([]);
  });

  it('copes with a 500-character query', () => {
    const long = 'what would you like to be doing a year from now '.repeat(11).slice(0, 500);
    expect(ids(long, null, 1)).toEqual(['growth-03']);
    expect(() => search.search('x'.repeat(500))).not.toThrow();
  });

  it('copes with emoji and other scripts', () => {
    expect(search.search('🙂').hits).toEqual([]);
    expect(ids('career 🙂')).toContain('growth-01');
    expect(() => search.search('感想 ñandú Ωμέγα')).not.toThrow();
  });

  it('returns nothing, without failing, from an empty bank', () => {
    const empty = new QuestionSearch({ questions: [], categories: [] });
    expect(empty.search('').hits).toEqual([]);
    expect(empty.search('grow').hits).toEqual([]);
    expect(empty.search('#grow').problem).toBe('No category matches "grow"');
  });

  it('never throws and only highlights inside the text, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80, unit: 'grapheme' }), (query) => {
        for (const hit of search.search(query).hits) {
          for (const [start, end] of hit.matches) {
            expect(start).toBeGreaterThanOrEqual(0);
            expect(end).toBeLessThanOrEqual(hit.question.text.length);
            expect(end).toBeGreaterThan(start);
          }
        }
      }),
      { numRuns: runs(300) },
    );
  });
});

describe('parseQuestionQuery', () => {
  it.each([
    ['grow career', { words: ['grow', 'career'], categoryTerms: [] }],
    ['#growth skill', { words: ['skill'], categoryTerms: ['growth'] }],
    ['category:remote', { words: [], categoryTerms: ['remote'] }],
    ['category: remote home', { words: ['home'], categoryTerms: ['remote'] }],
    ['# alone', { words: ['alone'], categoryTerms: [] }],
    ['  spaced   out  ', { words: ['spaced', 'out'], categoryTerms: [] }],
  ])('reads %j', (query, expected) => {
    expect(parseQuestionQuery(query)).toEqual(expected);
  });

  it('keeps at most eight words from at most 120 characters', () => {
    expect(parseQuestionQuery('a b c d e f g h i j').words).toHaveLength(8);
    expect(parseQuestionQuery(`${'x'.repeat(200)} tail`).words).toEqual(['x'.repeat(120)]);
  });
});
