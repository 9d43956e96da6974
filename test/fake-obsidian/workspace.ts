import type {
  IconName,
  MarkdownViewModeType,
  OpenViewState,
  PaneType,
  Side,
  View as ObsidianView,
  ViewState,
  ViewStateResult,
  Workspace as ObsidianWorkspace,
  WorkspaceLeaf as ObsidianLeaf,
  WorkspaceSidedock,
} from 'obsidian';
import type { App } from './app';
import { EditorSuggestRegistry, LinkSuggest, TagSuggest } from './editor-suggests';
import { Component } from './component';
import { Editor } from './editor';
import { attachEditorInput } from './editor-input';
import { Events } from './events';
import { ReadingView } from './reading-view';
import { strict } from './strict';
import { TFile } from './vault';

type Region = 'main' | 'left' | 'right';

export class WorkspaceLeaf extends Events implements Pick<ObsidianLeaf, 'openFile' | 'getViewState' | 'setViewState' | 'detach' | 'getDisplayText' | 'getIcon' | 'loadIfDeferred' | 'isDeferred'> {
  view: View;
  readonly containerEl: HTMLElement;
  readonly id: string;

  constructor(
    readonly workspace: Workspace,
    readonly region: Region,
  ) {
    super();
    this.id = `leaf-${workspace.nextLeafId()}`;
    this.containerEl = createDiv({ cls: 'workspace-leaf' });
    this.view = new EmptyView(this);
    this.containerEl.appendChild(this.view.containerEl);
  }

  /** Since Obsidian 1.7.2: a leaf restored in a background tab holds a DeferredView until it is shown. */
  get isDeferred(): boolean {
    return this.view instanceof DeferredView;
  }
  /** Loads the real view of a deferred leaf, on a later task, as Obsidian does once its tab is shown. */
  async loadIfDeferred(): Promise<void> {
    const deferred = this.view;
    if (!(deferred instanceof DeferredView)) return;
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (this.view === deferred) await this.setViewState(deferred.viewState);
  }

  getViewState(): ViewState {
    if (this.view instanceof DeferredView) return this.view.viewState;
    return { type: this.view.getViewType(), state: this.view.getState() };
  }

  async setViewState(viewState: ViewState): Promise<void> {
    const creator = this.workspace.app.viewRegistry.get(viewState.type);
    if (!creator) throw new Error(`fake obsidian: no view registered for type "${viewState.type}"`);
    if (this.view.getViewType() !== viewState.type || this.view instanceof DeferredView) {
      await this.closeView();
      this.view = creator(this as unknown as ObsidianLeaf) as unknown as View;
      this.containerEl.appendChild(this.view.containerEl);
      this.view.load();
      await this.view.open();
    }
    await this.view.setState(viewState.state ?? {}, { history: false });
    if (viewState.active) this.workspace.setActiveLeaf(this);
    this.workspace.trigger('layout-change');
  }

  /** The ephemeral state the last `openFile` asked for (a `#heading` subpath), for tests to read; not acted on. */
  openedWith: unknown = null;

  async openFile(file: TFile, openState?: OpenViewState): Promise<void> {
    this.openedWith = openState?.eState ?? null;
    // As in the app, a note already shown in this tab is not loaded again: its unsaved typing stays.
    const shown = this.view instanceof MarkdownView && this.view.file?.path === file.path;
    if (shown) {
      if (openState?.active ?? true) this.workspace.setActiveLeaf(this);
    } else {
      await this.setViewState({ type: 'markdown', state: { file: file.path }, active: openState?.active ?? true });
    }
    this.workspace.trigger('file-open', file);
  }

  detach(): void {
    void this.closeView();
    this.containerEl.detach();
    this.workspace.removeLeaf(this);
  }

