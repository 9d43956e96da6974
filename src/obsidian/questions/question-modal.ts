import { type App, type Editor, Platform, SuggestModal, type TFile } from 'obsidian';
import type { QuestionHit } from '../../core/questions/question-search';
import type { QuestionCategory } from '../../core/questions/question-types';
import { insertQuestion } from './question-insertion';
import { pickerInstructions, renderQuestionHit } from './question-row';
import type { QuestionSource } from './question-source';

/** Enough for an empty query to list a large bank by category. */
const MODAL_LIMIT = 500;

/** A category offered when only `#` is typed: choosing it narrows the picker to it. */
interface CategoryRow {
  readonly kind: 'category';
  readonly category: QuestionCategory;
}

type Row = QuestionHit | CategoryRow;

function isCategory(row: Row): row is CategoryRow {
  return 'kind' in row;
}

/**
 * "Insert 1:1 question": the bank, searchable by words or `#category`, each question with its
 * category and when it was last asked of this person (or that it is in this note already). With
 * nothing typed each category is headed; a lone `#` lists the categories. Enter inserts at the
 * cursor and closes; Mod+Enter inserts and stays open for the next one.
 */
export class QuestionModal extends SuggestModal<Row> {
  private keepOpen = false;
  /** The note's text as the list was drawn, and the hits that open a category. */
  private noteText = '';
  private heads = new Set<QuestionHit>();

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

  getSuggestions(query: string): Row[] {
    if (query.trim() === '#') return this.source.bankFile.bank.categories.map((category) => ({ kind: 'category', category }));
    const results = this.source.search(query, this.file?.path ?? null);
    this.emptyStateText = this.source.emptyBankMessage() ?? (results.problem ? `${results.problem}.` : `No question matches "${query.trim()}".`);
    this.noteText = this.editor.getValue();
    this.heads = new Set(query.trim() === '' ? results.hits.filter((hit, i) => hit.category.id !== results.hits[i - 1]?.category.id) : []);
    return [...results.hits];
  }

  renderSuggestion(row: Row, el: HTMLElement): void {
    if (isCategory(row)) {
      el.createDiv({ cls: 'suggestion-title', text: `#${row.category.label}` });
      return;
    }
    renderQuestionHit(el, row, this.source.today, { inNote: this.source.isInNote(this.noteText, row.question), head: this.heads.has(row) });
  }

  override selectSuggestion(row: Row, evt: MouseEvent | KeyboardEvent): void {
    if (isCategory(row)) {
      // Narrows the picker to the category, as typing its name after # would.
      this.inputEl.value = `#${row.category.id} `;
      this.inputEl.dispatchEvent(new Event('input'));
      return;
    }
    if (!this.keepOpen) {
      super.selectSuggestion(row, evt);
      return;
    }
    this.insert(row);
    // The list is drawn again, so the question just inserted says it is in this note.
    this.inputEl.dispatchEvent(new Event('input'));
  }

  onChooseSuggestion(row: Row): void {
    if (!isCategory(row)) this.insert(row);
  }

  private insert(hit: QuestionHit): void {
    const from = this.editor.getCursor('from');
    insertQuestion(this.editor, hit.question, this.source.settings().questionFormat, from, this.editor.getCursor('to'), true);
  }
}
