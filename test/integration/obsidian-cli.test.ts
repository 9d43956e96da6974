// The Obsidian CLI commands on the live index: what `obsidian help` lists for them, and a clear
// message, worded as the Node command line words it, for every mistake in what is passed.
import type { PluginManifest } from 'obsidian';
import { describe, expect, it } from 'vitest';
import manifest from '../../manifest.json';
import OneOnOnesPlugin from '../../src/main';
import { createFakeApp, loadPlugin } from '../fake-obsidian/app';
import { readDemoVault } from '../support/demo-vault';
import { holdReads, onTheReferenceDay, settle, startSettled } from '../support/plugin-harness';

onTheReferenceDay();

describe('one-on-ones:status, :actions and :start in the Obsidian CLI', () => {
  it('are registered with the Node command line\'s options, less the vault (the app picks it) and --help', async () => {
    const { app } = await startSettled();
    const listed = Object.fromEntries([...app.cli.handlers].map(([command, { flags }]) => [command, Object.keys(flags ?? {})]));
    expect(listed).toEqual({
      'one-on-ones:status': ['date', 'json'],
      'one-on-ones:actions': ['date', 'json', 'query'],
      'one-on-ones:start': ['name', 'date', 'on'],
    });
    expect(app.cli.handlers.get('one-on-ones:start')?.flags?.name).toMatchObject({ value: '<person>', required: true });
    expect(app.cli.handlers.get('one-on-ones:status')?.flags?.date).toMatchObject({ value: '<day>' });
    expect(app.cli.handlers.get('one-on-ones:status')?.flags?.json?.value).toBeUndefined();
  });

  it('an unknown flag, a flag given a value, or a day that is not one is named, with what the command takes', async () => {
    const { app } = await startSettled();
    const status = (params: Record<string, string>) => app.cli.run('one-on-ones:status', params);
    expect(await status({ jsn: 'true' })).toBe('one-on-ones: unknown option jsn (status takes date=DAY, json)');
    expect(await status({ json: 'yes' })).toBe('one-on-ones: json takes no value');
    expect(await status({ date: '2026-02-30' })).toBe('one-on-ones: date "2026-02-30" is not a day; use YYYY-MM-DD');
    expect(await status({ date: 'true' })).toBe('one-on-ones: date "true" is not a day; use YYYY-MM-DD');
    expect(await status({ date: '' })).toBe('one-on-ones: date needs a day (YYYY-MM-DD)');
    expect(await app.cli.run('one-on-ones:start', { name: 'Priya', dry: 'true' })).toBe('one-on-ones: unknown option dry (start takes date=DAY, on=DAY)');
    expect(await app.cli.run('one-on-ones:start', { name: 'Priya', on: 'someday' })).toMatch(/^one-on-ones: on: "someday" /);
  });

  it('the vault the app was asked for is the app\'s business, not a flag of ours', async () => {
    const { app } = await startSettled();
    expect(await app.cli.run('one-on-ones:status', { vault: 'Work', json: 'true' })).toBe(await app.cli.run('one-on-ones:status', { json: 'true' }));
  });

  it('actions reads a query from a note, or from its lines, never both', async () => {
    const files = { ...readDemoVault(), 'Queries/mine.md': 'owner: me\r\ndue: overdue\r\n' };
    const { app } = await startSettled({ files });
    const fromLines = await app.cli.run('one-on-ones:actions', { owner: 'me', due: 'overdue' });
    expect(fromLines).toContain('- [ ]');
    expect(await app.cli.run('one-on-ones:actions', { query: 'Queries/mine.md' })).toBe(fromLines);
    expect(await app.cli.run('one-on-ones:actions', { query: 'Queries/mine' })).toBe(fromLines);
    expect(await app.cli.run('one-on-ones:actions', { query: 'Queries/none.md' })).toBe('one-on-ones: cannot read the query file "Queries/none.md": no such note in the vault');
    expect(await app.cli.run('one-on-ones:actions', { query: 'Queries/mine.md', owner: 'me' })).toBe('one-on-ones: give the query either as lines or with query=, not both');
    expect(await app.cli.run('one-on-ones:actions', { show: 'people' })).toBe('one-on-ones: the actions command lists action items, not people: use "show: actions" or leave "show:" out');
  });

  it('start writes through the plugin\'s own start: on another day, and opens the note', async () => {
    const { app } = await startSettled();
    expect(await app.cli.run('one-on-ones:start', { name: 'Aisha Mensah', on: 'yesterday' })).toBe('1-1s/Aisha Mensah/2026-11-19 Aisha Mensah.md');
    expect(app.workspace.getActiveFile()?.path).toBe('1-1s/Aisha Mensah/2026-11-19 Aisha Mensah.md');
    await settle(app);
    expect(await app.cli.run('one-on-ones:start', { name: 'Meg', date: '2026-11-21', on: 'yesterday' })).toBe('1-1s/Margaret Okonkwo/2026-11-20 Margaret Okonkwo.md');
  });

  it('start with no name asks for one, as the Node command line does', async () => {
    const { app } = await startSettled();
    const start = app.cli.handlers.get('one-on-ones:start')?.handler;
    expect(await start?.({ name: '  ' })).toBe('one-on-ones: start needs the name of a person, e.g. name="Alice Smith"');
    await expect(app.cli.run('one-on-ones:start', {})).rejects.toThrow('needs name');
  });
});

describe('while the first index is being built', () => {
  it('each command waits for it, rather than answer from half the notes (a CLI call can start Obsidian)', async () => {
    const app = createFakeApp({ files: readDemoVault() });
    const open = holdReads(app);
    await loadPlugin(app, OneOnOnesPlugin as never, manifest as PluginManifest, { layoutReady: false });
    const early = app.cli.run('one-on-ones:status', { json: 'true' });
    app.workspace.triggerLayoutReady();
    await app.metadataCache.settle();
    const meanwhile = app.cli.run('one-on-ones:start', { name: 'Priya' });
    let answered = false;
    void early.then(() => (answered = true));
    await settle(app);
    expect(answered).toBe(false);
    expect(app.vault.getFileByPath('1-1s/Priya Raman/2026-11-20 Priya Raman.md')).toBeNull();
    open();
    const rows = JSON.parse(await early) as { name: string; state: string }[];
    expect(rows.find((row) => row.name === 'Priya Raman')?.state).toBe('overdue');
    expect(await meanwhile).toBe('1-1s/Priya Raman/2026-11-20 Priya Raman.md');
  });
});