  getDisplayText(): string {
    return this.view.getDisplayText();
  }
  getIcon(): IconName {
    return this.view.getIcon();
  }
  /** Test aid: the leaf as Obsidian restores a background tab at startup, its view not loaded. */
  defer(viewState: ViewState): void {
    void this.closeView();
    // Strict: a plugin that takes the placeholder for its view (`leaf.view as MyView`) fails here.
    this.view = strict(new DeferredView(this, viewState), 'DeferredView');
    this.containerEl.appendChild(this.view.containerEl);
  }
  /** Its plugin was disabled: the view unloads, the leaf keeps its place in the layout, as in Obsidian. */
  async retireView(): Promise<void> {
    const type = this.view.getViewType();
    await this.closeView();
    this.view = new PluginInactiveView(this, type);
    this.containerEl.appendChild(this.view.containerEl);
  }
  /** The split the leaf sits in: a sidedock for the side regions, as `workspace.rightSplit` is. */
  getRoot(): Split {
    return this.workspace.splitOf(this.region);
  }

  private async closeView(): Promise<void> {
    const view = this.view;
    view.containerEl.detach();
    view.unload();
    await view.close();
  }
}

export abstract class View extends Component implements Pick<ObsidianView, 'getViewType' | 'getState' | 'setState' | 'getIcon' | 'getDisplayText' | 'navigation' | 'icon'> {
  app: App;
  icon: IconName = 'document';
  navigation = false;
  leaf: WorkspaceLeaf;
  containerEl: HTMLElement;

  constructor(leaf: WorkspaceLeaf | ObsidianLeaf) {
    super();
    this.leaf = leaf as WorkspaceLeaf;
    this.app = this.leaf.workspace.app;
    this.containerEl = createDiv({ cls: 'workspace-leaf-content' });
  }
  /** Test aid and leaf plumbing: Obsidian calls these itself. */
  async open(): Promise<void> {
    this.containerEl.setAttr('data-type', this.getViewType());
    await this.onOpen();
  }
  async close(): Promise<void> {
    await this.onClose();
  }
  protected async onOpen(): Promise<void> {}
  protected async onClose(): Promise<void> {}
  abstract getViewType(): string;
  abstract getDisplayText(): string;
  getState(): Record<string, unknown> {
    return {};
  }
  async setState(_state: unknown, _result: ViewStateResult): Promise<void> {}
  getIcon(): IconName {
    return this.icon;
  }
  onResize(): void {}
}

class EmptyView extends View {
  getViewType(): string {
    return 'empty';
  }
  getDisplayText(): string {
    return 'New tab';
  }
}

/**
 * The placeholder of a leaf not loaded yet: it reports the type and state the leaf will have (so
 * `getLeavesOfType` lists it, as in Obsidian) but it is not that type's view, and draws nothing.
 */
export class DeferredView extends View {
  constructor(
    leaf: WorkspaceLeaf,
    readonly viewState: ViewState,
  ) {
    super(leaf);
  }
  getViewType(): string {
    return this.viewState.type;
  }
  getDisplayText(): string {
    return this.viewState.type;
  }
  override getState(): Record<string, unknown> {
    return { ...this.viewState.state };
  }
}

/** What Obsidian leaves in a leaf whose plugin was disabled; the view type is kept for re-enabling. */
class PluginInactiveView extends View {
  constructor(
    leaf: WorkspaceLeaf,
    private readonly type: string,
  ) {
    super(leaf);
    this.containerEl.setText('Plugin no longer active');
  }
  getViewType(): string {
    return 'empty';
  }
  getDisplayText(): string {
    return this.type;
  }
}

export abstract class ItemView extends View {
  contentEl: HTMLElement;
  private readonly actionsEl: HTMLElement;

  constructor(leaf: WorkspaceLeaf | ObsidianLeaf) {
    super(leaf);
    const header = this.containerEl.createDiv({ cls: 'view-header' });
    header.createDiv({ cls: 'view-header-title-container' }).createDiv({ cls: 'view-header-title' });
    this.actionsEl = header.createDiv({ cls: 'view-actions' });
    this.contentEl = this.containerEl.createDiv({ cls: 'view-content' });
  }

  override async open(): Promise<void> {
    await super.open();
    this.containerEl.find('.view-header-title')?.setText(this.getDisplayText());
  }

  addAction(icon: IconName, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
    const button = this.actionsEl.createEl('a', { cls: 'view-action clickable-icon', attr: { 'aria-label': title, 'data-icon': icon } });
    button.addEventListener('click', (evt) => void callback(evt));
    return button;
  }
}

