import { type App, type Editor, type EditorPosition, EditorSuggest, type EditorSuggestContext, type EditorSuggestTriggerInfo, type TFile } from 'obsidian';
import type { QuestionHit } from '../../core/questions/question-search';
import { findTrigger } from '../../core/questions/question-trigger';
import { insertQuestion } from './question-insertion';
import { pickerInstructions, renderQuestionHit } from './question-row';
import type { QuestionSource } from './question-source';

const INLINE_LIMIT = 30;

/** The one row shown when no question matches what was typed; choosing it only ends the line. */
interface NoMatch {
  readonly kind: 'no-match';
  readonly message: string;
}

type Row = QuestionHit | NoMatch;

function isNoMatch(row: Row): row is NoMatch {
  return 'kind' in row;
}

/**
 * Inline questions: typing the trigger (`??` by default) in a meeting note opens the bank under
 * the cursor, searched with what follows the trigger; Enter replaces trigger and query with the
 * question. When no question matches, one row says so, and Enter then only breaks the line: what
 * was typed stays. The pure parts (finding the trigger, formatting) live in the core.
 */
export class QuestionSuggest extends EditorSuggest<Row> {
  /** The note's text as the suggestions were drawn, to mark the questions it already asks. */
  private noteText = '';

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

  getSuggestions(context: EditorSuggestContext): Row[] {
    // The declarations promise a file, but an editor that shows none passes on onTrigger's null.
    const file = context.file as TFile | null;
    const results = this.source.search(context.query, file?.path ?? null);
    this.noteText = context.editor.getValue();
    if (results.hits.length > 0) return results.hits.slice(0, INLINE_LIMIT);
    const problem = this.source.emptyBankMessage() ?? results.problem ?? `No question matches "${context.query.trim()}"`;
    return [{ kind: 'no-match', message: `${problem.replace(/\.$/, '')}. Enter starts a new line.` }];
  }

  renderSuggestion(row: Row, el: HTMLElement): void {
    if (isNoMatch(row)) el.createDiv({ cls: 'suggestion-content one-on-ones-question-none', text: row.message });
    else renderQuestionHit(el, row, this.source.today, { held: this.source.isInNote(this.noteText, row.question) ? 'in this note' : null, head: false });
  }

  selectSuggestion(row: Row): void {
    const context = this.context;
    if (!context) return;
    this.close();
    if (isNoMatch(row)) context.editor.replaceSelection('\n');
    else insertQuestion(context.editor, row.question, this.source.settings().questionFormat, context.start, context.end, false);
  }
}
