// @vitest-environment node
// The sidebar's drawing in Chromium, on the production bundle: what users wait for. The happy-dom
// figures of due-sidebar.bench.ts mostly measure happy-dom.
import { describe, it } from 'vitest';
import type { E2EBrowser } from '../e2e/browser';
import type { Harness } from '../e2e/page/entry';
import { chromiumSection } from './chromium-section';
import type { BenchRow } from './record';
import { syntheticVault } from './synthetic-vault';

/** The view's drawing step and what it has drawn, reached past `private`. */
interface Drawable {
  render(): void;
  setState(state: unknown, result: { history: boolean }): Promise<void>;
  contentEl: HTMLElement;
  list: { clear(): void };
}

/** Person and meeting notes only: the rest of a synthetic vault is never read by the sidebar. */
function peopleAndMeetings(total: number, seed: number): Record<string, string> {
  const { files } = syntheticVault(total, seed);
  return Object.fromEntries(Object.entries(files).filter(([path]) => path.startsWith('People/') || path.startsWith('1-1s/')));
}

async function measure(browser: E2EBrowser, files: Record<string, string>): Promise<BenchRow[]> {
  const { page } = await browser.openHarness();
  const result = await page.evaluate(async (notes) => {
    const { app, plugin, replaceNotes } = window.harness as Harness;
    await replaceNotes(notes, ['People', '1-1s']);
    const indexer = (plugin as unknown as { indexer: { rebuild(): Promise<void>; index: { peopleCount: number; meetingCount: number; upsert(note: unknown): void } } }).indexer;
    await indexer.rebuild();
    app.commands.executeCommandById('one-on-ones:open-due-sidebar');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const view = app.workspace.getLeavesOfType('one-on-ones-due')[0]?.view as unknown as Drawable;
    const time = (fn: () => void, runs = 30) => {
      const samples: number[] = [];
      const builds: number[] = [];
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        fn();
        builds.push(performance.now() - start);
        // Layout is part of what the user waits for: force it inside the measured time.
        void view.contentEl.offsetHeight;
        samples.push(performance.now() - start);
      }
      samples.sort((a, b) => a - b);
      builds.sort((a, b) => a - b);
      return { p50: samples[Math.floor(runs / 2)] ?? 0, p95: samples[Math.floor(runs * 0.95)] ?? 0, build: builds[Math.floor(runs / 2)] ?? 0 };
    };
    // A full draw: nothing drawn before, as when the sidebar opens.
    const full = () => {
      view.list.clear();
      view.render();
    };
    const due = time(full);
    const dueRows = view.contentEl.querySelectorAll('.one-on-ones-due-row').length;
    await view.setState({ showEveryone: true }, { history: false });
    const everyone = time(full);
    const allRows = view.contentEl.querySelectorAll('.one-on-ones-due-row').length;
    const path = Object.keys(notes).find((p) => p.startsWith('1-1s/')) ?? '';
    const cache = app.metadataCache.getCache(path);
    // One or two more open items each time, so that the person's row changes on every run.
    let n = 0;
    const changeOne = () => {
      indexer.index.upsert({ path, frontmatter: cache?.frontmatter ?? null, tags: ['#1on1'], text: `${notes[path] ?? ''}\n${'- [ ] @me follow-up\n'.repeat(1 + (n++ % 2))}` });
      view.render();
    };
    const change = time(changeOne);
    // How many rows one change draws again: the rest stay the same elements.
    const before = new Set(view.contentEl.querySelectorAll('.one-on-ones-due-row'));
    changeOne();
    const redrawn = [...view.contentEl.querySelectorAll('.one-on-ones-due-row')].filter((row) => !before.has(row)).length;
    return { due, everyone, change, redrawn, dueRows, allRows, people: indexer.index.peopleCount, meetings: indexer.index.meetingCount };
  }, files);
  await page.close();
  const f = (v: number) => `${v.toFixed(1)} ms`;
  const label = `${result.people} people, ${result.meetings} meetings`;
  const big = result.people >= 500;
  return [
    {
      what: `Chromium: sidebar full draw, ${label}: people due (${result.dueRows} rows) / everyone (${result.allRows} rows), layout included`,
      result: `p50 ${f(result.due.p50)} / ${f(result.everyone.p50)}; p95 ${f(result.due.p95)} / ${f(result.everyone.p95)}; without layout p50 ${f(result.due.build)} / ${f(result.everyone.build)}`,
      ...(big ? { budget: '≤ 50 ms', ok: result.everyone.p50 <= 50 } : {}),
    },
    {
      what: `Chromium: update after one meeting note changes, ${label} (index update, rows compared, changed rows drawn: ${result.redrawn}; everyone shown)`,
      result: `p50 ${f(result.change.p50)}, p95 ${f(result.change.p95)}`,
      ...(big ? { budget: '≤ 8 ms', ok: result.change.p50 <= 8 } : {}),
    },
  ];
}

const NOTES = [
  'The production main.js in the end-to-end page (the fake Obsidian app in Chromium). A full draw starts from an empty sidebar, as when it opens; an update draws only the rows whose data changed. Both force layout inside the measured time.',
];

describe('1:1s due sidebar in Chromium', () => {
  it('measures drawing for 50 and 500 people, and a redraw after one change', async () => {
    await chromiumSection('61-due-sidebar-chromium', '1:1s due sidebar in Chromium (issue 6)', NOTES, async (browser) => [
      ...(await measure(browser, peopleAndMeetings(2_500, 11))),
      ...(await measure(browser, peopleAndMeetings(25_000, 7))),
    ]);
  }, 600_000);
});
