import { type HoverPopover, ItemView, Menu, Notice, type ViewStateResult, type WorkspaceLeaf } from 'obsidian';
import { type DueSectionId, dueSections, dueSummary, problemsOpenAtFirst } from '../../core/view-models/due-sections';
import { peopleByUrgency, type PersonStatus } from '../../core/cadence/urgency';
import { WaitingCounts, waitingLabel } from '../../core/query/waiting';
import { openLastNote, resumePerson, snoozePerson } from './due-sidebar-actions';
import { HOVER_SOURCE, openNoteByPath, openPersonNote, previewLinksIn } from '../ui/open-note';
import { DUE_VIEW_ICON, DUE_VIEW_TYPE, type SidebarHost } from './due-sidebar-host';
import { renderDueEmpty, renderDueProgress } from './due-sidebar-states';
import { type RowAction, type RowOptions } from './due-sidebar-row';
import { DueList } from './due-sidebar-list';
import { LiveRender } from '../ui/live-render';

interface DueViewState {
  showEveryone: boolean;
  collapsed: DueSectionId[];
}

function readState(state: unknown): Partial<DueViewState> {
  if (typeof state !== 'object' || state === null) return {};
  const { showEveryone, collapsed } = state as Record<string, unknown>;
  return {
    ...(typeof showEveryone === 'boolean' ? { showEveryone } : {}),
    ...(Array.isArray(collapsed) ? { collapsed: collapsed.filter((id): id is DueSectionId => typeof id === 'string') } : {}),
  };
}

/**
 * The "1:1s due" sidebar. The constructor only stores its host, because Obsidian builds views
 * that may stay deferred; the index is read when the view opens and after each index change, but
 * only while the view can be seen, its dock included (see LiveRender).
 */
export class DueSidebarView extends ItemView {
  hoverPopover: HoverPopover | null = null;
  private showEveryone = false;
  private readonly collapsed = new Set<DueSectionId>();
  /** Problem lists opened or closed by hand, by person path; the rest follow their section. */
  private readonly problemLists = new Map<string, boolean>();
  /** The people on screen by path, for the delegated event handlers. */
  private shown = new Map<string, PersonStatus>();
  /** Remembered between draws: a change recounts only the people whose meetings it touched. */
  private readonly waitingCounts = new WaitingCounts();
  private everyoneButton: HTMLElement | null = null;
  private readonly live: LiveRender;
  /** What is drawn, so that a change redraws only the rows it touched. */
  private readonly list: DueList;

  constructor(
    leaf: WorkspaceLeaf,
    private readonly host: SidebarHost,
  ) {
    super(leaf);
    this.icon = DUE_VIEW_ICON;
    this.list = new DueList(this.contentEl);
    this.live = new LiveRender({
      indexer: host.indexer,
      render: () => this.render(),
      screen: { workspace: this.app.workspace, el: this.contentEl, hidden: () => this.inCollapsedDock() },
    });
  }

  getViewType(): string {
    return DUE_VIEW_TYPE;
  }
  getDisplayText(): string {
    return '1:1s due';
  }

  override getState(): Record<string, unknown> {
    return { showEveryone: this.showEveryone, collapsed: [...this.collapsed] };
  }

  override async setState(state: unknown, result: ViewStateResult): Promise<void> {
    const read = readState(state);
    if (read.showEveryone !== undefined) this.showEveryone = read.showEveryone;
    if (read.collapsed !== undefined) {
      this.collapsed.clear();
      for (const id of read.collapsed) this.collapsed.add(id);
    }
    this.live.invalidate();
    await super.setState(state, result);
  }

  protected override async onOpen(): Promise<void> {
    this.contentEl.addClass('one-on-ones-due');
    this.everyoneButton = this.addAction('users', 'Show everyone', () => this.toggleEveryone());
    this.addChild(this.live);
    this.registerDomEvent(this.contentEl, 'click', (evt) => this.onClick(evt));
    this.registerDomEvent(this.contentEl, 'keydown', (evt) => this.onKeyDown(evt));
    this.registerDomEvent(this.contentEl, 'contextmenu', (evt) => this.onContextMenu(evt));
    this.registerDomEvent(this.contentEl, 'mouseover', (evt) => this.onHover(evt));
    previewLinksIn(this.app, this, this.contentEl, () => '');
    await this.live.draw();
  }

  protected override async onClose(): Promise<void> {
    this.removeChild(this.live);
    this.shown.clear();
    this.list.clear();
  }

