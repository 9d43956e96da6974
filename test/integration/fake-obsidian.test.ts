// The fake Obsidian's own contract: where it is as strict as the app (see test/fake-obsidian/README.md).
// These pin the behaviour plugin tests rely on, so that a fake drifting back to lenient fails here.
import type { EditorPosition, EditorSuggestContext, EditorSuggestTriggerInfo, SettingDefinitionItem, TFile as ObsidianTFile } from 'obsidian';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type App, createFakeApp } from '../fake-obsidian/app';
import { setInView } from '../fake-obsidian/intersection-observer';
import { EditorSuggest } from '../fake-obsidian/modal';
import { PluginSettingTab } from '../fake-obsidian/setting';
import { ItemView, MarkdownView, type WorkspaceLeaf } from '../fake-obsidian/workspace';

afterEach(() => document.body.empty());

const NOTE = 'Notes/a.md';

async function openEditor(app: App, path: string | null): Promise<MarkdownView> {
  await app.workspace.getLeaf(true).setViewState({ type: 'markdown', state: path === null ? {} : { file: path }, active: true });
  const view = app.workspace.getActiveViewOfType(MarkdownView);
  if (!view) throw new Error('no editor');
  return view;
}

function typeInto(view: MarkdownView, text: string): void {
  const content = view.contentEl.find('.cm-content');
  for (const key of text) content?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const shown = (app: App) => app.dom.findAll('.suggestion-container .suggestion-title').map((el) => el.getText());

/** A plugin's suggester opening on `trigger`, recording what it was handed. */
class Recording extends EditorSuggest<string> {
  readonly files: (ObsidianTFile | null)[] = [];
  constructor(
    app: App,
    private readonly trigger: string,
  ) {
    super(app);
  }
  onTrigger(cursor: EditorPosition, editor: never, file: ObsidianTFile | null): EditorSuggestTriggerInfo | null {
    const line = (editor as { getLine(n: number): string }).getLine(cursor.line).slice(0, cursor.ch);
    const at = line.lastIndexOf(this.trigger);
    return at < 0 ? null : { start: { line: cursor.line, ch: at }, end: cursor, query: line.slice(at + this.trigger.length) };
  }
  getSuggestions(context: EditorSuggestContext): string[] {
    this.files.push(context.file);
    return [`plugin: ${context.query}`];
  }
  renderSuggestion(value: string, el: HTMLElement): void {
    el.createDiv({ cls: 'suggestion-title', text: value });
  }
  selectSuggestion(): void {}
}

function register(app: App, suggest: Recording): Recording {
  app.workspace.editorSuggest.suggests.push(suggest);
  return suggest;
}

describe('EditorSuggest', () => {
  it('hands onTrigger and getSuggestions a null file in an editor that shows none, as the app does', async () => {
    const app = createFakeApp();
    const suggest = register(app, new Recording(app, ';;'));
    const view = await openEditor(app, null);
    typeInto(view, ';;x');
    await tick();
    expect(suggest.files.at(-1)).toBeNull();
    expect(shown(app)).toEqual(['plugin: x']);
  });

  it('gives the editor\'s own [[ and # suggesters, registered first, the popover when they trigger too', async () => {
    const app = createFakeApp({ files: { [NOTE]: '', 'Notes/Alpha.md': '#work\n' } });
    const plugin = register(app, new Recording(app, '#'));
    const link = register(app, new Recording(app, '[['));
    const view = await openEditor(app, NOTE);
    typeInto(view, '#wo');
    await tick();
    expect(shown(app)).toEqual(['#work']);
    view.editor.replaceSelection('\n');
    typeInto(view, '[[Al');
    await tick();
    expect(shown(app)).toEqual(['Alpha']);
    expect([plugin.files, link.files]).toEqual([[], []]);
    // `#` after a letter is no tag: the plugin's suggester gets it.
    view.editor.replaceSelection('\n');
    typeInto(view, 'x#y');
    await tick();
    expect(shown(app)).toEqual(['plugin: y']);
  });

  it('keeps the open suggester while its trigger holds, even where a built-in one would start', async () => {
    const app = createFakeApp({ files: { [NOTE]: '', 'Notes/Alpha.md': '#work\n' } });
    register(app, new Recording(app, '??'));
    const view = await openEditor(app, NOTE);
    typeInto(view, '??a #wo');
    await tick();
    expect(shown(app)).toEqual(['plugin: a #wo']);
  });
});

describe('views in leaves', () => {
  class Custom extends ItemView {
    getViewType(): string {
      return 'custom';
    }
    getDisplayText(): string {
      return 'Custom';
    }
  }

  it('defers a view restored in a background tab until it is revealed, and revealLeaf resolves once it has loaded', async () => {
    const app = createFakeApp();
    app.viewRegistry.set('custom', (leaf) => new Custom(leaf) as never);
    const leaf = (await app.workspace.restoreLeaf('main', { type: 'custom', state: {} }, { background: true })) as unknown as WorkspaceLeaf;
    expect(app.workspace.getLeavesOfType('custom')).toEqual([leaf]);
    expect(leaf.isDeferred).toBe(true);
    expect(leaf.view).not.toBeInstanceOf(Custom);
    expect(() => (leaf.view as unknown as { contentEl: unknown }).contentEl).toThrow('DeferredView.contentEl is not implemented');
    const revealing = app.workspace.revealLeaf(leaf as never);
    expect(leaf.isDeferred).toBe(true);
    await revealing;
    expect(leaf.view).toBeInstanceOf(Custom);
  });
});

describe('the vault and the metadata cache', () => {
  it('fire nothing inside the call that changes the vault, and everything before its promise settles', async () => {
    const app = createFakeApp({ files: { [NOTE]: 'one\n' } });
    const events: string[] = [];
    for (const name of ['create', 'modify', 'rename', 'delete']) app.vault.on(name, (file) => events.push(`${name} ${(file as { path: string }).path}`));
    const file = app.vault.getFileByPath(NOTE);
    if (!file) throw new Error('no note');
    const calls = [app.vault.modify(file, 'two\n'), app.vault.create('Notes/b.md', ''), app.vault.rename(file, 'Notes/c.md')];
    expect(events).toEqual([]);
    expect(app.vault.getFileByPath('Notes/b.md')).toBeNull();
    await Promise.all(calls);
    expect(events).toEqual(['modify Notes/a.md', 'create Notes/b.md', 'rename Notes/c.md']);
  });

  it('fires `changed` only when the text changed, as Obsidian compares the content', async () => {
    const app = createFakeApp({ files: { [NOTE]: 'one\n' } });
    const changed = vi.fn();
    app.metadataCache.on('changed', changed);
    const file = app.vault.getFileByPath(NOTE);
    if (!file) throw new Error('no note');
    await app.vault.modify(file, 'one\n');
    await app.metadataCache.settle();
    expect(changed).not.toHaveBeenCalled();
    await app.vault.modify(file, 'two\n');
    expect(changed).not.toHaveBeenCalled();
    await app.metadataCache.settle();
    expect(changed).toHaveBeenCalledTimes(1);
  });
});

describe('an open editor', () => {
  it('shows the text that Vault.process and processFrontMatter wrote, its cursor kept on its line', async () => {
    const app = createFakeApp({ files: { [NOTE]: '---\na: 1\n---\nfirst\nsecond\n' } });
    const view = await openEditor(app, NOTE);
    view.editor.setCursor({ line: 4, ch: 3 });
    const file = app.vault.getFileByPath(NOTE);
    if (!file) throw new Error('no note');
    await app.vault.process(file, (text) => text.replace('first', 'first line'));
    expect(view.editor.getValue()).toBe('---\na: 1\n---\nfirst line\nsecond\n');
    await app.fileManager.processFrontMatter(file, (frontmatter) => {
      frontmatter.b = 2;
    });
    expect(view.editor.getValue()).toBe('---\na: 1\nb: 2\n---\nfirst line\nsecond\n');
    expect(view.editor.getCursor()).toEqual({ line: 5, ch: 3 });
  });
});

describe('IntersectionObserver (happy-dom lays nothing out)', () => {
  const later = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('reports each target once after observe, then only changes, on a later task; out of the document is never in view', async () => {
    const reports: [string, boolean][] = [];
    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) reports.push([entry.target.id, entry.isIntersecting]);
    });
    const a = document.body.createDiv({ attr: { id: 'a' } });
    const detached = createDiv({ attr: { id: 'b' } });
    observer.observe(a);
    observer.observe(detached);
    expect(reports).toEqual([]);
    await later();
    expect(reports).toEqual([
      ['a', false],
      ['b', false],
    ]);
    setInView(a);
    setInView(detached);
    setInView(a);
    await later();
    expect(reports.slice(2)).toEqual([['a', true]]);
    document.body.appendChild(detached);
    setInView(a, false);
    await later();
    expect(reports.slice(3)).toEqual([
      ['a', false],
      ['b', true],
    ]);
    observer.unobserve(detached);
    observer.observe(detached);
    await later();
    expect(reports.slice(5)).toEqual([['b', true]]);
    observer.disconnect();
    setInView(a);
    await later();
    expect(reports).toHaveLength(6);
    document.body.empty();
  });
});

