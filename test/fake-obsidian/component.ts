import type { Component as ObsidianComponent, EventRef } from 'obsidian';
import type { FakeEventRef } from './events';

/** Live registrations made through any Component, so a test can prove unload leaves none. */
export const liveRegistrations = { domEvents: 0, intervals: 0 };

export class Component implements ObsidianComponent {
  private loaded = false;
  /** Test aid: what onload returned, so a harness can await an async onload. */
  loading: Promise<void> = Promise.resolve();
  private children: Component[] = [];
  private cleanups: (() => void)[] = [];

  load(): void {
    if (this.loaded) return;
    this.loaded = true;
    const result: unknown = this.onload();
    this.loading = result instanceof Promise ? result.then(() => undefined) : Promise.resolve();
    for (const child of [...this.children]) child.load();
  }

  onload(): void {}

  unload(): void {
    if (!this.loaded) return;
    this.loaded = false;
    for (const child of [...this.children].reverse()) child.unload();
    this.children = [];
    for (const cleanup of this.cleanups.splice(0).reverse()) cleanup();
    this.onunload();
  }

  onunload(): void {}

  addChild<T extends ObsidianComponent>(component: T): T {
    const child = component as unknown as Component;
    this.children.push(child);
    if (this.loaded) child.load();
    return component;
  }

  removeChild<T extends ObsidianComponent>(component: T): T {
    const child = component as unknown as Component;
    this.children = this.children.filter((c) => c !== child);
    child.unload();
    return component;
  }

  register(cb: () => unknown): void {
    this.cleanups.push(() => void cb());
  }

  registerEvent(ref: EventRef): void {
    const fake = ref as FakeEventRef;
    this.register(() => fake.events.offref(ref));
  }

  registerDomEvent(
    el: Window | Document | HTMLElement,
    type: string,
    callback: (this: HTMLElement, ev: Event) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void {
    const listener = callback;
    el.addEventListener(type, listener, options);
    liveRegistrations.domEvents++;
    this.register(() => {
      el.removeEventListener(type, listener, options);
      liveRegistrations.domEvents--;
    });
  }

  registerScopeEvent(): void {
    throw new Error('fake obsidian: Component.registerScopeEvent is not implemented');
  }

  registerInterval(id: number): number {
    liveRegistrations.intervals++;
    this.register(() => {
      window.clearInterval(id);
      liveRegistrations.intervals--;
    });
    return id;
  }

  /** Test aid. */
  isLoaded(): boolean {
    return this.loaded;
  }
}
