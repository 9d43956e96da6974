import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { shownNotices } from '../fake-obsidian/notice';
import { DATA_JSON, startPlugin } from '../support/plugin-harness';

beforeEach(() => {
  shownNotices.length = 0;
  document.body.empty();
});
afterEach(() => document.body.empty());

describe('loading settings from data.json', () => {
  it('uses the defaults, silently, when there is no data.json', async () => {
    const { plugin } = await startPlugin();
    expect(plugin.settings).toEqual(DEFAULT_SETTINGS);
    expect(shownNotices).toEqual([]);
  });

  it('keeps valid stored values, and they are a fresh object (not the frozen defaults)', async () => {
    const { plugin } = await startPlugin({ dataJson: JSON.stringify({ peopleFolder: 'Team/People', meetingsFolder: 'Meetings' }) });
    expect(plugin.settings).toEqual({ ...DEFAULT_SETTINGS, peopleFolder: 'Team/People', meetingsFolder: 'Meetings' });
    expect(Object.isFrozen(plugin.settings)).toBe(false);
    expect(shownNotices).toEqual([]);
  });

  it('falls back to the defaults with one notice when data.json is not JSON', async () => {
    const { plugin } = await startPlugin({ dataJson: '{ "peopleFolder": "Peo' });
    expect(plugin.settings).toEqual(DEFAULT_SETTINGS);
    expect(shownNotices).toHaveLength(1);
    expect(shownNotices[0]).toContain('not valid JSON');
  });

  it.each([
    ['a path above the vault', { peopleFolder: '../x' }, 'peopleFolder "../x" leads outside the vault; using "People"', 'People'],
    ['an absolute path', { peopleFolder: '/abs' }, 'peopleFolder "/abs" was read as "abs"', 'abs'],
    ['a Windows drive path', { meetingsFolder: 'C:\\x' }, 'meetingsFolder "C:\\x" is a path outside the vault; using "1-1s"', 'People'],
    ['a number', { peopleFolder: 42 }, 'peopleFolder is not text; using "People"', 'People'],
    ['an empty folder', { peopleFolder: '  ' }, 'peopleFolder "  " is empty; using "People"', 'People'],
    ['backslashes and a trailing slash', { peopleFolder: 'Team\\People/' }, 'peopleFolder "Team\\People/" was read as "Team/People"', 'Team/People'],
    ['a tag with a space', { meetingTag: 'one on one' }, 'meetingTag "one on one" is not a tag (letters, digits, - _ / only); using "1on1"', 'People'],
    ['a tag with its #', { meetingTag: '#1on1' }, 'meetingTag "#1on1" was read as "1on1"', 'People'],
    ['a negative window', { dueSoonDays: -3 }, 'dueSoonDays is not a whole number of days from 0 to 60; using 2', 'People'],
    ['a window as text', { dueSoonDays: '2' }, 'dueSoonDays is not a whole number of days from 0 to 60; using 2', 'People'],
    ['a name that is not text', { myName: { first: 'Sam' } }, 'myName is not text; using none', 'People'],
  ])('repairs %s, naming the field in one notice', async (_case, stored, problem, peopleFolder) => {
    const { plugin } = await startPlugin({ dataJson: JSON.stringify(stored) });
    expect(shownNotices).toEqual([`One-on-ones settings: ${problem}.`]);
    expect(plugin.settings.peopleFolder).toBe(peopleFolder);
  });

  it('names every bad field and every unknown key in a single notice', async () => {
    const { plugin } = await startPlugin({ dataJson: JSON.stringify({ peopleFolder: '../../etc', meetingsFolder: ['x'], colour: 'red' }) });
    expect(plugin.settings).toEqual(DEFAULT_SETTINGS);
    expect(shownNotices).toHaveLength(1);
    expect(shownNotices[0]).toContain('peopleFolder');
    expect(shownNotices[0]).toContain('meetingsFolder');
    expect(shownNotices[0]).toContain('"colour"');
  });

  it.each([['null', 'null'], ['an array', '[1,2]'], ['a string', '"People"'], ['a number', '7']])(
    'treats data.json holding %s as no settings',
    async (_case, dataJson) => {
      const { plugin } = await startPlugin({ dataJson });
      expect(plugin.settings).toEqual(DEFAULT_SETTINGS);
      expect(shownNotices.length).toBeLessThanOrEqual(1);
    },
  );

  it('does not rewrite data.json while loading', async () => {
    const { app } = await startPlugin({ dataJson: '{"peopleFolder":"/abs"}' });
    expect(await app.vault.adapter.read(DATA_JSON)).toBe('{"peopleFolder":"/abs"}');
  });
});

