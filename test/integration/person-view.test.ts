// The 1:1 view and the overview on the demo vault at 2026-11-20: opening (commands, sidebar, view
// state), each section for Priya, safe write-back of checkboxes and talking points, live updates.
import { describe, expect, it, vi } from 'vitest';
import { openPersonView, OVERVIEW_VIEW_TYPE, PERSON_VIEW_TYPE } from '../../src/obsidian/person-view/person-view-host';
import type { App } from '../fake-obsidian/app';
import { shownNotices } from '../fake-obsidian/notice';
import type { TFile } from '../fake-obsidian/vault';
import { afterRender, click, row } from '../support/due-sidebar';
import { onTheReferenceDay, settle, startPlugin } from '../support/plugin-harness';
import { eventually } from '../support/eventually';

const PRIYA = 'People/Priya Raman.md';
const OCT30 = '1-1s/Priya Raman/2026-10-30.md';

onTheReferenceDay();

function viewEl(app: App, type = PERSON_VIEW_TYPE): HTMLElement {
  const leaf = app.workspace.getLeavesOfType(type)[0];
  if (!leaf) throw new Error(`no ${type} view open`);
  if (leaf.isDeferred) throw new Error(`the ${type} view is deferred: its tab was never shown`);
  return (leaf.view as unknown as { contentEl: HTMLElement }).contentEl;
}

async function openPriya() {
  const started = await startPlugin();
  await settle(started.app);
  const leaf = started.app.workspace.getLeaf(false);
  await leaf.setViewState({ type: PERSON_VIEW_TYPE, state: { person: PRIYA }, active: true });
  await settle(started.app);
  return { ...started, el: viewEl(started.app) };
}

const texts = (el: HTMLElement, selector: string) => el.findAll(selector).map((e) => e.getText());

describe('opening the 1:1 view', () => {
  it('keeps the person in the view state, so a restored tab shows the same person', async () => {
    const { app } = await openPriya();
    const leaf = app.workspace.getLeavesOfType(PERSON_VIEW_TYPE)[0];
    expect(leaf?.getViewState()).toMatchObject({ type: PERSON_VIEW_TYPE, state: { person: PRIYA } });
    expect(leaf?.getDisplayText()).toBe('1:1 · Priya Raman');
  });

  it('"Open 1:1 view for this person" works from a person note and from a meeting note, not elsewhere', async () => {
    const { app } = await startPlugin();
    await settle(app);
    const command = 'one-on-ones:open-person-view-this-person';
    await app.workspace.getLeaf().openFile(app.vault.getFileByPath('Dashboard.md') as TFile);
    expect(app.commands.executeCommandById(command)).toBe(false);
    await app.workspace.getLeaf().openFile(app.vault.getFileByPath('1-1s/Daniel Kowalczyk/2026-10-28.md') as TFile);
    expect(app.commands.executeCommandById(command)).toBe(true);
    await settle(app);
    expect(app.workspace.getLeavesOfType(PERSON_VIEW_TYPE)[0]?.getViewState().state).toEqual({ person: 'People/Daniel Kowalczyk.md' });
  });

  it('a click on a row of the 1:1s due sidebar opens that person\'s view', async () => {
    const { app } = await startPlugin({ userEnabled: true });
    await afterRender();
    click(row(app, 'Kenji Watanabe').find('.one-on-ones-due-meta'));
    await eventually(() => expect(app.workspace.getLeavesOfType(PERSON_VIEW_TYPE)[0]?.getViewState().state).toEqual({ person: 'People/Kenji Watanabe.md' }));
  });
});

