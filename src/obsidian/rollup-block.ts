import { type App, Component, debounce, MarkdownRenderChild, Notice, type Plugin, setIcon } from 'obsidian';
import { parseQuery, type ParsedQuery } from '../core/query/parse-query';
import { evaluateQuery, type QueryResult } from '../core/query/evaluate-query';
import type { ActionRow } from '../core/query/action-rows';
import { planToggle } from '../core/query/plan-toggle';
import { resultAsMarkdown } from '../core/query/result-text';
import type { Settings } from '../core/settings';
import type { LineWriter } from './line-writer';
import { renderResult } from './rollup-view';
import type { VaultIndexer } from './vault-indexer';

/** What a rollup block needs from the plugin. */
export interface RollupDeps {
  readonly app: App;
  readonly indexer: VaultIndexer;
  readonly writer: LineWriter;
  readonly settings: () => Settings;
}

function pendingKey(row: ActionRow): string {
  return `${row.action.meetingPath}\n${row.action.item.line}`;
}

/** Bursts of index changes (a sync, a rename of many notes) re-render once. */
const RENDER_DELAY_MS = 150;
const CLS = 'one-on-ones-rollup';

/**
 * A `1on1` code block, live: it re-renders when the index revision has moved since it last drew,
 * debounced, and not while its element is out of the document (a scrolled-away section or a
 * closed tab); a skipped render happens when it is back in the document or at the next layout
 * change. Clicks write through the shared LineWriter, one write per task at a time.
 */
export class RollupBlock extends MarkdownRenderChild {
  private readonly parsed: ParsedQuery;
  private renderedRevision = -1;
  private stale = false;
  private generation = 0;
  private shown: Component | null = null;
  private result: QueryResult | null = null;
  /** Tasks with a write in flight, by `path\nline`: further clicks on them are ignored. */
  private readonly pending = new Set<string>();
  private readonly renderSoon = debounce(() => this.refresh(), RENDER_DELAY_MS, true);

  constructor(
    containerEl: HTMLElement,
    source: string,
    private readonly sourcePath: string,
    private readonly deps: RollupDeps,
  ) {
    super(containerEl);
    this.parsed = parseQuery(source);
  }

  override onload(): void {
    this.containerEl.addClass(CLS);
    this.register(this.deps.indexer.index.onChange(() => this.renderSoon()));
    this.registerEvent(
      this.deps.app.workspace.on('layout-change', () => {
        if (this.stale) this.renderSoon();
      }),
    );
    // Reading view takes sections scrolled far away out of the document and puts them back
    // without a layout change: a render skipped meanwhile happens when the block is back.
    this.register(
      this.containerEl.onNodeInserted(() => {
        if (this.stale) this.renderSoon();
      }),
    );
    this.register(() => this.renderSoon.cancel());
    void this.render();
  }

  private refresh(): void {
    if (this.deps.indexer.index.revision === this.renderedRevision && !this.stale) return;
    if (!this.containerEl.isConnected) {
      this.stale = true;
      return;
    }
    void this.render();
  }

  /** Draws the block from the index as it is now; a newer render supersedes one still drawing. */
  async render(): Promise<void> {
    const generation = ++this.generation;
    const { index } = this.deps.indexer;
    this.stale = false;
    this.renderedRevision = index.revision;
    const child = this.addChild(new Component());
    const body = createDiv({ cls: `${CLS}-body` });
    let shownResult: QueryResult | null = null;
    if (this.deps.indexer.progress !== null) {
      body.createDiv({ cls: `${CLS}-empty`, text: 'Indexing 1:1 notes…' });
    } else {
      const today = this.deps.indexer.today;
      const context = { today, sourcePath: this.sourcePath, dueSoonDays: this.deps.settings().dueSoonDays };
      const result = this.parsed.problems.length > 0 ? { kind: 'problems' as const, problems: this.parsed.problems } : evaluateQuery(index, this.parsed.query, context);
      shownResult = result;
      await renderResult(body, result, {
        app: this.deps.app,
        sourcePath: this.sourcePath,
        today,
        component: child,
        personName: (path) => index.getPerson(path)?.name ?? path.replace(/^.*\/|\.md$/g, ''),
        isPending: (row) => this.pending.size > 0 && this.pending.has(pendingKey(row)),
        toggle: (row, checkbox) => this.toggle(row, checkbox),
        open: (linktext, newTab) => void this.deps.app.workspace.openLinkText(linktext, this.sourcePath, newTab),
      });
    }
    if (generation !== this.generation) {
      this.removeChild(child);
      return;
    }
    if (this.shown) this.removeChild(this.shown);
    this.shown = child;
    this.result = shownResult;
    this.containerEl.empty();
    if (shownResult) this.addToolbar(child);
    this.containerEl.appendChild(body);
  }

  private addToolbar(child: Component): void {
    const bar = this.containerEl.createDiv({ cls: `${CLS}-toolbar` });
    const copy = bar.createEl('button', { cls: ['clickable-icon', `${CLS}-copy`], attr: { 'aria-label': 'Copy as Markdown' } });
    setIcon(copy, 'copy');
    child.registerDomEvent(copy, 'click', () => void this.copy());
  }

  private async copy(): Promise<void> {
    if (!this.result) return;
    const markdown = resultAsMarkdown(this.result);
    try {
      await navigator.clipboard.writeText(markdown);
      new Notice('Copied the rollup as Markdown.');
    } catch (error) {
      new Notice(`Could not copy the rollup: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private toggle(row: ActionRow, checkbox: HTMLInputElement): void {
    const { meetingPath, item } = row.action;
    const key = pendingKey(row);
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
    void this.deps.writer.apply(edit).then((result) => {
      this.pending.delete(key);
      if (result.ok) return;
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