  /** Obsidian calls this when the view is resized, including when its hidden tab or dock is shown. */
  override onResize(): void {
    this.live.showing();
  }

  private inCollapsedDock(): boolean {
    const root: unknown = this.leaf.getRoot();
    const { leftSplit, rightSplit } = this.app.workspace;
    return (root === leftSplit && leftSplit.collapsed) || (root === rightSplit && rightSplit.collapsed);
  }

  private toggleEveryone(): void {
    this.showEveryone = !this.showEveryone;
    void this.live.draw();
  }

  private rowOptions(problems: RowOptions['problems']): RowOptions {
    const { index, today } = this.host.indexer;
    const { waitingDays } = this.host.settings();
    return {
      today,
      waiting: (path) => waitingLabel(this.waitingCounts.count(index, path, today, waitingDays), waitingDays),
      canStart: this.host.startOneOnOne !== undefined,
      canAddTalkingPoint: this.host.addTalkingPoint !== undefined,
      problems,
      isProblemListOpen: (path, section) => this.problemLists.get(path) ?? problemsOpenAtFirst(section),
    };
  }

  /** Brings the list up to date with the index: only what changed is drawn again (see DueList). */
  private render(): void {
    const { indexer } = this.host;
    const settings = this.host.settings();
    this.everyoneButton?.toggleClass('is-active', this.showEveryone);
    this.everyoneButton?.setAttr('aria-label', this.showEveryone ? 'Show only people due' : 'Show everyone');
    const progress = indexer.progress;
    if (progress !== null) {
      // Half-read meetings would show everyone as never met: show the progress; the indexer says when it moves.
      this.shown = new Map();
      this.list.update({ head: (el) => renderDueProgress(el, progress), sections: [], collapsed: this.collapsed, options: this.rowOptions(new Map()), everyone: null });
      return;
    }
    const statuses = peopleByUrgency(indexer.index, indexer.today, settings.dueSoonDays);
    this.shown = new Map(statuses.map((status) => [status.person.path, status]));
    const grouped = dueSections(statuses, this.showEveryone, indexer.index);
    const summary = dueSummary(grouped.counts);
    const empty = statuses.length === 0 || (summary === null && !this.showEveryone);
    const folderExists = () => this.app.vault.getFolderByPath(settings.peopleFolder) !== null;
    this.list.update({
      head: empty
        ? (el) => renderDueEmpty(el, { statuses, peopleFolder: settings.peopleFolder, peopleTag: settings.peopleTag, today: indexer.today, folderExists: folderExists(), canAddPerson: this.host.addPerson !== undefined })
        : summary === null
          ? null
          : (el) => el.createDiv({ cls: 'one-on-ones-due-summary', text: summary }),
      sections: grouped.sections,
      collapsed: this.collapsed,
      options: this.rowOptions(grouped.problems),
      everyone: grouped.quietCount === 0 ? null : this.showEveryone ? 'Show only people due' : `Show everyone (${grouped.quietCount} more)`,
    });
  }

  private statusAt(target: EventTarget | null): { status: PersonStatus; el: HTMLElement } | null {
    // A click on a button's icon has the svg inside it as its target: any element, not only HTML ones.
    const el = target instanceof Element ? target.closest<HTMLElement>('[data-person]') : null;
    const status = el ? this.shown.get(el.dataset.person ?? '') : undefined;
    return el && status ? { status, el } : null;
  }

  private onClick(evt: MouseEvent): void {
    const target = evt.target instanceof Element ? evt.target : null;
    if (!target) return;
    if (target.closest('[data-everyone]')) return this.toggleEveryone();
    if (target.closest('[data-add-person]')) return this.host.addPerson?.();
    const header = target.closest<HTMLElement>('[data-section]');
    if (header) return this.toggleSection(header.dataset.section as DueSectionId);
    const newTab = evt.ctrlKey || evt.metaKey;
    const noteLink = target.closest<HTMLElement>('[data-open]');
    if (noteLink) {
      evt.preventDefault();
      return void this.openNote(noteLink.dataset.open ?? '', newTab);
    }
    const marker = target.closest<HTMLElement>('[data-problems]');
    if (marker) return this.toggleProblems(marker);
    const note = target.closest<HTMLElement>('[data-note]');
    if (note) return void this.openNote(note.dataset.note ?? '', newTab);
    const hit = this.statusAt(target);
    if (!hit) return;
    const action = target.closest<HTMLElement>('[data-action]')?.dataset.action as RowAction | undefined;
    if (action === 'menu') return this.showMenu(hit.status, evt);
    if (action) return this.run(action, hit.status, evt.ctrlKey || evt.metaKey);
    void this.host.openPerson(hit.status.person.path, evt.ctrlKey || evt.metaKey);
  }

