import type {
  AbstractInputSuggest as ObsidianInputSuggest,
  Editor as ObsidianEditor,
  EditorPosition,
  EditorSuggestContext,
  EditorSuggestTriggerInfo,
  FuzzyMatch,
  Instruction,
  Modal as ObsidianModal,
  TFile as ObsidianTFile,
} from 'obsidian';
import type { App } from './app';
import type { Editor } from './editor';
import { coordsAtPos } from './editor-input';
import { Scope } from './scope';
import { prepareFuzzySearch, renderResults } from './search';
import type { TFile } from './vault';

export class Modal implements Pick<ObsidianModal, 'open' | 'close' | 'onOpen' | 'onClose'> {
  readonly containerEl: HTMLElement;
  readonly modalEl: HTMLElement;
  readonly titleEl: HTMLElement;
  readonly contentEl: HTMLElement;
  readonly scope = new Scope();
  private isOpen = false;
  private readonly onKey = (evt: KeyboardEvent) => {
    if (this.scope.handle(evt)) return;
    if (evt.key === 'Escape') this.close();
  };

  constructor(readonly app: App) {
    this.containerEl = createDiv({ cls: 'modal-container mod-dim' });
    this.containerEl.createDiv({ cls: 'modal-bg' });
    this.modalEl = this.containerEl.createDiv({ cls: 'modal' });
    this.modalEl.createDiv({ cls: 'modal-close-button' }).addEventListener('click', () => this.close());
    this.titleEl = this.modalEl.createDiv({ cls: 'modal-header' }).createDiv({ cls: 'modal-title' });
    this.contentEl = this.modalEl.createDiv({ cls: 'modal-content' });
  }
  open(): void {
    if (this.isOpen) return;
    this.isOpen = true;
    this.app.dom.appendChild(this.containerEl);
    this.containerEl.addEventListener('keydown', this.onKey);
    this.onOpen();
  }
  close(): void {
    if (!this.isOpen) return;
    this.isOpen = false;
    this.containerEl.removeEventListener('keydown', this.onKey);
    this.containerEl.detach();
    this.onClose();
  }
  onOpen(): void {}
  onClose(): void {}
  setTitle(title: string): this {
    this.titleEl.setText(title);
    return this;
  }
  setContent(content: string | DocumentFragment): this {
    this.contentEl.setText(content);
    return this;
  }
}

/** The list-with-keyboard behaviour shared by every suggester. */
class SuggestionList<T> {
  values: T[] = [];
  selected = 0;
  constructor(
    private readonly containerEl: HTMLElement,
    private readonly render: (value: T, el: HTMLElement) => void,
    private readonly choose: (value: T, evt: MouseEvent | KeyboardEvent) => void,
  ) {}
  set(values: T[], emptyText?: string): void {
    this.values = values;
    this.selected = 0;
    this.containerEl.empty();
    if (values.length === 0 && emptyText) this.containerEl.createDiv({ cls: 'suggestion-empty', text: emptyText });
    values.forEach((value, index) => {
      const el = this.containerEl.createDiv({ cls: 'suggestion-item mod-complex' });
      this.render(value, el);
      el.addEventListener('mousemove', () => this.select(index));
      el.addEventListener('click', (evt) => this.choose(value, evt));
    });
    this.select(0);
  }
  select(index: number): void {
    this.selected = Math.max(0, Math.min(index, this.values.length - 1));
    Array.from(this.containerEl.children).forEach((el, i) => el.toggleClass('is-selected', i === this.selected));
  }
  onKey(evt: KeyboardEvent): void {
    if (evt.key === 'ArrowDown') this.select((this.selected + 1) % Math.max(1, this.values.length));
    else if (evt.key === 'ArrowUp') this.select((this.selected - 1 + this.values.length) % Math.max(1, this.values.length));
    // Enter with a modifier is a different key to Obsidian: only a scope handler registered for it acts.
    else if (evt.key === 'Enter' && !(evt.ctrlKey || evt.metaKey || evt.altKey || evt.shiftKey)) {
      const value = this.values[this.selected];
      if (value !== undefined) {
        evt.preventDefault();
        this.choose(value, evt);
      }
    } else return;
    evt.preventDefault();
  }
}

export abstract class SuggestModal<T> extends Modal {
  limit = 50;
  emptyStateText = 'No results found.';
  readonly inputEl: HTMLInputElement;
  readonly resultContainerEl: HTMLElement;
  private readonly instructionsEl: HTMLElement;
  private readonly list: SuggestionList<T>;
  private updateCount = 0;

