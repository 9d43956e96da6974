import { type App, Component, MarkdownRenderChild, Notice, type Plugin, setIcon, type TAbstractFile } from 'obsidian';
import { parseQuery, type ParsedQuery } from '../../core/query/parse-query';
import { evaluateQuery, type QueryResult } from '../../core/query/evaluate-query';
import type { ActionRow } from '../../core/query/action-rows';
import { describeToggle, planToggle } from '../../core/query/plan-toggle';
import { offerUndo } from '../ui/undo-notice';
import { resultAsMarkdown } from '../../core/query/result-text';
import type { Settings } from '../../core/settings/settings';
import type { LineWriter } from '../platform/line-writer';
import { LiveRender } from '../ui/live-render';
import { renderResult, type ShownResult, taskKey, taskKeyAt } from './rollup-view';
import type { LiveIndexer } from '../platform/vault-indexer';

/** What a rollup block needs from the plugin. */
export interface RollupDeps {
  readonly app: App;
  readonly indexer: LiveIndexer;
  readonly writer: LineWriter;
  readonly settings: () => Settings;
}

/** A tick written to its note, whose row waits for the index to have it. */
interface Tick {
  /** The task's status before the tick. */
  readonly status: string;
  /** Where the task is now: its key in the result once the index has the change. */
  readonly key: string;
}

const CLS = 'one-on-ones-rollup';

/**
 * A `1on1` code block, live (see LiveRender): it re-renders after the index moves, debounced, and
 * not while its element is out of the document or hidden (a scrolled-away section, a background
 * tab); it catches up when the element is back. It follows the note it is in through renames, for
 * `person: this` and the links it opens. Clicks write through the shared LineWriter, one write per
 * task at a time; once the index has a tick, its row is drawn again (or removed) at once, and the
 * debounced redraw brings the rest of the block up to date. A long result draws its first screen
 * at once and the rest as it is scrolled into view.
 */
export class RollupBlock extends MarkdownRenderChild {
  private readonly parsed: ParsedQuery;
  private readonly live: LiveRender;
  private generation = 0;
  private shown: Component | null = null;
  private result: QueryResult | null = null;
  private view: ShownResult | null = null;
  /** Tasks with a write in flight, by `taskKey`: further clicks on them are ignored. */
  private readonly pending = new Set<string>();
  /** Ticks written whose rows wait for the index, by the `taskKey` of the row on screen. */
  private readonly ticks = new Map<string, Tick>();

  constructor(
    containerEl: HTMLElement,
    source: string,
    /** The note the block is in; a rename moves it. */
    private sourcePath: string,
    private readonly deps: RollupDeps,
  ) {
    super(containerEl);
    this.parsed = parseQuery(source);
    this.live = new LiveRender({ indexer: deps.indexer, render: () => this.render(), screen: { workspace: deps.app.workspace, el: containerEl } });
  }

  override onload(): void {
    this.containerEl.addClass(CLS);
    this.addChild(this.live);
    this.registerEvent(this.deps.app.vault.on('rename', (file, oldPath) => this.onRenamed(file, oldPath)));
    this.register(this.deps.indexer.index.onChange(() => this.showTicks()));
    void this.live.draw();
  }

  /** Obsidian keeps a rendered block when its note is renamed: it resolves against the new path from now on. */
  private onRenamed(file: TAbstractFile, oldPath: string): void {
    if (oldPath !== this.sourcePath) return;
    this.sourcePath = file.path;
    this.live.invalidate();
  }

  private evaluate(): QueryResult {
    if (this.parsed.problems.length > 0) return { kind: 'problems', problems: this.parsed.problems };
    const context = { today: this.deps.indexer.today, sourcePath: this.sourcePath, dueSoonDays: this.deps.settings().dueSoonDays };
    return evaluateQuery(this.deps.indexer.index, this.parsed.query, context);
  }

