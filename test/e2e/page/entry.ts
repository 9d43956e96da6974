// The end-to-end page: the fake Obsidian app with the demo vault, the production main.js loaded into
// it, and `window.harness` for tests to drive. The DOM helpers must exist before anything builds DOM.
import '../../fake-obsidian/dom-setup';
import type { Command, PluginManifest } from 'obsidian';
import { type App, createFakeApp, loadPlugin } from '../../fake-obsidian/app';
import { openCommandPalette } from '../../fake-obsidian/command-palette';
import * as obsidian from '../../fake-obsidian/index';
import { shownNotices } from '../../fake-obsidian/notice';
import type { Plugin } from '../../fake-obsidian/plugin';
import type { PluginSettingTab } from '../../fake-obsidian/setting';
import { strict } from '../../fake-obsidian/strict';
import { type TAbstractFile, TFile, TFolder } from '../../fake-obsidian/vault';

declare const __DEMO_VAULT__: Record<string, string>;
declare const __PLUGIN_MANIFEST__: PluginManifest;
declare const __LUCIDE_ICONS__: Record<string, [string, Record<string, string>][]>;

(window as unknown as { lucideIcons?: unknown }).lucideIcons = __LUCIDE_ICONS__;

export type Theme = 'light' | 'dark';

export interface Harness {
  app: App;
  /** The plugin instance built from the production main.js. */
  plugin: Plugin;
  /** The fake `obsidian` module, as the plugin's `require('obsidian')` sees it. */
  obsidian: typeof obsidian;
  openCommandPalette(): void;
  /** Opens the settings window on the plugin's tab. */
  openSettings(): void;
  /** Opens the settings window on its search, the field focused and empty. */
  openSettingsSearch(): void;
  setTheme(theme: Theme): void;
  /** Every notice shown since the page loaded, oldest first. */
  notices(): string[];
  /** Opens a note in the main area (creating it with `text` when missing), cursor at its end. */
  openNote(path: string, text?: string): Promise<void>;
  /** Deletes the notes in `folders` ('' for all), writes `notes` and waits for their metadata (benchmarks). */
  replaceNotes(this: void, notes: Readonly<Record<string, string>>, folders: readonly string[]): Promise<void>;
}

declare global {
  interface Window {
    harness?: Harness;
    /** Set instead of `harness` when the page could not load the plugin. */
    harnessError?: string;
    __pluginFactory?: (module: { exports: unknown }, exports: unknown, require: (id: string) => unknown) => void;
  }
}

function setTheme(theme: Theme): void {
  document.body.toggleClass('theme-light', theme === 'light');
  document.body.toggleClass('theme-dark', theme === 'dark');
}

/** Runs main.js as Obsidian does: a CommonJS body whose `require('obsidian')` is the app's module. */
function pluginClassFromBundle(): new (app: never, manifest: PluginManifest) => Plugin {
  const factory = window.__pluginFactory;
  if (!factory) throw new Error('plugin.js did not load: run `node test/e2e/build-page.mjs`');
  const obsidianModule = strict({ ...obsidian }, 'obsidian');
  const require = (id: string): unknown => {
    if (id === 'obsidian') return obsidianModule;
    throw new Error(`fake obsidian: require('${id}') is not available in the test page`);
  };
  const module: { exports: unknown } = { exports: {} };
  factory(module, module.exports, require);
  const exported = module.exports as { default?: unknown };
  const PluginClass = exported.default ?? exported;
  if (typeof PluginClass !== 'function') throw new Error('main.js exports no plugin class');
  return PluginClass as new (app: never, manifest: PluginManifest) => Plugin;
}

// --- Decoration: parts of Obsidian's window the fake does not model, so screenshots read as Obsidian.

function sortedChildren(folder: TFolder): TAbstractFile[] {
  const isFolder = (f: TAbstractFile) => f instanceof TFolder;
  return [...folder.children].sort((a, b) => Number(isFolder(b)) - Number(isFolder(a)) || a.name.localeCompare(b.name));
}

