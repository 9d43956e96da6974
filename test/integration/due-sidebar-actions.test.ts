// What a manager does from the "1:1s due" sidebar: each row action, the page preview on hover, the
// status bar count, and the empty states that teach.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HOVER_SOURCE } from '../../src/obsidian/ui/open-note';
import { resumePerson } from '../../src/obsidian/sidebar/due-sidebar-actions';
import { shownNotices } from '../fake-obsidian/notice';
import { MarkdownView } from '../fake-obsidian/workspace';
import { afterRender, click, fixNow, row, shownSections, sidebar, sidebarLeaves } from '../support/due-sidebar';
import { startPlugin } from '../support/plugin-harness';
import { eventually } from '../support/eventually';

beforeEach(() => {
  fixNow();
  shownNotices.length = 0;
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  document.body.empty();
});

async function openDemo() {
  const started = await startPlugin({ userEnabled: true });
  await afterRender();
  return started;
}

function menuItem(title: string): HTMLElement {
  const item = document.body.findAll('.menu .menu-item').find((el) => el.find('.menu-item-title')?.getText() === title);
  if (!item) throw new Error(`no menu item "${title}"`);
  return item;
}

describe('row actions', () => {
  it('a click on a row opens the person\'s 1:1 view', async () => {
    const { app } = await openDemo();
    click(row(app, 'Kenji Watanabe').find('.one-on-ones-due-meta'));
    const personView = () => app.workspace.getLeavesOfType('one-on-ones-person')[0]?.getViewState().state;
    await eventually(() => expect(personView()).toEqual({ person: 'People/Kenji Watanabe.md' }));
  });

  it('"Start 1:1" and "Add talking point" hand the person to the plugin', async () => {
    const { app, plugin } = await openDemo();
    const start = vi.spyOn(plugin, 'startOneOnOne').mockResolvedValue();
    const talk = vi.spyOn(plugin, 'addTalkingPoint').mockResolvedValue();
    click(row(app, 'Priya Raman').find('[data-action="start"]'));
    click(row(app, 'Daniel Kowalczyk').find('[data-action="talking-point"]'));
    expect(start).toHaveBeenCalledWith('People/Priya Raman.md');
    expect(talk).toHaveBeenCalledWith('People/Daniel Kowalczyk.md');
    expect(row(app, 'Priya Raman').find('[data-action="start"]')?.getAttr('aria-label')).toBe('Start 1:1: Priya Raman');
  });

  it('a click on the icon inside a row button acts as a click on the button (the target is the svg)', async () => {
    const { app, plugin } = await openDemo();
    const start = vi.spyOn(plugin, 'startOneOnOne').mockResolvedValue();
    click(row(app, 'Priya Raman').find('[data-action="start"] svg circle'));
    expect(start).toHaveBeenCalledWith('People/Priya Raman.md');
    row(app, 'Priya Raman').find('[data-action="menu"] svg')?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(document.body.findAll('.menu .menu-item-title').map((el) => el.getText())).toContain('Snooze until…');
  });

  it('"Open last note" opens the note of the last 1:1 the row names, not a later cancelled one, and is not offered before any meeting', async () => {
    const { app } = await openDemo();
    // Priya's last 1:1 was held on Oct 30; her Nov 6 note is a cancellation, which is not a 1:1 met.
    expect(row(app, 'Priya Raman').getText()).toContain('Last 1:1 21 days ago');
    click(row(app, 'Priya Raman').find('[data-action="last-note"]'));
    await eventually(() => expect(app.workspace.getActiveFile()?.path).toBe('1-1s/Priya Raman/2026-10-30.md'));
    expect(row(app, 'Kenji Watanabe').find('[data-action="last-note"]')).toBeNull();
  });

  it('the context menu offers every action, and "Open last note" is disabled before any meeting', async () => {
    const { app, plugin } = await openDemo();
    const start = vi.spyOn(plugin, 'startOneOnOne').mockResolvedValue();
    row(app, 'Kenji Watanabe').dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, cancelable: true }));
    const titles = document.body.findAll('.menu .menu-item-title').map((el) => el.getText());
    expect(titles).toEqual(['Start 1:1', 'Add talking point', 'Open last note', 'Open person note', 'Snooze until…']);
    expect(menuItem('Open last note').hasClass('is-disabled')).toBe(true);
    click(menuItem('Start 1:1'));
    expect(start).toHaveBeenCalledWith('People/Kenji Watanabe.md');
  });

  it('"Resume 1:1s" on a paused person takes the pause out, with Undo; only paused people offer it', async () => {
    const { app } = await openDemo();
    const hannah = 'People/Hannah Lindqvist.md';
    const before = app.vault.peek(hannah);
    click(row(app, 'Priya Raman').find('[data-action="menu"]'));
    expect(document.body.findAll('.menu .menu-item-title').map((el) => el.getText())).not.toContain('Resume 1:1s');
    document.body.findAll('.menu').forEach((menu) => menu.detach());
    click(sidebar(app).contentEl.find('[data-everyone]'));
    await afterRender();
    click(row(app, 'Hannah Lindqvist').find('[data-action="menu"]'));
    click(menuItem('Resume 1:1s'));
    await eventually(() => expect(app.vault.peek(hannah)).not.toContain('paused'));
    expect(shownNotices.at(-1)).toBe('One-on-ones: 1:1s with Hannah Lindqvist are back on their cadence.Undo');
    await app.metadataCache.settle();
    await afterRender();
    expect(shownSections(app).find(([title]) => title === 'Paused')).toBeUndefined();
    (document.body.findAll('.notice button').find((b) => b.getText() === 'Undo') as HTMLElement).click();
    await eventually(() => expect(app.vault.peek(hannah)).toBe(before));
  });

  it('"Snooze until…" refuses a bad date with the reason, then sets paused to the date', async () => {
    const { app } = await openDemo();
    click(row(app, 'Priya Raman').find('[data-action="menu"]'));
    click(menuItem('Snooze until…'));
    const modal = app.dom.find('.modal');
    const input = modal?.find('input') as HTMLInputElement | null;
    if (!modal || !input) throw new Error('no snooze modal');
    expect(modal.find('.modal-title')?.getText()).toBe('Snooze 1:1s with Priya Raman');
    expect(input.value).toBe('2026-12-04');
    const snooze = modal.findAll('button').find((b) => b.getText() === 'Snooze');

    for (const [typed, reason] of [
      ['2026-02-30', '2026-02-30 is not a day in the calendar.'],
      ['2026-11-20', 'Choose a day after today: a pause that has already ended pauses nothing.'],
      ['soon', 'Enter the date as year-month-day, for example 2027-01-10.'],
    ]) {
      input.value = typed ?? '';
      click(snooze);
      expect(modal.find('[role="alert"]')?.getText()).toBe(reason);
      expect(modal.isConnected).toBe(true);
    }
    const before = app.vault.peek('People/Priya Raman.md');
    expect(before).not.toContain('paused');

    input.value = '2026-12-04';
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(modal.isConnected).toBe(false);
    await eventually(() => expect(app.vault.peek('People/Priya Raman.md')).toContain('paused: 2026-12-04'));
    await app.metadataCache.settle();
    await afterRender();
    expect(shownSections(app)[0]?.[0]).toBe('Due');
    expect(shownNotices).toContain('One-on-ones: 1:1s with Priya Raman are snoozed until 2026-12-04.Undo');
  });

  it('"Snooze until…" on a person whose note is open with unsaved typing keeps the typing, and the editor shows the pause', async () => {
    const { app } = await openDemo();
    const person = app.vault.getFileByPath('People/Priya Raman.md');
    if (!person) throw new Error('no person note');
    await app.workspace.getLeaf(false).openFile(person);
    const view = app.workspace.getActiveViewOfType(MarkdownView);
    if (!view) throw new Error('no editor');
    // Typed a moment ago; Obsidian has not saved it yet.
    view.editor.replaceRange('- [ ] ask about the offsite\n', { line: view.editor.lastLine(), ch: 0 });
    const typed = view.editor.getValue();

    click(row(app, 'Priya Raman').find('[data-action="menu"]'));
    click(menuItem('Snooze until…'));
    const input = app.dom.find('.modal input') as HTMLInputElement | null;
    if (!input) throw new Error('no snooze modal');
    input.value = '2026-12-04';
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    // The pause goes in through the open editor, as every edit to an open note does: the typing stays.
    await eventually(() => expect(view.editor.getValue()).toContain('paused: 2026-12-04'));
    const body = (text: string | undefined) => text?.slice(text.indexOf('\n---\n') + 5);
    expect(body(view.editor.getValue())).toBe(body(typed));
    await view.save();
    expect(app.vault.peek('People/Priya Raman.md')).toBe(view.editor.getValue());
  });

  it.each([
    ['CRLF endings', (text: string) => text.replace(/\n/g, '\r\n'), '\r\n'],
    ['a byte order mark and lone CR endings', (text: string) => `\uFEFF${text.replace(/\n/g, '\r')}`, '\r'],
  ])('Snooze then Resume change the paused line only, in a note with %s and comments', async (_name, shape, eol) => {
    const { app, plugin } = await openDemo();
    const priya = 'People/Priya Raman.md';
    const odd = shape((app.vault.peek(priya) ?? '').replace('---\n', '---\n# reports to me since May\n'));
    await app.vault.modify(app.vault.getFileByPath(priya) as never, odd);
    await app.metadataCache.settle();
    await afterRender();
    click(row(app, 'Priya Raman').find('[data-action="menu"]'));
    click(menuItem('Snooze until…'));
    const input = app.dom.find('.modal input') as HTMLInputElement;
    input.value = '2026-12-04';
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    const closing = odd.indexOf(`${eol}---${eol}`, 4);
    await eventually(() => expect(app.vault.peek(priya)).toBe(`${odd.slice(0, closing)}${eol}paused: 2026-12-04${odd.slice(closing)}`));
    // Resume, as the sidebar does for a paused person (a lone-CR note's properties Obsidian may not read).
    const status = plugin.indexer.index.getPerson(priya);
    if (!status) throw new Error('no person');
    await resumePerson(plugin.writer, { person: status } as never);
    await eventually(() => expect(app.vault.peek(priya)).toBe(odd));
  });

  it('Snooze leaves properties it cannot read as they are, and says why', async () => {
    const { app } = await openDemo();
    const priya = 'People/Priya Raman.md';
    const broken = (app.vault.peek(priya) ?? '').replace('---\n', '---\nrole: [unclosed\n');
    await app.vault.modify(app.vault.getFileByPath(priya) as never, broken);
    await afterRender();
    click(row(app, 'Priya Raman').find('[data-action="menu"]'));
    click(menuItem('Snooze until…'));
    const input = app.dom.find('.modal input') as HTMLInputElement;
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await eventually(() => expect(shownNotices.at(-1)).toMatch(/^One-on-ones: could not snooze Priya Raman\. People\/Priya Raman\.md: its properties are not valid YAML \(.*\); nothing was changed\.$/));
    expect(app.vault.peek(priya)).toBe(broken);
  });

  it('hovering a name asks Page preview for the note of the last 1:1 (not a later cancelled one)', async () => {
    const { app } = await openDemo();
    expect(app.hoverLinkSources.get(HOVER_SOURCE)).toEqual({ display: 'One-on-ones', defaultMod: true });
    const hovers: { linktext: string; source: string; sourcePath: string; hoverParent: unknown }[] = [];
    app.workspace.on('hover-link', (info: unknown) => hovers.push(info as (typeof hovers)[number]));
    row(app, 'Priya Raman').find('.one-on-ones-due-name')?.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    row(app, 'Kenji Watanabe').find('.one-on-ones-due-name')?.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(hovers.map(({ linktext, source, sourcePath }) => ({ linktext, source, sourcePath }))).toEqual([
      { linktext: '1-1s/Priya Raman/2026-10-30.md', source: HOVER_SOURCE, sourcePath: 'People/Priya Raman.md' },
      { linktext: 'People/Kenji Watanabe.md', source: HOVER_SOURCE, sourcePath: 'People/Kenji Watanabe.md' },
    ]);
    expect(hovers[0]?.hoverParent).toBe(sidebar(app));
  });
});