  /** Rows and section headers are focusable: Enter or Space acts like a click on them. */
  private onKeyDown(evt: KeyboardEvent): void {
    const target = evt.target instanceof HTMLElement ? evt.target : null;
    if (!target || (evt.key !== 'Enter' && evt.key !== ' ')) return;
    if (target.dataset.section !== undefined) {
      evt.preventDefault();
      this.toggleSection(target.dataset.section as DueSectionId);
    } else if (target.dataset.person !== undefined) {
      evt.preventDefault();
      void this.host.openPerson(target.dataset.person, false);
    } else if (target.dataset.note !== undefined) {
      evt.preventDefault();
      void this.openNote(target.dataset.note, false);
    }
  }

  /** A note listed on its own can be renamed or deleted while the list is on screen. */
  private async openNote(path: string, newTab: boolean): Promise<void> {
    if (!(await openNoteByPath(this.app, path, newTab))) new Notice(`One-on-ones: ${path} no longer exists.`);
  }

  private toggleProblems(marker: HTMLElement): void {
    const path = marker.dataset.problems ?? '';
    this.problemLists.set(path, marker.getAttr('aria-expanded') !== 'true');
    void this.live.draw();
    this.contentEl.querySelector<HTMLElement>(`[data-problems="${CSS.escape(path)}"]`)?.focus();
  }

  private onContextMenu(evt: MouseEvent): void {
    const hit = this.statusAt(evt.target);
    if (!hit) return;
    evt.preventDefault();
    this.showMenu(hit.status, evt);
  }

  /** Hovering a name previews the last meeting note (the person note before any meeting), or the note listed. */
  private onHover(evt: MouseEvent): void {
    const target = evt.target instanceof HTMLElement ? evt.target.closest<HTMLElement>('.one-on-ones-due-name') : null;
    if (!target) return;
    const notePath = target.closest<HTMLElement>('[data-note]')?.dataset.note;
    const status = this.statusAt(target)?.status;
    const linktext = notePath ?? status?.lastMeeting?.meeting.path ?? status?.person.path;
    if (linktext === undefined) return;
    this.app.workspace.trigger('hover-link', {
      event: evt,
      source: HOVER_SOURCE,
      hoverParent: this,
      targetEl: target,
      linktext,
      sourcePath: status?.person.path ?? linktext,
    });
  }

  private toggleSection(id: DueSectionId): void {
    if (!this.collapsed.delete(id)) this.collapsed.add(id);
    void this.live.draw();
    this.contentEl.querySelector<HTMLElement>(`[data-section="${id}"]`)?.focus();
  }

  private run(action: Exclude<RowAction, 'menu'>, status: PersonStatus, newTab = false): void {
    const path = status.person.path;
    if (action === 'start') void this.host.startOneOnOne?.(path);
    else if (action === 'talking-point') void this.host.addTalkingPoint?.(path);
    else void openLastNote(this.app, status, newTab);
  }

  private showMenu(status: PersonStatus, evt: MouseEvent): void {
    const menu = new Menu();
    const { host } = this;
    const path = status.person.path;
    if (host.startOneOnOne) menu.addItem((item) => item.setTitle('Start 1:1').setIcon('calendar-plus').onClick(() => this.run('start', status)));
    if (host.addTalkingPoint) menu.addItem((item) => item.setTitle('Add talking point').setIcon('message-square-plus').onClick(() => this.run('talking-point', status)));
    menu.addItem((item) =>
      item
        .setTitle('Open last note')
        .setIcon('file-clock')
        .setDisabled(status.lastMeeting === null)
        .onClick(() => this.run('last-note', status)),
    );
    menu.addItem((item) => item.setTitle('Open person note').setIcon('user').onClick(() => void openPersonNote(this.app, path, false)));
    menu.addSeparator();
    if (status.cadence.state === 'paused') menu.addItem((item) => item.setTitle('Resume 1:1s').setIcon('bell-ring').onClick(() => void resumePerson(this.host.writer, status)));
    menu.addItem((item) => item.setTitle('Snooze until…').setIcon('bell-off').onClick(() => snoozePerson(this.app, this.host.writer, status, this.host.indexer.today)));
    menu.showAtMouseEvent(evt);
  }
}
