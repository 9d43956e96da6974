import type { CalendarDay } from '../calendar/dates';
import type { Settings } from '../settings/settings';
import { freshQuestionsFor, type MeetingQuestions } from './question-memory';
import type { QuestionFormat } from './question-settings';
import type { Question, QuestionBank } from './question-types';

/**
 * Questions as the lines of the meeting template's `{{questions}}`: `###` headings with a blank
 * line between them when the format is "heading", list items otherwise. "Plain" is a list too: a
 * new note's questions on plain lines would run together into one paragraph. A question that fills
 * a field (the 1–10 check-in) is written as its text, not as the field (`Mood:: `).
 */
export function templateQuestionLines(questions: readonly Question[], format: QuestionFormat): string[] {
  if (format === 'heading') return questions.flatMap((question, i) => (i === 0 ? [`### ${question.text}`] : ['', `### ${question.text}`]));
  return questions.map((question) => `- ${question.text}`);
}

/**
 * `{{questions}}` for a new note with a person: fresh questions from the categories least covered
 * with them (see `freshQuestionsFor`), as many as the settings ask, written in their format. The
 * plugin and the command line both call this, so their notes read the same.
 */
export function templateQuestionsFor(
  bank: QuestionBank,
  meetings: readonly MeetingQuestions[],
  settings: Pick<Settings, 'templateQuestionCount' | 'questionFormat'>,
  today: CalendarDay,
): string[] {
  return templateQuestionLines(freshQuestionsFor(bank, meetings, settings.templateQuestionCount, today), settings.questionFormat);
}