function renderFileTree(parent: HTMLElement, folder: TFolder, openPath: string): void {
  for (const child of sortedChildren(folder)) {
    if (child instanceof TFolder) {
      const open = openPath.startsWith(`${child.path}/`);
      const item = parent.createDiv({ cls: ['tree-item', 'nav-folder', open ? '' : 'is-collapsed'] });
      const self = item.createDiv({ cls: 'tree-item-self nav-folder-title mod-collapsible' });
      self.createDiv({ cls: 'tree-item-icon collapse-icon' });
      self.createDiv({ cls: 'tree-item-inner nav-folder-title-content', text: child.name });
      if (open) renderFileTree(item.createDiv({ cls: 'tree-item-children nav-folder-children' }), child, openPath);
    } else if (child instanceof TFile) {
      const item = parent.createDiv({ cls: 'tree-item nav-file' });
      const self = item.createDiv({ cls: ['tree-item-self', 'nav-file-title', child.path === openPath ? 'is-active' : ''] });
      self.createDiv({ cls: 'tree-item-inner nav-file-title-content', text: child.extension === 'md' ? child.basename : child.name });
    }
  }
}

function decorateWorkspace(app: App, openPath: string): void {
  const left = app.workspace.regionEls.left;
  const explorer = left.createDiv({ cls: 'workspace-leaf mod-decoration' }).createDiv({ cls: 'workspace-leaf-content', attr: { 'data-type': 'file-explorer' } });
  explorer.createDiv({ cls: 'nav-header' });
  const files = explorer.createDiv({ cls: 'nav-files-container' });
  renderFileTree(files.createDiv({ cls: 'tree-item nav-folder mod-root' }).createDiv({ cls: 'tree-item-children nav-folder-children' }), app.vault.getRoot(), openPath);
  left.createDiv({ cls: 'workspace-sidedock-vault-profile', text: app.vault.getName() });

  const main = app.workspace.regionEls.main;
  const tabs = main.createDiv({ cls: 'workspace-tab-header-container mod-decoration' });
  // The tab bar belongs to the main area: a sidebar view becoming active leaves it as it was.
  let title = 'New tab';
  const render = () => {
    tabs.empty();
    const active = app.workspace.activeLeaf;
    if (active && active.region === 'main') title = active.getDisplayText();
    tabs.createDiv({ cls: 'workspace-tab-header is-active' }).createDiv({ cls: 'workspace-tab-header-inner-title', text: title });
  };
  render();
  app.workspace.on('active-leaf-change', render);
  app.workspace.on('file-open', render);
}

/** Obsidian's settings window lists every tab on its left; the fake shows only the one opened. */
function decorateSettings(app: App, pluginName: string, active: string | null = pluginName): void {
  const modal = app.setting.containerEl.find('.modal.mod-settings');
  if (!modal || modal.find('.vertical-tab-header')) return;
  modal.createDiv({ cls: 'modal-close-button' }).addEventListener('click', () => app.setting.close());
  const header = createDiv({ cls: 'vertical-tab-header' });
  modal.prepend(header);
  const groups: [string, string[]][] = [
    ['Options', ['General', 'Editor', 'Files and links', 'Appearance', 'Hotkeys', 'Core plugins', 'Community plugins']],
    ['Community plugins', [pluginName]],
  ];
  for (const [title, items] of groups) {
    const group = header.createDiv({ cls: 'vertical-tab-header-group' });
    group.createDiv({ cls: 'vertical-tab-header-group-title', text: title });
    const list = group.createDiv({ cls: 'vertical-tab-header-group-items' });
    for (const name of items) list.createDiv({ cls: ['vertical-tab-nav-item', name === active ? 'is-active' : ''], text: name });
  }
}

/**
 * A few of Obsidian's own commands, so the palette filters among many as it does in the app. Only
 * the palette and settings commands do anything; the others stand in for the app's.
 */
