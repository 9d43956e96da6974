// The settings as Obsidian 1.13 reads them: definitions it draws and finds in its settings search,
// edited from the search results as from the tab, with the same checks and the same saving.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PluginManifest, SettingDefinition, SettingDefinitionItem } from 'obsidian';
import manifest from '../../manifest.json';
import OneOnOnesPlugin from '../../src/main';
import { SETTINGS } from '../../src/core/settings/settings';
import { createFakeApp, loadPlugin, type App } from '../fake-obsidian/app';
import { shownNotices } from '../fake-obsidian/notice';
import { readDemoVault } from '../support/demo-vault';
import { eventually } from '../support/eventually';
import { afterRender, DATA_JSON, holdReads, startPlugin } from '../support/plugin-harness';

beforeEach(() => {
  shownNotices.length = 0;
  document.body.empty();
});
afterEach(() => document.body.empty());

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const results = () => document.body.find('.setting-search-results');
const names = () => results().findAll('.setting-item-name').map((el) => el.getText());

function field(name: string): HTMLInputElement | HTMLTextAreaElement {
  const item = results().findAll('.setting-item').find((el) => el.find('.setting-item-name')?.getText() === name);
  const input = item?.find('input, textarea');
  if (!(input instanceof HTMLInputElement) && !(input instanceof HTMLTextAreaElement)) throw new Error(`no text field "${name}"`);
  return input;
}
const problemOf = (input: HTMLElement) => input.closest('.setting-item')?.find('.setting-item-error')?.getText();

/** Clicks into the field, selects what is there and types over it, one key at a time. */
async function typeOver(input: HTMLInputElement | HTMLTextAreaElement, text: string): Promise<void> {
  input.focus();
  input.value = '';
  input.trigger('input');
  for (const ch of text) {
    input.value += ch;
    input.trigger('input');
    await tick();
  }
}

/** Every control definition of the tab, groups opened. */
function controls(items: readonly SettingDefinitionItem[]): SettingDefinition[] {
  return items.flatMap((item) => ('type' in item ? controls((item.items ?? []) as SettingDefinitionItem[]) : [item]));
}

