// Each bad-input case of issue 8 against the fake vault, asserting the note's bytes afterwards.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { scanActionItems } from '../../src/core/tasks/actions';
import type { CalendarDay } from '../../src/core/calendar/dates';
import { planToggle } from '../../src/core/query/plan-toggle';
import type { PlannedEdit } from '../../src/core/tasks/task-edit';
import { LineWriter } from '../../src/obsidian/platform/line-writer';
import { type App, createFakeApp } from '../fake-obsidian/app';
import type { MarkdownView } from '../fake-obsidian/workspace';

const PATH = '1-1s/Alice/2026-11-20.md';
const TODAY = '2026-11-20' as CalendarDay;

afterEach(() => {
  vi.restoreAllMocks();
  document.body.empty();
});

function setup(text: string): { app: App; writer: LineWriter } {
  const app = createFakeApp({ files: { [PATH]: text } });
  return { app, writer: new LineWriter(app as never) };
}

/** The click a rollup would plan from the note as it was indexed. */
function click(indexedText: string, task = 0, path = PATH): PlannedEdit {
  const item = scanActionItems(indexedText, 'Agenda')[task];
  if (!item) throw new Error(`no task ${task}`);
  const edit = planToggle(path, item, TODAY, true);
  if (!edit) throw new Error('nothing planned');
  return edit;
}

async function write(app: App, text: string): Promise<void> {
  const file = app.vault.getFileByPath(PATH);
  if (!file) throw new Error('gone');
  await app.vault.modify(file, text);
}

