// The one note creator (LineWriter.create): a note with every folder it needs, never written over
// anything, and a refusal that names what is in the way. Every command that makes a note uses it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LineWriter } from '../../src/obsidian/platform/line-writer';
import { type App, createFakeApp } from '../fake-obsidian/app';
import { shownNotices } from '../fake-obsidian/notice';
import { settle, startSettled } from '../support/plugin-harness';

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  shownNotices.length = 0;
  document.body.empty();
});

function setup(files: Record<string, string> = {}): { app: App; writer: LineWriter } {
  const app = createFakeApp({ files });
  return { app, writer: new LineWriter(app as never) };
}

/** Obsidian's `createFolder` on a platform that makes one level only: the parent must be there. */
function oneLevelAtATime(app: App): string[] {
  const made: string[] = [];
  const real = app.vault.createFolder.bind(app.vault);
  vi.spyOn(app.vault, 'createFolder').mockImplementation(async (path: string) => {
    const parent = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
    if (parent !== '' && !app.vault.getFolderByPath(parent)) throw new Error(`ENOENT: no such directory '${parent}'`);
    made.push(path);
    return real(path);
  });
  return made;
}

describe('the note creator', () => {
  it('makes every missing folder, outermost first, then the note', async () => {
    const { app, writer } = setup({ 'Work/readme.md': 'x\n' });
    const made = oneLevelAtATime(app);
    const result = await writer.create('Work/Team/1-1s/Alice Smith/2026-11-20 Alice Smith.md', 'note\n');
    expect(result).toEqual({ file: app.vault.getFileByPath('Work/Team/1-1s/Alice Smith/2026-11-20 Alice Smith.md'), created: true });
    expect(made).toEqual(['Work/Team', 'Work/Team/1-1s', 'Work/Team/1-1s/Alice Smith']);
    expect(app.vault.peek('Work/Team/1-1s/Alice Smith/2026-11-20 Alice Smith.md')).toBe('note\n');
  });

  it('creates at the vault root without making a folder', async () => {
    const { app, writer } = setup();
    const createFolder = vi.spyOn(app.vault, 'createFolder');
    expect(await writer.create('Top.md', 'x\n')).toMatchObject({ created: true });
    expect(createFolder).not.toHaveBeenCalled();
  });

  it('refuses a note already at the path: returned as it is, never written over', async () => {
    const { app, writer } = setup({ 'People/Alice.md': 'mine\n' });
    const create = vi.spyOn(app.vault, 'create');
    expect(await writer.create('People/Alice.md', 'new\n')).toEqual({ file: app.vault.getFileByPath('People/Alice.md'), created: false });
    expect(app.vault.peek('People/Alice.md')).toBe('mine\n');
    expect(create).not.toHaveBeenCalled();
  });

  it('refuses a note that appears at the path while it is being made (a sync), keeping that one', async () => {
    const { app, writer } = setup();
    const real = app.vault.create.bind(app.vault);
    vi.spyOn(app.vault, 'create').mockImplementation(async (path: string, data: string) => {
      await real(path, 'synced\n');
      return real(path, data);
    });
    expect(await writer.create('People/Bo.md', 'new\n')).toEqual({ file: app.vault.getFileByPath('People/Bo.md'), created: false });
    expect(app.vault.peek('People/Bo.md')).toBe('synced\n');
  });

  it('makes one note of two creates at once', async () => {
    const { app, writer } = setup();
    const [first, second] = await Promise.all([writer.create('1-1s/Cy/2026-11-20 Cy.md', 'one\n'), writer.create('1-1s/Cy/2026-11-20 Cy.md', 'two\n')]);
    expect([first, second].map((result) => 'created' in result && result.created)).toEqual([true, false]);
    expect(app.vault.peek('1-1s/Cy/2026-11-20 Cy.md')).toBe('one\n');
  });

  it('names a file where one of its folders should be, and makes nothing', async () => {
    const { app, writer } = setup({ 'Work/Team': 'a file with no extension\n' });
    const createFolder = vi.spyOn(app.vault, 'createFolder');
    expect(await writer.create('Work/Team/1-1s/Alice/2026-11-20 Alice.md', 'x\n')).toEqual({
      failed: 'Could not create "Work/Team/1-1s/Alice/2026-11-20 Alice.md": "Work/Team" is a file, not a folder.',
    });
    expect(createFolder).not.toHaveBeenCalled();
    expect(app.vault.getAbstractFileByPath('Work/Team/1-1s')).toBeNull();
  });

  it('names a folder at the path of the note', async () => {
    const { app, writer } = setup();
    app.vault.ensureFolder('1-1s/Alice/2026-11-20 Alice.md');
    expect(await writer.create('1-1s/Alice/2026-11-20 Alice.md', 'x\n')).toEqual({ failed: 'Could not create "1-1s/Alice/2026-11-20 Alice.md": "1-1s/Alice/2026-11-20 Alice.md" is a folder.' });
  });

  it('names a folder it could not make', async () => {
    const { app, writer } = setup();
    vi.spyOn(app.vault, 'createFolder').mockRejectedValue(new Error('Access denied'));
    const result = await writer.create('Locked/Alice.md', 'x\n');
    expect(result).toEqual({ failed: expect.stringMatching(/^Could not create "Locked\/Alice\.md": the folder "Locked" could not be made; /) as string });
  });
});

