import type { PluginManifest } from 'obsidian';
import { afterEach, beforeEach, vi } from 'vitest';
import { shownNotices } from '../fake-obsidian/notice';
import manifest from '../../manifest.json';
import OneOnOnesPlugin from '../../src/main';
import { type App, createFakeApp, loadPlugin, type FakeAppOptions } from '../fake-obsidian/app';
import { runWaitingDebounced } from '../fake-obsidian/utilities';
import { readDemoVault } from './demo-vault';

export const DATA_JSON = '.obsidian/plugins/one-on-ones/data.json';

/** The real plugin class, loaded into a fresh fake app holding the demo vault (or the given files). */
export async function startPlugin(options: FakeAppOptions & { dataJson?: string; userEnabled?: boolean } = {}) {
  const app = createFakeApp({
    files: options.files ?? readDemoVault(),
    configFiles: { ...(options.dataJson === undefined ? {} : { [DATA_JSON]: options.dataJson }), ...options.configFiles },
    host: options.host,
  });
  const plugin = await loadPlugin(app, OneOnOnesPlugin as never, manifest as PluginManifest, { userEnabled: options.userEnabled });
  return { app, plugin: plugin as unknown as OneOnOnesPlugin };
}

/** The demo vault's reference day (see its README), at 9 in the morning local time. */
export const DEMO_NOW = new Date(2026, 10, 20, 9);

/** Fixes "now" for the plugin's clock while timers stay real (the sidebar's debounce needs them). */
export function fixNow(now: Date = DEMO_NOW): void {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now);
}

/** Lets Obsidian's metadata events, and the index updates they cause, run to the end. */
export async function settle(app: App): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await app.metadataCache.settle();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/**
 * For a test file: every test runs on the demo vault's reference day (or `now`), with no notices
 * left from the one before, and leaves no DOM behind.
 */
export function onTheReferenceDay(now: Date = DEMO_NOW): void {
  beforeEach(() => {
    fixNow(now);
    shownNotices.length = 0;
  });
  afterEach(() => {
    vi.useRealTimers();
    document.body.empty();
  });
}

/** The plugin on the demo vault (or `options.files`), with its first indexing finished. */
export async function startSettled(options: Parameters<typeof startPlugin>[0] = {}) {
  const result = await startPlugin(options);
  await settle(result.app);
  return result;
}

/**
 * Lets the plugin's debounced redraws happen as if their delay had passed: waits for the events before
 * them to arrive, runs each waiting debounced call, and stops once a few turns pass with nothing waiting
 * (or after 50 turns, as a call that schedules itself again, such as a poll, never stops waiting).
 */
export async function afterRender(): Promise<void> {
  for (let turn = 0, quiet = 0; quiet < 3 && turn < 50; turn++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    quiet = runWaitingDebounced() > 0 ? 0 : quiet + 1;
  }
}

/** Holds every read of a note's text (the index's meeting reads) until the returned function is called. */
export function holdReads(app: App): () => void {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const read = app.vault.cachedRead.bind(app.vault);
  vi.spyOn(app.vault, 'cachedRead').mockImplementation(async (file) => {
    await gate;
    return read(file);
  });
  return open;
}
