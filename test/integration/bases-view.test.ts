// The "1:1 cadence" Bases view (issue 18) through the fake's Bases: registered only while Bases is on,
// drawn from the base's own filtered and sorted entries, its actions, and redrawn as notes change.
import type { PluginManifest } from 'obsidian';
import { describe, expect, it } from 'vitest';
import manifest from '../../manifest.json';
import OneOnOnesPlugin from '../../src/main';
import { createFakeApp, loadPlugin, type App } from '../fake-obsidian/app';
import { runWaitingDebounced } from '../fake-obsidian/utilities';
import type { WorkspaceLeaf } from '../fake-obsidian/workspace';
import { readDemoVault } from '../support/demo-vault';
import { until } from '../support/eventually';
import { afterRender, holdReads, onTheReferenceDay, settle, startSettled } from '../support/plugin-harness';

onTheReferenceDay();

const MIXED_BASE = [
  'filters:',
  '  or:',
  '    - file.inFolder("People")',
  '    - file.inFolder("Notes")',
  'views:',
  '  - type: one-on-ones-cadence',
  '    name: Mixed',
  '    sort:',
  '      - property: file.name',
  '        direction: DESC',
].join('\r\n');

async function openNote(app: App, note: string) {
  const leaf = app.workspace.getLeaf() as unknown as WorkspaceLeaf;
  await leaf.setViewState({ type: 'markdown', state: { file: note, mode: 'preview' } });
  const rows = () => leaf.containerEl.findAll('.one-on-ones-cb tbody tr[data-path]');
  await until(() => rows().length > 0 || leaf.containerEl.find('.one-on-ones-cb .one-on-ones-pv-empty') !== null, 'the base to render');
  return { leaf, rows };
}

const cells = (row: Element) => row.findAll('td').map((td) => td.getText() || td.find('svg')?.getAttribute('aria-label') || '');
const nameAndState = (row: Element) => `${row.find('.mod-name')?.getText() ?? ''}: ${row.find('.mod-state')?.getText() ?? ''}`;

