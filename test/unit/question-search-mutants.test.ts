import { describe, expect, it } from 'vitest';
import type { CalendarDay } from '../../src/core/calendar/dates';
import { buildQuestionBank } from '../../src/core/questions/question-bank';
import type { PersonMemory } from '../../src/core/questions/question-memory';
import { QuestionSearch } from '../../src/core/questions/question-search';
import type { Question, QuestionCategory } from '../../src/core/questions/question-types';

// Behaviours pinned down by the mutation run over src/core/questions/question-search.ts: the
// highlighted ranges, how words combine into a rank, the memory's part in it, words with
// punctuation, and which categories a `#term` narrows to.
function question(id: string, text: string, category = 'a', tags: readonly string[] = []): Question {
  return { id, text, category, tags, source: 'custom' };
}

function category(id: string, label: string, aliases: readonly string[] = []): QuestionCategory {
  return { id, label, aliases };
}

function searchOf(questions: readonly Question[], categories: readonly QuestionCategory[] = [category('a', 'Alpha')]): QuestionSearch {
  return new QuestionSearch({ questions, categories });
}

function memoryOf(asked: Record<string, string>): PersonMemory {
  return {
    today: '2026-11-20' as CalendarDay,
    lastAsked: new Map(Object.entries(asked) as [string, CalendarDay][]),
    recentCount: new Map(),
    categoryLastAsked: new Map(),
  };
}

const ids = (search: QuestionSearch, query: string, memory: PersonMemory | null = null) => search.search(query, memory).hits.map((hit) => hit.question.id);
const matches = (search: QuestionSearch, query: string) => search.search(query).hits.map((hit) => hit.matches);

describe('highlighted ranges', () => {
  it('lists the ranges of several words in text order', () => {
    expect(matches(searchOf([question('a-1', 'one two growth')]), 'two one')).toEqual([
      [
        [0, 3],
        [4, 7],
      ],
    ]);
  });

  it('joins ranges that touch or overlap into one', () => {
    const search = searchOf([question('a-1', 'one two growth')]);
    expect(matches(search, 'grow growth')).toEqual([[[8, 14]]]);
    expect(matches(search, 'growth gro')).toEqual([[[8, 14]]]);
  });
});

describe('ranking', () => {
  it('multiplies the scores of all words, so a question matching each word well comes first', () => {
    // a-1: "alpha" only by its category, "beta" in its text; b-1: "alpha" in its text, "beta" as a tag.
    const search = searchOf([question('a-1', 'beta'), question('b-1', 'alpha', 'b', ['beta'])], [category('a', 'Alpha'), category('b', 'Other')]);
    expect(ids(search, 'alpha beta')).toEqual(['b-1', 'a-1']);
  });

  it('ranks an asked question that matches every word closely above a fresh one that matches loosely', () => {
    const search = searchOf([question('o-1', 'zebra stripes'), question('z-1', 'Why?', 'z')], [category('o', 'Other'), category('z', 'Zebra stripes')]);
    expect(ids(search, 'zebro stripes')).toEqual(['o-1', 'z-1']);
    expect(ids(search, 'zebro stripes', memoryOf({ 'o-1': '2026-11-01' }))).toEqual(['o-1', 'z-1']);
  });

  it('puts equally good matches in bank order', () => {
    const search = searchOf([question('a-1', 'alpha1', 'a'), question('b-1', 'alpha2', 'b'), question('b-2', 'alpha1', 'b')], [category('a', 'First'), category('b', 'Second')]);
    expect(ids(search, '#second alpha')).toEqual(['b-1', 'b-2']);
  });

  it('returns at most the number of hits asked for', () => {
    const search = searchOf([question('a-1', 'alpha'), question('a-2', 'alpha two')]);
    expect(search.search('alpha', null, 1).hits.map((hit) => hit.question.id)).toEqual(['a-1']);
  });

  it('gives a question whose category is not in the bank a category of that id', () => {
    const hits = searchOf([question('ghost-1', 'Why now?', 'ghost')]).search('why').hits;
    expect(hits.map((hit) => hit.category)).toEqual([{ id: 'ghost', label: 'ghost', aliases: [] }]);
  });
});

describe('an empty query with memory', () => {
  it('lists the asked questions of a category after the fresh ones, asked longest ago first', () => {
    const search = searchOf([question('a-1', 'One?'), question('a-2', 'Two?'), question('a-3', 'Three?'), question('a-4', 'Four?')]);
    const memory = memoryOf({ 'a-1': '2026-11-10', 'a-2': '2026-09-01', 'a-4': '2026-10-01' });
    expect(ids(search, '', memory)).toEqual(['a-3', 'a-2', 'a-4', 'a-1']);
  });
});

describe('words with punctuation', () => {
  it('searches for the parts of a word that matches nothing as typed', () => {
    const search = searchOf([question('a-1', 'How is the onboarding going?'), question('a-2', 'Why?')]);
    expect(search.search('onboarding/going').hits.map((hit) => [hit.question.id, hit.matches])).toEqual([
      [
        'a-1',
        [
          [11, 21],
          [22, 27],
        ],
      ],
    ]);
  });

  it('keeps parts of two letters', () => {
    const search = searchOf([question('a-1', 'More ops?'), question('a-2', 'Is IT slow for ops?')]);
    expect(ids(search, 'it/ops')).toEqual(['a-2']);
  });

  it('searches for a word as typed when that finds something', () => {
    const search = searchOf([question('a-1', "What's new?"), question('a-2', 'What is new?')]);
    // Both hold "what"; the one holding "what's" as typed comes first.
    expect(ids(search, "what's")).toEqual(['a-1', 'a-2']);
  });
});

describe('category filters', () => {
  it('narrows to no category for a term without letters or digits', () => {
    const results = searchOf([question('a-1', 'Why?')]).search('#??? why');
    expect([results.hits, results.narrowedTo]).toEqual([[], []]);
    expect(results.problem).toMatch(/^No category matches "\?\?\?"\. The categories: /);
  });

  it('names every unknown term in the problem', () => {
    expect(searchOf([question('a-1', 'Why?')]).search('#qwxz #zzqv').problem).toMatch(/^No category matches "qwxz", "zzqv"\. The categories: /);
  });

  it('keeps every category whose name holds the term, punctuation aside', () => {
    const search = searchOf([question('w-1', 'Why?', 'well-being'), question('h-1', 'How?', 'home')], [category('well-being', 'Well-being'), category('home', 'Well being at home')]);
    expect(search.search('#well-being').narrowedTo?.map((c) => c.id)).toEqual(['well-being', 'home']);
  });

  it('finds a category fuzzily by its label, its aliases or its id', () => {
    const bank = buildQuestionBank({ custom: null, hideBuiltIn: false });
    const search = new QuestionSearch(bank);
    expect(search.search('#forthem').narrowedTo?.map((c) => c.id)).toEqual(['feedback-them']);
    expect(search.search('#hybird').narrowedTo?.map((c) => c.id)).toEqual(['remote']);
    expect(search.search('#eachothr').narrowedTo?.map((c) => c.id)).toEqual(['personal']);
    const own = searchOf([question('zulu-yankee-1', 'Why?', 'zulu-yankee')], [category('zulu-yankee', 'Other name', ['third'])]);
    expect(own.search('#zuluyankee').narrowedTo?.map((c) => c.id)).toEqual(['zulu-yankee']);
  });
});
