// The "1:1s due" sidebar on the demo vault at fixed dates: opening, sections and their order, rows,
// and staying live (index changes, renames and deletions, day rollover, first indexing, visibility).
import { describe, expect, it, vi } from 'vitest';
import type { PluginManifest } from 'obsidian';
import manifest from '../../manifest.json';
import OneOnOnesPlugin from '../../src/main';
import { DUE_VIEW_TYPE } from '../../src/obsidian/sidebar/due-sidebar-host';
import { createFakeApp, loadPlugin } from '../fake-obsidian/app';
import { shownNotices } from '../fake-obsidian/notice';
import { readDemoVault } from '../support/demo-vault';
import { afterRender, click, fixNow, row, shownSections, sidebar, sidebarLeaves } from '../support/due-sidebar';
import { onTheReferenceDay, startPlugin } from '../support/plugin-harness';
import { eventually } from '../support/eventually';

const OPEN_COMMAND = 'one-on-ones:open-due-sidebar';

onTheReferenceDay();

describe('opening the sidebar', () => {
  it('opens once in the right dock when the user enables the plugin, and never again on load', async () => {
    const { app } = await startPlugin({ userEnabled: true });
    await afterRender();
    expect(sidebarLeaves(app)).toHaveLength(1);
    expect(app.workspace.rightSplit.el.contains(sidebar(app).containerEl)).toBe(true);

    const again = await startPlugin();
    expect(sidebarLeaves(again.app)).toHaveLength(0);
  });

  it('opens from the command and the ribbon icon, reusing its leaf', async () => {
    const { app } = await startPlugin();
    expect(app.commands.executeCommandById(OPEN_COMMAND)).toBe(true);
    await afterRender();
    expect(sidebarLeaves(app)).toHaveLength(1);
    click(app.workspace.ribbonEl.find('[aria-label="Open 1:1s due"]'));
    await afterRender();
    expect(sidebarLeaves(app)).toHaveLength(1);
    expect(sidebar(app).getDisplayText()).toBe('1:1s due');
  });
});

describe('restored behind another tab of the right dock (deferred, as since Obsidian 1.7.2)', () => {
  async function restored() {
    const app = createFakeApp({ files: readDemoVault() });
    await loadPlugin(app, OneOnOnesPlugin as never, manifest as PluginManifest, { layoutReady: false });
    // The saved layout comes back before layout is ready: the dock shows another tab, the sidebar waits.
    await app.workspace.restoreLeaf('right', { type: 'markdown', state: { file: 'Dashboard.md' } });
    const leaf = await app.workspace.restoreLeaf('right', { type: DUE_VIEW_TYPE, state: {} }, { background: true });
    app.workspace.triggerLayoutReady();
    await app.metadataCache.settle();
    expect(leaf.isDeferred).toBe(true);
    expect(() => sidebar(app)).toThrow('deferred');
    return { app, leaf };
  }

  it('"Open 1:1s due" shows that leaf, loaded and drawn, and creates no other', async () => {
    const { app, leaf } = await restored();
    expect(app.commands.executeCommandById(OPEN_COMMAND)).toBe(true);
    await afterRender();
    expect(sidebarLeaves(app)).toEqual([leaf]);
    expect(sidebar(app).containerEl.isShown()).toBe(true);
    expect(shownSections(app)[0]?.[0]).toBe('Overdue');
  });

  it('the status bar count opens it too', async () => {
    const { app, leaf } = await restored();
    await afterRender();
    click(app.workspace.statusBarEl.find('.one-on-ones-status-overdue'));
    await afterRender();
    expect(leaf.isDeferred).toBe(false);
    expect(shownSections(app)[0]?.[0]).toBe('Overdue');
  });
});

