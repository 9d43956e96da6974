// Issue 12, item 5 "Every problem is seen": each problem the index finds on a person or their meetings
// shows wherever that person appears (the 1:1s due sidebar, their 1:1 view, the overview), and
// meeting notes whose person matches no person note are listed too. Demo vault on 2026-11-20, with
// bad values written into a few notes the way a user would mistype them.
import { describe, expect, it } from 'vitest';
import { OVERVIEW_VIEW_TYPE, PERSON_VIEW_TYPE } from '../../src/obsidian/person-view/person-view-host';
import type { App } from '../fake-obsidian/app';
import type { TFile } from '../fake-obsidian/vault';
import { readDemoVault } from '../support/demo-vault';
import { afterRender, click, row, shownSections, sidebar } from '../support/due-sidebar';
import { onTheReferenceDay, settle, startPlugin } from '../support/plugin-harness';
import { eventually } from '../support/eventually';

const PRIYA = 'People/Priya Raman.md';
const PRIYA_OCT9 = '1-1s/Priya Raman/2026-10-09.md';
const STRANGER = '1-1s/Sam Taylor/2026-11-02.md';
const NOBODY = 'Journal/Team lunch.md';

onTheReferenceDay();

/** The demo vault with one mistyped value per kind of person, and two notes that belong to nobody. */
function vaultWithProblems(): Record<string, string> {
  const files = readDemoVault();
  const edit = (path: string, from: string, to: string) => {
    const text = files[path];
    if (text === undefined || !text.includes(from)) throw new Error(`demo vault changed: ${path}`);
    files[path] = text.replace(from, to);
  };
  // Overdue Priya: a bad mood in one meeting. She stays overdue, with a marker.
  edit(PRIYA_OCT9, 'mood: 6', 'mood: eleven');
  // On-track Lucas: a mistyped pause. He would be quiet, so he needs attention.
  edit('People/Lucas Ferreira.md', 'cadence: every 3 weeks', 'cadence: every 3 weeks\npaused: tru');
  // Paused Hannah: a meeting (a section of her running note) with a status nobody uses. Also quiet, also needs attention.
  edit('1-1s/Hannah Lindqvist.md', '## 2026-09-10\nmood:: 7', '## 2026-09-10\nmood:: 7\nstatus:: done');
  files[STRANGER] = '---\nperson: "[[Sam Taylor]]"\ndate: 2026-11-02\nmood: 12\n---\nIntro chat.\n';
  files[NOBODY] = '---\ntags: [1on1]\ndate: 2026-11-03\n---\nWho sits where after the move.\n';
  return files;
}

async function openSidebar(files = vaultWithProblems()) {
  const started = await startPlugin({ files, userEnabled: true });
  await settle(started.app);
  await afterRender();
  return started;
}

const texts = (el: HTMLElement | null | undefined, selector: string) => el?.findAll(selector).map((e) => e.getText()) ?? [];

