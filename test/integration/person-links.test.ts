// obsidian://one-on-ones links, as a calendar invite opens them: a name the app has decoded starts
// (or opens) today's 1:1 or opens the 1:1 view; a name that is nobody's, several people's or none
// opens the person picker with it typed in, and nothing is written. "Copy link to start 1:1 with…"
// makes such a link, and it leads back to the same person.
import type { PluginManifest } from 'obsidian';
import { describe, expect, it } from 'vitest';
import manifest from '../../manifest.json';
import OneOnOnesPlugin from '../../src/main';
import { createFakeApp, loadPlugin } from '../fake-obsidian/app';
import { personLinkUrl } from '../../src/core/people/person-link-url';
import { PERSON_VIEW_TYPE } from '../../src/obsidian/person-view/person-view-host';
import type { App } from '../fake-obsidian/app';
import { shownNotices } from '../fake-obsidian/notice';
import { readDemoVault } from '../support/demo-vault';
import { eventually } from '../support/eventually';
import { onTheReferenceDay, startSettled } from '../support/plugin-harness';

onTheReferenceDay();

const PRIYA_TODAY = '1-1s/Priya Raman/2026-11-20 Priya Raman.md';

const pickerInput = () => document.body.find('.prompt-input') as HTMLInputElement | null;
const rowNames = () => document.body.findAll('.prompt-results .one-on-ones-person-name').map((el) => el.getText());
const personShown = (app: App) => app.workspace.getLeavesOfType(PERSON_VIEW_TYPE).map((leaf) => (leaf.getViewState().state as { person?: string }).person);
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function open(app: App, query: string): void {
  app.openObsidianUrl(`obsidian://one-on-ones?vault=${encodeURIComponent(app.vault.getName())}&${query}`);
}

const ODD_NAMES: Record<string, string> = {
  'People/C# Dev.md': '---\ncadence: weekly\n---\n',
  'People/100% Ana.md': '---\ncadence: weekly\n---\n',
  'People/Bo & Cy+Zoë.md': '---\ncadence: weekly\n---\n',
  'People/Alex Kim.md': '---\ncadence: weekly\n---\n',
  'People/Contractors/Alex Kim.md': '---\ncadence: monthly\n---\n',
};

describe('obsidian://one-on-ones?start= and ?view=', () => {
  it('start=<name> starts today\'s 1:1 and opens it; the same link again opens the same note', async () => {
    const { app } = await startSettled();
    open(app, 'start=Priya%20Raman');
    await eventually(() => expect(app.workspace.getActiveFile()?.path).toBe(PRIYA_TODAY));
    const written = app.vault.peek(PRIYA_TODAY);
    open(app, 'start=priya');
    await tick();
    expect(app.vault.peek(PRIYA_TODAY)).toBe(written);
    expect(app.vault.getMarkdownFiles().filter((f) => f.path.startsWith('1-1s/Priya Raman/2026-11-20')).length).toBe(1);
    expect(pickerInput()).toBeNull();
  });

  it('view=<alias> opens the 1:1 view of that person, and writes nothing', async () => {
    const { app } = await startSettled();
    const before = app.vault.getMarkdownFiles().length;
    open(app, 'view=Meg');
    await eventually(() => expect(personShown(app)).toEqual(['People/Mentors/Margaret Okonkwo.md']));
    expect(app.vault.getMarkdownFiles().length).toBe(before);
  });

  it('names with #, %, &, + and accents come back whole, as the copied link writes them', async () => {
    const { app } = await startSettled({ files: { ...readDemoVault(), ...ODD_NAMES } });
    for (const name of ['C# Dev', '100% Ana', 'Bo & Cy+Zoë']) {
      app.openObsidianUrl(personLinkUrl(app.vault.getName(), 'view', name));
      await eventually(() => expect(personShown(app)).toEqual([`People/${name}.md`]));
    }
  });

  it('an unknown name opens the picker with it typed in, and starts nobody until a person is picked', async () => {
    const { app } = await startSettled();
    open(app, 'start=Priya%20Ramen');
    await tick();
    expect(pickerInput()?.value).toBe('Priya Ramen');
    expect(rowNames()[0]).toBe('Priya Raman');
    expect(shownNotices).toEqual(['One-on-ones: the link\'s "Priya Ramen" is not one person\'s name; pick who it means.']);
    expect(app.vault.getFileByPath(PRIYA_TODAY)).toBeNull();
    pickerInput()?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await eventually(() => expect(app.workspace.getActiveFile()?.path).toBe(PRIYA_TODAY));
  });

  it('a name two people share opens the picker with both, not one of them', async () => {
    const { app } = await startSettled({ files: { ...readDemoVault(), ...ODD_NAMES } });
    open(app, 'view=Alex%20Kim');
    await tick();
    expect(pickerInput()?.value).toBe('Alex Kim');
    expect(rowNames().slice(0, 2)).toEqual(['Alex Kim', 'Alex Kim']);
    expect(shownNotices.at(-1)).toBe('One-on-ones: the link\'s "Alex Kim" is not one person\'s name; pick who it means.');
    expect(personShown(app)).toEqual([]);
    open(app, 'view=People%2FContractors%2FAlex%20Kim');
    await eventually(() => expect(personShown(app)).toEqual(['People/Contractors/Alex Kim.md']));
  });

  it('no name, an empty one, or a link that asks for neither, never starts anything', async () => {
    const { app } = await startSettled();
    const before = app.vault.getMarkdownFiles().length;
    for (const query of ['start', 'start=', 'view=%20']) {
      open(app, query);
      await tick();
      expect(pickerInput()?.value).toBe('');
      document.body.findAll('.modal-container').forEach((el) => el.detach());
    }
    expect(shownNotices).toEqual([]);
    open(app, 'person=Priya');
    expect(shownNotices.at(-1)).toBe('One-on-ones: this link names nobody; it needs start=<name> or view=<name>.');
    expect(app.vault.getMarkdownFiles().length).toBe(before);
  });
});