describe('the settings search', () => {
  it('finds our settings by name, description and search words: "agenda" and "tag"', async () => {
    const { app } = await startPlugin();
    app.setting.search('agenda');
    // The template's description names {{agenda}}.
    expect(names()).toEqual(['One-on-ones', 'Template', 'Talking points heading', 'Agenda heading']);
    app.setting.search('TAG');
    expect(names()).toEqual(['One-on-ones', 'People tag', 'Meeting tag']);
    app.setting.search('status bar overdue');
    expect(names()).toEqual(['One-on-ones', 'Overdue count in the status bar']);
    app.setting.search('agendum');
    expect(names()).toEqual([]);
    expect(results().getText()).toBe('No settings match.');
  });

  it('finds every setting by its name, each edited by exactly one control', async () => {
    const { app } = await startPlugin();
    const [tab] = app.setting.tabs;
    const defs = controls(tab?.settingItems ?? []).filter((def) => def.control !== undefined);
    expect(defs.map((def) => def.control?.key).sort()).toEqual(Object.keys(SETTINGS).sort());
    for (const def of defs) {
      app.setting.search(def.name);
      expect(names(), def.name).toContain(def.name);
    }
  });

  it('finds the line that says whether the Bases view is on', async () => {
    const { app } = await startPlugin();
    app.setting.search('bases');
    expect(names()).toContain('Bases view');
  });

  it('saves a value changed in the results once the field is left, as the tab does', async () => {
    const { app, plugin } = await startPlugin();
    app.setting.search('agenda');
    const input = field('Agenda heading');
    await typeOver(input, '  Topics ');
    expect(plugin.settings.agendaHeading).toBe('Agenda');
    input.blur();
    await tick();
    expect([plugin.settings.agendaHeading, input.value]).toEqual(['Topics', 'Topics']);
    expect(JSON.parse(await app.vault.adapter.read(DATA_JSON))).toMatchObject({ agendaHeading: 'Topics' });
  });

  it.each([
    ['a tag with a space', 'Meeting tag', 'one on one', 'This tag is not a tag (letters, digits, - _ / only); keeping "1on1".'],
    ['a tag with a zero-width space', 'Meeting tag', '1on\u200B1', 'This tag is not a tag (letters, digits, - _ / only); keeping "1on1".'],
    ['the agenda heading as the action items heading, in another case', 'Agenda heading', 'ACTION ITEMS', 'The agenda and action items headings must differ: checkboxes under the agenda heading are talking points, not action items; keeping "Agenda".'],
  ])('shows why %s is refused under the field in the results, and saves nothing', async (_case, name, typed, reason) => {
    const { app, plugin } = await startPlugin();
    app.setting.search(name);
    const before = { ...plugin.settings };
    const input = field(name);
    await typeOver(input, typed);
    input.blur();
    await tick();
    expect(problemOf(input)).toBe(reason);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(plugin.settings).toEqual(before);
    expect(await app.vault.adapter.exists(DATA_JSON)).toBe(false);
    app.setting.close();
    expect(shownNotices).toEqual([`One-on-ones settings not saved: ${name}: ${reason}`]);
  });

  it('saves nothing when what is typed is refused after a beginning that would do ("Peopl", then "People/Notes")', async () => {
    const { app, plugin } = await startPlugin();
    app.setting.search('meetings folder');
    const input = field('Meetings folder');
    await typeOver(input, 'People/Notes');
    input.blur();
    await tick();
    app.setting.close();
    await tick();
    expect(plugin.settings.meetingsFolder).toBe('1-1s');
    expect(await app.vault.adapter.exists(DATA_JSON)).toBe(false);
  });

  it('keeps templates by role exactly as typed, line endings included, and a very long name whole', async () => {
    const { app, plugin } = await startPlugin();
    app.setting.search('templates by role');
    const area = field('Templates by role');
    area.focus();
    area.value = 'mentor: Templates/M.md\r\nreport: Templates/R.md\rpeer: P.md';
    area.trigger('input');
    area.blur();
    app.setting.search('your name');
    const name = field('Your name');
    name.focus();
    name.value = 'Sam '.repeat(2500).trim();
    name.trigger('input');
    name.blur();
    await tick();
    expect(plugin.settings.roleTemplates).toBe('mentor: Templates/M.md\r\nreport: Templates/R.md\rpeer: P.md');
    expect(plugin.settings.myName).toHaveLength(9999);
  });
});

describe('a setting changed while the first index is being built', () => {
  it('is saved at once and the index is built again with it, never half with the old value', async () => {
    const files = { ...readDemoVault(), 'Inbox/Standup.md': '---\nperson: "[[Priya Raman]]"\ndate: 2026-11-18\ntags: [standup]\n---\n- [ ] [[Priya Raman]] send the slides\n' };
    const app: App = createFakeApp({ files });
    const open = holdReads(app);
    const plugin = (await loadPlugin(app, OneOnOnesPlugin as never, manifest as PluginManifest)) as unknown as OneOnOnesPlugin;
    await afterRender();
    expect(plugin.indexer.progress).not.toBeNull();
    app.setting.search('meeting tag');
    const input = field('Meeting tag');
    await typeOver(input, 'standup');
    input.blur();
    await tick();
    expect(plugin.settings.meetingTag).toBe('standup');
    expect(JSON.parse(await app.vault.adapter.read(DATA_JSON))).toMatchObject({ meetingTag: 'standup' });
    open();
    await afterRender();
    await eventually(() => expect(plugin.indexer.progress).toBeNull());
    expect(plugin.indexer.index.getMeeting('Inbox/Standup.md')).not.toBeNull();
    expect(shownNotices).toEqual([]);
  });
});
