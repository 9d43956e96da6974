// A big rollup draws its first screen at once and the rest as the end of it comes into view (the
// fake IntersectionObserver reports only what a test puts in view, see test/fake-obsidian); copying
// it still gives every row. A tick updates its own row at once, before the block's debounced redraw.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RollupBlock } from '../../src/obsidian/rollups/rollup-block';
import { setInView } from '../fake-obsidian/intersection-observer';
import { shownNotices } from '../fake-obsidian/notice';
import type { WorkspaceLeaf } from '../fake-obsidian/workspace';
import { readDemoVault } from '../support/demo-vault';
import { afterRender, startPlugin } from '../support/plugin-harness';
import { until } from '../support/eventually';

const NOW = new Date(2026, 10, 20, 12);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
  shownNotices.length = 0;
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  document.body.empty();
});


/** 1,000 open items: 50 people, 4 meetings each, 5 tasks in each meeting. */
function bigVault(): Record<string, string> {
  const files: Record<string, string> = { 'Big.md': '```1on1\ngroup: person\n```\n' };
  for (let p = 0; p < 50; p++) {
    const name = `Person ${String(p).padStart(3, '0')}`;
    files[`People/${name}.md`] = '---\ncadence: weekly\n---\n';
    for (let m = 0; m < 4; m++) {
      const date = `2026-${String(8 + m).padStart(2, '0')}-${String(1 + (p % 28)).padStart(2, '0')}`;
      const tasks = Array.from({ length: 5 }, (_, t) => `- [ ] ${t % 2 === 0 ? `[[${name}]]` : '@me'} follow up on item ${m}.${t}`);
      files[`1-1s/${name}/${date}.md`] = `---\nperson: "[[${name}]]"\ndate: ${date}\n---\n## Action items\n${tasks.join('\n')}\n`;
    }
  }
  return files;
}

async function openInReadingView(files: Record<string, string>, note: string) {
  const started = await startPlugin({ files });
  const { app, plugin } = started;
  await until(() => plugin.indexer.progress === null, 'the index');
  const leaf = app.workspace.getLeaf() as unknown as WorkspaceLeaf;
  await leaf.setViewState({ type: 'markdown', state: { file: note, mode: 'preview' } });
  const blocks = () => leaf.containerEl.findAll('.block-language-1on1');
  await until(() => blocks().length > 0 && blocks().every((el) => el.find('.one-on-ones-rollup-body') !== null), 'the blocks to render');
  return { ...started, blocks };
}

const tasks = (block: Element | undefined) => block?.findAll('.one-on-ones-rollup-task') ?? [];
const taskText = (li: Element) => li.find('.one-on-ones-rollup-text')?.getText() ?? '';
/** The element after the rows drawn so far; the rest are drawn when it comes into view. */
const sentinel = (block: Element | undefined) => block?.find('.one-on-ones-rollup-sentinel') ?? null;

async function copied(block: Element | undefined): Promise<string[]> {
  const writeText = vi.fn(async (_text: string) => {});
  vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
  (block?.find('.one-on-ones-rollup-copy') as HTMLElement | null)?.click();
  await until(() => writeText.mock.calls.length > 0, 'the copy');
  return String(writeText.mock.calls[0]?.[0]).split('\n');
}

describe('a rollup of 1,000 open items', () => {
  it('draws its first screen at once, and more each time the end comes into view', async () => {
    const { blocks } = await openInReadingView(bigVault(), 'Big.md');
    const block = blocks()[0];
    const first = tasks(block).length;
    expect(first).toBeGreaterThanOrEqual(20);
    expect(first).toBeLessThanOrEqual(100);
    // Nothing is in view: nothing more is drawn, however long it waits.
    await afterRender();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(tasks(block)).toHaveLength(first);
    // Group headers count the whole group, drawn or not.
    expect(block?.find('.one-on-ones-rollup-count')?.getText()).toBe('20');

    setInView(sentinel(block) as Element);
    await until(() => tasks(block).length > first, 'more rows');
    const second = tasks(block).length;
    expect(second).toBeLessThan(1000);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(tasks(block)).toHaveLength(second);

    for (let i = 0; i < 100 && sentinel(block); i++) {
      const count = tasks(block).length;
      setInView(sentinel(block) as Element);
      await until(() => tasks(block).length > count || sentinel(block) === null, 'the next rows');
    }
    expect(sentinel(block)).toBeNull();
    expect(tasks(block)).toHaveLength(1000);
    expect(block?.findAll('.one-on-ones-rollup-group')).toHaveLength(50);
    for (const group of block?.findAll('.one-on-ones-rollup-group') ?? []) expect(group.findAll('.one-on-ones-rollup-task')).toHaveLength(20);
    expect(new Set(tasks(block).map((li) => li.find('input')?.getAttr('data-toggle'))).size).toBe(1000);
  }, 60_000);

  it('copies every row, drawn or not', async () => {
    const { blocks } = await openInReadingView(bigVault(), 'Big.md');
    expect(tasks(blocks()[0]).length).toBeLessThan(1000);
    const lines = await copied(blocks()[0]);
    expect(lines.filter((line) => line.startsWith('- [ ] '))).toHaveLength(1000);
  });

  it('a click on a row drawn later ticks that row’s task', async () => {
    const { app, blocks } = await openInReadingView(bigVault(), 'Big.md');
    const block = blocks()[0];
    setInView(sentinel(block) as Element);
    await until(() => tasks(block).length > 100, 'more rows');
    // Grouped by person, 20 rows each: row 100 opens Person 005's group, with their newest meeting's first task.
    const li = tasks(block)[100];
    expect(li ? taskText(li) : '').toContain('follow up on item 3.0');
    (li?.find('input') as HTMLInputElement | null)?.click();
    const path = '1-1s/Person 005/2026-11-06.md';
    await until(() => (app.vault.peek(path) ?? '').includes('- [x] [[Person 005]] follow up on item 3.0'), 'the write');
    expect(shownNotices).toEqual(['One-on-ones: Done: "[[Person 005]] follow up on item 3.0".Undo']);
  });

  it('draws everything at once where there is no IntersectionObserver', async () => {
    const saved = window.IntersectionObserver;
    delete (window as Partial<typeof window>).IntersectionObserver;
    try {
      const { blocks } = await openInReadingView(bigVault(), 'Big.md');
      await until(() => tasks(blocks()[0]).length === 1000, 'every row');
      expect(sentinel(blocks()[0])).toBeNull();
    } finally {
      window.IntersectionObserver = saved;
    }
  });
});