  constructor(app: App) {
    super(app);
    this.modalEl.addClass('prompt');
    this.modalEl.empty();
    this.inputEl = this.modalEl.createDiv({ cls: 'prompt-input-container' }).createEl('input', { cls: 'prompt-input', type: 'text' });
    this.resultContainerEl = this.modalEl.createDiv({ cls: 'prompt-results' });
    this.instructionsEl = this.modalEl.createDiv({ cls: 'prompt-instructions' });
    this.list = new SuggestionList<T>(this.resultContainerEl, (v, el) => this.renderSuggestion(v, el), (v, evt) => this.selectSuggestion(v, evt));
    this.inputEl.addEventListener('input', () => void this.updateSuggestions());
    this.inputEl.addEventListener('keydown', (evt) => this.list.onKey(evt));
  }
  override open(): void {
    super.open();
    this.inputEl.focus();
    void this.updateSuggestions();
  }
  setPlaceholder(placeholder: string): void {
    this.inputEl.setAttr('placeholder', placeholder);
  }
  setInstructions(instructions: Instruction[]): void {
    this.instructionsEl.empty();
    for (const { command, purpose } of instructions) {
      const el = this.instructionsEl.createDiv({ cls: 'prompt-instruction' });
      el.createSpan({ cls: 'prompt-instruction-command', text: command });
      el.createSpan({ text: purpose });
    }
  }
  onNoSuggestion(): void {}
  selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
    this.close();
    this.onChooseSuggestion(value, evt);
  }
  selectActiveSuggestion(evt: MouseEvent | KeyboardEvent): void {
    const value = this.list.values[this.list.selected];
    if (value !== undefined) this.selectSuggestion(value, evt);
  }
  /** Test aid: the values on screen, in order. */
  get shownSuggestions(): T[] {
    return this.list.values;
  }
  /** Re-query; resolves once the list on screen matches the input (async getSuggestions included). */
  async updateSuggestions(): Promise<void> {
    const ticket = ++this.updateCount;
    const values = (await this.getSuggestions(this.inputEl.value)).slice(0, this.limit);
    if (ticket !== this.updateCount) return;
    this.list.set(values, this.emptyStateText);
    if (values.length === 0) this.onNoSuggestion();
  }
  abstract getSuggestions(query: string): T[] | Promise<T[]>;
  abstract renderSuggestion(value: T, el: HTMLElement): void;
  abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;
}

export abstract class FuzzySuggestModal<T> extends SuggestModal<FuzzyMatch<T>> {
  getSuggestions(query: string): FuzzyMatch<T>[] {
    const search = prepareFuzzySearch(query);
    const results: FuzzyMatch<T>[] = [];
    for (const item of this.getItems()) {
      const match = search(this.getItemText(item));
      if (match) results.push({ item, match });
    }
    return query.trim() === '' ? results : results.sort((a, b) => b.match.score - a.match.score);
  }
  renderSuggestion(item: FuzzyMatch<T>, el: HTMLElement): void {
    renderResults(el, this.getItemText(item.item), item.match);
  }
  onChooseSuggestion(item: FuzzyMatch<T>, evt: MouseEvent | KeyboardEvent): void {
    this.onChooseItem(item.item, evt);
  }
  abstract getItems(): T[];
  abstract getItemText(item: T): string;
  abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;
}

/** A floating list of suggestions under an anchor element. */
export abstract class PopoverSuggest<T> {
  protected readonly suggestEl: HTMLElement;
  protected readonly list: SuggestionList<T>;
  protected isOpen = false;

  constructor(readonly app: App) {
    this.suggestEl = createDiv({ cls: 'suggestion-container' });
    const listEl = this.suggestEl.createDiv({ cls: 'suggestion' });
    this.list = new SuggestionList<T>(listEl, (v, el) => this.renderSuggestion(v, el), (v, evt) => this.selectSuggestion(v, evt));
  }
  open(): void {
    if (this.isOpen) return;
    this.isOpen = true;
    this.app.dom.appendChild(this.suggestEl);
  }
  close(): void {
    this.isOpen = false;
    this.suggestEl.detach();
  }
  /** Test aid. */
  get shownSuggestions(): T[] {
    return this.isOpen ? this.list.values : [];
  }
  protected showNear(anchor: HTMLElement | DOMRect, values: T[]): void {
    this.list.set(values);
    if (values.length === 0) return this.close();
    this.open();
    const box = anchor instanceof HTMLElement ? anchor.getBoundingClientRect() : anchor;
    // As Obsidian does: below the anchor, or above it when the window has no room below.
    const height = this.suggestEl.getBoundingClientRect().height;
    const below = box.bottom + 4 + height <= window.innerHeight || box.top - 4 - height < 0;
    this.suggestEl.setCssProps({ left: `${box.left}px`, top: `${below ? box.bottom + 4 : box.top - 4 - height}px` });
  }
  abstract renderSuggestion(value: T, el: HTMLElement): void;
  abstract selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void;
}

