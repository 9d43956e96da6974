// Undo for every write made from a click: the notice's button and the "Undo the last change from a
// click" command put back the exact text from before, through the one writer, and never take back
// what the user typed since.
import { describe, expect, it } from 'vitest';
import { scanActionItems } from '../../src/core/tasks/actions';
import type { CalendarDay } from '../../src/core/calendar/dates';
import { planToggle } from '../../src/core/query/plan-toggle';
import { LineWriter } from '../../src/obsidian/platform/line-writer';
import { offerUndo } from '../../src/obsidian/ui/undo-notice';
import { createFakeApp, type App } from '../fake-obsidian/app';
import { shownNotices } from '../fake-obsidian/notice';
import type { MarkdownView } from '../fake-obsidian/workspace';
import { eventually } from '../support/eventually';
import { onTheReferenceDay, settle, startSettled } from '../support/plugin-harness';

onTheReferenceDay();

const PATH = '1-1s/Alice/2026-11-20 Alice.md';
const TODAY = '2026-11-20' as CalendarDay;

function tick(text: string, task = 0) {
  const item = scanActionItems(text, 'Agenda')[task];
  const edit = item && planToggle(PATH, item, TODAY, true);
  if (!edit) throw new Error(`no task ${task}`);
  return edit;
}

async function modify(app: App, path: string, text: string): Promise<void> {
  const file = app.vault.getFileByPath(path);
  if (!file) throw new Error(`no ${path}`);
  await app.vault.modify(file, text);
}

function undoButton(): HTMLElement {
  const button = document.body.findAll('.notice button').find((b) => b.getText() === 'Undo');
  if (!button) throw new Error('no notice with Undo');
  return button;
}

/** Every note of the vault with its text, to compare a vault before and after. */
function files(app: App): Record<string, string | undefined> {
  return Object.fromEntries(app.vault.getMarkdownFiles().map((file) => [file.path, app.vault.peek(file.path)]));
}

describe('the line writer takes back a recording', () => {
  it('puts back the exact bytes of a tick (CRLF, BOM) and keeps what was typed since on other lines', async () => {
    const text = '\uFEFF# 1:1\r\n- [ ] send the draft\r\n- [ ] book a room\r\n';
    const app = createFakeApp({ files: { [PATH]: text } });
    const recording = new LineWriter(app as never).recording();
    expect(await recording.apply(tick(text, 1))).toEqual({ ok: true, line: 2 });
    expect(app.vault.peek(PATH)).toBe('\uFEFF# 1:1\r\n- [ ] send the draft\r\n- [x] book a room ✅ 2026-11-20\r\n');
    await modify(app, PATH, `${app.vault.peek(PATH) ?? ''}Typed after the tick\r\n`);
    expect(await recording.undo()).toEqual([]);
    expect(app.vault.peek(PATH)).toBe(`${text}Typed after the tick\r\n`);
    // A recording is taken back once.
    expect(recording.changes).toEqual([]);
  });

  it('leaves a line the user changed since, and says so', async () => {
    const text = '- [ ] send the draft\n';
    const app = createFakeApp({ files: { [PATH]: text } });
    const recording = new LineWriter(app as never).recording();
    await recording.apply(tick(text));
    await modify(app, PATH, '- [x] send the final draft ✅ 2026-11-20\n');
    expect(await recording.undo()).toEqual([`"${PATH}" was changed where the plugin wrote.`, 'Nothing was undone.']);
    expect(app.vault.peek(PATH)).toBe('- [x] send the final draft ✅ 2026-11-20\n');
  });

  it('goes through the open editor, keeping its unsaved typing', async () => {
    const text = '- [ ] send the draft\n';
    const app = createFakeApp({ files: { [PATH]: text } });
    const leaf = app.workspace.getLeaf() as unknown as { openFile(f: unknown): Promise<void>; view: MarkdownView };
    await leaf.openFile(app.vault.getFileByPath(PATH));
    const recording = new LineWriter(app as never).recording();
    await recording.apply(tick(text));
    leaf.view.editor.replaceRange('Typed, not saved\n', { line: 1, ch: 0 });
    expect(await recording.undo()).toEqual([]);
    expect(leaf.view.editor.getValue()).toBe('- [ ] send the draft\nTyped, not saved\n');
  });

  it('moves a note it created to the trash, unless it was changed since', async () => {
    const app = createFakeApp({ files: {} });
    const writer = new LineWriter(app as never);
    const first = writer.recording();
    await first.create('People/Noor.md', 'cadence: weekly\n');
    expect(await first.undo()).toEqual([]);
    expect(app.vault.getFileByPath('People/Noor.md')).toBeNull();
    const second = writer.recording();
    await second.create('People/Noor.md', 'cadence: weekly\n');
    await modify(app, 'People/Noor.md', 'cadence: weekly\nMy notes\n');
    expect(await second.undo()).toEqual(['"People/Noor.md" was changed since it was made.', 'Nothing was undone.']);
    expect(app.vault.peek('People/Noor.md')).toBe('cadence: weekly\nMy notes\n');
  });

  it('a recording that wrote nothing gets its message without Undo', () => {
    shownNotices.length = 0;
    offerUndo('One-on-ones: nothing happened.', new LineWriter(createFakeApp({ files: {} }) as never).recording());
    expect(shownNotices).toEqual(['One-on-ones: nothing happened.']);
    expect(document.body.findAll('.notice button')).toEqual([]);
  });
});

