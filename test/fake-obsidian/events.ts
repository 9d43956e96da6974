import type { EventRef, Events as ObsidianEvents } from 'obsidian';

type Callback = (...data: unknown[]) => unknown;

export interface FakeEventRef extends EventRef {
  events: Events;
  name: string;
  callback: Callback;
  ctx: unknown;
}

export class Events implements ObsidianEvents {
  private readonly listeners = new Map<string, FakeEventRef[]>();

  on(name: string, callback: Callback, ctx?: unknown): EventRef {
    const ref: FakeEventRef = { events: this, name, callback, ctx };
    const list = this.listeners.get(name) ?? [];
    list.push(ref);
    this.listeners.set(name, list);
    return ref;
  }

  off(name: string, callback: Callback): void {
    const list = this.listeners.get(name);
    if (list) this.listeners.set(name, list.filter((ref) => ref.callback !== callback));
  }

  offref(ref: EventRef): void {
    const fake = ref as FakeEventRef;
    const list = this.listeners.get(fake.name);
    if (list) this.listeners.set(fake.name, list.filter((r) => r !== fake));
  }

  trigger(name: string, ...data: unknown[]): void {
    for (const ref of [...(this.listeners.get(name) ?? [])]) this.tryTrigger(ref, data);
  }

  tryTrigger(evt: EventRef, args: unknown[]): void {
    const ref = evt as FakeEventRef;
    try {
      ref.callback.apply(ref.ctx, args);
    } catch (error) {
      // Obsidian logs a throwing listener and goes on with the others; tests see it on stderr.
      console.error(error);
    }
  }

  /** Test aid: how many listeners are attached, per event name or in all. */
  listenerCount(name?: string): number {
    if (name !== undefined) return this.listeners.get(name)?.length ?? 0;
    let total = 0;
    for (const list of this.listeners.values()) total += list.length;
    return total;
  }
}
