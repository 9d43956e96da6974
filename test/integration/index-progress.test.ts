// While the first index is built, the live surfaces show that it is being built, and they learn
// that it moved on or finished from the indexer: none of them keeps a timer of its own going.
import { describe, expect, it } from 'vitest';
import type { PluginManifest } from 'obsidian';
import manifest from '../../manifest.json';
import OneOnOnesPlugin from '../../src/main';
import { DUE_VIEW_TYPE } from '../../src/obsidian/sidebar/due-sidebar-host';
import { createFakeApp, loadPlugin, type App } from '../fake-obsidian/app';
import { runWaitingDebounced } from '../fake-obsidian/utilities';
import type { WorkspaceLeaf } from '../fake-obsidian/workspace';
import { readDemoVault } from '../support/demo-vault';
import { shownSections, sidebar } from '../support/due-sidebar';
import { afterRender, holdReads, onTheReferenceDay } from '../support/plugin-harness';
import { eventually } from '../support/eventually';

onTheReferenceDay();

const statusItem = (app: App) => app.workspace.statusBarEl.find('.one-on-ones-status-overdue');

/**
 * The plugin on the demo vault with its first build held where it reads meeting notes: people are
 * indexed, meetings wait until `finish()` lets the reads through.
 */
async function buildHeld(files: Record<string, string> = readDemoVault()) {
  const app = createFakeApp({ files });
  const open = holdReads(app);
  const plugin = (await loadPlugin(app, OneOnOnesPlugin as never, manifest as PluginManifest, { layoutReady: false })) as unknown as OneOnOnesPlugin;
  return {
    app,
    plugin,
    /** Layout ready: the build starts, and stops at the meeting notes' reads. */
    start: async () => {
      app.workspace.triggerLayoutReady();
      await app.metadataCache.settle();
      await afterRender();
      expect(plugin.indexer.progress).not.toBeNull();
    },
    finish: async () => {
      open();
      await eventually(() => expect(plugin.indexer.progress).toBeNull());
      await afterRender();
    },
  };
}

describe('while the first build runs', () => {
  it('the status bar waits with no timer of its own, and counts once the build is done', async () => {
    const { app, start, finish } = await buildHeld();
    // Before layout is ready nothing is indexed yet: nothing is drawn and nothing is waiting.
    expect(runWaitingDebounced()).toBe(0);
    expect(statusItem(app).isShown()).toBe(false);
    await start();
    // Whatever the build's index changes asked for has been drawn; nothing asks again by itself.
    expect(runWaitingDebounced()).toBe(0);
    expect(runWaitingDebounced()).toBe(0);
    expect(statusItem(app).isShown()).toBe(false);

    await finish();
    expect(statusItem(app).getText()).toBe('1 overdue 1:1');
    expect(statusItem(app).isShown()).toBe(true);
  });

  it('the sidebar shows the progress with no timer of its own, then the list once the build is done', async () => {
    const { app, start, finish } = await buildHeld();
    await app.workspace.ensureSideLeaf(DUE_VIEW_TYPE, 'right', {});
    await start();
    expect(sidebar(app).contentEl.find('.one-on-ones-due-empty-title')?.getText()).toBe('Reading your 1:1 notes…');
    expect(sidebar(app).contentEl.find('.one-on-ones-due-empty-text')?.getText()).toMatch(/^\d+ of \d+ notes$/);
    expect(runWaitingDebounced()).toBe(0);

    await finish();
    expect(shownSections(app)[0]).toEqual(['Overdue', ['Priya Raman']]);
    expect(runWaitingDebounced()).toBe(0);
  });

  it('a rollup says the index is being read, then shows its result once the build is done', async () => {
    const { app, start, finish } = await buildHeld();
    const leaf = app.workspace.getLeaf() as unknown as WorkspaceLeaf;
    await leaf.setViewState({ type: 'markdown', state: { file: 'Dashboard.md', mode: 'preview' } });
    await start();
    const first = () => leaf.containerEl.find('.block-language-1on1');
    expect(first()?.find('.one-on-ones-rollup-empty')?.getText()).toBe('Indexing 1:1 notes…');
    expect(runWaitingDebounced()).toBe(0);

    await finish();
    expect(first()?.findAll('.one-on-ones-rollup-task')).toHaveLength(11);
  });
});
