import { type App, type Editor, type EditorPosition, EditorSuggest, type EditorSuggestContext, type EditorSuggestTriggerInfo, type TFile } from 'obsidian';
import type { QuestionHit } from '../../core/questions/question-search';
import { findTrigger } from '../../core/questions/question-trigger';
import { insertQuestion } from './question-insertion';
import { pickerInstructions, renderQuestionHit } from './question-row';
import type { QuestionSource } from './question-source';

const INLINE_LIMIT = 30;

/**
 * Inline questions: typing the trigger (`??` by default) in a meeting note opens the bank under
 * the cursor, searched with what follows the trigger; Enter replaces trigger and query with the
 * question. The pure parts (finding the trigger, formatting) live in the core.
 */
export class QuestionSuggest extends EditorSuggest<QuestionHit> {
  constructor(
    app: App,
    private readonly source: QuestionSource,
  ) {
    super(app);
    this.limit = INLINE_LIMIT;
    this.setInstructions(pickerInstructions());
  }

  /** Runs on every keystroke: one backwards search of the text before the cursor, then the cheap checks. */
  onTrigger(cursor: EditorPosition, editor: Editor, file: TFile | null): EditorSuggestTriggerInfo | null {
    const settings = this.source.settings();
    const found = findTrigger(editor.getLine(cursor.line).slice(0, cursor.ch), settings.questionTrigger);
    if (!found) return null;
    if (settings.questionTriggerScope === 'meetings' && !this.source.isMeetingNote(file)) return null;
    return { start: { line: cursor.line, ch: found.start }, end: cursor, query: found.query };
  }

  getSuggestions(context: EditorSuggestContext): QuestionHit[] {
    // The declarations promise a file, but an editor that shows none passes on onTrigger's null.
    const file = context.file as TFile | null;
    return this.source.search(context.query, file?.path ?? null).hits.slice(0, INLINE_LIMIT);
  }

  renderSuggestion(hit: QuestionHit, el: HTMLElement): void {
    renderQuestionHit(el, hit, this.source.today);
  }

  selectSuggestion(hit: QuestionHit): void {
    const context = this.context;
    if (!context) return;
    insertQuestion(context.editor, hit.question, this.source.settings().questionFormat, context.start, context.end, false);
    this.close();
  }
}