describe('LineWriter', () => {
  it('toggles the line at its indexed place', async () => {
    const text = '# Notes\n- [ ] send the draft\n- [ ] book a room\n';
    const { app, writer } = setup(text);
    expect(await writer.apply(click(text, 1))).toEqual({ ok: true, line: 2 });
    expect(app.vault.peek(PATH)).toBe('# Notes\n- [ ] send the draft\n- [x] book a room ✅ 2026-11-20\n');
  });

  it('follows the task when lines were inserted above since indexing (stale line number)', async () => {
    const indexed = '- [ ] send the draft\n- [ ] book a room\n';
    const { app, writer } = setup(indexed);
    await write(app, '## Added later\nsomething\n- [ ] send the draft\n- [ ] book a room\n');
    expect(await writer.apply(click(indexed, 1))).toEqual({ ok: true, line: 3 });
    expect(app.vault.peek(PATH)).toBe('## Added later\nsomething\n- [ ] send the draft\n- [x] book a room ✅ 2026-11-20\n');
  });

  it('refuses when the task text was edited, naming the file, and writes nothing', async () => {
    const indexed = '- [ ] send the draft\n';
    const { app, writer } = setup(indexed);
    await write(app, '- [ ] send the final draft\n');
    const result = await writer.apply(click(indexed));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toContain(`"${PATH}"`);
    expect(app.vault.peek(PATH)).toBe('- [ ] send the final draft\n');
  });

  it('with two identical task lines, writes the indexed one, and refuses once they moved', async () => {
    const indexed = '- [ ] follow up\n- [ ] follow up\n';
    const { app, writer } = setup(indexed);
    expect(await writer.apply(click(indexed, 1))).toEqual({ ok: true, line: 1 });
    expect(app.vault.peek(PATH)).toBe('- [ ] follow up\n- [x] follow up ✅ 2026-11-20\n');

    await write(app, indexed);
    await write(app, `intro\n${indexed}`);
    const moved = await writer.apply(click(indexed, 0));
    expect(moved.ok).toBe(false);
    expect(!moved.ok && moved.reason).toMatch(/appears 2 times/);
    expect(app.vault.peek(PATH)).toBe('intro\n- [ ] follow up\n- [ ] follow up\n');
  });

  it('refuses when the indexed line is now past the end of the file', async () => {
    const indexed = 'a\nb\nc\n- [ ] last thing';
    const { app, writer } = setup(indexed);
    await write(app, 'a\n');
    expect((await writer.apply(click(indexed))).ok).toBe(false);
    expect(app.vault.peek(PATH)).toBe('a\n');
  });

  it('turns two fast clicks on one task into one toggle', async () => {
    const indexed = '- [ ] send the draft\n';
    const { app, writer } = setup(indexed);
    const [first, second] = await Promise.all([writer.apply(click(indexed)), writer.apply(click(indexed))]);
    expect(first).toEqual({ ok: true, line: 0 });
    expect(second.ok).toBe(false);
    expect(app.vault.peek(PATH)).toBe('- [x] send the draft ✅ 2026-11-20\n');
  });

  it('lands two toggles in one file at once', async () => {
    const indexed = '- [ ] one\n- [ ] two\n- [ ] three\n';
    const { app, writer } = setup(indexed);
    const results = await Promise.all([writer.apply(click(indexed, 0)), writer.apply(click(indexed, 2))]);
    expect(results).toEqual([
      { ok: true, line: 0 },
      { ok: true, line: 2 },
    ]);
    expect(app.vault.peek(PATH)).toBe('- [x] one ✅ 2026-11-20\n- [ ] two\n- [x] three ✅ 2026-11-20\n');
  });

  it('refuses when the file was deleted or renamed after render, and creates nothing', async () => {
    const indexed = '- [ ] send the draft\n';
    const { app, writer } = setup(indexed);
    const file = app.vault.getFileByPath(PATH);
    if (!file) throw new Error('missing');
    await app.vault.rename(file, '1-1s/Alice/renamed.md');
    const renamed = await writer.apply(click(indexed));
    expect(renamed).toEqual({ ok: false, reason: `Could not change "${PATH}": the note was renamed or deleted. Nothing was written.` });
    expect(app.vault.peek(PATH)).toBeUndefined();
    expect(app.vault.peek('1-1s/Alice/renamed.md')).toBe(indexed);
    await app.vault.delete(file);
    expect((await writer.apply(click(indexed, 0, '1-1s/Alice/renamed.md'))).ok).toBe(false);
    expect(app.vault.getFiles()).toEqual([]);
  });

  it('keeps \\r\\n line endings byte for byte', async () => {
    const indexed = '---\r\ndate: 2026-11-20\r\n---\r\n- [x] done ✅ 2026-11-01\r\n- [ ] open\r\n';
    const { app, writer } = setup(indexed);
    await writer.apply(click(indexed, 0));
    await writer.apply(click(indexed, 1));
    expect(app.vault.peek(PATH)).toBe('---\r\ndate: 2026-11-20\r\n---\r\n- [ ] done\r\n- [x] open ✅ 2026-11-20\r\n');
  });

  it('writes through the editor when the note is open, so unsaved typing survives', async () => {
    const indexed = '- [ ] send the draft\n';
    const { app, writer } = setup(indexed);
    const leaf = app.workspace.getLeaf() as unknown as { openFile(f: unknown): Promise<void>; view: MarkdownView };
    await leaf.openFile(app.vault.getFileByPath(PATH));
    const { editor } = leaf.view;
    editor.replaceRange('Typed, not saved yet\n', { line: 0, ch: 0 });
    expect(await writer.apply(click(indexed))).toEqual({ ok: true, line: 1 });
    expect(editor.getValue()).toBe('Typed, not saved yet\n- [x] send the draft ✅ 2026-11-20\n');
    expect(app.vault.peek(PATH)).toBe(indexed);
    await leaf.view.save();
    expect(app.vault.peek(PATH)).toBe('Typed, not saved yet\n- [x] send the draft ✅ 2026-11-20\n');
  });

  it('writes the file, not the editor, when the note is open in reading view', async () => {
    const indexed = '- [ ] send the draft\n';
    const { app, writer } = setup(indexed);
    const leaf = app.workspace.getLeaf() as unknown as { setViewState(s: unknown): Promise<void> };
    await leaf.setViewState({ type: 'markdown', state: { file: PATH, mode: 'preview' } });
    expect(await writer.apply(click(indexed))).toEqual({ ok: true, line: 0 });
    expect(app.vault.peek(PATH)).toBe('- [x] send the draft ✅ 2026-11-20\n');
  });

  it('never throws: a failing write becomes a reason', async () => {
    const indexed = '- [ ] send the draft\n';
    const { app, writer } = setup(indexed);
    vi.spyOn(app.vault, 'process').mockRejectedValue(new Error('EACCES: permission denied'));
    expect(await writer.apply(click(indexed))).toEqual({ ok: false, reason: `Could not change "${PATH}": EACCES: permission denied. Nothing was written.` });
    expect(app.vault.peek(PATH)).toBe(indexed);
    // The queue for the file keeps working after a failure.
    vi.restoreAllMocks();
    expect(await writer.apply(click(indexed))).toEqual({ ok: true, line: 0 });
  });
});
