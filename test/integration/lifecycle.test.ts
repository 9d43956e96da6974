import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Component, liveRegistrations } from '../fake-obsidian/component';
import type { PluginManifest } from 'obsidian';
import manifest from '../../manifest.json';
import OneOnOnesPlugin from '../../src/main';
import { type App, createFakeApp, loadPlugin } from '../fake-obsidian/app';
import { readDemoVault } from '../support/demo-vault';
import { startPlugin } from '../support/plugin-harness';

/** Open leaves showing a view of a registered type other than Obsidian's own. */
function countPluginViews(app: App): number {
  let count = 0;
  app.workspace.iterateAllLeaves((leaf) => {
    const type = leaf.view.getViewType();
    if (type !== 'empty' && type !== 'markdown') count++;
  });
  return count;
}

/** Everything a plugin can attach to the app, counted. */
function footprint(app: App) {
  return {
    vaultListeners: app.vault.listenerCount(),
    metadataListeners: app.metadataCache.listenerCount(),
    workspaceListeners: app.workspace.listenerCount(),
    domEvents: liveRegistrations.domEvents,
    registeredIntervals: liveRegistrations.intervals,
    commands: app.commands.listCommands().length,
    views: app.viewRegistry.size,
    settingTabs: app.setting.tabs.length,
    codeBlocks: app.codeBlockProcessors.size,
    hoverSources: app.hoverLinkSources.size,
    editorSuggests: app.workspace.editorSuggest.suggests.length,
    // Obsidian keeps a disabled plugin's leaves where they are ("Plugin no longer active"), so the
    // leaves themselves are layout, not leftovers; the views in them must be gone.
    domNodes: [...document.body.querySelectorAll('*')].filter((el) => !el.closest('.workspace-leaf')).length,
    pluginViews: countPluginViews(app),
  };
}

/** Intervals started through window.setInterval and not yet cleared, however they were started. */
function trackIntervals() {
  const live = new Set<number>();
  const set = window.setInterval.bind(window);
  const clear = window.clearInterval.bind(window);
  vi.spyOn(window, 'setInterval').mockImplementation(((handler: TimerHandler, timeout?: number) => {
    const id = set(handler, timeout);
    live.add(id);
    return id;
  }) as typeof window.setInterval);
  vi.spyOn(window, 'clearInterval').mockImplementation(((id?: number) => {
    if (id !== undefined) live.delete(id);
    clear(id);
  }) as typeof window.clearInterval);
  return live;
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.empty();
});

describe('plugin lifecycle', () => {
  it('loads into the demo vault and registers its settings tab', async () => {
    const { app, plugin } = await startPlugin();
    expect((plugin as unknown as Component).isLoaded()).toBe(true);
    expect(app.setting.tabs).toHaveLength(1);
  });

  it('reads no vault file while loading (onload touches only data.json)', async () => {
    const app = createFakeApp({ files: readDemoVault() });
    await loadPlugin(app, OneOnOnesPlugin as never, manifest as PluginManifest, { layoutReady: false });
    expect(app.vault.reads).toEqual([]);
  });

  it('leaves no listener, interval, registration or DOM node behind after unload', async () => {
    const intervals = trackIntervals();
    const app = createFakeApp({ files: readDemoVault() });
    const before = footprint(app);
    const plugin = await loadPlugin(app, OneOnOnesPlugin as never, manifest as PluginManifest, { userEnabled: true });
    const loaded = footprint(app);
    expect(loaded).not.toEqual(before);
    expect(loaded.pluginViews).toBe(1);
    plugin.unload();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(footprint(app)).toEqual(before);
    expect(intervals.size).toBe(0);
  });
});
