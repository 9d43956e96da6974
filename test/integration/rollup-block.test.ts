import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MarkdownPostProcessorContext } from 'obsidian';
import { RollupBlock } from '../../src/obsidian/rollups/rollup-block';
import type { App } from '../fake-obsidian/app';
import { Component } from '../fake-obsidian/component';
import { shownNotices } from '../fake-obsidian/notice';
import type { WorkspaceLeaf } from '../fake-obsidian/workspace';
import { readDemoVault } from '../support/demo-vault';
import { afterRender, startPlugin } from '../support/plugin-harness';
import { until } from '../support/eventually';

const OLIVER = '1-1s/Oliver Brandt/2026-10-20.md';

beforeEach(() => {
  // The demo vault's reference day, at noon local time; timers stay real.
  vi.useFakeTimers({ toFake: ['Date'], now: new Date(2026, 10, 20, 12) });
  shownNotices.length = 0;
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  document.body.empty();
});


async function openInReadingView(files?: Record<string, string>, note = 'Dashboard.md', before: (app: App) => void = () => {}) {
  const started = await startPlugin(files ? { files } : {});
  const { app, plugin } = started;
  before(app);
  await until(() => plugin.indexer.progress === null, 'the index');
  const leaf = app.workspace.getLeaf() as unknown as WorkspaceLeaf;
  await leaf.setViewState({ type: 'markdown', state: { file: note, mode: 'preview' } });
  const blocks = () => leaf.containerEl.findAll('.block-language-1on1');
  await until(() => blocks().length > 0 && blocks().every((el) => el.find('.one-on-ones-rollup-body') !== null), 'the blocks to render');
  return { ...started, leaf, blocks };
}

const tasks = (block: Element | undefined) => block?.findAll('.one-on-ones-rollup-task') ?? [];
const taskText = (li: Element) => li.find('.one-on-ones-rollup-text')?.getText() ?? '';

function checkboxOf(block: Element | undefined, text: string): HTMLInputElement {
  const li = tasks(block).find((el) => taskText(el).includes(text));
  const box = li?.find('input');
  if (!(box instanceof HTMLInputElement)) throw new Error(`no task "${text}"`);
  return box;
}

