import type { BasesViewRegistration, Command, HoverLinkSource, MarkdownPostProcessorContext, PluginManifest, ViewCreator } from 'obsidian';
import { FileManager } from './file-manager';
import { MetadataCache } from './metadata-cache';
import type { Plugin } from './plugin';
import type { SettingTab } from './setting';
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

/** The settings window: a modal with one tab shown at a time. */
class SettingsWindow {
  readonly tabs: SettingTab[] = [];
  readonly containerEl: HTMLElement;
  private shown: SettingTab | null = null;
  constructor(private readonly app: App) {
    this.containerEl = createDiv({ cls: 'modal-container mod-dim' });
    this.containerEl.createDiv({ cls: 'modal-bg' });
  }
  openTab(tab: SettingTab): void {
    this.close();
    this.app.dom.appendChild(this.containerEl);
    const modal = this.containerEl.createDiv({ cls: 'modal mod-settings' });
    const content = modal.createDiv({ cls: 'vertical-tab-content-container' });
    content.appendChild(tab.containerEl);
    this.shown = tab;
    tab.display();
  }
  close(): void {
    this.shown?.hide();
    this.shown = null;
    this.containerEl.findAll('.modal').forEach((el) => el.detach());
    this.containerEl.detach();
  }
  removeTab(tab: SettingTab): void {
    if (this.shown === tab) this.close();
    this.tabs.splice(this.tabs.indexOf(tab), 1);
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
