import type { Editor, EditorPosition } from 'obsidian';
import { isListMarkerOnly, questionInsertText } from '../../core/questions/question-insert';
import type { QuestionFormat } from '../../core/questions/question-settings';
import type { Question } from '../../core/questions/question-types';

/**
 * Writes a question over `from`–`to` (the trigger and query, or the selection) and puts the cursor
 * after it. From the modal, a question picked while the cursor sits after other text starts a line
 * of its own, so picking several in a row gives one per line.
 */
export function insertQuestion(editor: Editor, question: Question, format: QuestionFormat, from: EditorPosition, to: EditorPosition, ownLine: boolean): void {
  const prefix = editor.getLine(from.line).slice(0, from.ch);
  const newLine = ownLine && prefix.trim() !== '' && !isListMarkerOnly(prefix);
  const text = newLine ? `\n${questionInsertText(question, format, '')}` : questionInsertText(question, format, prefix);
  editor.replaceRange(text, from, to);
  const lines = text.split('\n');
  const last = lines[lines.length - 1] ?? '';
  editor.setCursor(lines.length > 1 ? { line: from.line + lines.length - 1, ch: last.length } : { line: from.line, ch: from.ch + last.length });
}