describe('the 1:1s due sidebar', () => {
  it('keeps an overdue person where they are, with a marker naming the count', async () => {
    const { app } = await openSidebar();
    expect(shownSections(app)[0]).toEqual(['Overdue', ['Priya Raman']]);
    const marker = row(app, 'Priya Raman').find('[data-problems]');
    expect(marker?.getText()).toBe('1 problem');
    expect(marker?.tagName).toBe('BUTTON');
    expect(marker?.getAttr('aria-expanded')).toBe('false');
  });

  it('shows the problems on the row when the marker is pressed, and a problem opens its note', async () => {
    const { app } = await openSidebar();
    click(row(app, 'Priya Raman').find('[data-problems]'));
    const priya = row(app, 'Priya Raman');
    expect(priya.find('[data-problems]')?.getAttr('aria-expanded')).toBe('true');
    expect(texts(priya, '.one-on-ones-due-problem')).toEqual(['2026-10-09: mood "eleven" is not a number from 1 to 10']);
    // The marker keeps the keyboard focus across the redraw that opened the list.
    expect(document.activeElement).toBe(priya.find('[data-problems]'));
    click(priya.find(`.one-on-ones-due-problem [data-open="${PRIYA_OCT9}"]`));
    await eventually(() => expect(app.workspace.getActiveFile()?.path).toBe(PRIYA_OCT9));
  });

  it('moves people who would be quiet into "Needs attention", problems shown, state kept', async () => {
    const { app } = await openSidebar();
    const attention = shownSections(app).find(([title]) => title === 'Needs attention');
    expect(attention?.[1]).toEqual(['Oliver Brandt', 'Lucas Ferreira', 'Hannah Lindqvist', '2026-11-02', 'Team lunch']);
    expect(texts(row(app, 'Lucas Ferreira'), '.one-on-ones-due-chip')).toEqual(['Next Dec 4', '1 problem']);
    expect(texts(row(app, 'Lucas Ferreira'), '.one-on-ones-due-problem')).toEqual(['Lucas Ferreira: paused "tru" is not true, false or a date (YYYY-MM-DD)']);
    expect(texts(row(app, 'Hannah Lindqvist'), '.one-on-ones-due-problem')).toEqual([
      'Hannah Lindqvist: status "done" is not one of held, cancelled, rescheduled, planned; not counted as met (under "2026-09-10")',
    ]);
    expect(texts(row(app, 'Oliver Brandt'), '.one-on-ones-due-problem')[0]).toMatch(/^Oliver Brandt: cadence "sometimes" is not a cadence/);
  });

  it('lists each person once, and counts notes that belong to nobody in the summary', async () => {
    const { app } = await openSidebar();
    const names = shownSections(app).flatMap(([, shown]) => shown);
    expect(new Set(names).size).toBe(names.length);
    const el = sidebar(app).contentEl;
    expect(el.find('.one-on-ones-due-summary')?.getText()).toBe('1 overdue · 2 due · 1 due soon · 1 never met · 5 need attention');
    expect(el.find('[data-everyone]')?.getText()).toBe('Show everyone (1 more)');
  });

  it('names a meeting note whose person matches no person note, with its problems; a click opens it', async () => {
    const { app } = await openSidebar();
    const entry = sidebar(app).contentEl.find(`[data-note="${STRANGER}"]`);
    expect(entry?.find('.one-on-ones-due-name')?.getText()).toBe('2026-11-02');
    expect(texts(entry, '.one-on-ones-due-problem')).toEqual(['Person "Sam Taylor" matches no person note', 'Mood 12 is outside 1–10']);
    const lunch = sidebar(app).contentEl.find(`[data-note="${NOBODY}"]`);
    expect(texts(lunch, '.one-on-ones-due-problem')).toEqual(['No person: add a person property, e.g. person: "[[Alice Smith]]"']);
    click(entry?.find('.one-on-ones-due-meta'));
    await eventually(() => expect(app.workspace.getActiveFile()?.path).toBe(STRANGER));
  });

  it('on the demo vault as it is: Rosa stays due with her marker, Oliver alone needs attention', async () => {
    const { app } = await openSidebar(readDemoVault());
    expect(shownSections(app)[1]).toEqual(['Due', ['Daniel Kowalczyk', 'Rosa Delgado']]);
    expect(row(app, 'Rosa Delgado').find('[data-problems]')?.getText()).toBe('1 problem');
    click(row(app, 'Rosa Delgado').find('[data-problems]'));
    expect(texts(row(app, 'Rosa Delgado'), '.one-on-ones-due-problem')).toEqual(['2026-09-10: mood "eleven" is not a number from 1 to 10']);
    expect(shownSections(app).at(-1)).toEqual(['Needs attention', ['Oliver Brandt']]);
    expect(sidebar(app).contentEl.findAll('[data-problems]')).toHaveLength(2);
  });

  it('drops the marker once the value is fixed', async () => {
    const { app } = await openSidebar();
    expect(row(app, 'Priya Raman').find('[data-problems]')).not.toBeNull();
    await app.vault.process(app.vault.getFileByPath(PRIYA_OCT9) as TFile, (text) => text.replace('mood: eleven', 'mood: 6'));
    await settle(app);
    await afterRender();
    expect(row(app, 'Priya Raman').find('[data-problems]')).toBeNull();
  });
});

describe('notes that cannot be read as they are', () => {
  it('names an unreadable meeting note on its person, who then needs attention', async () => {
    const { app, plugin } = await openSidebar(readDemoVault());
    app.vault.failingReads.add('1-1s/Lucas Ferreira/2026-11-13.md');
    await plugin.indexer.rebuild();
    await afterRender();
    expect(shownSections(app).at(-1)).toEqual(['Needs attention', ['Oliver Brandt', 'Lucas Ferreira']]);
    expect(texts(row(app, 'Lucas Ferreira'), '.one-on-ones-due-problem')).toEqual([expect.stringMatching(/^2026-11-13: the note could not be read/)]);
  });

  it('lists a note that is not valid UTF-8 in the banner of the 1:1 view', async () => {
    const { app } = await startPlugin();
    const path = '1-1s/Priya Raman/2026-11-13.md';
    const text = '---\nperson: "[[Priya Raman]]"\ndate: 2026-11-13\n---\n- [ ] @me send the caf';
    app.vault.createBinarySync(path, new Uint8Array([...new TextEncoder().encode(text), 0xe9, ...new TextEncoder().encode(' receipts\n')]));
    await settle(app);
    await app.workspace.getLeaf(false).setViewState({ type: PERSON_VIEW_TYPE, state: { person: PRIYA }, active: true });
    await settle(app);
    await eventually(() => expect(texts(viewEl(app, PERSON_VIEW_TYPE), '.one-on-ones-pv-problems li')).toEqual([expect.stringMatching(/^2026-11-13: .*not valid UTF-8/)]));
  });
});

