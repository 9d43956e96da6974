import { BasesView, setIcon, type BasesEntry, type BasesQueryResult, type HoverPopover, type Plugin, type QueryController } from 'obsidian';
import { cadenceBaseRows, type BaseEntryRef, type CadenceBaseRow } from '../../core/view-models/cadence-base-model';
import { WaitingCounts } from '../../core/query/waiting';
import type { Settings } from '../../core/settings/settings';
import type { LiveIndexer } from '../platform/vault-indexer';
import { LiveRender } from '../ui/live-render';
import { sparkline } from '../ui/mood-sparkline';
import { openNoteByPath, previewLinksIn } from '../ui/open-note';

export const CADENCE_BASE_VIEW = 'one-on-ones-cadence';

/** What the Bases view needs from the plugin, so that it depends on this and not on main.ts. */
export interface CadenceBaseHost {
  readonly indexer: LiveIndexer;
  settings(): Settings;
  startOneOnOne(personPath: string): Promise<void>;
  openPerson(personPath: string, newTab: boolean): Promise<void>;
}

const COLUMNS = [
  ['name', 'Name'],
  ['state', 'State'],
  ['last', 'Last 1:1'],
  ['next', 'Next due'],
  ['open', 'Theirs · mine'],
  ['waiting', 'Waiting'],
  ['trend', 'Check-ins'],
] as const;

function entryRef({ file }: BasesEntry): BaseEntryRef {
  return { path: file.path, name: file.extension === 'md' ? file.basename : file.name };
}

function actionButton(parent: HTMLElement, action: string, icon: string, label: string): void {
  setIcon(parent.createEl('button', { cls: 'clickable-icon', attr: { type: 'button', 'data-action': action, 'aria-label': label } }), icon);
}

function renderRow(body: HTMLElement, row: CadenceBaseRow): void {
  const tr = body.createEl('tr', { attr: { 'data-path': row.path } });
  tr.createEl('td', { cls: 'mod-name' }).createEl('a', { cls: 'internal-link', text: row.name, href: '#', attr: { 'data-open': row.path, title: row.path } });
  const { person } = row;
  if (person === null) {
    // Not a person: one blank cell across the rest of the row.
    tr.createEl('td', { attr: { colspan: COLUMNS.length } });
    return;
  }
  tr.createEl('td', { cls: 'mod-state' }).createSpan({ cls: ['one-on-ones-pv-chip', `mod-${person.chip.tone}`], text: person.chip.label });
  tr.createEl('td', { cls: 'mod-last', text: person.lastMet, attr: { 'data-label': 'Last 1:1' } });
  tr.createEl('td', { cls: 'mod-next', text: person.nextDue, attr: { 'data-label': 'Next due' } });
  tr.createEl('td', { cls: 'mod-open', text: person.open, attr: { 'data-label': 'Theirs · mine', title: person.openLabel } });
  tr.createEl('td', { cls: 'mod-waiting', text: person.waiting, attr: { 'data-label': 'Waiting' } });
  sparkline(tr.createEl('td', { cls: 'mod-trend' }), person.moods);
  const actions = tr.createEl('td', { cls: 'mod-actions' });
  actionButton(actions, 'start', 'calendar-plus', `Start 1:1: ${row.name}`);
  actionButton(actions, 'view', 'user-round', `Open 1:1 view: ${row.name}`);
}

/**
 * "1:1 cadence": the base's entries, as its filters and sort leave them, each person with their
 * state, dates, open items and check-ins, and Start 1:1 / Open 1:1 view. Redrawn when the base's
 * results change (Bases calls `onDataUpdated`) and when the index moves.
 */
class CadenceBaseView extends BasesView {
  readonly type = CADENCE_BASE_VIEW;
  /** The parent of the page previews its links show. */
  hoverPopover: HoverPopover | null = null;
  private readonly el: HTMLElement;
  private readonly live: LiveRender;
  private readonly waiting = new WaitingCounts();

  constructor(
    controller: QueryController,
    parent: HTMLElement,
    private readonly host: CadenceBaseHost,
  ) {
    super(controller);
    this.el = parent.createDiv({ cls: 'one-on-ones-ov one-on-ones-cb' });
    this.live = new LiveRender({ indexer: host.indexer, render: () => this.render(), screen: { workspace: this.app.workspace, el: this.el } });
  }

  override onload(): void {
    this.addChild(this.live);
    this.registerDomEvent(this.el, 'click', (evt) => this.onClick(evt));
    previewLinksIn(this.app, this, this.el, () => this.app.workspace.getActiveFile()?.path ?? '');
  }

  override onunload(): void {
    this.el.detach();
  }

  onDataUpdated(): void {
    void this.live.draw();
  }

  private render(): void {
    // Until Bases hands over its first result there is nothing to draw, though the index may move.
    const result = this.data as BasesQueryResult | undefined;
    if (result === undefined) return;
    this.el.empty();
    const { indexer } = this.host;
    // The base's own order and groups: `groupedData` comes filtered, sorted and grouped as the user set the base.
    const { groupedData } = result;
    const grouped = groupedData.some((group) => group.hasKey());
    const building = indexer.progress !== null;
    const groups = groupedData.map((group) => ({
      heading: group.hasKey() ? (group.key?.toString() ?? '') : 'No value',
      rows: cadenceBaseRows(building ? null : indexer.index, group.entries.map(entryRef), indexer.today, this.host.settings(), this.waiting),
    }));
    if (building) this.el.createDiv({ cls: 'one-on-ones-ov-muted', text: 'Reading your notes…' });
    if (groups.every((group) => group.rows.length === 0)) {
      this.el.createDiv({ cls: 'one-on-ones-pv-empty', text: 'No notes in this base: its filters leave none.' });
      return;
    }
    const table = this.el.createEl('table', { cls: 'one-on-ones-ov-table' });
    const head = table.createEl('thead').createEl('tr');
    for (const [id, title] of COLUMNS) head.createEl('th', { cls: `mod-${id}`, text: title });
    head.createEl('th', { cls: 'mod-actions' }).createSpan({ cls: 'one-on-ones-visually-hidden', text: 'Actions' });
    const body = table.createEl('tbody');
    for (const { heading, rows } of groups) {
      if (grouped) body.createEl('tr', { cls: 'one-on-ones-cb-group' }).createEl('th', { text: heading, attr: { colspan: COLUMNS.length + 1, scope: 'colgroup' } });
      for (const row of rows) renderRow(body, row);
    }
  }

  private onClick(evt: MouseEvent): void {
    const target = evt.target instanceof Element ? evt.target : null;
    const path = target?.closest<HTMLElement>('tr[data-path]')?.dataset.path;
    if (path === undefined) return;
    const newTab = evt.ctrlKey || evt.metaKey;
    const action = target?.closest<HTMLElement>('[data-action]')?.dataset.action;
    if (action === 'start') void this.host.startOneOnOne(path);
    else if (action === 'view') void this.host.openPerson(path, newTab);
    else if (target?.closest('[data-open]')) {
      evt.preventDefault();
      void openNoteByPath(this.app, path, newTab);
    }
  }
}

/** Adds the "1:1 cadence" view type to Bases; false when Bases is off in this vault (nothing is added). */
export function registerCadenceBaseView(plugin: Plugin, host: CadenceBaseHost): boolean {
  return plugin.registerBasesView(CADENCE_BASE_VIEW, {
    name: '1:1 cadence',
    icon: 'calendar-clock',
    factory: (controller, containerEl) => new CadenceBaseView(controller, containerEl, host),
  });
}
