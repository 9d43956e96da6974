// @vitest-environment node
// The sidebar's drawing in Chromium, on the production bundle: what users wait for. The happy-dom
// figures of due-sidebar.bench.ts mostly measure happy-dom.
import { describe, it } from 'vitest';
import { E2EBrowser, noChromiumMessage } from '../e2e/browser';
import type { Harness } from '../e2e/page/entry';
import { recordSection, type BenchRow } from './record';
import { syntheticVault } from './synthetic-vault';

interface Drawable {
  render(): void;
  setState(state: unknown, result: { history: boolean }): Promise<void>;
  contentEl: HTMLElement;
}

/** Person and meeting notes only: the rest of a synthetic vault is never read by the sidebar. */
function peopleAndMeetings(total: number, seed: number): Record<string, string> {
  const { files } = syntheticVault(total, seed);
  return Object.fromEntries(Object.entries(files).filter(([path]) => path.startsWith('People/') || path.startsWith('1-1s/')));
}

async function measure(browser: E2EBrowser, files: Record<string, string>): Promise<BenchRow[]> {
  const { page } = await browser.openHarness();
  const result = await page.evaluate(async (notes) => {
    const { app, plugin } = window.harness as Harness;
    for (const path of app.vault.getMarkdownFiles().map((f) => f.path)) {
      const file = app.vault.getFileByPath(path);
      if (file && (path.startsWith('People/') || path.startsWith('1-1s/'))) await app.vault.delete(file);
    }
    for (const [path, text] of Object.entries(notes)) {
      const folder = path.slice(0, path.lastIndexOf('/'));
      app.vault.ensureFolder(folder);
      await app.vault.create(path, text);
    }
    await app.metadataCache.settle();
    const indexer = (plugin as unknown as { indexer: { rebuild(): Promise<void>; index: { peopleCount: number; meetingCount: number; upsert(note: unknown): void } } }).indexer;
    await indexer.rebuild();
    app.commands.executeCommandById('one-on-ones:open-due-sidebar');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const view = app.workspace.getLeavesOfType('one-on-ones-due')[0]?.view as unknown as Drawable;
    const time = (fn: () => void, runs = 30) => {
      const samples: number[] = [];
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        fn();
        // Layout is part of what the user waits for: force it inside the measured time.
        void view.contentEl.offsetHeight;
        samples.push(performance.now() - start);
      }
      samples.sort((a, b) => a - b);
      return { p50: samples[Math.floor(runs / 2)] ?? 0, p95: samples[Math.floor(runs * 0.95)] ?? 0 };
    };
    const due = time(() => view.render());
    const dueRows = view.contentEl.querySelectorAll('.one-on-ones-due-row').length;
    await view.setState({ showEveryone: true }, { history: false });
    const everyone = time(() => view.render());
    const allRows = view.contentEl.querySelectorAll('.one-on-ones-due-row').length;
    const path = Object.keys(notes).find((p) => p.startsWith('1-1s/')) ?? '';
    const cache = app.metadataCache.getCache(path);
    let n = 0;
    const change = time(() => {
      indexer.index.upsert({ path, frontmatter: cache?.frontmatter ?? null, tags: ['#1on1'], text: `${notes[path] ?? ''}\n- [ ] @me follow-up ${n++}\n` });
      view.render();
    });
    return { due, everyone, change, dueRows, allRows, people: indexer.index.peopleCount, meetings: indexer.index.meetingCount };
  }, files);
  await page.close();
  const f = (v: number) => `${v.toFixed(1)} ms`;
  const label = `${result.people} people, ${result.meetings} meetings`;
  return [
    {
      what: `Chromium: sidebar render, ${label}: people due (${result.dueRows} rows) / everyone (${result.allRows} rows), layout included`,
      result: `p50 ${f(result.due.p50)} / ${f(result.everyone.p50)}; p95 ${f(result.due.p95)} / ${f(result.everyone.p95)}`,
    },
    {
      what: `Chromium: re-render after one meeting note changes, ${label} (index update + full redraw, everyone shown)`,
      result: `p50 ${f(result.change.p50)}, p95 ${f(result.change.p95)}`,
    },
  ];
}

describe('1:1s due sidebar in Chromium', () => {
  it('measures drawing for 50 and 500 people, and a redraw after one change', async () => {
    const browser = await E2EBrowser.launchIfAvailable();
    if (!browser) {
      recordSection('61-due-sidebar-chromium', '1:1s due sidebar in Chromium (issue 6)', [], [`Not measured: ${noChromiumMessage}.`]);
      return;
    }
    try {
      const rows = [...(await measure(browser, peopleAndMeetings(2_500, 11))), ...(await measure(browser, peopleAndMeetings(25_000, 7)))];
      recordSection('61-due-sidebar-chromium', '1:1s due sidebar in Chromium (issue 6)', rows, [
        'The production main.js in the end-to-end page (the fake Obsidian app in Chromium); each render empties the list and draws it again, then forces layout.',
      ]);
    } finally {
      await browser.close();
    }
  }, 600_000);
});