describe('a link that starts Obsidian', () => {
  it('waits for the vault to be indexed, then starts the 1:1 with the person it names', async () => {
    const app = createFakeApp({ files: readDemoVault() });
    await loadPlugin(app, OneOnOnesPlugin as never, manifest as PluginManifest, { layoutReady: false });
    open(app, 'start=Priya%20Raman');
    await tick();
    expect(pickerInput()).toBeNull();
    app.workspace.triggerLayoutReady();
    await eventually(() => expect(app.workspace.getActiveFile()?.path).toBe(PRIYA_TODAY));
    expect(pickerInput()).toBeNull();
    expect(shownNotices.filter((text) => text.includes('not one person'))).toEqual([]);
  });
});

describe('Copy link to start 1:1 with…', () => {
  it('puts the vault\'s link on the clipboard, which starts the 1:1 with the person picked', async () => {
    const { app } = await startSettled({ files: { ...readDemoVault(), ...ODD_NAMES } });
    const copy = async (typed: string, row: (el: HTMLElement) => boolean) => {
      shownNotices.length = 0;
      app.commands.executeCommandById('one-on-ones:copy-start-link');
      await tick();
      const input = pickerInput();
      if (!input) throw new Error('no picker');
      input.value = typed;
      input.dispatchEvent(new Event('input'));
      await tick();
      document.body.findAll('.prompt-results .suggestion-item').find(row)?.click();
      await eventually(() => expect(shownNotices.at(-1)).toMatch(/^Copied the link to start a 1:1 with .*: paste it into the calendar invite\.$/));
      return (await navigator.clipboard.readText()).replace(`vault=${encodeURIComponent(app.vault.getName())}&`, 'vault=Demo&');
    };
    expect(await copy('C# Dev', () => true)).toBe('obsidian://one-on-ones?vault=Demo&start=C%23%20Dev');
    const contractor = (el: HTMLElement) => el.find('.one-on-ones-person-folder')?.getText().includes('Contractors') === true;
    expect(await copy('Alex Kim', contractor)).toBe('obsidian://one-on-ones?vault=Demo&start=People%2FContractors%2FAlex%20Kim');
    const copied = await navigator.clipboard.readText();
    app.openObsidianUrl(copied);
    await eventually(() => expect(app.workspace.getActiveFile()?.path).toMatch(/^1-1s\/Alex Kim.*\/2026-11-20 Alex Kim\.md$/));
    expect(app.vault.peek(app.workspace.getActiveFile()?.path ?? '')).toContain('People/Contractors/Alex Kim');
  });
});
