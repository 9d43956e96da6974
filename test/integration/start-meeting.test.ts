import { describe, expect, it, vi } from 'vitest';
import { readDemoVault } from '../support/demo-vault';
import { shownNotices } from '../fake-obsidian/notice';
import type { TFile } from '../fake-obsidian/vault';
import type { App } from '../fake-obsidian/app';
import { onTheReferenceDay, settle, startSettled } from '../support/plugin-harness';

const PRIYA = 'People/Priya Raman.md';
const TODAY_NOTE = '1-1s/Priya Raman/2026-11-20 Priya Raman.md';

onTheReferenceDay(new Date(2026, 10, 20, 9, 30));

function openMarkers(text: string): string[] {
  return text.split('\n').filter((line) => /^\s*(>\s*)*[-*+] \[[ /]\]/.test(line));
}

describe('Start 1:1 with Priya on the demo vault', () => {
  it('writes the note with her queued points, every open item carried, and marks the earlier copies', async () => {
    const { app, plugin } = await startSettled();
    const before = new Map(app.vault.getMarkdownFiles().map((f) => [f.path, app.vault.peek(f.path) ?? '']));
    await plugin.startOneOnOne(PRIYA);
    await settle(app);
    const note = app.vault.peek(TODAY_NOTE) ?? '';
    expect(note).toMatch(/^---\nperson: "\[\[Priya Raman\]\]"\ndate: 2026-11-20\ntags: \[1on1\]\n---\n/);
    expect(note).toContain('- [ ] Rebook the 1:1 we lost on Nov 6, and apologise for letting it slide');
    expect(note).toContain('Previous 1:1: [[2026-10-30|Oct 30]] (21 days ago) · cadence: weekly');
    expect(note).toContain('> [!warning] 1 item has been carried 3 times or more: do it, hand it over, or drop it.');
    expect(note).toContain('- [ ] @me find budget for Priya\'s conference trip ([[1-1s/Priya Raman/2026-10-09|from Oct 9]] ×4) 📅 2026-11-13');
    expect(note).toContain('- [ ] @me prepare Priya\'s promotion packet ([[1-1s/Priya Raman/2026-10-30|from Oct 30]]) [due:: 2026-11-25]\n    - [ ] @me collect peer feedback for the packet 📅 2026-11-13');
    // Every item open before is now open only in the new note.
    const openBefore = [...before].filter(([path]) => path.startsWith('1-1s/Priya Raman/')).flatMap(([, text]) => openMarkers(text));
    const openAfterElsewhere = app.vault.getMarkdownFiles().filter((f) => f.path.startsWith('1-1s/Priya Raman/') && f.path !== TODAY_NOTE).flatMap((f) => openMarkers(app.vault.peek(f.path) ?? ''));
    expect(openAfterElsewhere).toEqual([]);
    // …and her three queued points are boxes on the agenda, to tick when discussed.
    expect(openMarkers(note).length).toBe(openBefore.length + 3);
    // Earlier notes changed only in their status characters.
    for (const [path, text] of before) {
      if (path === TODAY_NOTE || path === PRIYA) continue;
      const now = app.vault.peek(path) ?? '';
      expect(now.length).toBe(text.length);
      for (let i = 0; i < text.length; i++) if (now[i] !== text[i]) expect(now[i]).toBe('>');
    }
    // The queue left the person note only after the note was written.
    expect(app.vault.peek(PRIYA)).not.toContain('Rebook the 1:1');
    expect(app.vault.peek(PRIYA)).toContain('## Next 1:1');
    expect(app.workspace.getActiveFile()?.path).toBe(TODAY_NOTE);
    const index = plugin.indexer.index;
    expect(index.actionsOf(PRIYA).filter((a) => a.meetingPath !== TODAY_NOTE)).toEqual([]);
  });

  it('opens the same note when started again the same day, or twice at once, and carries nothing twice', async () => {
    const { app, plugin } = await startSettled();
    await Promise.all([plugin.startOneOnOne(PRIYA), plugin.startOneOnOne(PRIYA)]);
    await settle(app);
    const first = app.vault.peek(TODAY_NOTE);
    await plugin.startOneOnOne(PRIYA);
    await settle(app);
    expect(app.vault.getMarkdownFiles().filter((f) => f.path.startsWith('1-1s/Priya Raman/2026-11-20'))).toHaveLength(1);
    expect(app.vault.peek(TODAY_NOTE)).toBe(first);
  });

  it('with "leave earlier notes untouched", copies without marking and never copies an item twice', async () => {
    const { app, plugin } = await startSettled({ dataJson: JSON.stringify({ leaveEarlierUntouched: true }) });
    const counts = plugin.indexer.index.openCounts(PRIYA);
    const earlier = app.vault.peek('1-1s/Priya Raman/2026-10-30.md');
    await plugin.startOneOnOne(PRIYA);
    await settle(app);
    expect(app.vault.peek('1-1s/Priya Raman/2026-10-30.md')).toBe(earlier);
    vi.setSystemTime(new Date(2026, 10, 27, 9));
    window.dispatchEvent(new Event('focus'));
    await plugin.startOneOnOne(PRIYA);
    await settle(app);
    const next = app.vault.peek('1-1s/Priya Raman/2026-11-27.md') ?? '';
    const lines = openMarkers(next).map((l) => l.replace(/\s*\(\[\[.*?\]\](?: ×\d+)?\)/, ''));
    expect(new Set(lines).size).toBe(lines.length);
    expect(plugin.indexer.index.openCounts(PRIYA)).toEqual(counts);
  });

  it('leaves a line that changed meanwhile open, and says which', async () => {
    const { app, plugin } = await startSettled();
    const path = '1-1s/Priya Raman/2026-10-30.md';
    const file = app.vault.getFileByPath(path) as TFile;
    // Another device edits the note between our read and our write: simulated by changing it on create.
    const ref = app.vault.on('create', () => void app.vault.process(file, (t) => t.replace('book a room for the ledger demo', 'book a bigger room for the ledger demo')));
    await plugin.startOneOnOne(PRIYA);
    app.vault.offref(ref);
    await settle(app);
    expect(app.vault.peek(path)).toContain('- [ ] book a bigger room for the ledger demo');
    expect(shownNotices.some((n) => n.includes('changed meanwhile') && n.includes(path))).toBe(true);
    // Open in one place: the line that changed stays open there, and its copy leaves the new note.
    expect(app.vault.peek(TODAY_NOTE)).not.toContain('book a room for the ledger demo');
    expect(app.vault.peek(TODAY_NOTE)).toContain('write up the cutover retro');
  });

  it('survives another plugin rewriting the new note as it is created (Templater on new files)', async () => {
    const { app, plugin } = await startSettled();
    let creates = 0;
    app.vault.on('create', (file) => {
      creates++;
      if ((file as TFile).path === TODAY_NOTE) void app.vault.process(file as TFile, (t) => t.replace('## Notes', '## Notes\nwritten by Templater'));
    });
    await plugin.startOneOnOne(PRIYA);
    await settle(app);
    const note = app.vault.peek(TODAY_NOTE) ?? '';
    expect(note).toContain('written by Templater');
    expect(note).toContain('Rebook the 1:1 we lost on Nov 6');
    expect(note.match(/Rebook the 1:1/g)).toHaveLength(1);
    expect(creates).toBe(1);
  });
});

