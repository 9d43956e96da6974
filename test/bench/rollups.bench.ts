// The rollup budget (DESIGN.md §4: 1,000 open items rendered in ≤ 50 ms) measured where it applies:
// the production main.js in real Chromium (the e2e page), not happy-dom, whose DOM alone needs about
// a second for 1,000 list items. The query itself is also timed in Node.
import { execFileSync } from 'node:child_process';
import { describe, it } from 'vitest';
import { evaluateQuery } from '../../src/core/query/evaluate-query';
import { parseQuery } from '../../src/core/query/parse-query';
import { E2EBrowser } from '../e2e/browser';
import type { Harness } from '../e2e/page/entry';
import { DEMO_TODAY, indexOf } from '../support/demo-index';
import { readDemoVault } from '../support/demo-vault';
import { ms, percentile, recordSection, type BenchRow } from './record';

const PEOPLE = 50;
const MEETINGS_EACH = 4;
const TASKS_EACH = 5;
const QUERY = 'person: Person 000, Person 001, Person 002, Person 003, Person 004, Person 005, Person 006, Person 007, Person 008, Person 009, Person 010, Person 011, Person 012, Person 013, Person 014, Person 015, Person 016, Person 017, Person 018, Person 019, Person 020, Person 021, Person 022, Person 023, Person 024, Person 025, Person 026, Person 027, Person 028, Person 029, Person 030, Person 031, Person 032, Person 033, Person 034, Person 035, Person 036, Person 037, Person 038, Person 039, Person 040, Person 041, Person 042, Person 043, Person 044, Person 045, Person 046, Person 047, Person 048, Person 049\ngroup: person\nsort: due';

/** 1,000 open items: half owned by the person through a link, half yours, a third with due dates. */
function syntheticNotes(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let p = 0; p < PEOPLE; p++) {
    const name = `Person ${String(p).padStart(3, '0')}`;
    files[`People/${name}.md`] = '---\ncadence: weekly\n---\n';
    for (let m = 0; m < MEETINGS_EACH; m++) {
      const date = `2026-${String(8 + m).padStart(2, '0')}-${String(1 + (p % 28)).padStart(2, '0')}`;
      const tasks = Array.from({ length: TASKS_EACH }, (_, t) => {
        const owner = t % 2 === 0 ? `[[${name}]]` : '@me';
        const due = t % 3 === 0 ? ` 📅 2026-11-${String(10 + t).padStart(2, '0')}` : '';
        return `- [ ] ${owner} follow up on item ${m}.${t} of the quarterly plan${due}`;
      });
      files[`1-1s/${name}/${date}.md`] = `---\nperson: "[[${name}]]"\ndate: ${date}\n---\n## Action items\n${tasks.join('\n')}\n`;
    }
  }
  return files;
}

interface PageTimings {
  renders: number[];
  /** The same renders without style and layout: the plugin's own work. */
  builds: number[];
  clickToIndexed: number[];
  clickToUpdated: number[];
  shown: number;
  /** 1,000 bare list rows made and laid out, for comparison. */
  bare: number[];
}