function viewEl(app: App, type: string): HTMLElement {
  const leaf = app.workspace.getLeavesOfType(type)[0];
  if (!leaf) throw new Error(`no ${type} view open`);
  return (leaf.view as unknown as { contentEl: HTMLElement }).contentEl;
}

async function openPersonView(person: string) {
  const started = await startPlugin({ files: vaultWithProblems() });
  await settle(started.app);
  await started.app.workspace.getLeaf(false).setViewState({ type: PERSON_VIEW_TYPE, state: { person }, active: true });
  await settle(started.app);
  return { ...started, el: viewEl(started.app, PERSON_VIEW_TYPE) };
}

describe('the 1:1 view', () => {
  it('opens with a banner listing each problem and the note it is in', async () => {
    const { el } = await openPersonView(PRIYA);
    const banner = el.find('.one-on-ones-pv-problems');
    expect(banner?.find('.one-on-ones-pv-problems-title')?.getText()).toBe("1 problem in Priya Raman's notes");
    expect(texts(banner, 'li')).toEqual(['2026-10-09: mood "eleven" is not a number from 1 to 10']);
    // It sits above the talking points, open items and history: the first thing after the header.
    expect(el.find('.one-on-ones-pv-header')?.nextElementSibling).toBe(banner);
  });

  it('opens the note a problem is in from its link', async () => {
    const { app, el } = await openPersonView(PRIYA);
    click(el.find(`.one-on-ones-pv-problems a[data-open="${PRIYA_OCT9}"]`));
    await eventually(() => expect(app.workspace.getActiveFile()?.path).toBe(PRIYA_OCT9));
  });

  it("names the person's own note for a problem in its properties", async () => {
    const { el } = await openPersonView('People/Oliver Brandt.md');
    const items = texts(el, '.one-on-ones-pv-problems li');
    expect(items).toHaveLength(1);
    expect(items[0]).toMatch(/^Oliver Brandt: cadence "sometimes" is not a cadence/);
    expect(el.find('.one-on-ones-pv-problems a[data-open]')?.getAttr('data-open')).toBe('People/Oliver Brandt.md');
  });

  it('has no banner for someone whose notes read cleanly', async () => {
    const { el } = await openPersonView('People/Kenji Watanabe.md');
    expect(el.find('.one-on-ones-pv-name')?.getText()).toBe('Kenji Watanabe');
    expect(el.find('.one-on-ones-pv-problems')).toBeNull();
  });
});

describe('the overview', () => {
  async function openOverview() {
    const started = await startPlugin({ files: vaultWithProblems() });
    await settle(started.app);
    expect(started.app.commands.executeCommandById('one-on-ones:open-overview')).toBe(true);
    await settle(started.app);
    return { ...started, el: viewEl(started.app, OVERVIEW_VIEW_TYPE) };
  }

  it('marks a person with problems with the count, and makes the problems reachable from the row', async () => {
    const { el } = await openOverview();
    const priya = el.find(`tr[data-person="${PRIYA}"]`);
    expect(priya?.find('.one-on-ones-ov-problems')?.getText()).toBe('1 problem');
    expect(priya?.getAttr('aria-label')).toBe('Open the 1:1 view for Priya Raman. 1 problem: 2026-10-09: mood "eleven" is not a number from 1 to 10');
    expect(el.find('tr[data-person="People/Kenji Watanabe.md"] .one-on-ones-ov-problems')).toBeNull();
  });

  it('lists the meeting notes that belong to nobody, each opening its note', async () => {
    const { app, el } = await openOverview();
    const list = el.find('.one-on-ones-ov-unattributed');
    expect(list?.find('h3')?.getText()).toBe('Notes that match no person');
    expect(texts(list, 'li')).toEqual([
      '2026-11-02: person "Sam Taylor" matches no person note',
      '2026-11-02: mood 12 is outside 1–10',
      'Team lunch: no person: add a person property, e.g. person: "[[Alice Smith]]"',
    ]);
    click(list?.find(`a[data-open="${STRANGER}"]`));
    await eventually(() => expect(app.workspace.getActiveFile()?.path).toBe(STRANGER));
  });
});