function registerCoreCommands(app: App, actions: { openCommandPalette(): void; openSettings(): void }): void {
  const commands: Command[] = [
    { id: 'command-palette:open', name: 'Command palette: Open command palette', hotkeys: [{ modifiers: ['Mod'], key: 'P' }], callback: () => actions.openCommandPalette() },
    { id: 'app:open-settings', name: 'Open settings', hotkeys: [{ modifiers: ['Mod'], key: ',' }], callback: () => actions.openSettings() },
    { id: 'switcher:open', name: 'Quick switcher: Open quick switcher', hotkeys: [{ modifiers: ['Mod'], key: 'O' }], callback: () => {} },
    { id: 'file-explorer:new-file', name: 'Create new note', hotkeys: [{ modifiers: ['Mod'], key: 'N' }], callback: () => {} },
    { id: 'daily-notes', name: "Daily notes: Open today's daily note", callback: () => {} },
    { id: 'global-search:open', name: 'Search: Search in all files', hotkeys: [{ modifiers: ['Mod', 'Shift'], key: 'F' }], callback: () => {} },
    { id: 'insert-template', name: 'Templates: Insert template', callback: () => {} },
    { id: 'workspace:close', name: 'Close current tab', hotkeys: [{ modifiers: ['Mod'], key: 'W' }], callback: () => {} },
    { id: 'app:reload', name: 'Reload app without saving', callback: () => {} },
  ];
  for (const command of commands) app.commands.commands.set(command.id, command);
}

async function start(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  setTheme(params.get('theme') === 'dark' ? 'dark' : 'light');
  document.body.addClass('mod-linux', 'is-focused');

  const app = createFakeApp({ files: __DEMO_VAULT__ });
  const openPath = params.get('note') ?? 'People/Priya Raman.md';
  decorateWorkspace(app, openPath);

  // As at Obsidian's start: plugins load, the saved layout opens its notes, then layout-ready.
  const plugin = await loadPlugin(app, pluginClassFromBundle(), __PLUGIN_MANIFEST__, { layoutReady: false });
  const note = app.vault.getFileByPath(openPath);
  if (note) await app.workspace.getLeaf().openFile(note);
  if (note && params.get('mode') === 'preview') await app.workspace.getLeaf().setViewState({ type: 'markdown', state: { file: note.path, mode: 'preview' } });
  app.workspace.triggerLayoutReady();
  await app.metadataCache.settle();

  const harness: Harness = {
    app,
    plugin,
    obsidian,
    openCommandPalette: () => void openCommandPalette(app),
    openSettings: () => {
      const tab = app.setting.tabs.find((t) => (t as PluginSettingTab).plugin === plugin);
      if (!tab) throw new Error('the plugin registered no settings tab');
      app.setting.openTab(tab);
      decorateSettings(app, plugin.manifest.name);
    },
    openSettingsSearch: () => {
      app.setting.search('').focus();
      decorateSettings(app, plugin.manifest.name, null);
    },
    setTheme,
    notices: () => [...shownNotices],
    openNote: async (path, text) => {
      const existing = app.vault.getFileByPath(path);
      const file = existing ?? (text === undefined ? null : await app.vault.create(path, text));
      if (!file) throw new Error(`no note at ${path}`);
      await app.metadataCache.settle();
      await app.workspace.getLeaf().openFile(file);
      const view = app.workspace.getActiveViewOfType(obsidian.MarkdownView);
      const last = view?.editor.lastLine() ?? 0;
      view?.editor.setCursor({ line: last, ch: view.editor.getLine(last).length });
    },
    replaceNotes: async (notes, folders) => {
      const inFolders = (path: string) => folders.some((folder) => folder === '' || path.startsWith(`${folder}/`));
      for (const file of app.vault.getMarkdownFiles().filter((f) => inFolders(f.path))) await app.vault.delete(file);
      for (const [path, text] of Object.entries(notes)) {
        app.vault.ensureFolder(path.slice(0, path.lastIndexOf('/')));
        await app.vault.create(path, text);
      }
      await app.metadataCache.settle();
    },
  };
  registerCoreCommands(app, harness);
  // Obsidian's default hotkeys for the palette and the settings window.
  window.addEventListener('keydown', (evt) => {
    if (!(evt.ctrlKey || evt.metaKey) || evt.altKey || evt.shiftKey) return;
    if (evt.key.toLowerCase() === 'p') harness.openCommandPalette();
    else if (evt.key === ',') harness.openSettings();
    else return;
    evt.preventDefault();
  });
  window.harness = harness;
}

start().catch((error: unknown) => {
  window.harnessError = error instanceof Error ? (error.stack ?? error.message) : String(error);
  throw error;
});
