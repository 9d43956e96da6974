import { Component, debounce, type Debouncer, type Workspace } from 'obsidian';
import type { LiveIndexer } from '../platform/vault-indexer';

/** Edits arrive in bursts (typing, sync, a rebuild): one redraw per burst is enough. */
const RENDER_DELAY_MS = 150;

/** Where a surface is on screen, so that it is drawn only when it can be seen. */
export interface LiveScreen {
  /** Its layout changes may show the surface again (a tab switched to, a dock expanded). */
  readonly workspace: Workspace;
  /** The element the surface draws into: out of the document or hidden (`display: none`), nobody sees it. */
  readonly el: HTMLElement;
  /** Anything else that hides it, such as the collapsed dock it sits in. */
  readonly hidden?: () => boolean;
}

export interface LiveSurface {
  readonly indexer: LiveIndexer;
  /** Draws the surface from the index as it is now. */
  readonly render: () => void | Promise<void>;
  /** Absent: the surface counts as always seen (the status bar). */
  readonly screen?: LiveScreen;
  readonly delayMs?: number;
}

/**
 * Keeps one surface (a view, a rollup block, the status bar) drawn from the index. It redraws after
 * index changes and the first build's progress, debounced; only when something moved since its last
 * draw (the index revision, or `invalidate`); and only while the surface can be seen. A hidden
 * surface catches up when it is seen again: put back into the document (reading view does that with
 * sections scrolled back into view), its tab or dock shown, a layout change, or `showing()`.
 */
export class LiveRender extends Component {
  private drawnRevision = -1;
  private forced = false;
  private live = false;
  private readonly soon: Debouncer<[], void>;

  constructor(private readonly surface: LiveSurface) {
    super();
    this.soon = debounce(() => this.showing(), surface.delayMs ?? RENDER_DELAY_MS);
  }

  override onload(): void {
    const { indexer, screen } = this.surface;
    this.live = true;
    this.register(() => {
      this.live = false;
      this.soon.cancel();
    });
    this.register(indexer.index.onChange(() => this.soon()));
    this.register(indexer.onProgress(() => this.invalidate()));
    if (!screen) return;
    this.registerEvent(screen.workspace.on('layout-change', () => this.showing()));
    this.register(screen.el.onNodeInserted(() => this.showing()));
  }

  /** Something the index revision does not count has changed (state, a path, progress): redraw soon. */
  invalidate(): void {
    this.forced = true;
    this.soon();
  }

  /** Call when the surface may have become visible (a resize): it redraws if something moved meanwhile. */
  showing(): void {
    if (this.live && this.stale() && this.isSeen()) void this.draw();
  }

  /** Draws now, seen or not (opening, a click): what it draws from counts as drawn. */
  async draw(): Promise<void> {
    this.forced = false;
    this.drawnRevision = this.surface.indexer.index.revision;
    await this.surface.render();
  }

  private stale(): boolean {
    return this.forced || this.surface.indexer.index.revision !== this.drawnRevision;
  }

  private isSeen(): boolean {
    const { screen } = this.surface;
    return !screen || (screen.el.isShown() && !(screen.hidden?.() ?? false));
  }
}