describe('every command that makes a note makes its folders with it', () => {
  async function startWith(settings: Record<string, unknown>) {
    const started = await startSettled({ dataJson: JSON.stringify(settings) });
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 20, 9));
    return started;
  }

  it('a new person, a 1:1 with them, a cancelled 1:1 and its new date, in folders not there yet', async () => {
    const { app, plugin } = await startWith({ peopleFolder: 'Org/Team/People', meetingsFolder: 'Org/Team/1-1s' });
    app.commands.executeCommandById('one-on-ones:start');
    const picker = document.body.find('.prompt-input') as HTMLInputElement;
    picker.value = 'Noor Haddad';
    picker.trigger('input');
    await new Promise((resolve) => setTimeout(resolve, 0));
    picker.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    await settle(app);
    expect(app.vault.peek('Org/Team/People/Noor Haddad.md')).toContain('cadence: biweekly');
    const day = plugin.indexer.today;
    expect(app.vault.peek(`Org/Team/1-1s/Noor Haddad/${day} Noor Haddad.md`)).toContain('person: "[[Noor Haddad]]"');

    app.commands.executeCommandById('one-on-ones:log-cancelled');
    const second = document.body.find('.prompt-input') as HTMLInputElement;
    second.value = 'noor';
    second.trigger('input');
    await new Promise((resolve) => setTimeout(resolve, 0));
    second.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    const [cancelled, moved] = document.body.findAll('.modal input') as HTMLInputElement[];
    if (!cancelled || !moved) throw new Error('no cancellation form');
    cancelled.value = '2026-11-18';
    moved.value = '2026-11-25';
    (document.body.findAll('.modal button').find((b) => b.getText() === 'Log') as HTMLElement).click();
    // The confirmation, with the day in words.
    (document.body.findAll('.modal button').find((b) => b.getText() === 'Log') as HTMLElement).click();
    await settle(app);
    expect(app.vault.peek('Org/Team/1-1s/Noor Haddad/2026-11-18 Noor Haddad.md')).toContain('status: cancelled');
    expect(app.vault.peek('Org/Team/1-1s/Noor Haddad/2026-11-25 Noor Haddad.md')).toContain('status: planned');
    expect(shownNotices.filter((notice) => notice.includes('Could not'))).toEqual([]);
  });

  it('a second cancelled note of the same day goes beside the first, never over it', async () => {
    const { app } = await startWith({});
    app.vault.ensureFolder('1-1s/Lucas Ferreira');
    await app.vault.create('1-1s/Lucas Ferreira/2026-11-18 Lucas Ferreira.md', 'mine\n');
    app.commands.executeCommandById('one-on-ones:log-cancelled');
    const picker = document.body.find('.prompt-input') as HTMLInputElement;
    picker.value = 'lucas';
    picker.trigger('input');
    await new Promise((resolve) => setTimeout(resolve, 0));
    picker.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    const [cancelled] = document.body.findAll('.modal input') as HTMLInputElement[];
    if (!cancelled) throw new Error('no cancellation form');
    cancelled.value = '2026-11-18';
    (document.body.findAll('.modal button').find((b) => b.getText() === 'Log') as HTMLElement).click();
    // The confirmation, with the day in words.
    (document.body.findAll('.modal button').find((b) => b.getText() === 'Log') as HTMLElement).click();
    await settle(app);
    expect(app.vault.peek('1-1s/Lucas Ferreira/2026-11-18 Lucas Ferreira.md')).toBe('mine\n');
    expect(app.vault.peek('1-1s/Lucas Ferreira/2026-11-18 Lucas Ferreira 2.md')).toContain('status: cancelled');
  });
});
