import { addDays, type CalendarDay } from '../calendar/dates';
import { questionKey } from './question-text';
import type { Question, QuestionBank } from './question-types';

/** How far back a category counts as covered with someone. */
export const COVERAGE_WINDOW_DAYS = 60;

/**
 * One earlier meeting, as the memory needs it. `IndexedMeeting` from the vault index fits as it is,
 * so `index.meetingsOf(personPath)` can be passed straight in.
 */
export interface MeetingQuestions {
  readonly meeting: { readonly path: string; readonly date: CalendarDay | null; readonly mood: number | null };
  /** `questionKey`s of the question lines in the note (see `askedQuestionKeys`). */
  readonly askedQuestions: readonly string[];
}

/** What was asked of one person, as of one day. */
export interface PersonMemory {
  readonly today: CalendarDay;
  /** Question id → the latest day it was asked. */
  readonly lastAsked: ReadonlyMap<string, CalendarDay>;
  /** Category id → how many of its questions were asked in the last 60 days. */
  readonly recentCount: ReadonlyMap<string, number>;
  /** Category id → the latest day one of its questions was asked. */
  readonly categoryLastAsked: ReadonlyMap<string, CalendarDay>;
}

export interface MemoryOptions {
  readonly today: CalendarDay;
  /** The note being written: its own questions are not "earlier". */
  readonly excludePath?: string;
}

function later(a: CalendarDay | undefined, b: CalendarDay): CalendarDay {
  return a === undefined || b > a ? b : a;
}

/**
 * The questions of the bank already asked in a person's earlier meetings, matched by text. A
 * question that fills a field (the 1–10 check-in) counts as asked in every meeting with a mood.
 * Meetings after today (planned ones) and undated notes are not earlier meetings.
 */
export function questionMemory(bank: QuestionBank, meetings: readonly MeetingQuestions[], options: MemoryOptions): PersonMemory {
  const { today } = options;
  const askedOn = new Map<string, CalendarDay>();
  let lastMood: CalendarDay | undefined;
  for (const { meeting, askedQuestions } of meetings) {
    const date = meeting.date;
    if (date === null || date > today || meeting.path === options.excludePath) continue;
    for (const key of askedQuestions) askedOn.set(key, later(askedOn.get(key), date));
    if (meeting.mood !== null) lastMood = later(lastMood, date);
  }
  const windowStart = addDays(today, -COVERAGE_WINDOW_DAYS);
  const lastAsked = new Map<string, CalendarDay>();
  const recentCount = new Map<string, number>();
  const categoryLastAsked = new Map<string, CalendarDay>();
  if (askedOn.size === 0 && lastMood === undefined) return { today, lastAsked, recentCount, categoryLastAsked };
  for (const question of bank.questions) {
    const date = question.field === undefined ? askedOn.get(questionKey(question.text)) : lastMood;
    if (date === undefined) continue;
    lastAsked.set(question.id, date);
    categoryLastAsked.set(question.category, later(categoryLastAsked.get(question.category), date));
    if (date >= windowStart) recentCount.set(question.category, (recentCount.get(question.category) ?? 0) + 1);
  }
  return { today, lastAsked, recentCount, categoryLastAsked };
}

/**
 * Category ids, least covered with this person first: fewest questions in the last 60 days, then
 * longest since one was asked (never beats any date), then bank order.
 */
export function categoriesByCoverage(bank: QuestionBank, memory: PersonMemory): string[] {
  const order = bank.categories.map((category) => category.id);
  return [...order].sort((a, b) => {
    const count = (memory.recentCount.get(a) ?? 0) - (memory.recentCount.get(b) ?? 0);
    if (count !== 0) return count;
    const [x, y] = [memory.categoryLastAsked.get(a), memory.categoryLastAsked.get(b)];
    if (x !== y) return x === undefined ? -1 : y === undefined ? 1 : x < y ? -1 : 1;
    return order.indexOf(a) - order.indexOf(b);
  });
}

/**
 * For the meeting template's `{{questions}}`: `count` questions not yet asked of this person, one
 * from each of the least-covered categories in turn. Questions that fill a field (the 1–10 check-in)
 * are left out, since the template has its own check-in. When fewer fresh questions exist than
 * asked for, the ones asked longest ago fill the rest.
 */
export function freshQuestionsFor(bank: QuestionBank, asked: readonly MeetingQuestions[], count: number, today: CalendarDay): Question[] {
  const wanted = Math.max(0, Math.floor(count));
  if (wanted === 0) return [];
  const memory = questionMemory(bank, asked, { today });
  const usable = bank.questions.filter((question) => question.field === undefined);
  const queues = categoriesByCoverage(bank, memory).map((category) => usable.filter((q) => q.category === category && !memory.lastAsked.has(q.id)));
  const picked: Question[] = [];
  for (let round = 0; picked.length < wanted && queues.some((queue) => queue.length > round); round++) {
    for (const queue of queues) {
      const question = queue[round];
      if (question && picked.length < wanted) picked.push(question);
    }
  }
  if (picked.length < wanted) {
    const oldest = usable
      .filter((question) => memory.lastAsked.has(question.id))
      .sort((a, b) => (memory.lastAsked.get(a.id) ?? '').localeCompare(memory.lastAsked.get(b.id) ?? ''));
    picked.push(...oldest.slice(0, wanted - picked.length));
  }
  return picked;
}
