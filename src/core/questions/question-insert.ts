import type { QuestionFormat } from './question-settings';
import type { Question } from './question-types';

const LIST_MARKER_ONLY = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[.\][ \t]+)?$/;

/**
 * The text that replaces the trigger and query (or goes in at the cursor). The format applies at
 * the start of a line; after a list marker the question goes in as it is, and in the middle of a
 * sentence it is always plain. A question with a field inserts the field (`Mood:: `) for the answer,
 * never as a heading, which the index would not read.
 */
export function questionInsertText(question: Question, format: QuestionFormat, linePrefix: string): string {
  const content = question.field === undefined ? question.text : `${question.field}:: `;
  if (linePrefix.trim() !== '' || isListMarkerOnly(linePrefix)) return content;
  if (format === 'list') return `- ${content}`;
  if (format === 'heading' && question.field === undefined) return `### ${content}`;
  return content;
}

/** True when the text before the cursor is only a list marker (`- `, `1. `, `- [ ] `). */
export function isListMarkerOnly(linePrefix: string): boolean {
  return LIST_MARKER_ONLY.test(linePrefix);
}
