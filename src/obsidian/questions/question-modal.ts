import { type App, type Editor, Platform, SuggestModal, type TFile } from 'obsidian';
import type { QuestionHit } from '../../core/questions/question-search';
import { insertQuestion } from './question-insertion';
import { pickerInstructions, renderQuestionHit } from './question-row';
import type { QuestionSource } from './question-source';

/** Enough for an empty query to list a large bank by category. */
const MODAL_LIMIT = 500;

/**
 * "Insert 1:1 question": the bank, searchable by words or `#category`, each question with its
 * category and when it was last asked of this person. Enter inserts at the cursor and closes;
 * Mod+Enter inserts and stays open for the next one.
 */
export class QuestionModal extends SuggestModal<QuestionHit> {
  private keepOpen = false;

  constructor(
    app: App,
    private readonly source: QuestionSource,
    private readonly editor: Editor,
    private readonly file: TFile | null,
  ) {
    super(app);
    this.limit = MODAL_LIMIT;
    this.modalEl.addClass('one-on-ones-question-modal');
    this.setPlaceholder('Find a question, or type # and a category…');
    const mod = Platform.isMacOS ? '⌘' : 'Ctrl';
    this.setInstructions(pickerInstructions([{ command: `${mod} ↵`, purpose: 'to insert and pick another' }]));
    this.scope.register(['Mod'], 'Enter', (evt) => {
      this.keepOpen = true;
      this.selectActiveSuggestion(evt);
      this.keepOpen = false;
      return false;
    });
  }

  getSuggestions(query: string): QuestionHit[] {
    const results = this.source.search(query, this.file?.path ?? null);
    this.emptyStateText = this.source.emptyBankMessage() ?? (results.problem ? `${results.problem}.` : `No question matches "${query.trim()}".`);
    return [...results.hits];
  }

  renderSuggestion(hit: QuestionHit, el: HTMLElement): void {
    renderQuestionHit(el, hit, this.source.today);
  }

  override selectSuggestion(hit: QuestionHit, evt: MouseEvent | KeyboardEvent): void {
    if (!this.keepOpen) {
      super.selectSuggestion(hit, evt);
      return;
    }
    this.insert(hit);
  }

  onChooseSuggestion(hit: QuestionHit): void {
    this.insert(hit);
  }

  private insert(hit: QuestionHit): void {
    const from = this.editor.getCursor('from');
    insertQuestion(this.editor, hit.question, this.source.settings().questionFormat, from, this.editor.getCursor('to'), true);
  }
}
