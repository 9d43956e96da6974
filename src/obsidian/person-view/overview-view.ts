import { type HoverPopover, ItemView, Menu, type ViewStateResult, type WorkspaceLeaf } from 'obsidian';
import { DEFAULT_SORT, filterByName, filterByRole, nextSort, OVERVIEW_COLUMNS, overviewRows, rolesOf, sortOverview, unattributedLines, type OverviewColumn, type OverviewSort } from '../../core/view-models/overview-model';
import { openNoteByPath, previewLinksIn } from '../ui/open-note';
import { LiveRender } from '../ui/live-render';
import { openPersonView, OVERVIEW_VIEW_ICON, OVERVIEW_VIEW_TYPE, type PersonViewHost } from './person-view-host';
import { renderOverviewTable, renderUnattributed } from './overview-table';

const ALL_ROLES = '';

function isColumn(value: unknown): value is OverviewColumn {
  return OVERVIEW_COLUMNS.some((column) => column.id === value);
}

/**
 * Everyone in one table: sortable, filtered by role and name, live; each row starts a 1:1 or, on a
 * right-click, offers the person's other actions. Sort and role filter are kept in the view state.
 */
export class OverviewView extends ItemView {
  private sort: OverviewSort = DEFAULT_SORT;
  private role: string | null = null;
  private name = '';
  hoverPopover: HoverPopover | null = null;
  private readonly live: LiveRender;

  constructor(
    leaf: WorkspaceLeaf,
    private readonly host: PersonViewHost,
  ) {
    super(leaf);
    this.icon = OVERVIEW_VIEW_ICON;
    this.live = new LiveRender({ indexer: host.indexer, render: () => this.render(), screen: { workspace: this.app.workspace, el: this.containerEl } });
  }

  getViewType(): string {
    return OVERVIEW_VIEW_TYPE;
  }
  getDisplayText(): string {
    return '1:1 overview';
  }

  override getState(): Record<string, unknown> {
    return { sort: this.sort.column, descending: this.sort.descending, role: this.role };
  }

  override async setState(state: unknown, result: ViewStateResult): Promise<void> {
    const read = typeof state === 'object' && state !== null ? (state as Record<string, unknown>) : {};
    if (isColumn(read.sort)) this.sort = { column: read.sort, descending: read.descending === true };
    if (typeof read.role === 'string' || read.role === null) this.role = read.role;
    await super.setState(state, result);
    await this.live.draw();
  }

  protected override async onOpen(): Promise<void> {
    this.contentEl.addClass('one-on-ones-ov');
    this.addChild(this.live);
    this.registerDomEvent(this.contentEl, 'click', (evt) => this.onClick(evt));
    this.registerDomEvent(this.contentEl, 'keydown', (evt) => this.onKeyDown(evt));
    this.registerDomEvent(this.contentEl, 'change', (evt) => this.onChange(evt));
    this.registerDomEvent(this.contentEl, 'input', (evt) => this.onInput(evt));
    this.registerDomEvent(this.contentEl, 'contextmenu', (evt) => this.onContextMenu(evt));
    previewLinksIn(this.app, this, this.contentEl, () => '');
    await this.live.draw();
  }

  protected override async onClose(): Promise<void> {
    this.contentEl.empty();
  }

  override onResize(): void {
    this.live.showing();
  }