export abstract class AbstractInputSuggest<T> extends PopoverSuggest<T> implements Pick<ObsidianInputSuggest<T>, 'limit' | 'setValue' | 'getValue'> {
  limit = 100;
  private selectCallback: ((value: T, evt: MouseEvent | KeyboardEvent) => unknown) | null = null;

  constructor(app: App, private readonly textInputEl: HTMLInputElement | HTMLDivElement) {
    super(app);
    textInputEl.addEventListener('input', () => void this.refresh());
    textInputEl.addEventListener('focus', () => void this.refresh());
    textInputEl.addEventListener('blur', () => this.close());
    textInputEl.addEventListener('keydown', (evt) => {
      if (this.isOpen) this.list.onKey(evt as KeyboardEvent);
    });
  }
  setValue(value: string): void {
    if (this.textInputEl instanceof HTMLInputElement) this.textInputEl.value = value;
    else this.textInputEl.setText(value);
  }
  getValue(): string {
    return this.textInputEl instanceof HTMLInputElement ? this.textInputEl.value : this.textInputEl.getText();
  }
  onSelect(callback: (value: T, evt: MouseEvent | KeyboardEvent) => unknown): this {
    this.selectCallback = callback;
    return this;
  }
  selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
    this.selectCallback?.(value, evt);
  }
  async refresh(): Promise<void> {
    const values = (await this.getSuggestions(this.getValue())).slice(0, this.limit);
    this.showNear(this.textInputEl, values);
  }
  protected abstract getSuggestions(query: string): T[] | Promise<T[]>;
}

export abstract class EditorSuggest<T> extends PopoverSuggest<T> {
  context: EditorSuggestContext | null = null;
  limit = 100;
  private instructions: Instruction[] = [];
  private updates = 0;

  setInstructions(instructions: Instruction[]): void {
    this.instructions = instructions;
  }
  /**
   * Called by the fake editor after each change, as CodeMirror's update listener does in Obsidian.
   * `file` is null in an editor that shows no file; as in the app, the context passes that null on
   * to getSuggestions although the declarations promise a TFile there.
   */
  updateFromEditor(editor: Editor, file: TFile | null): boolean {
    const info = this.onTrigger(editor.getCursor(), editor as unknown as ObsidianEditor, file);
    const ticket = ++this.updates;
    if (!info) {
      this.close();
      this.context = null;
      return false;
    }
    this.context = { ...info, editor: editor as unknown as ObsidianEditor, file: file as ObsidianTFile };
    const start = info.start;
    void Promise.resolve(this.getSuggestions(this.context)).then((values) => {
      // Suggestions for a keystroke since superseded, or for a popover closed meanwhile, are dropped.
      if (ticket !== this.updates) return;
      // Under the trigger, as Obsidian places it; the leaf when the view draws no lines.
      const content = this.app.workspace.activeLeaf?.containerEl.find('.cm-content');
      const anchor = (content && coordsAtPos(content, start)) ?? this.app.workspace.activeLeaf?.containerEl ?? this.app.dom;
      this.showNear(anchor, values.slice(0, this.limit));
      this.suggestEl.toggleClass('has-instructions', this.instructions.length > 0);
    });
    return true;
  }
  override close(): void {
    this.updates++;
    super.close();
  }
  /** Keys while open, as Obsidian's suggest scope takes them: arrows and Enter choose, Escape closes. */
  handleKey(evt: KeyboardEvent): boolean {
    if (!this.isOpen) return false;
    if (evt.key === 'Escape') {
      this.close();
      evt.preventDefault();
      return true;
    }
    if (!['ArrowUp', 'ArrowDown', 'Enter'].includes(evt.key)) return false;
    this.list.onKey(evt);
    return evt.defaultPrevented;
  }
  abstract onTrigger(cursor: EditorPosition, editor: ObsidianEditor, file: ObsidianTFile | null): EditorSuggestTriggerInfo | null;
  abstract getSuggestions(context: EditorSuggestContext): T[] | Promise<T[]>;
}
