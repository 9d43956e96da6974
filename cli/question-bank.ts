import type { CalendarDay } from '../src/core/calendar/dates';
import type { Person } from '../src/core/people/people';
import { buildQuestionBank } from '../src/core/questions/question-bank';
import { parseCustomQuestions } from '../src/core/questions/custom-questions';
import type { QuestionBank } from '../src/core/questions/question-types';
import { templateQuestionsFor } from '../src/core/questions/template-questions';
import type { FsVault } from './fs-vault';

/** The bank the plugin would offer: built-in questions (unless hidden) and the user's file. */
export function vaultQuestionBank(vault: FsVault): QuestionBank {
  const text = vault.read(vault.settings.questionFile);
  return buildQuestionBank({ custom: text === null ? null : parseCustomQuestions(text), hideBuiltIn: vault.settings.hideBuiltInQuestions });
}

/** The lines of `{{questions}}` for a new note: what the plugin writes for that person and day. */
export function templateQuestions(vault: FsVault, bank: QuestionBank, day: CalendarDay): (person: Person) => string[] {
  return (person) => templateQuestionsFor(bank, vault.index.meetingsOf(person.path), vault.settings, day);
}