describe('status bar', () => {
  const item = (app: { workspace: { statusBarEl: HTMLElement } }) => app.workspace.statusBarEl.find('.one-on-ones-status-overdue');

  it('counts overdue 1:1s, opens the sidebar on click, and follows its setting', async () => {
    const { app, plugin } = await startPlugin();
    await afterRender();
    expect(item(app).getText()).toBe('1 overdue 1:1');
    expect(item(app).isShown()).toBe(true);
    click(item(app));
    await afterRender();
    expect(sidebarLeaves(app)).toHaveLength(1);

    plugin.settings.showOverdueInStatusBar = false;
    await plugin.saveSettings();
    await afterRender();
    expect(item(app).isShown()).toBe(false);
  });

  it('says "1:1s" for several', async () => {
    fixNow(new Date(2026, 11, 10, 9));
    const { app } = await startPlugin();
    await afterRender();
    expect(item(app).getText()).toBe('4 overdue 1:1s');
  });
});

describe('empty states', () => {
  it('with no people yet, explains how to add them and offers one way to: "Add person…"', async () => {
    const { app } = await startPlugin({ files: { 'Welcome.md': 'hello' }, userEnabled: true });
    await afterRender();
    const el = sidebar(app).contentEl;
    expect(el.find('.one-on-ones-due-empty-title')?.getText()).toBe('No people yet');
    expect(el.find('.one-on-ones-due-empty-text')?.getText()).toContain('a note in the People folder or tagged #person, with a cadence property');
    expect(el.findAll('.one-on-ones-due-empty-buttons button').map((button) => button.getText())).toEqual(['Add person…']);
  });

  it('when everyone is on track, says so calmly and names the next 1:1', async () => {
    const { app } = await startPlugin({
      files: {
        'People/Ana.md': '---\ncadence: weekly\n---\n',
        'People/Ben.md': '---\ncadence: monthly\n---\n',
        'People/Cy.md': '---\npaused: true\ncadence: weekly\n---\n',
        '1-1s/Ana/2026-11-18.md': '---\nperson: "[[Ana]]"\ndate: 2026-11-18\n---\n',
        '1-1s/Ben/2026-11-10.md': '---\nperson: "[[Ben]]"\ndate: 2026-11-10\n---\n',
      },
      userEnabled: true,
    });
    await afterRender();
    const el = sidebar(app).contentEl;
    expect(el.find('.one-on-ones-due-empty-title')?.getText()).toBe('Everyone is on track');
    expect(el.find('.one-on-ones-due-empty-text')?.getText()).toBe('No 1:1 is due. The next one is with Ana, on Nov 25.');
    expect(el.find('[data-everyone]')?.getText()).toBe('Show everyone (3 more)');
    expect(shownSections(app)).toEqual([]);
  });
});
