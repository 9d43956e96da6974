import type { BasesViewRegistration, CliFlags, CliHandler, Command, HoverLinkSource, IconName, MarkdownPostProcessorContext, ObsidianProtocolHandler, PluginManifest, ViewCreator } from 'obsidian';
import type { App } from './app';
import { Component } from './component';
import { setIcon } from './icons';
import type { EditorSuggest } from './modal';
import type { PluginSettingTab } from './setting';

type CodeBlockHandler = (source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext) => Promise<unknown> | void;

export abstract class Plugin extends Component {
  constructor(
    readonly app: App,
    readonly manifest: PluginManifest,
  ) {
    super();
  }

  addRibbonIcon(icon: IconName, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
    const el = this.app.workspace.ribbonEl.createDiv({ cls: 'side-dock-ribbon-action clickable-icon', attr: { 'aria-label': title } });
    setIcon(el, icon);
    el.addEventListener('click', (evt) => void callback(evt));
    this.register(() => el.detach());
    return el;
  }

  addStatusBarItem(): HTMLElement {
    const el = this.app.workspace.statusBarEl.createDiv({ cls: 'status-bar-item' });
    this.register(() => el.detach());
    return el;
  }

  addCommand(command: Command): Command {
    const full = { ...command, id: `${this.manifest.id}:${command.id}`, name: `${this.manifest.name}: ${command.name}` };
    this.app.commands.commands.set(full.id, full);
    this.register(() => this.app.commands.commands.delete(full.id));
    return full;
  }

  removeCommand(commandId: string): void {
    this.app.commands.commands.delete(`${this.manifest.id}:${commandId}`);
  }

  addSettingTab(settingTab: PluginSettingTab): void {
    // As the app does: the definitions are read once now, for the settings search.
    settingTab.update();
    this.app.setting.tabs.push(settingTab);
    this.register(() => this.app.setting.removeTab(settingTab));
  }

  registerView(type: string, viewCreator: ViewCreator): void {
    if (this.app.viewRegistry.has(type)) throw new Error(`Attempting to register an existing view type "${type}"`);
    this.app.viewRegistry.set(type, viewCreator);
    this.register(() => {
      this.app.viewRegistry.delete(type);
      this.app.workspace.retireViewsOfType(type);
    });
  }

  registerHoverLinkSource(id: string, info: HoverLinkSource): void {
    this.app.hoverLinkSources.set(id, info);
    this.register(() => this.app.hoverLinkSources.delete(id));
  }

  /** As in the app, a command id registered twice throws; the handler is reached through `app.cli.run`. */
  registerCliHandler(command: string, description: string, flags: CliFlags | null, handler: CliHandler): void {
    if (this.app.cli.handlers.has(command)) throw new Error(`CLI command "${command}" is already registered`);
    this.app.cli.handlers.set(command, { description, flags, handler });
    this.register(() => this.app.cli.handlers.delete(command));
  }

  /** The handler is reached through `app.openObsidianUrl`, which decodes the query as the app does. */
  registerObsidianProtocolHandler(action: string, handler: ObsidianProtocolHandler): void {
    this.app.protocolHandlers.set(action, handler);
    this.register(() => this.app.protocolHandlers.delete(action));
  }

  registerMarkdownCodeBlockProcessor(language: string, handler: CodeBlockHandler): (el: HTMLElement, ctx: MarkdownPostProcessorContext) => void {
    this.app.codeBlockProcessors.set(language, handler);
    this.register(() => this.app.codeBlockProcessors.delete(language));
    return () => {};
  }

  /** As in the app: false, registering nothing, while the Bases core plugin is off. */
  registerBasesView(viewId: string, registration: BasesViewRegistration): boolean {
    if (!this.app.basesEnabled) return false;
    if (this.app.basesViews.has(viewId)) throw new Error(`Attempting to register an existing Bases view "${viewId}"`);
    this.app.basesViews.set(viewId, registration);
    this.register(() => this.app.basesViews.delete(viewId));
    return true;
  }

  registerEditorSuggest(editorSuggest: EditorSuggest<unknown>): void {
    const registry = this.app.workspace.editorSuggest;
    registry.suggests.push(editorSuggest);
    this.register(() => {
      editorSuggest.close();
      registry.suggests.splice(registry.suggests.indexOf(editorSuggest), 1);
    });
  }

  private get dataPath(): string {
    return `${this.manifest.dir ?? `${this.app.vault.configDir}/plugins/${this.manifest.id}`}/data.json`;
  }

  /** As in Obsidian: null when there is no data.json; malformed JSON throws. */
  async loadData(): Promise<unknown> {
    if (!(await this.app.vault.adapter.exists(this.dataPath))) return null;
    return JSON.parse(await this.app.vault.adapter.read(this.dataPath)) as unknown;
  }

  async saveData(data: unknown): Promise<void> {
    await this.app.vault.adapter.write(this.dataPath, JSON.stringify(data, null, 2));
  }

  onUserEnable(): void {}
}