describe('the settings tab', () => {
  async function openTab() {
    const started = await startPlugin();
    const tab = started.app.setting.tabs[0];
    if (!tab) throw new Error('the plugin added no settings tab');
    started.app.setting.openTab(tab);
    return { ...started, tab };
  }

  it('shows the people and meetings folders with their values', async () => {
    const { tab } = await openTab();
    const names = tab.containerEl.findAll('.setting-item-name').map((el) => el.getText());
    // Later features add their rows below these; the first five are the index's.
    expect(names.slice(0, 5)).toEqual(['People folder', 'Meetings folder', 'Meeting tag', 'Due soon window', 'Your name']);
    expect(names).toContain('Add done date');
    const inputs = tab.containerEl.findAll('input') as HTMLInputElement[];
    expect(inputs.slice(0, 5).map((input) => input.value)).toEqual(['People', '1-1s', '1on1', '2', '']);
  });

  it('saves a valid folder to data.json, normalised', async () => {
    const { app, plugin, tab } = await openTab();
    const input = tab.containerEl.find('input') as HTMLInputElement;
    input.value = 'Team//People/';
    input.trigger('input');
    await Promise.resolve();
    expect(plugin.settings.peopleFolder).toBe('Team/People');
    expect(JSON.parse(await app.vault.adapter.read(DATA_JSON))).toMatchObject({ peopleFolder: 'Team/People' });
  });

  it('refuses a folder outside the vault, says why, and keeps the old value', async () => {
    const { app, plugin, tab } = await openTab();
    const input = tab.containerEl.find('input') as HTMLInputElement;
    input.value = '../Secrets';
    input.trigger('input');
    await Promise.resolve();
    expect(plugin.settings.peopleFolder).toBe('People');
    expect(tab.containerEl.find('.one-on-ones-setting-problem')?.getText()).toBe('This folder leads outside the vault; keeping "People".');
    expect(await app.vault.adapter.exists(DATA_JSON)).toBe(false);
  });

  it('saves the due-soon window as a number and refuses one out of range', async () => {
    const { plugin, tab } = await openTab();
    const input = (tab.containerEl.findAll('input') as HTMLInputElement[])[3] as HTMLInputElement;
    input.value = '5';
    input.trigger('input');
    await Promise.resolve();
    expect(plugin.settings.dueSoonDays).toBe(5);
    input.value = '90';
    input.trigger('input');
    await Promise.resolve();
    expect(plugin.settings.dueSoonDays).toBe(5);
    expect(tab.containerEl.findAll('.one-on-ones-setting-problem')[3]?.getText()).toBe('Enter a whole number of days from 0 to 60; keeping "5".');
  });

  it('suggests vault folders while typing and saves the one chosen', async () => {
    const { app, plugin, tab } = await openTab();
    const input = tab.containerEl.find('input') as HTMLInputElement;
    input.value = 'peo';
    input.trigger('input');
    await new Promise((resolve) => setTimeout(resolve, 0));
    const shown = document.body.findAll('.suggestion-container .suggestion-item').map((el) => el.getText());
    expect(shown).toEqual(['People', 'People/Mentors']);
    (document.body.findAll('.suggestion-container .suggestion-item')[1] as HTMLElement).click();
    await Promise.resolve();
    expect(input.value).toBe('People/Mentors');
    expect(plugin.settings.peopleFolder).toBe('People/Mentors');
    expect(JSON.parse(await app.vault.adapter.read(DATA_JSON))).toMatchObject({ peopleFolder: 'People/Mentors' });
  });
});
