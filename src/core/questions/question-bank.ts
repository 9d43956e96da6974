import { BUILT_IN_CATEGORIES } from './categories';
import { builtInRows } from './built-in-questions';
import type { CustomQuestions } from './custom-questions';
import { questionKey } from './question-text';
import type { Question, QuestionBank, QuestionCategory } from './question-types';

/** The category id in a built-in id: everything before the last `-NN`. */
export function categoryOfId(id: string): string {
  const dash = id.lastIndexOf('-');
  return dash === -1 ? id : id.slice(0, dash);
}

function builtInQuestions(): Question[] {
  return builtInRows().map(([id, text, tags, field]) => ({
    id,
    text,
    category: categoryOfId(id),
    tags: tags ?? [],
    ...(field === undefined ? {} : { field }),
    source: 'built-in' as const,
  }));
}

export interface BankOptions {
  /** The user's own questions, parsed from their file; null when there is no file. */
  readonly custom: CustomQuestions | null;
  /** Only the user's questions are offered. */
  readonly hideBuiltIn: boolean;
}

/**
 * The questions the pickers offer: the built-in bank, then the user's own. A question the user also
 * wrote is offered once (the built-in one, which keeps its stable id); categories with no question
 * left are dropped so the pickers never show an empty one.
 */
export function buildQuestionBank(options: BankOptions): QuestionBank {
  const questions: Question[] = [];
  const seen = new Set<string>();
  const add = (question: Question) => {
    const key = questionKey(question.text);
    if (seen.has(key)) return;
    seen.add(key);
    questions.push(question);
  };
  if (!options.hideBuiltIn) builtInQuestions().forEach(add);
  options.custom?.questions.forEach(add);
  const categories: QuestionCategory[] = [...BUILT_IN_CATEGORIES, ...(options.custom?.categories ?? [])];
  const used = new Set(questions.map((question) => question.category));
  return { questions, categories: categories.filter((category) => used.has(category.id)) };
}
