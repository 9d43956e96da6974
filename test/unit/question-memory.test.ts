import { describe, expect, it } from 'vitest';
import type { CalendarDay } from '../../src/core/calendar/dates';
import { memoryForNote } from '../../src/core/questions/note-memory';
import { buildQuestionBank } from '../../src/core/questions/question-bank';
import { askedAgo } from '../../src/core/calendar/day-text';
import {
  categoriesByCoverage,
  freshQuestionsFor,
  questionMemory,
  type MeetingQuestions,
} from '../../src/core/questions/question-memory';
import { askedQuestionKeys } from '../../src/core/questions/question-text';
import { VaultIndex } from '../../src/core/index/vault-index';

const TODAY = '2026-11-20' as CalendarDay;
const bank = buildQuestionBank({ custom: null, hideBuiltIn: false });

function meeting(path: string, date: string | null, text: string, mood: number | null = null): MeetingQuestions {
  return { meeting: { path, date: date as CalendarDay | null, mood }, askedQuestions: askedQuestionKeys(text) };
}

const history = [
  meeting('1-1s/A/2026-11-13.md', '2026-11-13', '- Where do you want your career to be in two years?\n- What is blocking you right now?', 7),
  meeting('1-1s/A/2026-10-30.md', '2026-10-30', '### Where do you want your career to be in two years?\n- How do you want to grow over the next six months?'),
  meeting('1-1s/A/2026-06-01.md', '2026-06-01', '- When did you last take real time off?'),
  meeting('1-1s/A/2026-11-27.md', '2026-11-27', '- What keeps you here?'),
  meeting('1-1s/A/Career plan.md', null, '- Whose career do you admire, and what about it?'),
];

describe('questionMemory', () => {
  const memory = questionMemory(bank, history, { today: TODAY });

  it('knows the latest day each bank question was asked, matched by its words', () => {
    expect(memory.lastAsked.get('growth-01')).toBe('2026-11-13');
    expect(memory.lastAsked.get('growth-14')).toBe('2026-10-30');
    expect(memory.lastAsked.get('blockers-01')).toBe('2026-11-13');
    expect(memory.lastAsked.get('workload-04')).toBe('2026-06-01');
  });

  it('ignores planned meetings after today and undated notes', () => {
    expect(memory.lastAsked.has('engagement-08')).toBe(false);
    expect(memory.lastAsked.has('growth-10')).toBe(false);
  });

  it('counts the 1–10 check-in as asked in every meeting with a mood', () => {
    expect(memory.lastAsked.get('check-in-01')).toBe('2026-11-13');
  });

  it('counts coverage per category over the last 60 days only', () => {
    expect(memory.recentCount.get('growth')).toBe(2);
    expect(memory.recentCount.get('workload')).toBeUndefined();
    expect(memory.categoryLastAsked.get('workload')).toBe('2026-06-01');
  });

  it("leaves out the note being written, so its own questions are not 'earlier'", () => {
    const without = questionMemory(bank, history, { today: TODAY, excludePath: '1-1s/A/2026-11-13.md' });
    expect(without.lastAsked.get('growth-01')).toBe('2026-10-30');
    expect(without.lastAsked.has('blockers-01')).toBe(false);
  });

  it('orders categories least covered first: never asked, then asked longest ago', () => {
    const order = categoriesByCoverage(bank, memory);
    expect(order.slice(-4)).toEqual(['workload', 'check-in', 'blockers', 'growth']);
    expect(order[0]).toBe('priorities');
  });
});

describe('askedAgo', () => {
  it.each([
    ['2026-11-20', 'asked today'],
    ['2026-11-19', 'asked yesterday'],
    ['2026-11-10', 'asked 10 days ago'],
    ['2026-10-30', 'asked 3 weeks ago'],
    ['2026-08-20', 'asked 3 months ago'],
    ['2025-06-01', 'asked over a year ago'],
  ])('%s → %s', (day, text) => {
    expect(askedAgo(day as CalendarDay, TODAY)).toBe(text);
  });
});