describe('tabs restored in the background, whose views Obsidian defers until shown (since 1.7.2)', () => {
  async function restored() {
    const started = await startPlugin();
    await settle(started.app);
    const { workspace } = started.app;
    await workspace.restoreLeaf('main', { type: 'markdown', state: { file: 'Dashboard.md' } });
    const person = await workspace.restoreLeaf('main', { type: PERSON_VIEW_TYPE, state: { person: PRIYA } }, { background: true });
    const overview = await workspace.restoreLeaf('main', { type: OVERVIEW_VIEW_TYPE, state: { sort: 'name', descending: false, role: null } }, { background: true });
    const note = await workspace.restoreLeaf('main', { type: 'markdown', state: { file: OCT30 } }, { background: true });
    expect([person.isDeferred, overview.isDeferred, note.isDeferred]).toEqual([true, true, true]);
    expect(started.app.dom.find('.one-on-ones-pv, .one-on-ones-ov')).toBeNull();
    return { ...started, person, overview, note };
  }

  it('opening that person shows the restored tab, loaded, and opens no other', async () => {
    const { app, person } = await restored();
    await openPersonView(app as never, PRIYA);
    expect(person.isDeferred).toBe(false);
    expect(app.workspace.getLeavesOfType(PERSON_VIEW_TYPE)).toEqual([person]);
    expect((person as unknown as { containerEl: HTMLElement }).containerEl.isShown()).toBe(true);
    expect(viewEl(app).find('.one-on-ones-pv-name')?.getText()).toBe('Priya Raman');
  });

  it('"Open 1:1 overview" shows the restored overview, loaded, with its sort kept', async () => {
    const { app, overview } = await restored();
    expect(app.commands.executeCommandById('one-on-ones:open-overview')).toBe(true);
    await eventually(() => expect(overview.isDeferred).toBe(false));
    expect(app.workspace.getLeavesOfType(OVERVIEW_VIEW_TYPE)).toEqual([overview]);
    await eventually(() => expect(texts(viewEl(app, OVERVIEW_VIEW_TYPE), 'tbody td.mod-name')[0]).toBe('Aisha Mensah'));
  });

  it('a checkbox writes a note whose tab is deferred through the vault, and the tab shows it once opened', async () => {
    const { app, note } = await restored();
    await openPersonView(app as never, PRIYA);
    const task = viewEl(app).findAll('.one-on-ones-pv-task').find((li) => li.getText().includes('book a room for the ledger demo'));
    click(task?.find('input[type="checkbox"]'));
    await eventually(() => expect(app.vault.peek(OCT30)).toContain('- [x] book a room for the ledger demo ✅ 2026-11-20'));
    expect(shownNotices).toEqual(['One-on-ones: Done: "book a room for the ledger demo".Undo']);
    await app.workspace.revealLeaf(note);
    expect((note.view as unknown as { editor: { getValue(): string } }).editor.getValue()).toBe(app.vault.peek(OCT30));
  });
});

describe('sections for Priya', () => {
  it('header: name, state, facts and the three actions, which reach the plugin', async () => {
    const { el, plugin } = await openPriya();
    expect(el.find('.one-on-ones-pv-name')?.getText()).toBe('Priya Raman');
    expect(texts(el, '.one-on-ones-pv-title-row .one-on-ones-pv-chip')).toEqual(['14 days overdue', 'Cancelled Nov 6, not rescheduled']);
    expect(texts(el, '.one-on-ones-pv-fact')).toEqual(['report', 'weekly', 'Last 1:1 Oct 30 · 21 days ago', 'Next due Nov 6']);
    const start = vi.spyOn(plugin, 'startOneOnOne').mockResolvedValue();
    const talk = vi.spyOn(plugin, 'addTalkingPoint').mockResolvedValue();
    click(el.find('[data-action="start"]'));
    click(el.find('[data-action="talking-point"]'));
    expect(start).toHaveBeenCalledWith(PRIYA);
    expect(talk).toHaveBeenCalledWith(PRIYA);
  });

  it('talking points: the three queued, in order', async () => {
    const { el } = await openPriya();
    expect(texts(el, '.one-on-ones-pv-point-text')).toEqual([
      'Rebook the 1:1 we lost on Nov 6, and apologise for letting it slide',
      'How on-call has felt since the payout incidents',
      'Whether she still wants to give the conference talk in the spring',
    ]);
    expect(el.find('[data-point="0"] button[aria-label^="Move up"]')?.getAttribute('aria-disabled')).toBe('true');
  });

  it('open items: theirs 3, mine 3, unassigned 1, overdue and carried marked', async () => {
    const { el } = await openPriya();
    expect(texts(el, '.one-on-ones-pv-group-title')).toEqual(['Theirs3', 'Mine3', 'Unassigned1']);
    const budget = el.findAll('.one-on-ones-pv-task').find((li) => li.getText().includes('conference trip'));
    expect(budget?.hasClass('mod-overdue')).toBe(true);
    expect(texts(budget as HTMLElement, '.one-on-ones-pv-tag')).toEqual(['Overdue · Nov 13', 'Carried 3 times · 42 days old']);
  });

  it('check-in trend: seven points, oldest first, with values and dates', async () => {
    const { el } = await openPriya();
    expect(el.findAll('.one-on-ones-pv-chart circle')).toHaveLength(7);
    expect(el.findAll('.one-on-ones-pv-dot').map((g) => g.getAttribute('aria-label'))).toEqual([
      'Aug 28: 8', 'Sep 11: 8', 'Sep 25: 7', 'Oct 9: 6', 'Oct 16: 6', 'Oct 23: 5', 'Oct 30: 4',
    ]);
    expect(el.find('.mod-mood .one-on-ones-pv-muted')?.getText()).toBe('Falling: 8 → 4 over 7 check-ins');
  });

  it('history: every meeting with status, mood and summary; the date opens the note', async () => {
    const { app, el } = await openPriya();
    expect(texts(el, '.one-on-ones-pv-meeting-date').slice(0, 3)).toEqual(['Nov 6', 'Oct 30', 'Oct 23']);
    const cancelled = el.find('.one-on-ones-pv-meeting.mod-cancelled');
    expect(cancelled?.find('.one-on-ones-pv-tag')?.getText()).toBe('Cancelled');
    expect(cancelled?.find('.one-on-ones-pv-summary')?.getText()).toMatch(/^Cancelled: I was pulled into the incident review/);
    const oct30 = el.find(`[data-meeting="${OCT30}"]`);
    expect(texts(oct30, '.one-on-ones-pv-tag')).toEqual(['Mood 4', '7 open']);
    expect(oct30?.find('.one-on-ones-pv-summary')?.getText()).toMatch(/^Lowest check-in score since I started asking/);
    click(oct30?.find('a[data-open]'));
    await eventually(() => expect(app.workspace.getActiveFile()?.path).toBe(OCT30));
  });
});