/** In the page: add the notes, render the block N times, then toggle items and time the updates. */
async function measureInPage(files: Record<string, string>, query: string): Promise<PageTimings> {
  const browser = await E2EBrowser.launch();
  try {
    const { page } = await browser.openHarness({ note: 'Dashboard.md', today: '2026-11-20' });
    return await page.evaluate(
      async ({ files, query }) => {
        const { app, plugin, obsidian } = window.harness as Harness;
        const indexer = (plugin as unknown as { indexer: { index: { revision: number; openActions(): unknown[] } } }).indexer;
        for (const [path, text] of Object.entries(files)) {
          app.vault.ensureFolder(path.slice(0, path.lastIndexOf('/')));
          app.vault.createSync(path, text);
        }
        await app.metadataCache.settle();
        await new Promise((resolve) => setTimeout(resolve, 50));
        const processor = app.codeBlockProcessors.get('1on1');
        if (!processor) throw new Error('no 1on1 processor');
        const host = new obsidian.Component();
        host.load();
        const ctx = { sourcePath: 'Dashboard.md', docId: '', frontmatter: undefined, addChild: (child: never) => host.addChild(child), getSectionInfo: () => null };
        const settled = (el: HTMLElement) => el.querySelector('.one-on-ones-rollup-body') !== null;
        const renders: number[] = [];
        const builds: number[] = [];
        let last = document.body.createDiv();
        for (let i = 0; i < 20; i++) {
          last.remove();
          last = document.body.createDiv();
          const start = performance.now();
          await processor(query, last, ctx);
          while (!settled(last)) await Promise.resolve();
          const built = performance.now();
          // Style and layout are part of what the user waits for.
          void last.offsetHeight;
          renders.push(performance.now() - start);
          builds.push(built - start);
        }
        const shown = last.querySelectorAll('.one-on-ones-rollup-task').length;
        const clickToIndexed: number[] = [];
        const clickToUpdated: number[] = [];
        for (let i = 0; i < 5; i++) {
          const body = last.querySelector('.one-on-ones-rollup-body');
          const box = last.querySelector<HTMLInputElement>('.one-on-ones-rollup-task input');
          if (!box || !body) throw new Error('nothing to click');
          const revision = indexer.index.revision;
          const start = performance.now();
          box.click();
          while (indexer.index.revision === revision) await new Promise((resolve) => setTimeout(resolve, 0));
          clickToIndexed.push(performance.now() - start);
          while (last.querySelector('.one-on-ones-rollup-body') === body) await new Promise((resolve) => requestAnimationFrame(resolve));
          clickToUpdated.push(performance.now() - start);
        }
        host.unload();
        // The floor: 1,000 bare rows (a checkbox and two spans), no plugin code and no styles of ours.
        const bare: number[] = [];
        for (let k = 0; k < 10; k++) {
          const list = document.createElement('ul');
          const start = performance.now();
          for (let i = 0; i < 1000; i++) {
            const li = list.createEl('li');
            li.createEl('input', { type: 'checkbox' });
            li.createSpan({ text: `@me follow up on item ${i} of the quarterly plan` });
            li.createSpan({ text: 'Overdue · Nov 13' });
          }
          document.body.appendChild(list);
          void list.offsetHeight;
          bare.push(performance.now() - start);
          list.remove();
        }
        return { renders, builds, clickToIndexed, clickToUpdated, shown, bare };
      },
      { files, query },
    );
  } finally {
    await browser.close();
  }
}

describe('rollups', () => {
  it('measures a rollup of 1,000 open items and its re-render after one toggle', async () => {
    const files = syntheticNotes();
    const index = indexOf({ ...readDemoVault(), ...files });
    const { query } = parseQuery(QUERY);
    const evaluations: number[] = [];
    for (let i = 0; i < 30; i++) {
      const start = performance.now();
      const result = evaluateQuery(index, query, { today: DEMO_TODAY, sourcePath: 'Dashboard.md' });
      evaluations.push(performance.now() - start);
      if (result.kind !== 'actions' || result.total !== 1000) throw new Error(`the query found ${result.kind === 'actions' ? result.total : result.kind}`);
    }
    const rows: BenchRow[] = [{ what: 'Rollup query over 1,000 open items (evaluate, group, sort; Node)', result: `p50 ${ms(percentile(evaluations, 50))}, p95 ${ms(percentile(evaluations, 95))}` }];

    execFileSync(process.execPath, ['test/e2e/build-page.mjs'], { stdio: 'ignore' });
    const page = await measureInPage(files, QUERY);
    if (page.shown !== 1000) throw new Error(`rendered ${page.shown} of 1,000 items`);
    const p50 = percentile(page.renders, 50);
    rows.push({
      what: 'Rollup render of 1,000 open items in 50 groups (production main.js in Chromium: query, DOM, layout)',
      result: `p50 ${ms(p50)}, p95 ${ms(percentile(page.renders, 95))}; without style and layout p50 ${ms(percentile(page.builds, 50))}`,
      budget: '≤ 50 ms',
      ok: p50 <= 50,
    });
    const updated = percentile(page.clickToUpdated, 50);
    rows.push({
      what: 'Re-render after one toggle: click → note written and re-indexed → block redrawn (Chromium)',
      result: `indexed after p50 ${ms(percentile(page.clickToIndexed, 50))}; redrawn after p50 ${ms(updated)}, of which 150 ms is the debounce`,
      budget: '≤ 50 ms beyond the debounce',
      ok: updated - 150 <= 50,
    });
    rows.push({ what: 'For comparison: 1,000 bare list rows (checkbox and two spans) made and laid out in the same page', result: `p50 ${ms(percentile(page.bare, 50))}` });
    recordSection('20-rollups', 'Rollups (issue 8)', rows, [
      'Rollup timings run in Chromium against the fake Obsidian page: its MarkdownRenderer is lighter than Obsidian’s, which only task text with links or formatting goes through; plain task text is set directly.',
      'On this machine Chromium’s style and layout of 1,000 rows alone exceeds the 50 ms budget (see the bare rows), so meeting it needs a block that draws the first rows at once and the rest on demand or in idle slices.',
    ]);
  }, 600_000);
});