/** The note editor, reduced to what plugins reach: `file`, `editor`, and a view of the text. */
export class MarkdownView extends ItemView {
  file: TFile | null = null;
  readonly editor = new Editor();
  private readonly sourceEl: HTMLElement;
  private readonly reading: ReadingView;
  private mode: MarkdownViewModeType = 'source';
  private reloading = false;

  constructor(leaf: WorkspaceLeaf | ObsidianLeaf) {
    super(leaf);
    this.navigation = true;
    this.sourceEl = this.contentEl.createDiv({ cls: 'markdown-source-view cm-s-obsidian mod-cm6 is-live-preview' }).createDiv({ cls: 'cm-content' });
    this.reading = new ReadingView(this.app, this.contentEl, this);
    attachEditorInput(this, this.sourceEl);
    this.editor.onChange = () => {
      this.renderSource();
      this.app.workspace.trigger('editor-change', this.editor, this);
      // Suggesters follow typing; a note reloaded from disk opens none.
      if (!this.reloading) this.app.workspace.editorSuggest.update(this.editor, this.file);
    };
  }
  override onload(): void {
    // As the app does when its file changes on disk (Vault.process, processFrontMatter, a sync):
    // the editor takes the new text; only the changed span is replaced, so the cursor stays put.
    this.registerEvent(this.app.vault.on('modify', (file) => {
      if (file === this.file) this.reloadFromDisk();
    }));
  }
  private reloadFromDisk(): void {
    const text = this.file ? this.app.vault.peek(this.file.path) : undefined;
    const before = this.editor.getValue();
    if (text === undefined || text === before) return;
    let start = 0;
    while (start < before.length && start < text.length && before[start] === text[start]) start++;
    let end = 0;
    while (end < before.length - start && end < text.length - start && before[before.length - 1 - end] === text[text.length - 1 - end]) end++;
    this.reloading = true;
    try {
      this.editor.replaceRange(text.slice(start, text.length - end), this.editor.offsetToPos(start), this.editor.offsetToPos(before.length - end));
    } finally {
      this.reloading = false;
    }
  }
  getViewType(): string {
    return 'markdown';
  }
  getDisplayText(): string {
    return this.file?.basename ?? 'No file';
  }
  override getState(): Record<string, unknown> {
    return { file: this.file?.path ?? null, mode: this.mode };
  }
  override async setState(state: unknown): Promise<void> {
    const { file: path, mode } = state as { file?: string; mode?: MarkdownViewModeType };
    const file = path ? this.app.vault.getFileByPath(path) : null;
    this.file = file;
    this.mode = mode ?? this.mode;
    this.editor.setValue(file ? await this.app.vault.read(file) : '');
    this.containerEl.find('.view-header-title')?.setText(this.getDisplayText());
    this.sourceEl.parentElement?.toggle(this.mode === 'source');
    if (this.mode === 'preview' && file) await this.reading.render(this.editor.getValue(), file.path);
    else this.reading.clear();
  }
  /** 'preview' is reading view, where code block processors have rendered the note. */
  getMode(): MarkdownViewModeType {
    return this.mode;
  }
  /** Obsidian saves typing after a pause; tests call this to flush it. */
  async save(): Promise<void> {
    if (this.file) await this.app.vault.modify(this.file, this.editor.getValue());
  }
  private renderSource(): void {
    this.sourceEl.empty();
    for (const line of this.editor.getValue().split('\n')) this.sourceEl.createDiv({ cls: 'cm-line', text: line || '\u200b' });
  }
}

/** A side dock (or the main area) the fake's leaves live in; side docks collapse like Obsidian's. */
export class Split implements Pick<WorkspaceSidedock, 'collapsed' | 'collapse' | 'expand' | 'toggle'> {
  collapsed = false;
  constructor(
    private readonly workspace: Workspace,
    readonly el: HTMLElement,
  ) {}
  collapse(): void {
    this.setCollapsed(true);
  }
  expand(): void {
    this.setCollapsed(false);
  }
  toggle(): void {
    this.setCollapsed(!this.collapsed);
  }
  private setCollapsed(collapsed: boolean): void {
    if (collapsed === this.collapsed) return;
    this.collapsed = collapsed;
    this.el.toggleClass('is-sidedock-collapsed', collapsed);
    this.workspace.trigger('layout-change');
    // Obsidian resizes the views of a dock that opens; views that paused while hidden catch up there.
    if (!collapsed) this.workspace.iterateAllLeaves((leaf) => {
      if (leaf.getRoot() === (this as unknown)) leaf.view.onResize();
    });
  }
}

