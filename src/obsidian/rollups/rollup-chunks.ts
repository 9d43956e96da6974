import type { Component } from 'obsidian';

/** Rows drawn at once: a screen of them, and more. */
export const FIRST_ROWS = 50;
/** Rows drawn each time the end of those drawn comes into view. */
const MORE_ROWS = 100;

const SENTINEL = 'one-on-ones-rollup-sentinel';

type Observer = typeof IntersectionObserver;

/** The window's IntersectionObserver; undefined where there is none. */
function observerOf(el: HTMLElement): Observer | undefined {
  return (el.win as Window & { IntersectionObserver?: Observer }).IntersectionObserver;
}

/**
 * Draws a long list in chunks: the first rows at once, the rest a chunk at a time whenever the end
 * of what is drawn comes into view. The end is an empty element (the sentinel) after the rows,
 * watched with an IntersectionObserver; a new one follows each chunk, and the browser says at once
 * whether it is in view too (a tall screen). Where there is no IntersectionObserver, everything is
 * drawn at once. Drawing stops when `component` unloads.
 */
export class ChunkedRows {
  /** Rows drawn so far. */
  drawn = 0;
  private stopped = false;
  private sentinel: HTMLElement;
  private observer: IntersectionObserver | null = null;

  constructor(
    /** Where the sentinel goes, after what is drawn so far. */
    parent: HTMLElement,
    component: Component,
    private readonly count: number,
    /** Draws row `index`; anything it adds to `parent` goes before `end`. */
    private readonly draw: (index: number, end: HTMLElement) => void | Promise<void>,
  ) {
    this.sentinel = parent.createDiv({ cls: SENTINEL });
    component.register(() => {
      this.stopped = true;
      this.observer?.disconnect();
    });
  }

  /** Draws the first `atOnce` rows (all of them where nothing can say when the rest comes into view). */
  async drawFirst(atOnce: number): Promise<void> {
    await this.drawUpTo(observerOf(this.sentinel) ? atOnce : this.count);
    this.endIfDone();
  }

  /** Call once the rows are in the document: the rest is drawn as it comes into view. */
  watch(): void {
    const Observer = observerOf(this.sentinel);
    if (this.stopped || this.drawn >= this.count || !Observer || this.observer) return;
    let busy = false;
    const observer = new Observer((entries) => {
      if (busy || this.stopped || !entries.some((entry) => entry.isIntersecting)) return;
      busy = true;
      observer.unobserve(this.sentinel);
      void this.drawUpTo(this.drawn + MORE_ROWS).then(() => {
        busy = false;
        if (this.stopped || this.endIfDone()) return;
        const next = createDiv({ cls: SENTINEL });
        this.sentinel.replaceWith(next);
        this.sentinel = next;
        observer.observe(next);
      });
    });
    this.observer = observer;
    observer.observe(this.sentinel);
  }

  private async drawUpTo(end: number): Promise<void> {
    while (!this.stopped && this.drawn < Math.min(end, this.count)) {
      await this.draw(this.drawn, this.sentinel);
      this.drawn++;
    }
  }

  /** Everything drawn: no sentinel, no observer. */
  private endIfDone(): boolean {
    if (this.drawn < this.count) return false;
    this.observer?.disconnect();
    this.sentinel.remove();
    return true;
  }
}
