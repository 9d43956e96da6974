// The rollup budgets (1,000 open items: first screen in ≤ 50 ms; a tick shown on its row in ≤ 16 ms)
// measured where they apply: the production main.js in real Chromium (the e2e page), not happy-dom,
// whose DOM alone needs about a second for 1,000 list items. The query itself is also timed in Node.
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
  /** Query, first screen drawn, style and layout. */
  renders: number[];
  /** The same renders without style and layout: the plugin's own work. */
  builds: number[];
  /** Task rows in the document after the first draw. */
  firstRows: number;
  /** The end of the rows scrolled into view → the next chunk drawn and laid out. */
  chunks: number[];
  clickToIndexed: number[];
  /** Click → the ticked row removed (the block lists open items), laid out. */
  clickToRow: number[];
  /** Click → the debounced redraw of the block done. */
  clickToRedrawn: number[];
  /** 1,000 bare list rows made and laid out, for comparison. */
  bare: number[];
}

/** In the page: add the notes, render the block N times at the top of a note in reading view, scroll, then tick items and time the updates. */
async function measureInPage(files: Record<string, string>, query: string): Promise<PageTimings> {
  const browser = await E2EBrowser.launch();
  try {
    // A note with no block of its own in reading view: the one measured is the only block drawing.
    const { page } = await browser.openHarness({ note: 'Journal/2026-10-09 coffee with Rosa Delgado.md', mode: 'preview', today: '2026-11-20' });
    return await page.evaluate(
      async ({ files, query }) => {
        const { app, plugin, obsidian } = window.harness as Harness;
        const indexer = (plugin as unknown as { indexer: { index: { revision: number } } }).indexer;
        for (const [path, text] of Object.entries(files)) {
          app.vault.ensureFolder(path.slice(0, path.lastIndexOf('/')));
          app.vault.createSync(path, text);
        }
        await app.metadataCache.settle();
        await new Promise((resolve) => setTimeout(resolve, 50));
        const processor = app.codeBlockProcessors.get('1on1');
        const sizer = document.querySelector('.markdown-preview-sizer');
        if (!processor || !sizer) throw new Error('no 1on1 processor, or no note in reading view');
        const host = new obsidian.Component();
        host.load();
        const ctx = { sourcePath: 'Dashboard.md', docId: '', frontmatter: undefined, addChild: (child: never) => host.addChild(child), getSectionInfo: () => null };
        const settled = (el: HTMLElement) => el.querySelector('.one-on-ones-rollup-body') !== null;
        const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
        /** Resolves once `check` holds after a change to `el`'s subtree, checked as each change happens. */
        const changed = (el: HTMLElement, check: () => boolean) =>
          new Promise<void>((resolve) => {
            if (check()) return resolve();
            const observer = new MutationObserver(() => {
              if (!check()) return;
              observer.disconnect();
              resolve();
            });
            observer.observe(el, { childList: true, subtree: true });
          });
        const rowsIn = (el: HTMLElement) => el.querySelectorAll('.one-on-ones-rollup-task').length;
        const renders: number[] = [];
        const builds: number[] = [];
        let last = createDiv();
        for (let i = 0; i < 20; i++) {
          last.remove();
          last = createDiv();
          // At the top of the note, where reading view shows it.
          sizer.prepend(last);
          const start = performance.now();
          await processor(query, last, ctx);
          while (!settled(last)) await Promise.resolve();
          const built = performance.now();
          // Style and layout are part of what the user waits for.
          void last.offsetHeight;
          renders.push(performance.now() - start);
          builds.push(built - start);
          await frame();
        }
        const firstRows = rowsIn(last);
        // Ticks first, with only the first screen drawn: the redraw after one draws as many rows as were drawn.
        const clickToIndexed: number[] = [];
        const clickToRow: number[] = [];
        const clickToRedrawn: number[] = [];
        for (let i = 0; i < 5; i++) {
          const body = last.querySelector('.one-on-ones-rollup-body');
          const box = last.querySelector<HTMLInputElement>('.one-on-ones-rollup-task input');
          const row = box?.parentElement;
          if (!box || !body || !row) throw new Error('nothing to click');
          const revision = indexer.index.revision;
          const start = performance.now();
          const rowGone = changed(last, () => !row.isConnected).then(() => {
            void last.offsetHeight;
            clickToRow.push(performance.now() - start);
          });
          box.click();
          while (indexer.index.revision === revision) await new Promise((resolve) => setTimeout(resolve, 0));
          clickToIndexed.push(performance.now() - start);
          await rowGone;
          await changed(last, () => last.querySelector('.one-on-ones-rollup-body') !== body);
          void last.offsetHeight;
          clickToRedrawn.push(performance.now() - start);
          await frame();
        }
        const chunks: number[] = [];
        for (let i = 0; i < 5; i++) {
          const sentinel = last.querySelector('.one-on-ones-rollup-sentinel');
          if (!sentinel) break;
          const before = rowsIn(last);
          const start = performance.now();
          sentinel.scrollIntoView({ block: 'end' });
          await changed(last, () => rowsIn(last) > before);
          void last.offsetHeight;
          chunks.push(performance.now() - start);
          await frame();
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
        return { renders, builds, firstRows, chunks, clickToIndexed, clickToRow, clickToRedrawn, bare };
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
    if (page.firstRows < 20 || page.firstRows >= 1000) throw new Error(`the first screen drew ${page.firstRows} of 1,000 items`);
    const p50 = percentile(page.renders, 50);
    rows.push({
      what: `Rollup of 1,000 open items in 50 groups: first screen (${page.firstRows} rows; production main.js in Chromium: query, DOM, layout)`,
      result: `p50 ${ms(p50)}, p95 ${ms(percentile(page.renders, 95))}; without style and layout p50 ${ms(percentile(page.builds, 50))}`,
      budget: '≤ 50 ms',
      ok: p50 <= 50,
    });
    rows.push({
      what: 'Rollup of 1,000 open items: the end scrolled into view → the next 100 rows drawn and laid out (Chromium; includes the wait for the next frame, when the browser reports what came into view)',
      result: `p50 ${ms(percentile(page.chunks, 50))}, p95 ${ms(percentile(page.chunks, 95))}`,
    });
    const row = percentile(page.clickToRow, 50);
    rows.push({
      what: 'Tick → its row updated: click → note written → re-indexed → the row removed in place (Chromium; no debounce on this path)',
      result: `p50 ${ms(row)}, p95 ${ms(percentile(page.clickToRow, 95))}; indexed after p50 ${ms(percentile(page.clickToIndexed, 50))}`,
      budget: '≤ 16 ms',
      ok: row <= 16,
    });
    const redrawn = percentile(page.clickToRedrawn, 50);
    rows.push({
      what: 'Tick → the block redrawn by its debounced redraw, which brings the rest up to date (Chromium)',
      result: `p50 ${ms(redrawn)}, of which 150 ms is the debounce: ${ms(redrawn - 150)} beyond it`,
    });
    rows.push({ what: 'For comparison: 1,000 bare list rows (checkbox and two spans) made and laid out in the same page', result: `p50 ${ms(percentile(page.bare, 50))}` });
    recordSection('20-rollups', 'Rollups (issue 8)', rows, [
      'Rollup timings run in Chromium against the fake Obsidian page, the block at the top of a note in reading view: its MarkdownRenderer is lighter than Obsidian’s, which only task text with links or formatting goes through; plain task text is set directly.',
      'A block draws its first 50 rows at once and the rest 100 at a time as the end of what is drawn comes into view (an IntersectionObserver); “Copy as Markdown” copies every row. Chromium’s style and layout of 1,000 rows alone exceeds the 50 ms budget (see the bare rows).',
      'A tick redraws (or removes) its own row as soon as the index has it; the block’s debounced redraw follows, drawing as many rows as were drawn.',
    ]);
  }, 600_000);
});