type WorkspaceMethods =
  | 'onLayoutReady' | 'layoutReady' | 'getLeavesOfType' | 'detachLeavesOfType' | 'revealLeaf' | 'getRightLeaf' | 'getLeftLeaf'
  | 'getLeaf' | 'ensureSideLeaf' | 'getActiveFile' | 'iterateAllLeaves' | 'setActiveLeaf' | 'containerEl' | 'openLinkText';

export class Workspace extends Events implements Pick<ObsidianWorkspace, WorkspaceMethods> {
  layoutReady = false;
  activeLeaf: WorkspaceLeaf | null = null;
  readonly containerEl: HTMLElement;
  readonly regionEls: Record<Region, HTMLElement>;
  readonly ribbonEl: HTMLElement;
  readonly statusBarEl: HTMLElement;
  readonly editorSuggest: EditorSuggestRegistry;
  readonly leftSplit: Split;
  readonly rightSplit: Split;
  readonly rootSplit: Split;
  private leaves: WorkspaceLeaf[] = [];
  private readyCallbacks: (() => unknown)[] = [];
  private leafCounter = 0;

  constructor(readonly app: App, host: HTMLElement) {
    super();
    this.containerEl = host.createDiv({ cls: 'workspace' });
    this.ribbonEl = this.containerEl.createDiv({ cls: 'workspace-ribbon side-dock-ribbon mod-left' });
    this.regionEls = {
      left: this.containerEl.createDiv({ cls: 'workspace-split mod-horizontal mod-sidedock mod-left-split' }),
      main: this.containerEl.createDiv({ cls: 'workspace-split mod-vertical mod-root' }),
      right: this.containerEl.createDiv({ cls: 'workspace-split mod-horizontal mod-sidedock mod-right-split' }),
    };
    this.statusBarEl = host.createDiv({ cls: 'status-bar' });
    this.editorSuggest = new EditorSuggestRegistry([new LinkSuggest(app), new TagSuggest(app)]);
    this.leftSplit = new Split(this, this.regionEls.left);
    this.rightSplit = new Split(this, this.regionEls.right);
    this.rootSplit = new Split(this, this.regionEls.main);
  }

  splitOf(region: Region): Split {
    return region === 'left' ? this.leftSplit : region === 'right' ? this.rightSplit : this.rootSplit;
  }

  nextLeafId(): number {
    return ++this.leafCounter;
  }

  onLayoutReady(callback: () => unknown): void {
    if (this.layoutReady) void callback();
    else this.readyCallbacks.push(callback);
  }

  /** Test aid: what Obsidian does once the workspace has been restored. */
  triggerLayoutReady(): void {
    this.layoutReady = true;
    for (const callback of this.readyCallbacks.splice(0)) void callback();
    this.trigger('layout-ready');
  }

  getLeavesOfType(viewType: string): ObsidianLeaf[] {
    return this.leaves.filter((leaf) => leaf.view.getViewType() === viewType) as unknown as ObsidianLeaf[];
  }
  /** Test aid: what Obsidian does to open views of a type whose plugin unloads. */
  retireViewsOfType(viewType: string): void {
    for (const leaf of this.leaves) if (leaf.view.getViewType() === viewType) void leaf.retireView();
  }
  detachLeavesOfType(viewType: string): void {
    for (const leaf of this.getLeavesOfType(viewType)) leaf.detach();
  }
  iterateAllLeaves(callback: (leaf: ObsidianLeaf) => unknown): void {
    for (const leaf of [...this.leaves]) callback(leaf as unknown as ObsidianLeaf);
  }