describe('templates', () => {
  it('uses the template file from settings, and falls back to the built-in one with a notice when it is missing', async () => {
    const { app, plugin } = await startSettled({ dataJson: JSON.stringify({ templateFile: 'Templates/1-1 meeting.md' }) });
    await plugin.startOneOnOne('People/Aisha Mensah.md');
    await settle(app);
    const note = app.vault.peek('1-1s/Aisha Mensah/2026-11-20 Aisha Mensah.md') ?? '';
    expect(note).toContain('## Questions to try');
    expect(note).toContain('How are you doing, 1 to 10?');
    expect(note).toMatch(/^---\nperson: "\[\[Aisha Mensah\]\]"\ndate: 2026-11-20\nmood:\ntags: \[1on1\]\n---/);

    const other = await startSettled({ dataJson: JSON.stringify({ templateFile: 'Templates/Gone.md' }) });
    await other.plugin.startOneOnOne('People/Aisha Mensah.md');
    await settle(other.app);
    expect(shownNotices).toContain('One-on-ones: the template "Templates/Gone.md" was not found; the built-in template was used.');
    expect(other.app.vault.peek('1-1s/Aisha Mensah/2026-11-20 Aisha Mensah.md')).toContain('## Action items');
  });

  it('creates valid properties when the template has broken ones, and says so', async () => {
    const files = { ...readDemoVault(), 'Templates/Broken.md': '---\nperson: [oops\n---\n## Agenda\n{{agenda}}\n' };
    const { app, plugin } = await startSettled({ files, dataJson: JSON.stringify({ templateFile: 'Templates/Broken.md' }) });
    await plugin.startOneOnOne('People/Kenji Watanabe.md');
    await settle(app);
    expect(app.vault.peek('1-1s/Kenji Watanabe/2026-11-20 Kenji Watanabe.md')).toMatch(/^---\nperson: "\[\[Kenji Watanabe\]\]"\ndate: 2026-11-20\ntags: \[1on1\]\n---\n## Agenda\n- /);
    expect(shownNotices.some((n) => n.includes('not valid YAML'))).toBe(true);
  });
});

describe('people commands', () => {
  it('queues a talking point under the heading, adding the heading when the note has none', async () => {
    const { app, plugin } = await startSettled();
    await plugin.addTalkingPoint('People/Lucas Ferreira.md');
    const input = document.body.find('.modal input') as HTMLInputElement;
    input.value = 'Ask about the on-call rota';
    (document.body.findAll('.modal button').find((b) => b.getText() === 'Add') as HTMLElement).click();
    await settle(app);
    expect(app.vault.peek('People/Lucas Ferreira.md')).toMatch(/## Next 1:1\n- Ask about the on-call rota\n$/);
  });

  it('refuses an empty talking point in the form', async () => {
    const { plugin } = await startSettled();
    await plugin.addTalkingPoint('People/Lucas Ferreira.md');
    (document.body.findAll('.modal button').find((b) => b.getText() === 'Add') as HTMLElement).click();
    expect(document.body.find('.one-on-ones-prompt-problem')?.getText()).toBe('Write the talking point first.');
  });

  /** "Log cancelled 1:1 with…", the person picked by typing part of their name and Enter. */
  async function logCancelledFor(app: App, typed: string): Promise<void> {
    app.commands.executeCommandById('one-on-ones:log-cancelled');
    const picker = document.body.find('.prompt-input') as HTMLInputElement;
    picker.value = typed;
    picker.trigger('input');
    await new Promise((resolve) => setTimeout(resolve, 0));
    picker.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
  }

  it('logs a cancelled 1:1 with a new date, which clears the flag; without one the flag stays', async () => {
    const { app } = await startSettled();
    await logCancelledFor(app, 'lucas');
    const [day, moved] = document.body.findAll('.modal input') as HTMLInputElement[];
    expect(day?.value).toBe('2026-11-20');
    if (moved) moved.value = '2026-11-24';
    const log = () => (document.body.findAll('.modal button').find((b) => b.getText() === 'Log') as HTMLElement).click();
    log();
    // Nothing is written until the days, in words, are confirmed; Enter on the focused button confirms.
    await settle(app);
    expect(app.vault.peek('1-1s/Lucas Ferreira/2026-11-20 Lucas Ferreira.md')).toBeUndefined();
    expect(document.body.find('.modal .modal-content')?.getText()).toBe(
      'The 1:1 with Lucas Ferreira on Friday, November 20, 2026 is logged as cancelled, moved to Tuesday, November 24, 2026.',
    );
    expect(document.body.find('.modal.mod-confirmation .modal-title')?.getText()).toBe('Log a cancelled 1:1?');
    expect(document.activeElement?.getText()).toBe('Log');
    log();
    await settle(app);
    expect(app.vault.peek('1-1s/Lucas Ferreira/2026-11-20 Lucas Ferreira.md')).toContain('status: cancelled');
    expect(app.vault.peek('1-1s/Lucas Ferreira/2026-11-24 Lucas Ferreira.md')).toContain('status: planned');
  });

  it('writes no cancelled 1:1 when its confirmation is cancelled', async () => {
    const { app } = await startSettled();
    await logCancelledFor(app, 'lucas');
    (document.body.findAll('.modal button').find((b) => b.getText() === 'Log') as HTMLElement).click();
    expect(document.body.find('.modal .modal-content')?.getText()).toBe('The 1:1 with Lucas Ferreira on Friday, November 20, 2026 is logged as cancelled.');
    (document.body.findAll('.modal button').find((b) => b.getText() === 'Cancel') as HTMLElement).click();
    await settle(app);
    expect(document.body.find('.modal')).toBeNull();
    expect(app.vault.peek('1-1s/Lucas Ferreira/2026-11-20 Lucas Ferreira.md')).toBeUndefined();
  });

  it('creates a person from the picker and starts the 1:1', async () => {
    const { app } = await startSettled();
    app.commands.executeCommandById('one-on-ones:start');
    const picker = document.body.find('.prompt-input') as HTMLInputElement;
    picker.value = 'Zoë: new/hire';
    picker.trigger('input');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(document.body.find('.suggestion-item.is-selected')?.getText()).toContain('Create person "Zoë: new/hire"');
    picker.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    await settle(app);
    // The name as typed stays as an alias: the file name could not hold ":" and "/".
    expect(app.vault.peek('People/Zoë new hire.md')).toBe('---\ncadence: biweekly\naliases: ["Zoë: new/hire"]\n---\n\n## Next 1:1\n');
    expect(app.vault.peek('1-1s/Zoë new hire/2026-11-20 Zoë new hire.md')).toContain('person: "[[Zoë new hire]]"');
  });

  it('offers "Start 1:1 with this person" only on a person or meeting note', async () => {
    const { app } = await startSettled();
    expect(app.commands.isAvailable('one-on-ones:start-this-person')).toBe(false);
    await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath('1-1s/Daniel Kowalczyk/2026-10-28.md') as TFile);
    expect(app.commands.isAvailable('one-on-ones:start-this-person')).toBe(true);
  });
});

describe('Start 1:1, review cases', () => {
  it('does not reopen a cancelled note for today: the 1:1 gets a note of its own', async () => {
    const { app, plugin } = await startSettled();
    const cancelled = '---\nperson: "[[Lucas Ferreira]]"\ndate: 2026-11-20\nstatus: cancelled\ntags: [1on1]\n---\n';
    await app.vault.create('1-1s/Lucas Ferreira/2026-11-20 Lucas Ferreira.md', cancelled);
    await settle(app);
    await plugin.startOneOnOne('People/Lucas Ferreira.md');
    await settle(app);
    expect(app.vault.peek('1-1s/Lucas Ferreira/2026-11-20 Lucas Ferreira.md')).toBe(cancelled);
    expect(app.vault.peek('1-1s/Lucas Ferreira/2026-11-20 Lucas Ferreira 2.md')).toContain('date: 2026-11-20');
    expect(app.workspace.getActiveFile()?.path).toBe('1-1s/Lucas Ferreira/2026-11-20 Lucas Ferreira 2.md');
  });

  it('marks nothing and keeps the queue when another note took the path first (a sync)', async () => {
    const { app, plugin } = await startSettled();
    const before = app.vault.peek('1-1s/Priya Raman/2026-10-30.md');
    const queue = app.vault.peek(PRIYA);
    const create = app.vault.create.bind(app.vault);
    app.vault.create = async (path: string, data: string) => {
      app.vault.create = create;
      await create(path, '---\nperson: "[[Priya Raman]]"\ndate: 2026-11-20\n---\nsynced from the phone\n');
      throw new Error('File already exists.');
    };
    await plugin.startOneOnOne(PRIYA);
    await settle(app);
    expect(app.vault.peek(TODAY_NOTE)).toContain('synced from the phone');
    expect(app.vault.peek('1-1s/Priya Raman/2026-10-30.md')).toBe(before);
    expect(app.vault.peek(PRIYA)).toBe(queue);
  });

  it('waits for the first indexing to finish instead of starting half-informed', async () => {
    const { app, plugin } = await startSettled();
    const build = plugin.indexer.rebuild();
    await plugin.startOneOnOne(PRIYA);
    expect(app.vault.peek(TODAY_NOTE)).toBeUndefined();
    expect(shownNotices.at(-1)).toContain('still reading your meeting notes');
    await build;
  });
});

describe('Start 1:1 on another day with…', () => {
  /** Picks the person by typing part of their name and Enter, then types the day. */
  async function askDayFor(app: App, typed: string, day: string): Promise<{ field: HTMLInputElement; preview: () => string }> {
    app.commands.executeCommandById('one-on-ones:start-on-day');
    const picker = document.body.find('.prompt-input') as HTMLInputElement;
    picker.value = typed;
    picker.trigger('input');
    await new Promise((resolve) => setTimeout(resolve, 0));
    picker.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    const field = document.body.find('.modal input') as HTMLInputElement;
    field.value = day;
    field.trigger('input');
    return { field, preview: () => document.body.find('.modal .setting-item-description')?.getText() ?? '' };
  }

  const enter = (field: HTMLInputElement) => field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));

  it('writes the note of a 1:1 held yesterday, dated that day, carrying what was open before it, and opens it', async () => {
    const { app } = await startSettled();
    const { field, preview } = await askDayFor(app, 'lucas', 'yesterday');
    expect(preview()).toBe('Thursday, November 19, 2026 · yesterday: carries what was open in the 1:1s before it');
    enter(field);
    await settle(app);
    const path = '1-1s/Lucas Ferreira/2026-11-19 Lucas Ferreira.md';
    const note = app.vault.peek(path) ?? '';
    expect(note).toMatch(/^---\nperson: "\[\[Lucas Ferreira\]\]"\ndate: 2026-11-19\ntags: \[1on1\]\n---\nPrevious 1:1: \[\[2026-11-13\|Nov 13\]\] \(6 days ago\)/);
    expect(note).not.toContain('status: planned');
    expect(app.workspace.getActiveFile()?.path).toBe(path);
    expect(shownNotices.at(-1)).toBe('One-on-ones: started your 1:1 with Lucas Ferreira held on Thursday, Nov 19.Undo');
  });

  it('writes a planned 1:1 for a day ahead, carrying nothing yet', async () => {
    const { app } = await startSettled();
    const { field, preview } = await askDayFor(app, 'priya', 'in 3 days');
    expect(preview()).toContain('Monday, November 23, 2026 · in 3 days: a planned 1:1');
    enter(field);
    await settle(app);
    const note = app.vault.peek('1-1s/Priya Raman/2026-11-23 Priya Raman.md') ?? '';
    expect(note).toContain('\nstatus: planned\n');
    expect(note).toContain('## Agenda\n- [ ] Rebook the 1:1 we lost on Nov 6');
    expect(note).not.toContain('from Oct');
    expect(shownNotices.at(-1)).toBe('One-on-ones: wrote your 1:1 with Priya Raman planned for Monday, Nov 23.Undo');
  });

  it('says when the day has its 1:1 note already, and opens it rather than writing a second', async () => {
    const { app } = await startSettled();
    const before = app.vault.getMarkdownFiles().length;
    const { field, preview } = await askDayFor(app, 'lucas', 'last friday');
    expect(preview()).toBe('Friday, November 13, 2026 · has its 1:1 note already: Start opens it');
    enter(field);
    await settle(app);
    expect(app.workspace.getActiveFile()?.path).toBe('1-1s/Lucas Ferreira/2026-11-13.md');
    expect(app.vault.getMarkdownFiles().length).toBe(before);
  });

  it('names a day that is not a day in the form, and writes nothing', async () => {
    const { app } = await startSettled();
    const before = app.vault.getMarkdownFiles().length;
    const { field, preview } = await askDayFor(app, 'lucas', 'someday');
    expect(preview()).toContain('"someday" is not a day: type YYYY-MM-DD');
    enter(field);
    await settle(app);
    expect(document.body.find('.one-on-ones-prompt-problem')?.getText()).toContain('"someday" is not a day');
    expect(app.vault.getMarkdownFiles().length).toBe(before);
  });
});