describe('rollup blocks in the demo dashboard', () => {
  it('renders the three blocks from the index', async () => {
    const { blocks } = await openInReadingView();
    const [mine, overdue, people] = blocks();
    expect(tasks(mine)).toHaveLength(11);
    expect(mine?.findAll('.one-on-ones-rollup-group-title a').map((a) => a.getText())).toContain('Priya Raman');
    expect(tasks(overdue)).toHaveLength(7);
    expect(overdue?.findAll('.one-on-ones-rollup-chip.mod-overdue')).toHaveLength(7);
    expect(people?.findAll('tbody tr td:first-child').map((td) => td.getText())).toEqual(['Priya Raman', 'Daniel Kowalczyk', 'Rosa Delgado', 'Aisha Mensah']);
    const budget = tasks(mine).find((li) => taskText(li).startsWith('@me find budget'));
    expect(budget?.findAll('.one-on-ones-rollup-chip').map((c) => c.getText())).toEqual(['Overdue · Nov 13', 'Carried 3 times · 42 days old']);
    expect(budget?.find('.one-on-ones-rollup-source')?.getText()).toBe('Oct 30');
    expect(tasks(overdue)[0]?.find('.one-on-ones-rollup-source')?.getText()).toBe('Daniel Kowalczyk · Oct 28');
  });

  it('completes a task from a click: the source line changes and the blocks update', async () => {
    const { app, blocks } = await openInReadingView();
    const box = checkboxOf(blocks()[0], 'send Oliver the case');
    box.click();
    box.click();
    await until(() => tasks(blocks()[0]).length === 10, 'the block to update');
    // The other block lists the task too: it follows with its redraw.
    await until(() => tasks(blocks()[1]).length === 6, 'the other block to update');
    const lines = app.vault.peek(OLIVER)?.split('\n') ?? [];
    expect(lines).toContain('1. [x] @me send Oliver the case for one more payments engineer 📅 2026-11-13 ✅ 2026-11-20');
    expect(lines).toContain('2. [ ] [[Oliver Brandt]] introduce me to the finance partner for 2027 budgeting');
    expect(shownNotices).toEqual(['One-on-ones: Done: "@me send Oliver the case for one more payments engineer 📅 …".Undo']);
  });

  it('reopens a done task and removes its done date', async () => {
    const files = { ...readDemoVault(), 'Done.md': '```1on1\nperson: Oliver Brandt\nstatus: done\n```\n' };
    const { app, blocks } = await openInReadingView(files, 'Done.md');
    checkboxOf(blocks()[0], "share the team's hiring plan").click();
    await until(() => tasks(blocks()[0]).length === 0, 'the block to update');
    expect(app.vault.peek('1-1s/Oliver Brandt/2026-08-26.md')).toContain("\n- [ ] @me share the team's hiring plan\n");
  });

  it('refuses with a notice naming the file when the line changed under it', async () => {
    const { app, blocks } = await openInReadingView();
    const file = app.vault.getFileByPath(OLIVER);
    if (!file) throw new Error('missing');
    const edited = (app.vault.peek(OLIVER) ?? '').replace('send Oliver the case', 'send Oliver the final case');
    await app.vault.modify(file, edited);
    const box = checkboxOf(blocks()[0], 'send Oliver the case');
    box.click();
    await until(() => shownNotices.length > 0, 'the notice');
    expect(shownNotices[0]).toContain(`"${OLIVER}"`);
    expect(app.vault.peek(OLIVER)).toBe(edited);
  });

  it('shows problems in the block with their line and a suggestion', async () => {
    const files = { ...readDemoVault(), 'Broken.md': '```1on1\n# mine\nownr: me\ndue: soon\n```\n' };
    const { blocks } = await openInReadingView(files, 'Broken.md');
    expect(blocks()[0]?.findAll('.one-on-ones-rollup-problems li').map((li) => li.getText())).toEqual([
      "Line 2: unknown key 'ownr' — did you mean 'owner'?",
      "Line 3: due: 'soon' is not one of overdue, today, this week, next 7 days, before YYYY-MM-DD, after YYYY-MM-DD, none, any",
    ]);
  });

  it('never runs code from task text: a dataviewjs fence or inline query stays inert', async () => {
    const meeting = [
      '---',
      'person: "[[Oliver Brandt]]"',
      'date: 2026-11-19',
      '---',
      '- [ ] @me ```dataviewjs dv.paragraph("ran")```',
      '- [ ] ```dataviewjs',
      '- [ ] @me check `$= dv.current().file.name` and ![[Dashboard]]',
      '- [ ] # not a heading, [[Oliver Brandt|a link]] and **bold**',
    ].join('\n');
    const files = { ...readDemoVault(), '1-1s/Oliver Brandt/2026-11-19.md': meeting, 'Code.md': '```1on1\nsince: 2026-11-19\n```\n' };
    const ran = vi.fn();
    const { blocks } = await openInReadingView(files, 'Code.md', (app) => app.codeBlockProcessors.set('dataviewjs', ran));
    const block = blocks()[0];
    const rows = tasks(block);
    expect(rows.map(taskText)).toEqual([
      '@me dataviewjs dv.paragraph("ran")',
      '```dataviewjs',
      '@me check $= dv.current().file.name and Dashboard',
      '# not a heading, a link and bold',
    ]);
    expect(ran).not.toHaveBeenCalled();
    expect(rows[0]?.find('code')?.getText()).toBe('dataviewjs dv.paragraph("ran")');
    expect(rows[2]?.find('code')?.getText()).toBe('$= dv.current().file.name');
    expect(rows[2]?.find('a.internal-link')?.getAttr('data-href')).toBe('Dashboard');
    expect(rows[3]?.find('a.internal-link')?.getText()).toBe('a link');
    expect(rows[3]?.find('strong')?.getText()).toBe('bold');
    expect(block?.find('.block-language-1on1, h1')).toBeNull();
  });

  it('copies the result as Markdown', async () => {
    const writeText = vi.fn(async () => {});
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
    const { blocks } = await openInReadingView();
    (blocks()[1]?.find('.one-on-ones-rollup-copy') as HTMLElement | null)?.click();
    await until(() => writeText.mock.calls.length > 0, 'the copy');
    const copied = String((writeText.mock.calls[0] as unknown[] | undefined)?.[0]);
    expect(copied.split('\n')).toHaveLength(7);
    expect(copied.split('\n')[0]).toBe('- [ ] [[Daniel Kowalczyk]] record a walkthrough video of the webhook setup ([[1-1s/Daniel Kowalczyk/2026-10-14|from Oct 14]]) 📅 2026-11-06');
    expect(shownNotices).toEqual(['Copied the rollup as Markdown.']);
  });
});