  private render(): void {
    const el = this.contentEl;
    const focusKey = (activeDocument.activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-key]')?.dataset.key;
    el.empty();
    const { indexer } = this.host;
    const all = overviewRows(indexer.index, indexer.today, this.host.settings().dueSoonDays);
    const bar = el.createDiv({ cls: 'one-on-ones-ov-bar' });
    bar.createEl('h2', { text: '1:1 overview' });
    const label = bar.createEl('label', { cls: 'one-on-ones-ov-filter', text: 'Role ' });
    const select = label.createEl('select', { cls: 'dropdown', attr: { 'data-filter': 'role', 'data-key': 'filter-role' } });
    select.createEl('option', { text: 'Everyone', value: ALL_ROLES });
    for (const role of rolesOf(all)) select.createEl('option', { text: role, value: role });
    select.value = this.role ?? ALL_ROLES;
    const search = bar.createEl('input', {
      cls: 'one-on-ones-ov-search',
      attr: { type: 'search', placeholder: 'Filter by name', 'aria-label': 'Filter by name', 'data-filter': 'name', 'data-key': 'filter-name' },
    });
    search.value = this.name;
    const rows = sortOverview(filterByName(filterByRole(all, this.role), this.name), this.sort);
    bar.createSpan({ cls: 'one-on-ones-ov-muted', text: `${rows.length} of ${all.length} people` });
    const name = this.name.trim();
    const filtered = name === '' ? 'Nobody has this role: pick another, or Everyone.' : `No name holds "${name}"${this.role === null ? '' : ` among people with the role ${this.role}`}.`;
    renderOverviewTable(el, rows, this.sort, indexer.today, all.length === 0 ? null : filtered);
    renderUnattributed(el, unattributedLines(indexer.index));
    if (focusKey === undefined) return;
    el.querySelector<HTMLElement>(`[data-key="${CSS.escape(focusKey)}"]`)?.focus();
    // Typing in the filter redraws the table: the caret stays at the end of what was typed.
    if (focusKey === 'filter-name') search.setSelectionRange(search.value.length, search.value.length);
  }

  private onClick(evt: MouseEvent): void {
    const target = evt.target instanceof Element ? evt.target : null;
    const open = target?.closest<HTMLElement>('[data-open]');
    if (open) {
      evt.preventDefault();
      void openNoteByPath(this.app, open.dataset.open ?? '', evt.ctrlKey || evt.metaKey);
      return;
    }
    if (target?.closest('[data-add-person]')) {
      this.host.addPerson();
      return;
    }
    const sort = target?.closest<HTMLElement>('[data-sort]')?.dataset.sort;
    if (isColumn(sort)) {
      this.sort = nextSort(this.sort, sort);
      void this.live.draw();
      return;
    }
    const person = target?.closest<HTMLElement>('tr[data-person]')?.dataset.person;
    if (person === undefined) return;
    if (target?.closest('[data-action="start"]')) void this.host.startOneOnOne(person);
    else void openPersonView(this.app, person, evt.ctrlKey || evt.metaKey);
  }

  private onContextMenu(evt: MouseEvent): void {
    const person = evt.target instanceof Element ? evt.target.closest<HTMLElement>('tr[data-person]')?.dataset.person : undefined;
    if (person === undefined) return;
    evt.preventDefault();
    const menu = new Menu();
    menu.addItem((item) => item.setTitle('Start 1:1').setIcon('calendar-plus').onClick(() => void this.host.startOneOnOne(person)));
    menu.addItem((item) => item.setTitle('Add talking point').setIcon('message-square-plus').onClick(() => void this.host.addTalkingPoint(person)));
    menu.addItem((item) => item.setTitle('Open 1:1 view').setIcon('user-round').onClick(() => void openPersonView(this.app, person, false)));
    menu.addItem((item) => item.setTitle('Open person note').setIcon('user').onClick(() => void openNoteByPath(this.app, person, false)));
    menu.showAtMouseEvent(evt);
  }

  private onInput(evt: Event): void {
    const input = evt.target instanceof HTMLInputElement && evt.target.dataset.filter === 'name' ? evt.target : null;
    if (!input) return;
    this.name = input.value;
    void this.live.draw();
  }

  /** Rows are focusable: Enter or Space opens the person, as a click does. */
  private onKeyDown(evt: KeyboardEvent): void {
    if (evt.key !== 'Enter' && evt.key !== ' ') return;
    const row = evt.target instanceof HTMLElement && evt.target.matches('tr[data-person]') ? evt.target : null;
    if (!row) return;
    evt.preventDefault();
    void openPersonView(this.app, row.dataset.person ?? '', false);
  }

  private onChange(evt: Event): void {
    const select = evt.target instanceof HTMLSelectElement && evt.target.dataset.filter === 'role' ? evt.target : null;
    if (!select) return;
    this.role = select.value === ALL_ROLES ? null : select.value;
    void this.live.draw();
  }
}