describe('writing back', () => {
  it('a checkbox completes the task through the line writer: only that line of the note changes', async () => {
    const { app, el } = await openPriya();
    const before = app.vault.peek(OCT30) ?? '';
    const task = el.findAll('.one-on-ones-pv-task').find((li) => li.getText().includes('book a room for the ledger demo'));
    click(task?.find('input[type="checkbox"]'));
    await settle(app);
    await afterRender();
    const after = app.vault.peek(OCT30) ?? '';
    const [a, b] = [before.split('\n'), after.split('\n')];
    expect(b.length).toBe(a.length);
    const changed = a.map((line, i) => (line === b[i] ? null : i)).filter((i) => i !== null);
    expect(changed).toHaveLength(1);
    expect(b[changed[0] as number]).toBe('- [x] book a room for the ledger demo ✅ 2026-11-20');
    expect(texts(viewEl(app), '.one-on-ones-pv-group-title')).toEqual(['Theirs3', 'Mine3', 'Unassigned0']);
  });

  it('moving and removing talking points edit only those lines of the person note', async () => {
    const { app, el } = await openPriya();
    const before = app.vault.peek(PRIYA) ?? '';
    click(el.find('[data-point="0"] [data-point-action="down"]'));
    await settle(app);
    const moved = app.vault.peek(PRIYA) ?? '';
    const lines = before.split('\n');
    const first = lines.findIndex((line) => line.startsWith('- Rebook'));
    [lines[first], lines[first + 1]] = [lines[first + 1] ?? '', lines[first] ?? ''];
    expect(moved).toBe(lines.join('\n'));
    await afterRender();
    click(viewEl(app).find('[data-point="2"] [data-point-action="remove"]'));
    await settle(app);
    expect(app.vault.peek(PRIYA)).toBe(moved.replace('- Whether she still wants to give the conference talk in the spring\n', ''));
  });

  it('refuses to remove a point that changed since it was shown, and says so', async () => {
    const { app, el } = await openPriya();
    const file = app.vault.getFileByPath(PRIYA) as TFile;
    await app.vault.process(file, (text) => text.replace('- How on-call has felt', '- How on-call really has felt'));
    click(el.find('[data-point="1"] [data-point-action="remove"]'));
    await settle(app);
    expect(app.vault.peek(PRIYA)).toContain('- How on-call really has felt');
    expect(shownNotices.at(-1)).toMatch(/changed meanwhile, so nothing was written/);
  });
});

