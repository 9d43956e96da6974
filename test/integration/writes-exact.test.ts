// "Nothing lost": every write the plugin makes changes only what it means to, on the note's bytes.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { scanActionItems } from '../../src/core/tasks/actions';
import type { CalendarDay } from '../../src/core/calendar/dates';
import { planToggle } from '../../src/core/query/plan-toggle';
import type { PlannedEdit } from '../../src/core/tasks/task-edit';
import { LineWriter } from '../../src/obsidian/platform/line-writer';
import { type App, createFakeApp } from '../fake-obsidian/app';

/** A string containing `text`, typed so the object it sits in stays typed. */
const containing = (text: string): string => expect.stringContaining(text) as string;

const PATH = '1-1s/Alice/2026-11-20 Alice.md';
const TODAY = '2026-11-20' as CalendarDay;

afterEach(() => {
  vi.restoreAllMocks();
  document.body.empty();
});

function tick(text: string, task = 0, path = PATH): PlannedEdit {
  const item = scanActionItems(text, 'Agenda')[task];
  if (!item) throw new Error(`no task ${task}`);
  const edit = planToggle(path, item, TODAY, true);
  if (!edit) throw new Error('nothing planned');
  return edit;
}

function setup(files: Record<string, string> = {}): { app: App; writer: LineWriter } {
  const app = createFakeApp({ files });
  return { app, writer: new LineWriter(app as never) };
}

describe('the one writer changes only the planned characters', () => {
  it.each([
    ['lone CR', '# Notes\r- [ ] one\r- [ ] two\r', '# Notes\r- [ ] one\r- [x] two ✅ 2026-11-20\r'],
    ['mixed endings', '# Notes\r\n- [ ] one\n- [ ] two\r', '# Notes\r\n- [ ] one\n- [x] two ✅ 2026-11-20\r'],
    ['a BOM, tabs and trailing spaces', '\uFEFF- [ ] one\t \n- [ ] two  \n', '\uFEFF- [ ] one\t \n- [x] two ✅ 2026-11-20  \n'],
  ])('keeps every other byte: %s', async (_name, text, expected) => {
    const { app, writer } = setup({ [PATH]: text });
    expect((await writer.apply(tick(text, 1))).ok).toBe(true);
    expect(app.vault.peek(PATH)).toBe(expected);
  });

  it('never rewrites a note that is not valid UTF-8: the item stays open and the reason names the note', async () => {
    const { app, writer } = setup();
    const bytes = new Uint8Array([...new TextEncoder().encode('- [ ] send caf'), 0xe9, ...new TextEncoder().encode(' notes\n')]);
    app.vault.createBinarySync(PATH, bytes);
    const shown = app.vault.peek(PATH) ?? '';
    const result = await writer.apply(tick(shown));
    expect(result).toEqual({ ok: false, reason: containing(PATH) });
    expect(!result.ok && result.reason).toMatch(/not valid UTF-8/);
    expect(app.vault.peekBytes(PATH)).toEqual(bytes);
  });

  it('goes on writing a note after one write to it failed', async () => {
    const text = '- [ ] one\n- [ ] two\n';
    const { app, writer } = setup({ [PATH]: text });
    app.vault.failingWrites.set(PATH, 2);
    expect(await writer.apply(tick(text, 0))).toEqual({ ok: false, reason: containing('EACCES') });
    // A failed change of several lines, then a tick: the tick still lands.
    expect(await writer.rewrite(PATH, (t) => `${t}more\n`).catch(String)).toEqual({ failed: containing('EACCES') });
    expect(await writer.apply(tick(text, 1))).toEqual({ ok: true, line: 1 });
    expect(app.vault.peek(PATH)).toBe('- [ ] one\n- [x] two ✅ 2026-11-20\n');
  });

  it('goes on after a multi-line rewrite failed, and a rewrite never rejects', async () => {
    const text = '## Next 1:1\n- a\n';
    const { app, writer } = setup({ [PATH]: text });
    app.vault.failingWrites.set(PATH, 1);
    const failed = await writer.rewrite(PATH, (t) => `${t}- b\n`);
    expect(failed).toEqual({ failed: containing('EACCES') });
    expect(await writer.rewrite(PATH, (t) => `${t}- c\n`)).toBe('written');
    expect(app.vault.peek(PATH)).toBe('## Next 1:1\n- a\n- c\n');
  });

  it('applies many marks to one note in one write, each found as a single edit would be', async () => {
    const text = '- [ ] a\r\n- [ ] b\r- [ ] c\n';
    const { app, writer } = setup({ [PATH]: text });
    const items = scanActionItems(text, 'Agenda');
    const marks = items.map((item) => ({ path: PATH, line: item.line, expectedText: item.lineText, newText: item.lineText.replace('[ ]', '[>]') }));
    const process = vi.spyOn(app.vault, 'process');
    const results = await writer.applyAll(marks);
    expect(results.map((r) => r.ok)).toEqual([true, true, true]);
    expect(process).toHaveBeenCalledTimes(1);
    expect(app.vault.peek(PATH)).toBe('- [>] a\r\n- [>] b\r- [>] c\n');
  });
});

describe('new notes', () => {
  it('are created exclusively: a note already there is returned untouched, never overwritten', async () => {
    const { app, writer } = setup({ [PATH]: 'mine\n' });
    expect(await writer.create(PATH, 'new\n')).toEqual({ file: app.vault.getFileByPath(PATH), created: false });
    expect(app.vault.peek(PATH)).toBe('mine\n');
  });

  it('creates the folders it needs, and names a folder in the way', async () => {
    const { app, writer } = setup({ '1-1s/Alice': 'a file, with no extension, where a folder should be\n' });
    const created = await writer.create('1-1s/Bo/2026-11-20 Bo.md', 'x\n');
    expect(created).toEqual({ file: app.vault.getFileByPath('1-1s/Bo/2026-11-20 Bo.md'), created: true });
    expect(await writer.create('1-1s/Alice/2026-11-20 Alice.md', 'x\n')).toEqual({ failed: containing('"1-1s/Alice" is a file') });
    app.vault.ensureFolder('1-1s/Cy.md');
    expect(await writer.create('1-1s/Cy.md', 'x\n')).toEqual({ failed: containing('"1-1s/Cy.md" is a folder') });
  });
});

describe('Start 1:1 where a folder sits at the new note\'s path', () => {
  it('says so, naming the folder, and writes nothing', async () => {
    const { startSettled, settle } = await import('../support/plugin-harness');
    const { shownNotices } = await import('../fake-obsidian/notice');
    shownNotices.length = 0;
    const { app, plugin } = await startSettled();
    const day = plugin.indexer.today;
    app.vault.ensureFolder(`1-1s/Kenji Watanabe/${day} Kenji Watanabe.md`);
    const before = app.vault.getMarkdownFiles().length;
    await plugin.startOneOnOne('People/Kenji Watanabe.md');
    await settle(app);
    expect(app.vault.getMarkdownFiles().length).toBe(before);
    expect(shownNotices.join('\n')).toContain(`"1-1s/Kenji Watanabe/${day} Kenji Watanabe.md" is a folder`);
  });
});
