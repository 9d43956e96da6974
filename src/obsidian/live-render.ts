import { Component, debounce, type View } from 'obsidian';
import type { VaultIndex } from '../core/vault-index';

/** Edits arrive in bursts (typing, sync, a rebuild): one redraw per burst is enough. */
const RENDER_DELAY_MS = 150;

/**
 * Redraws a view after index changes, debounced, and only while the view can be seen: a hidden
 * tab marks itself stale and catches up when it is shown again (layout change or resize).
 */
export class LiveRender extends Component {
  private stale = false;
  private readonly soon = debounce(() => this.showing(), RENDER_DELAY_MS);

  constructor(
    private readonly view: View,
    private readonly index: VaultIndex,
    private readonly render: () => unknown,
  ) {
    super();
  }

  override onload(): void {
    this.register(this.index.onChange(() => this.invalidate()));
    this.register(() => this.soon.cancel());
    this.registerEvent(this.view.app.workspace.on('layout-change', () => this.showing()));
  }

  invalidate(): void {
    this.stale = true;
    this.soon();
  }

  /** Call when the view may have become visible: it redraws if something changed meanwhile. */
  showing(): void {
    if (this.stale && this.view.containerEl.isShown()) {
      this.stale = false;
      void this.render();
    }
  }
}