describe('Undo in the plugin', () => {
  it('takes back a whole start: the new note, the [>] marks and the talking points leave as they came', async () => {
    const { app, plugin } = await startSettled();
    const before = files(app);
    await plugin.startOneOnOne('People/Priya Raman.md');
    await settle(app);
    const made = Object.keys(files(app)).filter((path) => !(path in before));
    expect(made).toEqual(['1-1s/Priya Raman/2026-11-20 Priya Raman.md']);
    expect(shownNotices.at(-1)).toBe('One-on-ones: started your 1:1 with Priya Raman.Undo');
    undoButton().click();
    await eventually(() => expect(shownNotices.at(-1)).toBe('One-on-ones: undone.'));
    expect(files(app)).toEqual(before);
  });

  it('"Undo the last change from a click" takes back the last start from the keyboard, once', async () => {
    const { app, plugin } = await startSettled();
    const before = files(app);
    await plugin.startOneOnOne('People/Priya Raman.md');
    await settle(app);
    app.commands.executeCommandById('one-on-ones:undo-last');
    await eventually(() => expect(shownNotices.at(-1)).toBe('One-on-ones: undone.'));
    expect(files(app)).toEqual(before);
    app.commands.executeCommandById('one-on-ones:undo-last');
    await eventually(() => expect(shownNotices.at(-1)).toBe('One-on-ones: there is no change to undo.'));
  });

  it('takes back nothing of a start when any part of it cannot be: the note written in, an earlier note edited where it was marked, a note renamed', async () => {
    const note = '1-1s/Priya Raman/2026-11-20 Priya Raman.md';
    const earlier = '1-1s/Priya Raman/2026-10-30.md';
    const cases: [string, (app: App) => Promise<void>, string][] = [
      ['written in', (app) => modify(app, note, `${app.vault.peek(note) ?? ''}She wants to lead the ledger demo.\n`), `"${note}" was changed since it was made.`],
      ['marked line edited', (app) => modify(app, earlier, (app.vault.peek(earlier) ?? '').replace(/- \[>\] (.*)\n/, '- [>] $1 (checked)\n')), `"${earlier}" was changed where the plugin wrote.`],
      [
        'earlier note renamed',
        async (app) => {
          const file = app.vault.getFileByPath(earlier);
          if (file) await app.fileManager.renameFile(file, '1-1s/Priya Raman/2026-10-30 renamed.md');
        },
        `"${earlier}" was renamed or deleted since.`,
      ],
    ];
    for (const [, change, problem] of cases) {
      shownNotices.length = 0;
      document.body.empty();
      const { app, plugin } = await startSettled();
      await plugin.startOneOnOne('People/Priya Raman.md');
      await settle(app);
      await change(app);
      await settle(app);
      const afterChange = files(app);
      undoButton().click();
      // (A rename also rewrites the links in the new note, which then counts as changed as well.)
      await eventually(() => expect(shownNotices.at(-1)).toMatch(/^One-on-ones: could not undo\. .* Nothing was undone\.$/));
      expect(shownNotices.at(-1)).toContain(problem);
      // Every item stays open in exactly one place: the new note and the [>] marks stay together.
      expect(files(app)).toEqual(afterChange);
    }
  });
});
