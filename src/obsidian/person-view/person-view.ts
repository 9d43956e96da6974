import { Component, type HoverPopover, ItemView, Notice, type ViewStateResult, type WorkspaceLeaf } from 'obsidian';
import { readQueue, type TalkingPointQueue } from '../../core/talking-points/talking-points';
import { meetingSummary } from '../../core/view-models/meeting-summary';
import { historyPage, personViewModel, type PersonViewModel } from '../../core/view-models/person-view-model';
import { describeToggle, planToggle } from '../../core/query/plan-toggle';
import { offerUndo } from '../ui/undo-notice';
import { openNoteByPath, previewLinksIn } from '../ui/open-note';
import { taskKey } from './person-view-actions';
import type { HeaderAction } from './person-view-header';
import { PERSON_VIEW_ICON, PERSON_VIEW_TYPE, type PersonViewHost } from './person-view-host';
import { renderPersonPage } from './person-view-page';
import { questionCoverage } from '../../core/view-models/question-coverage';
import { editTalkingPoint } from './talking-point-edits';
import { LiveRender } from '../ui/live-render';

/**
 * One person's 1:1 view in the main area. The person is the view state, so the tab survives a
 * restart. It redraws after index changes (debounced, and only while visible: see LiveRender), and
 * keeps the scroll position and the focused control across redraws so keyboard use is not lost.
 */
export class PersonView extends ItemView {
  private personPath: string | null = null;
  private page = 0;
  private model: PersonViewModel | null = null;
  private queue: TalkingPointQueue | null = null;
  private readonly pending = new Set<string>();
  /** Rendered task text attaches here; replaced at each render so nothing piles up. */
  private renderChild = new Component();
  private readonly live: LiveRender;
  private drawing = 0;
  hoverPopover: HoverPopover | null = null;

  constructor(
    leaf: WorkspaceLeaf,
    private readonly host: PersonViewHost,
  ) {
    super(leaf);
    this.icon = PERSON_VIEW_ICON;
    this.live = new LiveRender({ indexer: host.indexer, render: () => this.refresh(), screen: { workspace: this.app.workspace, el: this.containerEl } });
  }

  getViewType(): string {
    return PERSON_VIEW_TYPE;
  }
  getDisplayText(): string {
    const name = this.personPath === null ? null : (this.host.indexer.index.getPerson(this.personPath)?.name ?? null);
    return name === null ? '1:1 view' : `1:1 · ${name}`;
  }

  override getState(): Record<string, unknown> {
    return { person: this.personPath };
  }

  override async setState(state: unknown, result: ViewStateResult): Promise<void> {
    const person = typeof state === 'object' && state !== null ? (state as Record<string, unknown>).person : undefined;
    if (typeof person === 'string' && person !== this.personPath) {
      this.personPath = person;
      this.page = 0;
      this.pending.clear();
    }
    await super.setState(state, result);
    await this.live.draw();
  }

  protected override async onOpen(): Promise<void> {
    this.contentEl.addClass('one-on-ones-pv');
    this.addChild(this.live);
    this.register(() => this.renderChild.unload());
    this.registerEvent(this.app.vault.on('rename', (file, oldPath) => {
      if (oldPath === this.personPath) this.personPath = file.path;
    }));
    this.registerDomEvent(this.contentEl, 'click', (evt) => this.onClick(evt));
    this.registerDomEvent(this.contentEl, 'keydown', (evt) => this.onKeyDown(evt));
    previewLinksIn(this.app, this, this.contentEl, () => this.personPath ?? '');
    await this.live.draw();
  }

  protected override async onClose(): Promise<void> {
    this.contentEl.empty();
  }

  override onResize(): void {
    this.live.showing();
  }

  /** Reads what the page needs (the person note, this page's meeting notes), then draws at once. */
  async refresh(): Promise<void> {
    const ticket = ++this.drawing;
    const { indexer } = this.host;
    const path = this.personPath;
    const model = path === null ? null : personViewModel(indexer.index, path, indexer.today, this.host.settings().dueSoonDays, this.host.settings().waitingDays);
    const heading = this.host.settings().talkingPointsHeading;
    const personFile = path === null ? null : this.app.vault.getFileByPath(path);
    const queue = personFile ? readQueue(await this.app.vault.cachedRead(personFile), heading) : null;
    const summaries = new Map<string, string | null>();
    if (model) {
      const templateLines = await this.host.templateLines(model.person);
      for (const row of historyPage(model.history, this.page).rows) {
        const file = this.app.vault.getFileByPath(row.path);
        summaries.set(row.target, file ? meetingSummary(await this.app.vault.cachedRead(file), { sectionLine: row.sectionLine, templateLines, agendaHeading: this.host.settings().agendaHeading }) : null);
      }
    }
    if (ticket !== this.drawing) return;
    // A task being written stays checked until the index no longer lists it as open.
    const open = new Set(model?.groups.flatMap((group) => group.rows.map(taskKey)) ?? []);
    for (const key of [...this.pending]) if (!open.has(key)) this.pending.delete(key);
    this.model = model;
    this.queue = queue;
    this.draw(heading, summaries);
  }

