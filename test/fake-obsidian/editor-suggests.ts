// How EditorSuggests take turns in the editor, and the editor's own suggesters, modelled only as far
// as they compete with a plugin's: Obsidian registers them before any plugin loads, so when one of
// them and a plugin's EditorSuggest both trigger, Obsidian's opens and the plugin's stays closed.
import type { Editor as ObsidianEditor, EditorPosition, EditorSuggestContext, EditorSuggestTriggerInfo, TFile as ObsidianTFile } from 'obsidian';
import { collectTags } from './metadata';
import { isTagChar } from './metadata/tag-text';
import type { Editor } from './editor';
import { EditorSuggest } from './modal';
import type { TFile } from './vault';

const SHOWN = 20;

function lineBefore(editor: ObsidianEditor, cursor: EditorPosition): string {
  return editor.getLine(cursor.line).slice(0, cursor.ch);
}

function renderTitle(el: HTMLElement, title: string): void {
  el.createDiv({ cls: 'suggestion-content' }).createDiv({ cls: 'suggestion-title', text: title });
}

/** `[[` (or `![[`): open from the brackets until they are closed, suggesting notes by name. */
export class LinkSuggest extends EditorSuggest<ObsidianTFile> {
  onTrigger(cursor: EditorPosition, editor: ObsidianEditor): EditorSuggestTriggerInfo | null {
    const before = lineBefore(editor, cursor);
    const open = before.lastIndexOf('[[');
    if (open < 0 || before.includes(']]', open)) return null;
    return { start: { line: cursor.line, ch: open }, end: cursor, query: before.slice(open + 2) };
  }

  getSuggestions(context: EditorSuggestContext): ObsidianTFile[] {
    const query = context.query.toLowerCase();
    const files = this.app.vault.getMarkdownFiles().filter((file) => file.path.toLowerCase().includes(query));
    return files.slice(0, SHOWN);
  }

  renderSuggestion(file: ObsidianTFile, el: HTMLElement): void {
    renderTitle(el, file.basename);
  }

  selectSuggestion(file: ObsidianTFile): void {
    const context = this.context;
    if (!context) return;
    context.editor.replaceRange(`[[${file.basename}]]`, context.start, context.end);
    this.close();
  }
}

/** `#` at the start of a line or after a space, followed by tag characters: the vault's tags. */
export class TagSuggest extends EditorSuggest<string> {
  onTrigger(cursor: EditorPosition, editor: ObsidianEditor): EditorSuggestTriggerInfo | null {
    const before = lineBefore(editor, cursor);
    const hash = before.lastIndexOf('#');
    if (hash < 0 || (hash > 0 && !/\s/.test(before.charAt(hash - 1)))) return null;
    const query = before.slice(hash + 1);
    for (let i = 0; i < query.length; i++) if (!isTagChar(query.charCodeAt(i))) return null;
    return { start: { line: cursor.line, ch: hash }, end: cursor, query };
  }

  getSuggestions(context: EditorSuggestContext): string[] {
    const query = context.query.toLowerCase();
    const tags = new Set<string>();
    for (const file of this.app.vault.getMarkdownFiles()) {
      const cache = this.app.metadataCache.getFileCache(file);
      if (cache) for (const tag of collectTags(cache)) tags.add(tag);
    }
    return [...tags].filter((tag) => tag.toLowerCase().includes(query)).sort().slice(0, SHOWN);
  }

  renderSuggestion(tag: string, el: HTMLElement): void {
    renderTitle(el, tag);
  }

  selectSuggestion(tag: string): void {
    const context = this.context;
    if (!context) return;
    context.editor.replaceRange(`${tag} `, context.start, context.end);
    this.close();
  }
}

/** What the registry asks of an EditorSuggest (the fake's base class does this). */
export interface EditorSuggestLike {
  updateFromEditor(editor: Editor, file: TFile | null): boolean;
  handleKey(evt: KeyboardEvent): boolean;
  close(): void;
}

/**
 * Obsidian's EditorSuggest plumbing, reduced: after each edit the suggester already open keeps the
 * popover while its trigger still holds; otherwise the first, in the order they were registered,
 * whose trigger matches opens. The editor's own link (`[[`) and tag (`#`) suggesters come first, as
 * Obsidian registers them before any plugin loads. A suggester that throws is logged and skipped,
 * as CodeMirror does with a failing update listener.
 */
export class EditorSuggestRegistry {
  readonly suggests: EditorSuggestLike[];
  private current: EditorSuggestLike | null = null;

  constructor(builtIns: EditorSuggestLike[]) {
    this.suggests = [...builtIns];
  }

  /** Keys typed in the editor go to an open suggester first; true when it took the key. */
  handleKey(evt: KeyboardEvent): boolean {
    return this.suggests.some((suggest) => suggest.handleKey(evt));
  }

  update(editor: Editor, file: TFile | null): void {
    const previous = this.current;
    this.current = previous && this.suggests.includes(previous) && this.triggers(previous, editor, file) ? previous : null;
    for (const suggest of this.suggests) {
      if (suggest === previous) continue;
      if (!this.current && this.triggers(suggest, editor, file)) this.current = suggest;
      else suggest.close();
    }
  }

  private triggers(suggest: EditorSuggestLike, editor: Editor, file: TFile | null): boolean {
    try {
      if (suggest.updateFromEditor(editor, file)) return true;
    } catch (error) {
      console.error(error);
    }
    suggest.close();
    return false;
  }
}
