import type { CalendarDay } from '../calendar/dates';
import { askedAgo } from '../calendar/day-text';
import { questionMemory, type MeetingQuestions } from '../questions/question-memory';
import type { QuestionBank } from '../questions/question-types';

export interface QuestionCoverage {
  /** The questions asked most recently, newest first, with how long ago. */
  readonly recent: readonly { readonly text: string; readonly category: string; readonly when: string }[];
  /** Categories with no question asked in the last 60 days, in bank order: the id picks, the label shows. */
  readonly uncovered: readonly { readonly id: string; readonly label: string }[];
}

const SHOWN_RECENT = 5;

/** What the 1:1 view shows of question memory: what you asked lately, and what you have not. */
export function questionCoverage(bank: QuestionBank, meetings: readonly MeetingQuestions[], today: CalendarDay): QuestionCoverage {
  const memory = questionMemory(bank, meetings, { today });
  const label = new Map(bank.categories.map((category) => [category.id, category.label]));
  const recent = bank.questions
    .flatMap((question) => {
      const day = memory.lastAsked.get(question.id);
      return day === undefined ? [] : [{ day, text: question.text, category: label.get(question.category) ?? question.category }];
    })
    .sort((a, b) => (a.day === b.day ? a.text.localeCompare(b.text) : a.day < b.day ? 1 : -1))
    .slice(0, SHOWN_RECENT)
    .map(({ day, text, category }) => ({ text, category, when: askedAgo(day, today) }));
  const uncovered = bank.categories.filter((category) => (memory.recentCount.get(category.id) ?? 0) === 0).map(({ id, label }) => ({ id, label }));
  return { recent, uncovered };
}