describe('the 1:1 cadence Bases view', () => {
  it('registers its view type, and the settings say it is available', async () => {
    const { app, plugin } = await startSettled();
    expect(plugin.basesView).toBe(true);
    expect(app.basesViews.get('one-on-ones-cadence')).toMatchObject({ name: '1:1 cadence', icon: 'calendar-clock' });
    const tab = app.setting.tabs[0];
    if (!tab) throw new Error('no settings tab');
    app.setting.openTab(tab);
    expect(tab.containerEl.getText()).toContain('On: add the view "1:1 cadence" to any base.');
    plugin.unload();
    expect(app.basesViews.size).toBe(0);
  });

  it('with Bases off, registers nothing, says so in the settings, and the embed stays a link', async () => {
    const app = createFakeApp({ files: readDemoVault() });
    app.basesEnabled = false;
    const plugin = (await loadPlugin(app, OneOnOnesPlugin as never, manifest as PluginManifest)) as unknown as OneOnOnesPlugin;
    await settle(app);
    expect(plugin.basesView).toBe(false);
    expect(app.basesViews.size).toBe(0);
    const tab = app.setting.tabs[0];
    if (!tab) throw new Error('no settings tab');
    app.setting.openTab(tab);
    expect(tab.containerEl.getText()).toContain('Off: Bases is not enabled. Turn it on in Settings → Core plugins, then reload One-on-ones.');
    const leaf = app.workspace.getLeaf() as unknown as WorkspaceLeaf;
    await leaf.setViewState({ type: 'markdown', state: { file: 'Dashboard.md', mode: 'preview' } });
    await until(() => leaf.containerEl.find('.bases-embed') !== null, 'the embed');
    expect(leaf.containerEl.find('.bases-embed')?.getText()).toBe('1-1s.base');
  });

  it('shows the demo base in the dashboard in the base’s order (grouped by role, then by name), each person with their state', async () => {
    const { app } = await startSettled();
    const { leaf, rows } = await openNote(app, 'Dashboard.md');
    expect(leaf.containerEl.findAll('.one-on-ones-cb tr.one-on-ones-cb-group').map((tr) => tr.getText())).toEqual(['mentor', 'peer', 'report', 'skip-level']);
    expect(rows().map(nameAndState)).toEqual([
      'Margaret Okonkwo: Next Dec 3',
      'Rosa Delgado: Due 11 days ago',
      'Aisha Mensah: Due tomorrow',
      'Daniel Kowalczyk: Due 9 days ago',
      'Hannah Lindqvist: Paused until Jan 10, 2027',
      'Kenji Watanabe: Never met',
      'Lucas Ferreira: Next Dec 4',
      'Priya Raman: 14 days overdue',
      'Oliver Brandt: Unreadable cadence',
    ]);
    const priya = rows().find((row) => row.getAttribute('data-path') === 'People/Priya Raman.md');
    expect(priya && cells(priya)).toEqual(['Priya Raman', '14 days overdue', 'Oct 30', 'Nov 6', '3 · 3', '3', 'Check-ins: 8, 8, 7, 6, 6, 5, 4', '']);
    expect(priya?.findAll('button').map((b) => b.getAttribute('aria-label'))).toEqual(['Start 1:1: Priya Raman', 'Open 1:1 view: Priya Raman']);
  });

  it('previews a person\'s note on hover, through the plugin\'s one Page preview source, with the view as the popover\'s parent', async () => {
    const { app } = await startSettled();
    const { rows } = await openNote(app, 'Dashboard.md');
    const hovers: { linktext: string; source: string; hoverParent: unknown }[] = [];
    app.workspace.on('hover-link', (info: unknown) => hovers.push(info as { linktext: string; source: string; hoverParent: unknown }));
    const name = rows().find((row) => row.getAttribute('data-path') === 'People/Priya Raman.md')?.find('.mod-name a');
    name?.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    rows()[0]?.find('button')?.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(hovers.map(({ linktext, source }) => [linktext, source])).toEqual([['People/Priya Raman.md', 'one-on-ones']]);
    expect(hovers[0]?.hoverParent).toHaveProperty('hoverPopover');
  });

  it('leaves the cells of notes that are not people blank, in the base’s own order, with no error', async () => {
    const files = {
      ...readDemoVault(),
      'Mixed.base': MIXED_BASE,
      'Notes/Team offsite.md': '---\r\nrole: report\r\n---\r\nAgenda\r',
      'Notes/No properties.md': '',
      'Notes/diagram.png': 'not really a picture',
      'Base note.md': '![[Mixed.base]]\n',
    };
    const { app } = await startSettled({ files });
    const { rows } = await openNote(app, 'Base note.md');
    expect(rows().map((row) => row.getAttribute('data-path'))).toEqual([
      'Notes/Team offsite.md',
      'People/Rosa Delgado.md',
      'People/Priya Raman.md',
      'People/Oliver Brandt.md',
      'Notes/No properties.md',
      'People/Mentors/Margaret Okonkwo.md',
      'People/Lucas Ferreira.md',
      'People/Kenji Watanabe.md',
      'People/Hannah Lindqvist.md',
      'Notes/diagram.png',
      'People/Daniel Kowalczyk.md',
      'People/Aisha Mensah.md',
    ]);
    const blank = rows().filter((row) => row.getAttribute('data-path')?.startsWith('Notes/'));
    expect(blank.map(cells)).toEqual([
      ['Team offsite', ''],
      ['No properties', ''],
      ['diagram.png', ''],
    ]);
    expect(blank.map((row) => row.findAll('td').map((td) => td.getAttribute('colspan')))).toEqual(Array(3).fill([null, '7']));
    expect(blank.flatMap((row) => row.findAll('button'))).toEqual([]);
  });

  it('draws the base’s groups as it groups them, each under its heading, entries without a value last, under their own heading', async () => {
    const grouped = [
      'filters: file.inFolder("People")',
      'views:',
      '  - type: one-on-ones-cadence',
      '    name: By role',
      '    groupBy:',
      '      property: note.role',
      '      direction: DESC',
      '    sort:',
      '      - property: file.name',
      '        direction: ASC',
    ].join('\n');
    const files = { ...readDemoVault(), 'Grouped.base': grouped, 'People/No Role.md': '---\ncadence: weekly\n---\n', 'Grouped note.md': '![[Grouped.base]]' };
    const { app } = await startSettled({ files });
    const { leaf } = await openNote(app, 'Grouped note.md');
    const lines = leaf.containerEl.findAll('.one-on-ones-cb tbody tr').map((tr) => (tr.hasClass('one-on-ones-cb-group') ? `## ${tr.getText()}` : (tr.find('.mod-name')?.getText() ?? '')));
    expect(lines).toEqual([
      '## skip-level',
      'Oliver Brandt',
      '## report',
      'Aisha Mensah',
      'Daniel Kowalczyk',
      'Hannah Lindqvist',
      'Kenji Watanabe',
      'Lucas Ferreira',
      'Priya Raman',
      '## peer',
      'Rosa Delgado',
      '## mentor',
      'Margaret Okonkwo',
      '## No value',
      'No Role',
    ]);
  });

  it('draws nothing before Bases hands it its first result, even when the index moves meanwhile', async () => {
    const { app, plugin } = await startSettled();
    const leaf = app.workspace.getLeaf() as unknown as WorkspaceLeaf;
    await leaf.setViewState({ type: 'markdown', state: { file: 'Dashboard.md', mode: 'preview' } });
    const view = leaf.containerEl.find('.one-on-ones-cb');
    expect(view?.getText()).toBe('');
    plugin.indexer.index.touch();
    expect(() => runWaitingDebounced()).not.toThrow();
    await until(() => (view?.findAll('tbody tr[data-path]').length ?? 0) === 9, 'the first result');
  });

  it('while the first index is built, lists the entries with blank cells and says so; then fills them in', async () => {
    const app = createFakeApp({ files: readDemoVault() });
    const open = holdReads(app);
    const plugin = (await loadPlugin(app, OneOnOnesPlugin as never, manifest as PluginManifest)) as unknown as OneOnOnesPlugin;
    await afterRender();
    expect(plugin.indexer.progress).not.toBeNull();
    const { leaf, rows } = await openNote(app, 'Dashboard.md');
    expect(leaf.containerEl.find('.one-on-ones-cb > .one-on-ones-ov-muted')?.getText()).toBe('Reading your notes…');
    expect(rows().map((row) => cells(row).slice(1))).toEqual(Array(9).fill(['']));
    open();
    await until(() => plugin.indexer.progress === null, 'the build');
    await afterRender();
    expect(rows().map(nameAndState)).toContain('Priya Raman: 14 days overdue');
    expect(leaf.containerEl.find('.one-on-ones-cb > .one-on-ones-ov-muted')).toBeNull();
  });

  it('says so when the base’s filters leave nothing', async () => {
    const files = { ...readDemoVault(), 'Empty.base': 'filters: file.inFolder("Nowhere")\nviews:\n  - type: one-on-ones-cadence\n    name: Empty\n', 'Empty note.md': '![[Empty.base]]' };
    const { app } = await startSettled({ files });
    const { leaf } = await openNote(app, 'Empty note.md');
    expect(leaf.containerEl.find('.one-on-ones-cb')?.getText()).toBe('No notes in this base: its filters leave none.');
  });

  it('Start 1:1 writes today’s note; Open 1:1 view and the name open the person', async () => {
    const { app } = await startSettled();
    const { rows } = await openNote(app, 'Dashboard.md');
    const kenji = () => rows().find((row) => row.getAttribute('data-path') === 'People/Kenji Watanabe.md');
    kenji()?.find('[data-action="start"]')?.click();
    await until(() => app.vault.getFileByPath('1-1s/Kenji Watanabe/2026-11-20 Kenji Watanabe.md') !== null, "Kenji's note");

    const { rows: again } = await openNote(app, 'Dashboard.md');
    again().find((row) => row.getAttribute('data-path') === 'People/Priya Raman.md')?.find('[data-action="view"]')?.click();
    await until(() => app.workspace.getLeavesOfType('one-on-ones-person').length === 1, 'the 1:1 view');
    expect(app.workspace.getLeavesOfType('one-on-ones-person')[0]?.getViewState().state).toEqual({ person: 'People/Priya Raman.md' });

    const { rows: third } = await openNote(app, 'Dashboard.md');
    third().find((row) => row.getAttribute('data-path') === 'People/Lucas Ferreira.md')?.find('a[data-open]')?.click();
    await until(() => app.workspace.getActiveFile()?.path === 'People/Lucas Ferreira.md', "Lucas's note");
  });

  it('redraws when the index changes (a 1:1 held today) and when the base’s results change (new notes)', async () => {
    const files = { ...readDemoVault(), 'Mixed.base': MIXED_BASE, 'Base note.md': '![[Mixed.base]]\n', 'Notes/Older.md': '' };
    const { app } = await startSettled({ files });
    const { rows } = await openNote(app, 'Base note.md');
    const rowOf = (path: string) => rows().find((row) => row.getAttribute('data-path') === path);
    expect(rowOf('People/Priya Raman.md')?.find('.mod-state')?.getText()).toBe('14 days overdue');

    // A meeting note is not in the base: only the index tells the view.
    await app.vault.create('1-1s/Priya Raman/2026-11-20.md', '---\nperson: "[[Priya Raman]]"\ndate: 2026-11-20\nmood: 6\n---\n- [ ] [[Priya Raman]] share the plan\n');
    await settle(app);
    await afterRender();
    expect(rowOf('People/Priya Raman.md')?.find('.mod-state')?.getText()).toBe('1:1 today');
    expect(rowOf('People/Priya Raman.md')?.find('.mod-open')?.getText()).toBe('4 · 3');

    // A note that is no person: only Bases tells the view.
    await app.vault.create('Notes/Agenda ideas.md', 'Ideas\n');
    await settle(app);
    await afterRender();
    expect(rowOf('Notes/Agenda ideas.md') && cells(rowOf('Notes/Agenda ideas.md') as Element)).toEqual(['Agenda ideas', '']);

    await app.vault.create('People/Zoe Quinn.md', '---\nrole: report\ncadence: weekly\n---\n');
    await settle(app);
    await afterRender();
    expect(rowOf('People/Zoe Quinn.md')?.find('.mod-state')?.getText()).toBe('Never met');
    expect(rows()[0]?.getAttribute('data-path')).toBe('People/Zoe Quinn.md');
  });
});
