import type { BasesViewRegistration, CliFlags, CliHandler, Command, HoverLinkSource, MarkdownPostProcessorContext, ObsidianProtocolData, ObsidianProtocolHandler, PluginManifest, ViewCreator } from 'obsidian';
import { FileManager } from './file-manager';
import { MetadataCache } from './metadata-cache';
import type { Plugin } from './plugin';
import { PluginSettingTab, Setting, type SettingTab } from './setting';
import { renderDefinition, renderDefinitions, searchDefinitions } from './setting-definitions';
import { strict } from './strict';
import { Vault } from './vault';
import { MarkdownView, Workspace } from './workspace';

type CodeBlockHandler = (source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext) => Promise<unknown> | void;

/** Obsidian's command registry, reduced to what a command palette needs. */
class Commands {
  readonly commands = new Map<string, Command>();
  constructor(private readonly app: App) {}
  listCommands(): Command[] {
    return [...this.commands.values()];
  }
  /** Runs a command as the palette does; false when it is unavailable right now. */
  executeCommandById(id: string): boolean {
    const command = this.commands.get(id);
    if (!command) return false;
    const view = this.app.workspace.getActiveViewOfType(MarkdownView);
    if (command.editorCallback || command.editorCheckCallback) {
      if (!view) return false;
      const editor = view.editor as never;
      if (command.editorCheckCallback) {
        if (!command.editorCheckCallback(true, editor, view as never)) return false;
        command.editorCheckCallback(false, editor, view as never);
      } else void command.editorCallback?.(editor, view as never);
      return true;
    }
    if (command.checkCallback) {
      if (!command.checkCallback(true)) return false;
      command.checkCallback(false);
      return true;
    }
    void command.callback?.();
    return true;
  }
  isAvailable(id: string): boolean {
    const command = this.commands.get(id);
    if (!command) return false;
    if (command.checkCallback) return command.checkCallback(true) === true;
    if (command.editorCheckCallback || command.editorCallback) {
      const view = this.app.workspace.getActiveViewOfType(MarkdownView);
      if (!view) return false;
      return command.editorCheckCallback ? command.editorCheckCallback(true, view.editor as never, view as never) === true : true;
    }
    return true;
  }
}

/** The settings window: a modal with one tab shown at a time, or the results of its search. */
class SettingsWindow {
  readonly tabs: SettingTab[] = [];
  readonly containerEl: HTMLElement;
  private shown: SettingTab[] = [];
  constructor(private readonly app: App) {
    this.containerEl = createDiv({ cls: 'modal-container mod-dim' });
    this.containerEl.createDiv({ cls: 'modal-bg' });
  }
  private openWindow(): HTMLElement {
    this.close();
    this.app.dom.appendChild(this.containerEl);
    return this.containerEl.createDiv({ cls: 'modal mod-settings' }).createDiv({ cls: 'vertical-tab-content-container' });
  }
  /** Shows a tab, drawn from its definitions (read again now). */
  openTab(tab: SettingTab): void {
    const content = this.openWindow();
    content.appendChild(tab.containerEl);
    this.shown = [tab];
    tab.containerEl.empty();
    tab.update();
    // The deprecated display() draws only tabs without definitions; the plugin's has them.
    if (tab.settingItems.length === 0) throw new Error('a settings tab drawn by display() is not in the fake');
    renderDefinitions(this.app, tab, tab.containerEl, tab.settingItems);
  }
  /**
   * The settings search, as typed into the window's search field: the matching settings of every
   * tab, from the definitions stored when the tab was added, under the tab's name and live, so a
   * setting can be changed from the results. Returns the search field.
   */
  search(query: string): HTMLInputElement {
    const content = this.openWindow();
    content.addClass('mod-settings-search');
    const input = content.createDiv({ cls: 'search-input-container' }).createEl('input', { type: 'search', attr: { placeholder: 'Search settings…' } });
    const results = content.createDiv({ cls: 'vertical-tab-content setting-search-results' });
    const draw = () => {
      for (const tab of this.shown) tab.hide();
      results.empty();
      this.shown = [];
      for (const tab of this.tabs) {
        const found = searchDefinitions(tab.settingItems, input.value);
        if (found.length === 0) continue;
        this.shown.push(tab);
        const name = tab instanceof PluginSettingTab ? tab.plugin.manifest.name : '';
        new Setting(results).setName(name).setHeading();
        for (const def of found) renderDefinition(this.app, tab, results, def);
      }
      if (this.shown.length === 0) results.createDiv({ cls: 'setting-search-empty', text: 'No settings match.' });
    };
    input.value = query;
    input.addEventListener('input', draw);
    draw();
    return input;
  }
  /** Closing hides what was on show: the tab, or each tab with search results. */
  close(): void {
    for (const tab of this.shown) tab.hide();
    this.shown = [];
    this.containerEl.findAll('.modal').forEach((el) => el.detach());
    this.containerEl.detach();
  }
  removeTab(tab: SettingTab): void {
    if (this.shown.includes(tab)) this.close();
    this.tabs.splice(this.tabs.indexOf(tab), 1);
  }
}

/** A plugin's Obsidian CLI command: what `obsidian help` lists, and the handler it runs. */
export interface CliRegistration {
  readonly description: string;
  readonly flags: CliFlags | null;
  readonly handler: CliHandler;
}

/**
 * The Obsidian CLI as plugins see it (1.12.2): `obsidian <command> key=value flag` reaches the
 * handler as `{ key: 'value', flag: 'true' }`. Whether the app passes its own `vault=` on is not
 * documented; the fake passes what the test gives (the plugin ignores `vault`). A required flag left out is refused before the handler runs, as
 * the app's help says; the app's answer to an unknown command is not modelled (it throws here).
 */
