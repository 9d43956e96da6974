import { type App, type Editor, Notice, Platform, SuggestModal, type TFile } from 'obsidian';
import type { QuestionHit } from '../../core/questions/question-search';
import type { Question, QuestionCategory } from '../../core/questions/question-types';
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

/** Where a picked question goes: into a note at the cursor, or into a person's queue of talking points. */
export interface QuestionTarget {
  /** The note whose person the picker remembers questions of (a meeting or a person note), or null. */
  readonly notePath: string | null;
  /** Its text now, to mark the questions it holds already. */
  text(): string;
  /** How a question it holds already is marked: "in this note", "queued". */
  readonly heldMark: string;
  /** What Enter does with a question: "insert", "queue". */
  readonly verb: string;
  put(question: Question): void;
}

/** The cursor in a note: the question replaces the selection, on a line of its own. */
export function editorTarget(editor: Editor, file: TFile | null, source: QuestionSource): QuestionTarget {
  return {
    notePath: file?.path ?? null,
    text: () => editor.getValue(),
    heldMark: 'in this note',
    verb: 'insert',
    put: (question) => insertQuestion(editor, question, source.settings().questionFormat, editor.getCursor('from'), editor.getCursor('to'), true),
  };
}

/** A person's queue of talking points: each question picked is queued for the next 1:1 by `queue`. */
export async function queueTarget(app: App, source: QuestionSource, personPath: string, queue: (point: string) => Promise<void>): Promise<QuestionTarget> {
  const file = app.vault.getFileByPath(personPath);
  // The note as it was, then each question queued since: enough to mark what is queued already.
  let held = file ? await app.vault.cachedRead(file) : '';
  return {
    notePath: personPath,
    text: () => held,
    heldMark: 'queued',
    verb: 'queue',
    put: (question) => {
      // Picked again (Ctrl+Enter twice): it is on the list once.
      if (source.isInNote(held, question)) {
        new Notice(`Already queued: "${question.text}"`);
        return;
      }
      held += `\n- ${question.text}`;
      void queue(question.text);
    },
  };
}

/**
 * "Insert 1:1 question": the bank, searchable by words or `#category`, each question with its
 * category and when it was last asked of this person (or that it is in this note already). With
 * nothing typed each category is headed; a lone `#` lists the categories. Enter inserts at the
 * cursor and closes; Mod+Enter inserts and stays open for the next one.
 */
export class QuestionModal extends SuggestModal<Row> {
  private keepOpen = false;
  /** The target's text as the list was drawn, and the hits that open a category. */
  private heldText = '';
  private heads = new Set<QuestionHit>();

  constructor(
    app: App,
    private readonly source: QuestionSource,
    private readonly target: QuestionTarget,
  ) {
    super(app);
    this.limit = MODAL_LIMIT;
    this.modalEl.addClass('one-on-ones-question-modal');
    this.setPlaceholder('Find a question, or type # and a category…');
    const mod = Platform.isMacOS ? '⌘' : 'Ctrl';
    this.setInstructions(pickerInstructions([{ command: `${mod} ↵`, purpose: `to ${target.verb} and pick another` }], target.verb));
    this.scope.register(['Mod'], 'Enter', (evt) => {
      this.keepOpen = true;
      this.selectActiveSuggestion(evt);
      this.keepOpen = false;
      return false;
    });
  }

  getSuggestions(query: string): Row[] {
    if (query.trim() === '#') return this.source.bankFile.bank.categories.map((category) => ({ kind: 'category', category }));
    const results = this.source.search(query, this.target.notePath);
    this.emptyStateText = this.source.emptyBankMessage() ?? (results.problem ? `${results.problem}.` : `No question matches "${query.trim()}".`);
    this.heldText = this.target.text();
    this.heads = new Set(query.trim() === '' ? results.hits.filter((hit, i) => hit.category.id !== results.hits[i - 1]?.category.id) : []);
    return [...results.hits];
  }

  renderSuggestion(row: Row, el: HTMLElement): void {
    if (isCategory(row)) {
      el.createDiv({ cls: 'suggestion-title', text: `#${row.category.label}` });
      return;
    }
    renderQuestionHit(el, row, this.source.today, { held: this.source.isInNote(this.heldText, row.question) ? this.target.heldMark : null, head: this.heads.has(row) });
  }

  /** Opens on one category, as typing `#` and its name would. */
  openOn(categoryId: string): void {
    this.open();
    this.inputEl.value = `#${categoryId} `;
    this.inputEl.dispatchEvent(new Event('input'));
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
    this.target.put(row.question);
    // The list is drawn again, so the question just put says it is there.
    this.inputEl.dispatchEvent(new Event('input'));
  }

  onChooseSuggestion(row: Row): void {
    if (!isCategory(row)) this.target.put(row.question);
  }
}