describe('live updates', () => {
  it('redraws after a meeting note changes', async () => {
    const { app } = await openPriya();
    const file = app.vault.getFileByPath(OCT30) as TFile;
    await app.vault.process(file, (text) => text.replace('mood: 4', 'mood: 3'));
    await settle(app);
    await afterRender();
    expect(viewEl(app).find('.mod-mood .one-on-ones-pv-muted')?.getText()).toBe('Falling: 8 → 3 over 7 check-ins');
  });

  it('waits while out of the document, and catches up when put back with no layout change or resize', async () => {
    const { app } = await openPriya();
    const trend = () => viewEl(app).find('.mod-mood .one-on-ones-pv-muted')?.getText();
    const before = trend();
    // Taken out of the document and put back, as when its tab moves to another window.
    const viewContainer = viewEl(app).parentElement;
    const place = viewContainer?.parentElement;
    if (!viewContainer || !place) throw new Error('the view is not in the document');
    viewContainer.detach();
    const file = app.vault.getFileByPath(OCT30) as TFile;
    await app.vault.process(file, (text) => text.replace('mood: 4', 'mood: 3'));
    await settle(app);
    await afterRender();
    expect(trend()).toBe(before);

    const layoutChanges = vi.fn();
    app.workspace.on('layout-change', layoutChanges);
    place.appendChild(viewContainer);
    await eventually(() => expect(trend()).toBe('Falling: 8 → 3 over 7 check-ins'));
    expect(layoutChanges).not.toHaveBeenCalled();
  });
});

describe('overview', () => {
  async function openOverview() {
    const started = await startPlugin();
    await settle(started.app);
    expect(started.app.commands.executeCommandById('one-on-ones:open-overview')).toBe(true);
    await settle(started.app);
    return { ...started, el: viewEl(started.app, OVERVIEW_VIEW_TYPE) };
  }
  const names = (el: HTMLElement) => texts(el, 'tbody td.mod-name');

  it('lists everyone most urgent first, with open counts and a trend', async () => {
    const { el } = await openOverview();
    // Rosa was due 11 days ago, Daniel 9: the most days first, as the State chips read.
    expect(names(el).slice(0, 4)).toEqual(['Priya Raman', 'Rosa Delgado', 'Daniel Kowalczyk', 'Aisha Mensah']);
    const priya = el.find(`tr[data-person="${PRIYA}"]`);
    expect(texts(priya, 'td').slice(0, 8)).toEqual(['Priya Raman', 'report', 'weekly', 'Oct 30', 'Nov 6', '14 days overdue', '3', '3']);
    expect(priya?.find('.one-on-ones-ov-spark')?.getAttribute('aria-label')).toBe('Check-ins: 8, 8, 7, 6, 6, 5, 4');
  });

  it('sorts by a header, flips on a second click, filters by role, and keeps both in its state', async () => {
    const { app, el } = await openOverview();
    click(el.find('[data-sort="name"]'));
    expect(names(el)[0]).toBe('Aisha Mensah');
    click(el.find('[data-sort="name"]'));
    expect(names(el)[0]).toBe('Rosa Delgado');
    const select = el.find('select[data-filter="role"]') as HTMLSelectElement;
    select.value = 'mentor';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(names(el)).toEqual(['Margaret Okonkwo']);
    expect(app.workspace.getLeavesOfType(OVERVIEW_VIEW_TYPE)[0]?.getViewState().state).toEqual({ sort: 'name', descending: true, role: 'mentor' });
  });

  it('filters by name as you type, keeping the focus and caret in the filter', async () => {
    const { el } = await openOverview();
    const search = () => el.find('input[data-filter="name"]') as HTMLInputElement;
    search().focus();
    search().value = 'KOW';
    search().dispatchEvent(new Event('input', { bubbles: true }));
    await afterRender();
    expect(names(el)).toEqual(['Daniel Kowalczyk']);
    expect(document.activeElement).toBe(search());
    expect(search().selectionStart).toBe(3);
    expect(el.find('.one-on-ones-ov-muted')?.getText()).toBe('1 of 9 people');
    search().value = 'zz';
    search().dispatchEvent(new Event('input', { bubbles: true }));
    await afterRender();
    expect(el.find('.one-on-ones-pv-empty')?.getText()).toBe('No name holds "zz".');
  });

  it('starts a 1:1 from a row\'s button, and offers the person\'s actions on a right-click', async () => {
    const { app, plugin, el } = await openOverview();
    const start = vi.spyOn(plugin, 'startOneOnOne').mockResolvedValue();
    const talk = vi.spyOn(plugin, 'addTalkingPoint').mockResolvedValue();
    click(el.find(`tr[data-person="${PRIYA}"] [data-action="start"]`));
    expect(start).toHaveBeenCalledWith(PRIYA);
    expect(app.workspace.getLeavesOfType(PERSON_VIEW_TYPE)).toEqual([]);
    el.find(`tr[data-person="${PRIYA}"] td.mod-last`)?.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, cancelable: true }));
    const items = document.body.findAll('.menu .menu-item-title');
    expect(items.map((item) => item.getText())).toEqual(['Start 1:1', 'Add talking point', 'Open 1:1 view', 'Open person note']);
    click(items[1]?.closest('.menu-item'));
    expect(talk).toHaveBeenCalledWith(PRIYA);
  });

  it('Enter on a row opens that person\'s view', async () => {
    const { app, el } = await openOverview();
    el.find(`tr[data-person="${PRIYA}"]`)?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await eventually(() => expect(app.workspace.getLeavesOfType(PERSON_VIEW_TYPE)[0]?.getViewState().state).toEqual({ person: PRIYA }));
  });
});