export class CliRegistry {
  readonly handlers = new Map<string, CliRegistration>();

  async run(command: string, params: Record<string, string> = {}): Promise<string> {
    const registration = this.handlers.get(command);
    if (!registration) throw new Error(`No CLI command "${command}" is registered`);
    for (const [name, flag] of Object.entries(registration.flags ?? {})) {
      if (flag.required === true && !(name in params)) throw new Error(`CLI command "${command}" needs ${name}`);
    }
    return registration.handler({ ...params });
  }
}

export class App {
  readonly vault: Vault;
  readonly metadataCache: MetadataCache;
  readonly fileManager: FileManager;
  readonly workspace: Workspace;
  readonly viewRegistry = new Map<string, ViewCreator>();
  readonly hoverLinkSources = new Map<string, HoverLinkSource>();
  readonly codeBlockProcessors = new Map<string, CodeBlockHandler>();
  readonly cli = new CliRegistry();
  readonly protocolHandlers = new Map<string, ObsidianProtocolHandler>();
  /** Bases views registered by plugins, by view type. */
  readonly basesViews = new Map<string, BasesViewRegistration>();
  /** Test switch: the Bases core plugin; off, `registerBasesView` answers false and embeds are plain links. */
  basesEnabled = true;
  readonly commands: Commands;
  readonly setting: SettingsWindow;
  readonly dom: HTMLElement;
  private readonly localStorage = new Map<string, unknown>();

  constructor(host: HTMLElement = window.document.body) {
    this.dom = host.createDiv({ cls: 'app-container' });
    this.vault = strict(new Vault(), 'Vault');
    this.metadataCache = strict(new MetadataCache(this.vault), 'MetadataCache');
    this.fileManager = strict(new FileManager(this.vault, this.metadataCache), 'FileManager');
    this.workspace = strict(new Workspace(this, this.dom), 'Workspace');
    this.commands = new Commands(this);
    this.setting = new SettingsWindow(this);
    this.viewRegistry.set('markdown', (leaf) => new MarkdownView(leaf) as never);
  }

  /**
   * Opens an `obsidian://action?key=value` URL as the app does: each value percent-decoded with
   * `decodeURIComponent` (so `+` stays a plus), the action's handler called with the parameters and
   * `action`. A URL for another vault (`vault=` naming another) is not this app's to open.
   */
  openObsidianUrl(url: string): void {
    const match = /^obsidian:\/\/([^?/]+)\/?(?:\?(.*))?$/s.exec(url);
    if (!match) throw new Error(`Not an obsidian:// URL: ${url}`);
    const [, action = '', query = ''] = match;
    const params: ObsidianProtocolData = { action };
    for (const pair of query.split('&')) {
      if (pair === '') continue;
      const at = pair.indexOf('=');
      const key = decodeURIComponent(at < 0 ? pair : pair.slice(0, at));
      params[key] = at < 0 ? 'true' : decodeURIComponent(pair.slice(at + 1));
    }
    if (params.vault !== undefined && params.vault !== this.vault.getName()) throw new Error(`The URL is for vault "${params.vault}", not "${this.vault.getName()}"`);
    const handler = this.protocolHandlers.get(action);
    if (!handler) throw new Error(`No handler for obsidian://${action}`);
    handler(params);
  }

  loadLocalStorage(key: string): unknown {
    return this.localStorage.get(key) ?? null;
  }
  saveLocalStorage(key: string, data: unknown): void {
    if (data === null || data === undefined) this.localStorage.delete(key);
    else this.localStorage.set(key, data);
  }
}

export interface FakeAppOptions {
  /** Vault files, path → text; folders are created as needed. */
  files?: Record<string, string>;
  /** Files outside the vault tree (e.g. `.obsidian/plugins/one-on-ones/data.json`). */
  configFiles?: Record<string, string>;
  host?: HTMLElement;
}

export function createFakeApp(options: FakeAppOptions = {}): App {
  const app = strict(new App(options.host), 'App');
  for (const [path, text] of Object.entries(options.files ?? {})) {
    const slash = path.lastIndexOf('/');
    if (slash > 0) app.vault.ensureFolder(path.slice(0, slash));
    app.vault.createSync(path, text);
  }
  for (const [path, text] of Object.entries(options.configFiles ?? {})) void app.vault.adapter.write(path, text);
  // The vault as the app found it on start: its files' events are long past, their metadata cached.
  app.vault.drainEvents();
  app.metadataCache.primeAll();
  return app;
}

type PluginClass<P extends Plugin> = new (app: never, manifest: PluginManifest) => P;

/**
 * Loads a plugin as Obsidian does at startup: construct, onload (awaited), then layout ready.
 * `userEnabled` also calls onUserEnable, as when the user switches the plugin on.
 */
export async function loadPlugin<P extends Plugin>(
  app: App,
  PluginCtor: PluginClass<P>,
  manifest: PluginManifest,
  options: { layoutReady?: boolean; userEnabled?: boolean } = {},
): Promise<P> {
  const plugin = new PluginCtor(app as never, { ...manifest, dir: `${app.vault.configDir}/plugins/${manifest.id}` });
  plugin.load();
  await plugin.loading;
  if (options.userEnabled) plugin.onUserEnable();
  if (options.layoutReady ?? true) {
    if (!app.workspace.layoutReady) app.workspace.triggerLayoutReady();
    await app.metadataCache.settle();
  }
  return plugin;
}