describe('sections and order on the demo vault', () => {
  it('on 2026-11-20 (the README table): who is slipping, most late first, with counts', async () => {
    const { app } = await startPlugin({ userEnabled: true });
    await afterRender();
    // Due: Daniel is 23 days into a 14-day rhythm (1.6×), Rosa 42 into a month (1.4×).
    expect(shownSections(app)).toEqual([
      ['Overdue', ['Priya Raman']],
      ['Due', ['Daniel Kowalczyk', 'Rosa Delgado']],
      ['Due soon', ['Aisha Mensah']],
      ['Never met', ['Kenji Watanabe']],
      ['Needs attention', ['Oliver Brandt']],
    ]);
    const el = sidebar(app).contentEl;
    expect(el.find('.one-on-ones-due-summary')?.getText()).toBe('1 overdue · 2 due · 1 due soon · 1 never met · 1 needs attention');
    expect(el.findAll('.one-on-ones-due-count').map((c) => c.getText())).toEqual(['1', '2', '1', '1', '1']);
    expect(el.find('[data-everyone]')?.getText()).toBe('Show everyone (3 more)');
  });

  it('shows each row: name and role, last 1:1 and cadence, state, flag, open items', async () => {
    const { app } = await startPlugin({ userEnabled: true });
    await afterRender();
    const texts = (name: string) =>
      ['.one-on-ones-due-role', '.one-on-ones-due-meta', '.one-on-ones-due-chips', '.one-on-ones-due-open', '.one-on-ones-due-problem'].map(
        (selector) => row(app, name).find(selector)?.getText() ?? null,
      );
    expect(texts('Priya Raman')).toEqual([
      'report',
      'Last 1:1 21 days ago · weekly',
      '14 days overdueCancelled Nov 6, not rescheduled',
      'Open items: 3 theirs · 3 mine · 1 unassigned · 3 waiting > 14 days',
      null,
    ]);
    expect(texts('Aisha Mensah')).toEqual(['report', 'Last 1:1 30 days ago · monthly', 'Due tomorrow', 'Open items: 1 theirs · 1 mine · 1 unassigned · 1 waiting > 14 days', null]);
    expect(texts('Kenji Watanabe')).toEqual(['report', 'No 1:1 yet · weekly', 'Never met', null, null]);
    const oliver = texts('Oliver Brandt');
    // The chips end with the problem marker; in "Needs attention" the problems show, each naming its note.
    expect(oliver.slice(0, 3)).toEqual(['skip-level', 'Last 1:1 31 days ago', 'Unreadable cadence1 problem']);
    expect(oliver[4]).toMatch(/^Oliver Brandt: cadence "sometimes" is not a cadence/);
  });

  it('puts on track, no cadence and paused people behind "Show everyone", and remembers the choice', async () => {
    const { app } = await startPlugin({ userEnabled: true });
    await afterRender();
    click(sidebar(app).contentEl.find('[data-everyone]'));
    expect(shownSections(app).slice(-2)).toEqual([
      ['On track', ['Margaret Okonkwo', 'Lucas Ferreira']],
      ['Paused', ['Hannah Lindqvist']],
    ]);
    expect(row(app, 'Hannah Lindqvist').find('.one-on-ones-due-chip')?.getText()).toBe('Paused until Jan 10, 2027');
    expect(sidebar(app).getState()).toMatchObject({ showEveryone: true });
    expect(sidebar(app).contentEl.find('[data-everyone]')?.getText()).toBe('Show only people due');
  });

  it('on 2026-12-10 everyone with a rhythm has slipped: four overdue, by lateness relative to cadence', async () => {
    fixNow(new Date(2026, 11, 10, 9));
    const { app } = await startPlugin({ userEnabled: true });
    await afterRender();
    // Priya 41 days on weekly (5.9×), Daniel 43 on biweekly (3.1×), Rosa 62 on monthly (2.1×), Aisha 50 (1.7×).
    expect(shownSections(app).slice(0, 2)).toEqual([
      ['Overdue', ['Priya Raman', 'Daniel Kowalczyk', 'Rosa Delgado', 'Aisha Mensah']],
      ['Due', ['Lucas Ferreira', 'Margaret Okonkwo']],
    ]);
  });

  it('collapses a section from its header and keeps it collapsed', async () => {
    const { app } = await startPlugin({ userEnabled: true });
    await afterRender();
    click(sidebar(app).contentEl.find('[data-section="due"]'));
    expect(shownSections(app)[1]).toEqual(['Due', []]);
    expect(sidebar(app).contentEl.find('[data-section="due"]')?.getAttr('aria-expanded')).toBe('false');
    expect(sidebar(app).getState()).toMatchObject({ collapsed: ['due'] });
  });
});