describe('declarative settings', () => {
  /** A plugin tab with the given definitions over a plain settings object. */
  function tabWith(app: App, items: SettingDefinitionItem[], settings: Record<string, unknown>) {
    const saved: unknown[] = [];
    const plugin = { manifest: { id: 'p', name: 'P' }, settings, saveData: async (data: unknown) => void saved.push(structuredClone(data)) };
    const tab = new (class extends PluginSettingTab {
      override getSettingDefinitions(): SettingDefinitionItem[] {
        return items;
      }
    })(app, plugin);
    tab.update();
    app.setting.tabs.push(tab);
    return { tab, saved };
  }

  it('refuses on each keystroke what validate refuses, saving only accepted values, and says why under the setting', async () => {
    const app = createFakeApp();
    const validate = (value: string) => (value.includes(' ') ? 'No spaces' : undefined);
    const { tab, saved } = tabWith(app, [{ type: 'group', heading: 'G', items: [{ name: 'Tag', control: { type: 'text', key: 'tag', validate } }] }], { tag: 'a' });
    app.setting.openTab(tab);
    const input = tab.containerEl.find('input') as HTMLInputElement;
    for (const value of ['ab', 'a b', 'abc']) {
      input.value = value;
      input.trigger('input');
      await tick();
      if (value === 'a b') expect([tab.containerEl.find('.setting-item-error')?.getText(), input.getAttribute('aria-invalid')]).toEqual(['No spaces', 'true']);
    }
    expect(saved).toEqual([{ tag: 'ab' }, { tag: 'abc' }]);
    expect(tab.containerEl.find('.setting-item-error')?.getText()).toBe('');
  });

  it('throws on what it does not draw: a tab without definitions, render rows and pages', () => {
    const app = createFakeApp();
    expect(() => app.setting.openTab(tabWith(app, [], {}).tab)).toThrow('display()');
    expect(() => app.setting.openTab(tabWith(app, [{ name: 'R', render: () => {} }], {}).tab)).toThrow('not in the fake');
    expect(() => app.setting.openTab(tabWith(app, [{ type: 'page', name: 'Sub', items: [] }], {}).tab)).toThrow('not in the fake');
  });

  it('searches names, descriptions and aliases for every word, skipping what is not searchable', () => {
    const app = createFakeApp();
    tabWith(app, [{ name: 'Alpha', desc: 'First letter' }, { name: 'Beta', aliases: ['second letter'] }, { name: 'Gamma letter', searchable: false }], {});
    const found = () => app.setting.containerEl.findAll('.setting-search-results .setting-item-name').map((el) => el.getText());
    app.setting.search('LETTER');
    expect(found()).toEqual(['P', 'Alpha', 'Beta']);
    app.setting.search('second letter');
    expect(found()).toEqual(['P', 'Beta']);
    app.setting.close();
  });
});