  /** Draws the block from the index as it is now; a newer render supersedes one still drawing. */
  async render(): Promise<void> {
    const generation = ++this.generation;
    const { index } = this.deps.indexer;
    const child = this.addChild(new Component());
    const body = createDiv({ cls: `${CLS}-body` });
    let shownResult: QueryResult | null = null;
    let view: ShownResult | null = null;
    if (this.deps.indexer.progress !== null) {
      body.createDiv({ cls: `${CLS}-empty`, text: 'Indexing 1:1 notes…' });
    } else {
      shownResult = this.evaluate();
      view = await renderResult(body, shownResult, {
        app: this.deps.app,
        sourcePath: this.sourcePath,
        today: this.deps.indexer.today,
        component: child,
        personName: (path) => index.getPerson(path)?.name ?? path.replace(/^.*\/|\.md$/g, ''),
        isPending: (row) => this.pending.size > 0 && this.pending.has(taskKey(row)),
        toggle: (row, checkbox) => this.toggle(row, checkbox),
        open: (linktext, newTab) => void this.deps.app.workspace.openLinkText(linktext, this.sourcePath, newTab),
        // Drawn again, the block keeps the rows drawn as it was scrolled: it neither shrinks nor jumps.
        drawAtLeast: this.view?.drawn ?? 0,
      });
    }
    if (generation !== this.generation) {
      this.removeChild(child);
      return;
    }
    if (this.shown) this.removeChild(this.shown);
    this.shown = child;
    this.result = shownResult;
    this.view = view;
    this.ticks.clear();
    this.containerEl.empty();
    if (shownResult) this.addToolbar(child);
    this.containerEl.appendChild(body);
    view?.watch();
  }

  /**
   * The index moved: the rows of ticked tasks it now has are drawn again from it, or removed when
   * the block no longer lists them, without waiting for the redraw of the whole block.
   */
  private showTicks(): void {
    const view = this.view;
    if (this.ticks.size === 0 || !view || this.deps.indexer.progress !== null) return;
    const result = this.evaluate();
    const rows = new Map(result.kind === 'actions' ? result.groups.flatMap((group) => group.rows).map((row) => [taskKey(row), row]) : []);
    for (const [key, tick] of this.ticks) {
      const row = rows.get(tick.key);
      // Still as it was: the index has not read the change yet.
      if ((row ?? rows.get(key))?.action.item.status === tick.status) continue;
      this.ticks.delete(key);
      void view.replaceTask(key, row ?? null);
    }
    this.result = result;
  }

  private addToolbar(child: Component): void {
    const bar = this.containerEl.createDiv({ cls: `${CLS}-toolbar` });
    const copy = bar.createEl('button', { cls: ['clickable-icon', `${CLS}-copy`], attr: { 'aria-label': 'Copy as Markdown' } });
    setIcon(copy, 'copy');
    child.registerDomEvent(copy, 'click', () => void this.copy());
  }

  private async copy(): Promise<void> {
    if (!this.result) return;
    const markdown = resultAsMarkdown(this.result, this.deps.indexer.today);
    try {
      await navigator.clipboard.writeText(markdown);
      new Notice('Copied the rollup as Markdown.');
    } catch (error) {
      new Notice(`Could not copy the rollup: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private toggle(row: ActionRow, checkbox: HTMLInputElement): void {
    const { meetingPath, item } = row.action;
    const key = taskKey(row);
    if (this.pending.has(key)) {
      // The browser already flipped the box; this click asks for nothing new.
      checkbox.checked = !checkbox.checked;
      return;
    }
    const edit = planToggle(meetingPath, item, this.deps.indexer.today, this.deps.settings().addDoneDate);
    if (edit === null) {
      checkbox.checked = !checkbox.checked;
      new Notice(`Could not change "${meetingPath}": the task's status cannot be toggled.`);
      return;
    }
    this.pending.add(key);
    checkbox.disabled = true;
    checkbox.parentElement?.addClass('is-pending');
    const recording = this.deps.writer.recording();
    void recording.apply(edit).then((result) => {
      this.pending.delete(key);
      if (result.ok) {
        offerUndo(`One-on-ones: ${describeToggle(item)}`, recording);
        // The row shows the tick once the index has it (which may already be the case).
        this.ticks.set(key, { status: item.status, key: taskKeyAt(result.line, meetingPath) });
        this.showTicks();
        return;
      }
      new Notice(result.reason);
      checkbox.checked = !checkbox.checked;
      checkbox.disabled = false;
      checkbox.parentElement?.removeClass('is-pending');
    });
  }
}

/** Makes ```` ```1on1 ```` blocks live rollups. */
export function registerRollupBlocks(plugin: Plugin, deps: RollupDeps): void {
  plugin.registerMarkdownCodeBlockProcessor('1on1', (source, el, ctx) => {
    ctx.addChild(new RollupBlock(el, source, ctx.sourcePath, deps));
  });
}