describe('a tick', () => {
  /** Lets fake time pass a millisecond at a time until `check` holds; returns how much passed. */
  async function msUntil(check: () => boolean, what: string): Promise<number> {
    for (let ms = 0; ms < 1000; ms++) {
      if (check()) return ms;
      await vi.advanceTimersByTimeAsync(1);
    }
    throw new Error(`timed out waiting for ${what}`);
  }

  async function dashboard(files: Record<string, string> = readDemoVault(), note = 'Dashboard.md') {
    const opened = await openInReadingView(files, note);
    const render = vi.spyOn(RollupBlock.prototype, 'render');
    // From here the debounce's timer is fake: it fires only once 150 ms of fake time have passed.
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'], now: NOW });
    return { ...opened, render };
  }

  it('removes the row of a task the block no longer lists, before the debounced redraw', async () => {
    const { app, blocks, render } = await dashboard();
    const body = blocks()[0]?.find('.one-on-ones-rollup-body');
    const others = tasks(blocks()[0]).filter((li) => !taskText(li).includes('send Oliver the case'));
    const li = tasks(blocks()[0]).find((el) => taskText(el).includes('send Oliver the case'));
    (li?.find('input') as HTMLInputElement | null)?.click();
    const waited = await msUntil(() => li?.isConnected === false, 'the row to go');
    expect(waited).toBeLessThan(150);
    expect(render).not.toHaveBeenCalled();
    expect(blocks()[0]?.find('.one-on-ones-rollup-body')).toBe(body);
    expect(tasks(blocks()[0])).toEqual(others);
    expect(app.vault.peek('1-1s/Oliver Brandt/2026-10-20.md')).toContain('1. [x] @me send Oliver the case');

    // The debounced redraw then draws the block from the index: the same rows.
    await vi.advanceTimersByTimeAsync(200);
    expect(render).toHaveBeenCalled();
    expect(tasks(blocks()[0]).map(taskText)).toEqual(others.map(taskText));
    expect(shownNotices).toEqual(['One-on-ones: Done: "@me send Oliver the case for one more payments engineer 📅 …".Undo']);
  });

  it('shows a task the block still lists as ticked, no longer pending, before the debounced redraw', async () => {
    const files = { ...readDemoVault(), 'Both.md': '```1on1\nperson: Oliver Brandt\nstatus: open, done\n```\n' };
    const { blocks, render } = await dashboard(files, 'Both.md');
    const row = () => tasks(blocks()[0]).find((el) => taskText(el).includes('send Oliver the case'));
    const box = row()?.find('input') as HTMLInputElement | null;
    box?.click();
    expect(row()?.hasClass('is-pending')).toBe(true);
    const waited = await msUntil(() => row()?.hasClass('is-checked') === true, 'the row to show done');
    expect(waited).toBeLessThan(150);
    expect(render).not.toHaveBeenCalled();
    const ticked = row()?.find('input') as HTMLInputElement | null;
    expect(ticked?.checked).toBe(true);
    expect(ticked?.disabled).toBe(false);
    expect(row()?.hasClass('is-pending')).toBe(false);
    // A click on the new box reopens the task.
    ticked?.click();
    await msUntil(() => row()?.hasClass('is-checked') === false && row()?.hasClass('is-pending') === false, 'the row to show open');
    expect(render).not.toHaveBeenCalled();
    expect((row()?.find('input') as HTMLInputElement | null)?.checked).toBe(false);
  });
});