describe('rollup blocks stay live where reading view puts them', () => {
  it('waits while its tab is hidden and catches up when the tab is shown, with no layout change', async () => {
    const { app, leaf, blocks } = await openInReadingView();
    const drawn = blocks()[0]?.find('.one-on-ones-rollup-body');
    const other = app.workspace.getLeaf('tab');
    await app.workspace.revealLeaf(other);
    expect(leaf.containerEl.isShown()).toBe(false);
    const file = app.vault.getFileByPath(OLIVER);
    if (!file) throw new Error('missing');
    await app.vault.modify(file, (app.vault.peek(OLIVER) ?? '').replace('1. [ ] @me send Oliver the case', '1. [x] @me send Oliver the case'));
    await app.metadataCache.settle();
    await afterRender();
    // Hidden: nothing drawn for nobody to see.
    expect(blocks()[0]?.find('.one-on-ones-rollup-body')).toBe(drawn);
    expect(tasks(blocks()[0])).toHaveLength(11);

    const layoutChanges = vi.fn();
    app.workspace.on('layout-change', layoutChanges);
    // The tab is shown again: Obsidian lifts its `display: none`; no layout change comes with it.
    leaf.containerEl.toggle(true);
    await until(() => tasks(blocks()[0]).length === 10, 'the block to catch up');
    expect(layoutChanges).not.toHaveBeenCalled();
  });

  it('follows the note it is in when that note is renamed: `person: this` and its links use the new path', async () => {
    const blocksText = '\n```1on1\nperson: this\n```\n\n```1on1\nperson: Oliver Brandt\n```\n';
    const files = { ...readDemoVault(), 'People/Oliver Brandt.md': `${readDemoVault()['People/Oliver Brandt.md'] ?? ''}${blocksText}` };
    const { app, blocks } = await openInReadingView(files, 'People/Oliver Brandt.md');
    const before = tasks(blocks()[0]).map(taskText);
    expect(before.length).toBeGreaterThan(0);
    const note = app.vault.getFileByPath('People/Oliver Brandt.md');
    if (!note) throw new Error('missing');
    await app.vault.createFolder('People/Leadership');
    await app.fileManager.renameFile(note, 'People/Leadership/Oliver Brandt.md');
    await app.metadataCache.settle();
    await afterRender();
    expect(blocks()[0]?.find('.one-on-ones-rollup-problems')).toBeNull();
    expect(tasks(blocks()[0]).map(taskText)).toEqual(before);

    // A link in the block opens as a link in the note does: resolved from where the note is now.
    const opened = vi.spyOn(app.workspace, 'openLinkText').mockResolvedValue();
    (blocks()[1]?.find('a.one-on-ones-rollup-link') as HTMLElement | null)?.click();
    expect(opened).toHaveBeenCalledTimes(1);
    expect(opened.mock.calls[0]?.[1]).toBe('People/Leadership/Oliver Brandt.md');
  });
});

describe('RollupBlock lifecycle', () => {
  async function block(app: App, plugin: Awaited<ReturnType<typeof startPlugin>>['plugin'], el: HTMLElement) {
    const parent = new Component();
    parent.load();
    const child = new RollupBlock(el, 'owner: me', 'Dashboard.md', { app: app as never, indexer: plugin.indexer, writer: plugin.writer, settings: () => plugin.settings });
    const ctx = { addChild: (c: Component) => parent.addChild(c) } as unknown as MarkdownPostProcessorContext;
    ctx.addChild(child);
    await until(() => el.find('.one-on-ones-rollup-body') !== null, 'the first render');
    return { parent, child, render: vi.spyOn(child, 'render') };
  }

  it('re-renders once per burst of changes, not while detached, again when put back, and not after unload', async () => {
    const { app, plugin } = await startPlugin();
    await until(() => plugin.indexer.progress === null, 'the index');
    const el = document.body.createDiv();
    const { parent, render } = await block(app, plugin, el);
    const layoutChanges = vi.fn();
    app.workspace.on('layout-change', layoutChanges);
    // From here timers are fake: each wait runs every timer then pending, however long the debounce
    // is, so "not called" after it means not called at all, not "not called yet".
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'], now: new Date(2026, 10, 20, 12) });
    const timersRun = async () => {
      await Promise.resolve();
      await vi.runOnlyPendingTimersAsync();
    };
    const { index } = plugin.indexer;
    index.touch();
    index.touch();
    index.touch();
    expect(render).not.toHaveBeenCalled();
    await timersRun();
    expect(render).toHaveBeenCalledTimes(1);
    await timersRun();
    expect(render).toHaveBeenCalledTimes(1);

    el.detach();
    index.touch();
    await timersRun();
    expect(render).toHaveBeenCalledTimes(1);
    // Put back into the document, as reading view does with a section scrolled back into view:
    // nothing else happens (no layout change), and the block catches up on its own.
    document.body.appendChild(el);
    await timersRun();
    await timersRun();
    expect(render).toHaveBeenCalledTimes(2);
    expect(layoutChanges).not.toHaveBeenCalled();

    parent.unload();
    index.touch();
    await timersRun();
    expect(render).toHaveBeenCalledTimes(2);
  });
});
