import { describe, expect, it } from 'vitest';
import type { CalendarDay } from '../../src/core/calendar/dates';
import {
  categoriesByCoverage,
  freshQuestionsFor,
  questionMemory,
  type MeetingQuestions,
  type PersonMemory,
} from '../../src/core/questions/question-memory';
import { questionKey } from '../../src/core/questions/question-text';
import type { Question, QuestionBank } from '../../src/core/questions/question-types';

// Behaviours pinned down by the mutation run over src/core/questions/question-memory.ts: which
// earlier meetings count, the 60-day window, the order of categories and the questions a template gets.
const TODAY = '2026-11-20' as CalendarDay;

function question(id: string, text: string, field?: string): Question {
  return { id, text, category: id.replace(/-\d+$/, ''), tags: [], source: 'custom', ...(field === undefined ? {} : { field }) };
}

/** Categories a, b and c, in that order, with the questions given. */
function bankOf(...questions: Question[]): QuestionBank {
  return { questions, categories: ['a', 'b', 'c'].map((id) => ({ id, label: id.toUpperCase(), aliases: [] })) };
}

function meeting(date: string | null, asked: readonly string[], mood: number | null = null, path = `1-1s/${date ?? 'undated'}.md`): MeetingQuestions {
  return { meeting: { path, date: date as CalendarDay | null, mood }, askedQuestions: asked.map(questionKey) };
}

function memoryOf(recent: Record<string, number>, last: Record<string, string>): PersonMemory {
  return {
    today: TODAY,
    lastAsked: new Map(),
    recentCount: new Map(Object.entries(recent)),
    categoryLastAsked: new Map(Object.entries(last) as [string, CalendarDay][]),
  };
}

describe('questionMemory', () => {
  it('keeps the latest day a question was asked, whatever the order of the meetings', () => {
    const bank = bankOf(question('a-1', 'Why?'));
    const memory = questionMemory(bank, [meeting('2026-10-01', ['Why?']), meeting('2026-11-01', ['Why?']), meeting('2026-09-01', ['Why?'])], { today: TODAY });
    expect([...memory.lastAsked]).toEqual([['a-1', '2026-11-01']]);
    expect([...memory.categoryLastAsked]).toEqual([['a', '2026-11-01']]);
  });

  it('does not count a note without a date as an earlier meeting', () => {
    const bank = bankOf(question('a-1', 'Why?'));
    const memory = questionMemory(bank, [meeting(null, ['Why?'], 5)], { today: TODAY });
    expect([...memory.lastAsked]).toEqual([]);
    expect([...memory.recentCount]).toEqual([]);
  });

  it('does not count a meeting planned after today', () => {
    const bank = bankOf(question('a-1', 'Why?'));
    const memory = questionMemory(bank, [meeting('2026-11-21', ['Why?'])], { today: TODAY });
    expect([...memory.lastAsked]).toEqual([]);
  });

  it('counts a check-in field as asked in a meeting with a mood and no question lines', () => {
    const bank = bankOf(question('a-1', 'Mood from 1 to 10?', 'Mood'), question('b-1', 'Why?'));
    const memory = questionMemory(bank, [meeting('2026-11-13', [], 7)], { today: TODAY });
    expect([...memory.lastAsked]).toEqual([['a-1', '2026-11-13']]);
    expect([...memory.recentCount]).toEqual([['a', 1]]);
  });

  it('counts a question asked exactly 60 days ago as recent, and one asked 61 days ago as not', () => {
    const bank = bankOf(question('a-1', 'One?'), question('b-1', 'Two?'));
    const memory = questionMemory(bank, [meeting('2026-09-21', ['One?']), meeting('2026-09-20', ['Two?'])], { today: TODAY });
    expect([...memory.recentCount]).toEqual([['a', 1]]);
    expect([...memory.categoryLastAsked]).toEqual([
      ['a', '2026-09-21'],
      ['b', '2026-09-20'],
    ]);
  });
});

describe('categoriesByCoverage', () => {
  it('puts the category with fewer recent questions first', () => {
    expect(categoriesByCoverage(bankOf(), memoryOf({ a: 2, b: 1, c: 3 }, {}))).toEqual(['b', 'a', 'c']);
  });

  it('puts a category never asked before one asked long ago', () => {
    expect(categoriesByCoverage(bankOf(), memoryOf({}, { a: '2026-01-01', b: '2026-02-01' }))).toEqual(['c', 'a', 'b']);
  });

  it('puts the category asked longest ago first among asked ones', () => {
    expect(categoriesByCoverage(bankOf(), memoryOf({}, { a: '2026-03-01', b: '2026-02-01', c: '2026-01-01' }))).toEqual(['c', 'b', 'a']);
  });

  it('keeps bank order between categories covered alike', () => {
    expect(categoriesByCoverage(bankOf(), memoryOf({}, {}))).toEqual(['a', 'b', 'c']);
    expect(categoriesByCoverage(bankOf(), memoryOf({ a: 1, b: 1, c: 1 }, { a: '2026-11-01', b: '2026-11-01', c: '2026-11-01' }))).toEqual(['a', 'b', 'c']);
  });
});

describe('freshQuestionsFor', () => {
  it('fills up with the questions asked longest ago, oldest first, only as many as missing', () => {
    const bank = bankOf(question('a-1', 'One?'), question('a-2', 'Two?'), question('a-3', 'Three?'), question('b-1', 'Fresh?'));
    const asked = [meeting('2026-11-01', ['One?']), meeting('2026-10-01', ['Two?']), meeting('2026-09-01', ['Three?'])];
    expect(freshQuestionsFor(bank, asked, 3, TODAY).map((q) => q.id)).toEqual(['b-1', 'a-3', 'a-2']);
  });

  it('orders the questions asked before by day when none is fresh', () => {
    const bank = bankOf(question('a-1', 'One?'), question('b-1', 'Two?'), question('c-1', 'Three?'));
    const asked = [meeting('2026-09-01', ['One?']), meeting('2026-11-01', ['Two?']), meeting('2026-10-01', ['Three?'])];
    expect(freshQuestionsFor(bank, asked, 2, TODAY).map((q) => q.id)).toEqual(['a-1', 'c-1']);
    expect(freshQuestionsFor(bank, asked, 5, TODAY).map((q) => q.id)).toEqual(['a-1', 'c-1', 'b-1']);
  });
});
