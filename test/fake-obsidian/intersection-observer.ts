// IntersectionObserver for happy-dom, which does no layout and whose own IntersectionObserver never
// reports anything. Nothing is on screen until a test says so with `setInView`: then each observer
// watching the element hears of it, as a browser tells them after the element is scrolled into view.
// Like a browser's, an observer reports each target once soon after `observe` (its state then), and
// afterwards only changes; reports arrive on a later task, batched per observer; a target out of the
// document is never in view.

/** Elements a test has put on screen. */
const inView = new WeakSet<Element>();
const observers = new Set<FakeIntersectionObserver>();

function rect(): DOMRectReadOnly {
  return { x: 0, y: 0, width: 0, height: 0, top: 0, right: 0, bottom: 0, left: 0, toJSON: () => ({}) };
}

function entry(target: Element, isIntersecting: boolean): IntersectionObserverEntry {
  return {
    target,
    isIntersecting,
    intersectionRatio: isIntersecting ? 1 : 0,
    time: performance.now(),
    boundingClientRect: rect(),
    intersectionRect: rect(),
    rootBounds: null,
  };
}

const seen = (target: Element): boolean => target.isConnected && inView.has(target);

export class FakeIntersectionObserver implements IntersectionObserver {
  readonly root: Element | Document | null;
  readonly rootMargin: string;
  readonly thresholds: readonly number[];
  /** Each target, with what was last reported about it (null: nothing yet). */
  private readonly targets = new Map<Element, boolean | null>();
  private queued: IntersectionObserverEntry[] = [];
  private scheduled = false;

  constructor(
    private readonly callback: IntersectionObserverCallback,
    options: IntersectionObserverInit = {},
  ) {
    this.root = options.root ?? null;
    this.rootMargin = options.rootMargin ?? '0px 0px 0px 0px';
    const threshold = options.threshold ?? 0;
    this.thresholds = Array.isArray(threshold) ? threshold : [threshold];
  }

  observe(target: Element): void {
    if (this.targets.has(target)) return;
    this.targets.set(target, null);
    observers.add(this);
    this.update();
  }

  unobserve(target: Element): void {
    this.targets.delete(target);
    this.queued = this.queued.filter((queued) => queued.target !== target);
  }

  disconnect(): void {
    this.targets.clear();
    this.queued = [];
    observers.delete(this);
  }

  takeRecords(): IntersectionObserverEntry[] {
    const records = this.queued;
    this.queued = [];
    return records;
  }

  /** Queues a report for each target whose state differs from what was last reported. */
  update(): void {
    for (const [target, reported] of this.targets) {
      const now = seen(target);
      if (reported === now) continue;
      this.targets.set(target, now);
      this.queued.push(entry(target, now));
    }
    if (this.queued.length === 0 || this.scheduled) return;
    this.scheduled = true;
    window.setTimeout(() => {
      this.scheduled = false;
      const records = this.takeRecords();
      if (records.length > 0) this.callback(records, this);
    }, 0);
  }
}

/** Test aid: `el` is now on screen (or no longer is); observers watching it hear of it on a later task. */
export function setInView(el: Element, shown = true): void {
  if (shown) inView.add(el);
  else inView.delete(el);
  for (const observer of observers) observer.update();
}

/** Replaces happy-dom's IntersectionObserver, which never reports, with this one. */
export function installIntersectionObserver(win: Window & typeof globalThis): void {
  win.IntersectionObserver = FakeIntersectionObserver;
}