describe('names and values that look like HTML', () => {
  it('render as text', async () => {
    // Obsidian refuses < and > in file names; an entity in the name would still decode in innerHTML.
    const name = 'Tom &amp; Jerry';
    const { app } = await startPlugin({
      files: {
        [`People/${name}.md`]: '---\nrole: "<script>alert(2)</script>"\ncadence: "<b>weekly</b>"\n---\n',
        'People/Bo.md': '---\nrole: <em>report</em>\ncadence: weekly\n---\n',
      },
      userEnabled: true,
    });
    await afterRender();
    const el = sidebar(app).contentEl;
    expect(el.findAll('img, script, b, em')).toHaveLength(0);
    expect(row(app, name).find('.one-on-ones-due-role')?.getText()).toBe('<script>alert(2)</script>');
    expect(row(app, name).find('.one-on-ones-due-problem')?.getText()).toContain('"<b>weekly</b>"');
    expect(row(app, 'Bo').find('.one-on-ones-due-role')?.getText()).toBe('<em>report</em>');
  });
});

describe('staying live', () => {
  it('follows a person note renamed or deleted while it is open, without throwing', async () => {
    const { app } = await startPlugin({ userEnabled: true });
    await afterRender();
    const priya = app.vault.getFileByPath('People/Priya Raman.md');
    const rosa = app.vault.getFileByPath('People/Rosa Delgado.md');
    if (!priya || !rosa) throw new Error('demo vault changed');
    await app.fileManager.renameFile(priya, 'People/Priya R.md');
    await app.vault.delete(rosa);
    // A click on a row of the old list, before it redraws, says the note is gone.
    click(row(app, 'Rosa Delgado'));
    await app.metadataCache.settle();
    await afterRender();
    expect(shownNotices).toContain('One-on-ones: People/Rosa Delgado.md no longer exists.');
    expect(shownSections(app).slice(0, 2)).toEqual([
      ['Overdue', ['Priya R']],
      ['Due', ['Daniel Kowalczyk']],
    ]);
  });

  it('redraws at day rollover', async () => {
    const { app } = await startPlugin({ userEnabled: true });
    await afterRender();
    vi.setSystemTime(new Date(2026, 10, 21, 9));
    window.dispatchEvent(new Event('focus'));
    await afterRender();
    expect(row(app, 'Priya Raman').find('.one-on-ones-due-chip')?.getText()).toBe('15 days overdue');
    expect(row(app, 'Aisha Mensah').find('.one-on-ones-due-chip')?.getText()).toBe('Due today');
  });

  it('shows progress, not a wrong list, while the first index is built', async () => {
    const app = createFakeApp({ files: readDemoVault() });
    await loadPlugin(app, OneOnOnesPlugin as never, manifest as PluginManifest, { layoutReady: false });
    await app.workspace.ensureSideLeaf(DUE_VIEW_TYPE, 'right', {});
    expect(sidebar(app).contentEl.find('.one-on-ones-due-empty-title')?.getText()).toBe('Reading your 1:1 notes…');
    expect(sidebar(app).contentEl.findAll('.one-on-ones-due-row')).toHaveLength(0);
    app.workspace.triggerLayoutReady();
    await app.metadataCache.settle();
    await eventually(() => expect(shownSections(app)[0]).toEqual(['Overdue', ['Priya Raman']]));
  });

  it('redraws only while it can be seen, and catches up when shown', async () => {
    const { app } = await startPlugin({ userEnabled: true });
    await afterRender();
    const ownLeaf = sidebarLeaves(app)[0];
    const other = app.workspace.getRightLeaf();
    if (!ownLeaf || !other) throw new Error('no leaves');
    await other.setViewState({ type: 'markdown', state: {} });
    await app.workspace.revealLeaf(other);
    const priya = app.vault.getFileByPath('People/Priya Raman.md');
    if (!priya) throw new Error('demo vault changed');
    await app.fileManager.processFrontMatter(priya, (fm: Record<string, unknown>) => {
      fm.paused = true;
    });
    await app.metadataCache.settle();
    await afterRender();
    expect(shownSections(app)[0]).toEqual(['Overdue', ['Priya Raman']]);

    await app.workspace.revealLeaf(ownLeaf);
    expect(shownSections(app)[0]).toEqual(['Due', ['Daniel Kowalczyk', 'Rosa Delgado']]);

    app.workspace.rightSplit.collapse();
    await app.fileManager.processFrontMatter(priya, (fm: Record<string, unknown>) => {
      delete fm.paused;
    });
    await app.metadataCache.settle();
    await afterRender();
    expect(shownSections(app)[0]).toEqual(['Due', ['Daniel Kowalczyk', 'Rosa Delgado']]);
    app.workspace.rightSplit.expand();
    expect(shownSections(app)[0]).toEqual(['Overdue', ['Priya Raman']]);
  });
});