describe('questions in the 1:1 view', () => {
  it('lists the bank questions asked lately and the categories not covered in 60 days', async () => {
    const { app } = await startPlugin();
    await settle(app);
    await openPersonView(app as never, 'People/Lucas Ferreira.md');
    await settle(app);
    await afterRender();
    const section = document.body.find('.one-on-ones-pv-questions');
    expect(section).not.toBeNull();
    const asked = section?.findAll('.one-on-ones-pv-question-when').map((when) => when.getText()) ?? [];
    expect(asked.length).toBeGreaterThan(0);
    expect(asked[0]).toMatch(/^[^·]+, asked (\d+ (days|weeks) ago|yesterday|today)$/);
    const uncovered = section?.findAll('.one-on-ones-pv-chip').map((chip) => chip.getText()) ?? [];
    expect(uncovered.length).toBeGreaterThan(5);
    expect(uncovered).not.toContain(asked[0]?.split(',')[0]);
  });

  it('opens the question picker on a "not covered" category, and queues the questions picked for the next 1:1', async () => {
    const { app } = await startPlugin();
    await settle(app);
    await openPersonView(app as never, 'People/Lucas Ferreira.md');
    await settle(app);
    await afterRender();
    const chip = document.body.findAll('.one-on-ones-pv-questions button.one-on-ones-pv-chip').find((el) => el.getText() === 'Feedback for them');
    expect(chip?.getAttribute('aria-label')).toBe('Queue a question from Feedback for them for the next 1:1');
    click(chip);
    await eventually(() => expect(app.dom.find('.one-on-ones-question-modal')).not.toBeNull());
    const input = app.dom.find('.one-on-ones-question-modal input.prompt-input') as HTMLInputElement;
    expect(input.value).toBe('#feedback-them ');
    const rows = () => app.dom.findAll('.one-on-ones-question-modal .suggestion-item');
    expect(rows().length).toBeGreaterThan(3);
    expect(rows().every((row) => row.find('.one-on-ones-question-category')?.getText() === 'Feedback for them')).toBe(true);
    expect(app.dom.findAll('.one-on-ones-question-modal .prompt-instruction').map((el) => el.getText())).toContain('↵to queue');
    const first = rows()[0]?.find('.suggestion-title')?.getText() ?? '';
    const second = rows()[1]?.find('.suggestion-title')?.getText() ?? '';
    const key = (init: KeyboardEventInit) => input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, ...init }));
    // Ctrl+Enter queues and stays open, the question now marked as queued; Enter on the next closes.
    key({ ctrlKey: true });
    await settle(app);
    expect(rows()[0]?.find('.one-on-ones-question-in-note')?.getText()).toBe('queued');
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true }));
    key({});
    await settle(app);
    expect(app.dom.find('.one-on-ones-question-modal')).toBeNull();
    const note = app.vault.peek('People/Lucas Ferreira.md') ?? '';
    expect(note.split('\n').filter((line) => line === `- ${first}` || line === `- ${second}`)).toEqual([`- ${first}`, `- ${second}`]);
    // Picked again, a question is not queued twice.
    click(chip);
    await eventually(() => expect(app.dom.find('.one-on-ones-question-modal')).not.toBeNull());
    (app.dom.find('.one-on-ones-question-modal input.prompt-input') as HTMLInputElement).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    await settle(app);
    expect((app.vault.peek('People/Lucas Ferreira.md') ?? '').split('\n').filter((line) => line === `- ${first}`)).toHaveLength(1);
    expect(shownNotices.at(-1)).toBe(`Already queued: "${first}"`);
    expect(shownNotices).toContain('Queued for your next 1:1 with Lucas Ferreira.');
  });
});
