import { AbstractInputSuggest, type App } from 'obsidian';

/** Suggests vault paths (folders, or notes) under a text input, as Obsidian's own settings do. */
export class PathSuggest extends AbstractInputSuggest<string> {
  constructor(
    app: App,
    private readonly inputEl: HTMLInputElement,
    private readonly paths: () => string[],
  ) {
    super(app, inputEl);
  }

  static folders(app: App, inputEl: HTMLInputElement): PathSuggest {
    return new PathSuggest(app, inputEl, () => app.vault.getAllFolders(false).map((folder) => folder.path));
  }

  static notes(app: App, inputEl: HTMLInputElement): PathSuggest {
    return new PathSuggest(app, inputEl, () => app.vault.getMarkdownFiles().map((file) => file.path));
  }

  protected getSuggestions(query: string): string[] {
    const wanted = query.trim().toLowerCase();
    return this.paths()
      .filter((path) => path.toLowerCase().includes(wanted))
      .sort((a, b) => a.localeCompare(b));
  }

  renderSuggestion(path: string, el: HTMLElement): void {
    el.setText(path);
  }

  /** Fills the input and commits it, as leaving the field would: the setting checks and saves it. */
  override selectSuggestion(path: string): void {
    this.inputEl.value = path;
    this.inputEl.trigger('input');
    this.inputEl.trigger('change');
    this.close();
  }
}