describe('freshQuestionsFor', () => {
  it('picks one question from each of the least-covered categories, never one asked before', () => {
    const picked = freshQuestionsFor(bank, history, 3, TODAY);
    expect(picked.map((q) => q.id)).toEqual(['priorities-01', 'feedback-them-01', 'feedback-me-01']);
  });

  it('gives a person with no history the first question of the first categories, without the mood field', () => {
    expect(freshQuestionsFor(bank, [], 2, TODAY).map((q) => q.id)).toEqual(['check-in-02', 'priorities-01']);
  });

  it('returns nothing for a count of zero or less, and at most what the bank holds', () => {
    expect(freshQuestionsFor(bank, history, 0, TODAY)).toEqual([]);
    expect(freshQuestionsFor(bank, history, -2, TODAY)).toEqual([]);
    expect(freshQuestionsFor(bank, history, 1000, TODAY)).toHaveLength(bank.questions.length - 1);
  });

  it('fills up with the questions asked longest ago when too few are fresh', () => {
    const small = buildQuestionBank({ custom: null, hideBuiltIn: false });
    const tiny = { questions: small.questions.filter((q) => ['growth-01', 'workload-04', 'team-01'].includes(q.id)), categories: small.categories };
    expect(freshQuestionsFor(tiny, history, 3, TODAY).map((q) => q.id)).toEqual(['team-01', 'workload-04', 'growth-01']);
  });

  it('takes the meetings of the vault index as they are', () => {
    const index = new VaultIndex({ peopleFolder: 'People', meetingsFolder: '1-1s' });
    index.upsert({ path: 'People/Ann.md', frontmatter: {}, tags: [], text: null });
    index.upsert({ path: '1-1s/Ann/2026-11-10.md', frontmatter: {}, tags: [], text: '- What is blocking you right now?\nMood:: 6' });
    const picked = freshQuestionsFor(bank, index.meetingsOf('People/Ann.md'), 16, TODAY).map((q) => q.id);
    expect(picked).not.toContain('blockers-01');
    expect(picked[picked.length - 1]).toBe('blockers-02');
  });
});

describe('the index and the memory of a note', () => {
  const index = new VaultIndex({ peopleFolder: 'People', meetingsFolder: '1-1s' });
  index.upsert({ path: 'People/Ann.md', frontmatter: {}, tags: [], text: null });
  index.upsert({ path: 'People/Bo.md', frontmatter: {}, tags: [], text: null });
  index.upsert({ path: '1-1s/Ann/2026-11-01.md', frontmatter: {}, tags: [], text: '- What keeps you here?' });
  index.upsert({ path: '1-1s/Bo/2026-11-02.md', frontmatter: {}, tags: [], text: '- Have you felt bored at work lately?' });
  index.upsert({ path: '1-1s/team.md', frontmatter: { person: ['[[Ann]]', '[[Bo]]'], date: '2026-11-20' }, tags: [], text: '- What is blocking you right now?' });

  it('stores the questions each meeting asks, and keeps them through a rename', () => {
    expect(index.getMeeting('1-1s/Ann/2026-11-01.md')?.askedQuestions).toEqual(['what keeps you here']);
    index.rename('1-1s/Ann/2026-11-01.md', { path: '1-1s/Ann/2026-11-01 moved.md', frontmatter: {}, tags: [] });
    expect(index.getMeeting('1-1s/Ann/2026-11-01 moved.md')?.askedQuestions).toEqual(['what keeps you here']);
  });

  it("remembers everyone's earlier questions in a group meeting, but not the note's own", () => {
    const memory = memoryForNote(index, '1-1s/team.md', bank, TODAY);
    expect([...(memory?.lastAsked.keys() ?? [])].sort()).toEqual(['engagement-08', 'engagement-09']);
  });

  it('has no memory for a note that is not a meeting with a known person', () => {
    expect(memoryForNote(index, 'Elsewhere.md', bank, TODAY)).toBeNull();
  });
});