  private draw(heading: string, summaries: ReadonlyMap<string, string | null>): void {
    const el = this.contentEl;
    const scroll = el.scrollTop;
    const focused = (activeDocument.activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-key]') ?? null;
    const focusKey = focused?.dataset.key;
    // The same control of the row that takes the place of a removed one: `point-remove:` and its ordinal.
    const focusKind = focusKey?.slice(0, focusKey.indexOf(':') + 1) ?? '';
    const ordinal = focused && focusKind !== '' ? el.findAll(`[data-key^="${CSS.escape(focusKind)}"]`).indexOf(focused) : -1;
    this.removeChild(this.renderChild);
    this.renderChild = this.addChild(new Component());
    el.empty();
    this.containerEl.find('.view-header-title')?.setText(this.getDisplayText());
    if (this.model === null) {
      el.createDiv({ cls: 'one-on-ones-pv-empty', text: this.personPath === null ? 'Choose a person with "Open 1:1 view for…".' : `"${this.personPath}" is not a person note any more.` });
      return;
    }
    const today = this.host.indexer.today;
    renderPersonPage(el, {
      model: this.model,
      queue: this.queue,
      heading,
      page: this.page,
      summaries,
      actions: { app: this.app, component: this.renderChild, today, isPending: (key) => this.pending.has(key) },
      questions: questionCoverage(this.host.questionBank(), this.personPath === null ? [] : this.host.indexer.index.meetingsOf(this.personPath), today),
    });
    el.scrollTop = scroll;
    if (focusKey === undefined) return;
    const same = el.querySelector<HTMLElement>(`[data-key="${CSS.escape(focusKey)}"]`);
    const kin = focusKind === '' ? [] : el.findAll(`[data-key^="${CSS.escape(focusKind)}"]`);
    (same ?? kin[Math.min(ordinal, kin.length - 1)])?.focus();
  }

  private onClick(evt: MouseEvent): void {
    const target = evt.target instanceof Element ? evt.target : null;
    if (!target || !this.model || this.personPath === null) return;
    const path = this.personPath;
    const open = target.closest<HTMLElement>('[data-open]');
    if (open) {
      evt.preventDefault();
      void openNoteByPath(this.app, open.dataset.open ?? '', evt.ctrlKey || evt.metaKey);
      return;
    }
    const category = target.closest<HTMLElement>('[data-question-category]')?.dataset.questionCategory;
    if (category !== undefined) return this.host.pickQuestionFor(path, category);
    const toggle = target.closest<HTMLInputElement>('input[data-toggle]');
    if (toggle) return this.toggle(toggle);
    const action = target.closest<HTMLElement>('[data-action]')?.dataset.action as HeaderAction | undefined;
    if (action === 'start') void this.host.startOneOnOne(path);
    else if (action === 'talking-point') void this.host.addTalkingPoint(path);
    else if (action === 'person-note') void openNoteByPath(this.app, path, evt.ctrlKey || evt.metaKey);
    const pointAction = target.closest<HTMLElement>('[data-point-action]')?.dataset.pointAction;
    const pointIndex = Number(target.closest<HTMLElement>('[data-point]')?.dataset.point);
    if (pointAction) return this.editPoint(pointAction, pointIndex);
    const page = target.closest<HTMLElement>('[data-page]')?.dataset.page;
    if (page !== undefined) {
      this.page = Number(page);
      void this.live.draw();
    }
  }

  /** Chart points are SVG, which has no button: Enter or Space opens the meeting as a click does. */
  private onKeyDown(evt: KeyboardEvent): void {
    if (evt.key !== 'Enter' && evt.key !== ' ') return;
    const target = evt.target instanceof Element ? evt.target.closest<SVGElement>('g[data-open]') : null;
    if (!target) return;
    evt.preventDefault();
    void openNoteByPath(this.app, target.dataset.open ?? '', false);
  }

  private editPoint(action: string, index: number): void {
    const point = this.queue?.points[index];
    if (!point || this.personPath === null) return;
    const heading = this.host.settings().talkingPointsHeading;
    const edit = action === 'remove' ? ({ kind: 'remove' } as const) : ({ kind: 'move', to: action === 'up' ? index - 1 : index + 1 } as const);
    void editTalkingPoint(this.host.writer, this.personPath, heading, point, edit).then(() => this.live.draw());
  }

  /** Completes the task through the plugin's one line writer; the index then drops it from the list. */
  private toggle(checkbox: HTMLInputElement): void {
    const key = checkbox.dataset.toggle ?? '';
    const row = this.model?.groups.flatMap((group) => group.rows).find((candidate) => taskKey(candidate) === key);
    if (!row || this.pending.has(key)) return;
    const edit = planToggle(row.action.meetingPath, row.action.item, this.host.indexer.today, this.host.settings().addDoneDate);
    if (edit === null) {
      checkbox.checked = !checkbox.checked;
      new Notice(`Could not change "${row.action.meetingPath}": the task's status cannot be toggled.`);
      return;
    }
    this.pending.add(key);
    checkbox.disabled = true;
    checkbox.parentElement?.addClass('is-pending');
    const recording = this.host.writer.recording();
    void recording.apply(edit).then((result) => {
      if (result.ok) {
        offerUndo(`One-on-ones: ${describeToggle(row.action.item)}`, recording);
        return;
      }
      this.pending.delete(key);
      new Notice(result.reason);
      void this.live.draw();
    });
  }
}