  /** As a click on an internal link: opens the note the link resolves to (the fake never creates one). */
  async openLinkText(linktext: string, sourcePath: string, newLeaf?: PaneType | boolean): Promise<void> {
    const file = this.app.metadataCache.getFirstLinkpathDest(linktext.split('#')[0] ?? '', sourcePath);
    if (!file) throw new Error(`fake obsidian: openLinkText found no note for "${linktext}"`);
    await (this.getLeaf(newLeaf) as unknown as WorkspaceLeaf).openFile(file);
  }

  getLeaf(newLeaf?: PaneType | boolean): ObsidianLeaf {
    const reusable = this.activeLeaf?.region === 'main' ? this.activeLeaf : this.leaves.find((l) => l.region === 'main');
    const leaf = !newLeaf && reusable ? reusable : this.createLeaf('main');
    return leaf as unknown as ObsidianLeaf;
  }
  getRightLeaf(): ObsidianLeaf {
    return this.createLeaf('right') as unknown as ObsidianLeaf;
  }
  getLeftLeaf(): ObsidianLeaf {
    return this.createLeaf('left') as unknown as ObsidianLeaf;
  }
  async ensureSideLeaf(type: string, side: Side, options: { active?: boolean; reveal?: boolean; state?: unknown } = {}): Promise<ObsidianLeaf> {
    const existing = this.getLeavesOfType(type)[0];
    if (existing) {
      if (options.reveal ?? true) await this.revealLeaf(existing);
      return existing;
    }
    const leaf = this.createLeaf(side);
    await leaf.setViewState({ type, state: options.state as Record<string, unknown> | undefined, active: options.active });
    if (options.reveal ?? true) await this.revealLeaf(leaf as unknown as ObsidianLeaf);
    return leaf as unknown as ObsidianLeaf;
  }
  /**
   * Shows the leaf's tab and hides its siblings with `display: none`, as Obsidian's tab groups do;
   * opens its dock; loads a deferred view. Async as in Obsidian: the view is there once it resolves.
   */
  async revealLeaf(leaf: ObsidianLeaf): Promise<void> {
    const fake = leaf as unknown as WorkspaceLeaf;
    this.showTab(fake);
    this.splitOf(fake.region).expand();
    await fake.loadIfDeferred();
    fake.view.onResize();
  }

  /**
   * Test aid: a leaf as Obsidian restores it from the saved layout at startup. In a background tab
   * (`background: true`) it stays deferred until revealed; otherwise its view loads and its tab shows.
   */
  async restoreLeaf(region: Region, viewState: ViewState, options: { background?: boolean } = {}): Promise<ObsidianLeaf> {
    const leaf = this.createLeaf(region);
    if (options.background) {
      leaf.defer(viewState);
      leaf.containerEl.addClass('is-hidden');
      leaf.containerEl.toggle(false);
    } else {
      this.showTab(leaf);
      await leaf.setViewState(viewState);
    }
    return leaf as unknown as ObsidianLeaf;
  }

  private showTab(leaf: WorkspaceLeaf): void {
    for (const other of this.leaves) {
      if (other.region !== leaf.region) continue;
      other.containerEl.toggleClass('is-hidden', other !== leaf);
      other.containerEl.toggle(other === leaf);
    }
  }
  setActiveLeaf(leaf: ObsidianLeaf | WorkspaceLeaf): void {
    this.activeLeaf = leaf as WorkspaceLeaf;
    this.trigger('active-leaf-change', leaf);
  }
  getActiveFile(): TFile | null {
    const view = this.activeLeaf?.view;
    return view instanceof MarkdownView ? view.file : null;
  }
  getActiveViewOfType<T>(type: abstract new (...args: never[]) => T): T | null {
    const view = this.activeLeaf?.view;
    return view instanceof type ? view : null;
  }

  removeLeaf(leaf: WorkspaceLeaf): void {
    this.leaves = this.leaves.filter((l) => l !== leaf);
    if (this.activeLeaf === leaf) this.activeLeaf = null;
    this.trigger('layout-change');
  }

  private createLeaf(region: Region): WorkspaceLeaf {
    const leaf = new WorkspaceLeaf(this, region);
    this.leaves.push(leaf);
    this.regionEls[region].appendChild(leaf.containerEl);
    return leaf;
  }
}
