import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/settings/settings';
import { shownNotices } from '../fake-obsidian/notice';
import { afterRender, DATA_JSON, startPlugin } from '../support/plugin-harness';

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
    ['no waiting time', { waitingDays: 0 }, 'waitingDays is not a whole number of days, 1 or more; using 14', 'People'],
    ['a waiting time in part days', { waitingDays: 2.5 }, 'waitingDays is not a whole number of days, 1 or more; using 14', 'People'],
    ['a waiting time as text', { waitingDays: '14 days' }, 'waitingDays is not a whole number of days, 1 or more; using 14', 'People'],
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

  it('treats data.json holding null as no settings, silently, as Obsidian reads a missing file', async () => {
    const { plugin } = await startPlugin({ dataJson: 'null' });
    expect(plugin.settings).toEqual(DEFAULT_SETTINGS);
    expect(shownNotices).toEqual([]);
  });

  it.each([['an array', '[1,2]'], ['a string', '"People"'], ['a number', '7']])(
    'treats data.json holding %s as no settings, and says so in one notice',
    async (_case, dataJson) => {
      const { plugin } = await startPlugin({ dataJson });
      expect(plugin.settings).toEqual(DEFAULT_SETTINGS);
      expect(shownNotices).toEqual(['One-on-ones settings: the saved settings are not an object; using the defaults.']);
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
    // Later features add their rows below these; the first six are the index's.
    expect(names.slice(0, 6)).toEqual(['People folder', 'People tag', 'Meetings folder', 'Meeting tag', 'Due soon window', 'Your name']);
    expect(names).toContain('Add done date');
    const inputs = tab.containerEl.findAll('input') as HTMLInputElement[];
    expect(inputs.slice(0, 6).map((input) => input.value)).toEqual(['People', 'person', '1-1s', '1on1', '2', '']);
  });

  it('reads the people tag with or without #, refuses one with a space, and saves an empty one as off', async () => {
    const { app, plugin, tab } = await openTab();
    const input = field(tab, 'People tag');
    await typeOver(input, 'my people');
    input.blur();
    await tick();
    expect(problemOf(input)).toBe('This tag is not a tag (letters, digits, - _ / only); keeping "person".');
    expect(plugin.settings.peopleTag).toBe('person');
    await typeOver(input, ' #Team/Report ');
    input.blur();
    await tick();
    expect([input.value, problemOf(input), plugin.settings.peopleTag]).toEqual(['Team/Report', '', 'Team/Report']);
    await typeOver(input, '');
    input.blur();
    await tick();
    expect(plugin.settings.peopleTag).toBe('');
    expect(JSON.parse(await app.vault.adapter.read(DATA_JSON))).toMatchObject({ peopleTag: '' });
  });

  /** The text field of the setting with this name. */
  function field(tab: { containerEl: HTMLElement }, name: string): HTMLInputElement {
    const item = tab.containerEl.findAll('.setting-item').find((el) => el.find('.setting-item-name')?.getText() === name);
    const input = item?.find('input');
    if (!input?.instanceOf(HTMLInputElement)) throw new Error(`no text field "${name}"`);
    return input;
  }
  const problemOf = (input: HTMLInputElement) => input.closest('.setting-item')?.find('.setting-item-error')?.getText();
  const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

  /** Clicks into the field, selects what is there and types over it, one key at a time. */
  async function typeOver(input: HTMLInputElement, text: string): Promise<void> {
    input.focus();
    input.value = '';
    input.trigger('input');
    await typeMore(input, text);
  }
  async function typeMore(input: HTMLInputElement, text: string): Promise<void> {
    for (const ch of text) {
      input.value += ch;
      input.trigger('input');
      await tick();
    }
  }
  const pressEnter = (input: HTMLInputElement) => input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));

  it('typing over the meeting tag saves and re-indexes nothing until the field is left, then once', async () => {
    const { app, plugin, tab } = await openTab();
    const rebuild = vi.spyOn(plugin.indexer, 'rebuild');
    const input = field(tab, 'Meeting tag');
    await typeOver(input, 'me');
    // The user stops to think mid-word, for longer than the plugin waits before re-indexing.
    await afterRender();
    await typeMore(input, 'eting');
    expect(plugin.settings.meetingTag).toBe('1on1');
    expect(await app.vault.adapter.exists(DATA_JSON)).toBe(false);
    expect(rebuild).not.toHaveBeenCalled();
    input.blur();
    await tick();
    expect(plugin.settings.meetingTag).toBe('meeting');
    expect(JSON.parse(await app.vault.adapter.read(DATA_JSON))).toMatchObject({ meetingTag: 'meeting' });
    await afterRender();
    expect(rebuild).toHaveBeenCalledTimes(1);
  });

  it('saves a valid folder when the field is left, normalised, and shows the value in force', async () => {
    const { app, plugin, tab } = await openTab();
    const input = field(tab, 'People folder');
    await typeOver(input, 'Team//People/');
    expect(plugin.settings.peopleFolder).toBe('People');
    input.blur();
    await tick();
    expect(plugin.settings.peopleFolder).toBe('Team/People');
    expect(input.value).toBe('Team/People');
    expect(JSON.parse(await app.vault.adapter.read(DATA_JSON))).toMatchObject({ peopleFolder: 'Team/People' });
  });

  it.each([
    ['New note path', '../{{person}}/{{date}}', 'This path leads outside the meetings folder; keeping "{{person}}/{{date}} {{person}}".'],
    ['New note path', '{{person}}', 'This path has no {{date}}, so every 1:1 after the first would open the first note; keeping "{{person}}/{{date}} {{person}}".'],
    ['New note path', '{{nope}}/{{date}}', 'This path has {{nope}}, which a path cannot fill in (use {{person}}, {{date}} or {{date:FORMAT}}); keeping "{{person}}/{{date}} {{person}}".'],
    ['Meetings folder', 'People', 'The meetings folder is the people folder too ("People"): meeting notes would be read as people; keeping "1-1s".'],
    ['Meetings folder', 'People/Notes', 'The meetings folder is inside the people folder ("People"): meeting notes would be read as people; keeping "1-1s".'],
  ])('refuses %s "%s" that cannot work, saying why', async (name, value, reason) => {
    const { plugin, tab } = await openTab();
    const input = field(tab, name);
    const before = { ...plugin.settings };
    await typeOver(input, value);
    input.blur();
    await tick();
    expect(problemOf(input)).toBe(reason);
    expect(plugin.settings).toEqual(before);
  });

  it('refuses a folder outside the vault, says why under it (the app checks as you type), and keeps the old value', async () => {
    const { app, plugin, tab } = await openTab();
    const input = field(tab, 'People folder');
    await typeOver(input, '../Secrets');
    expect(problemOf(input)).toBe('This folder leads outside the vault; keeping "People".');
    input.blur();
    await tick();
    expect(plugin.settings.peopleFolder).toBe('People');
    expect(problemOf(input)).toBe('This folder leads outside the vault; keeping "People".');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(await app.vault.adapter.exists(DATA_JSON)).toBe(false);
  });

  it('saves the due-soon window on Enter, and keeps the last good value when the next is out of range', async () => {
    const { app, plugin, tab } = await openTab();
    const input = field(tab, 'Due soon window');
    await typeOver(input, '15');
    expect(plugin.settings.dueSoonDays).toBe(2);
    pressEnter(input);
    await tick();
    expect(plugin.settings.dueSoonDays).toBe(15);
    await typeOver(input, '90');
    pressEnter(input);
    await tick();
    expect(plugin.settings.dueSoonDays).toBe(15);
    expect(problemOf(input)).toBe('Enter a whole number of days from 0 to 60; keeping "15".');
    expect(JSON.parse(await app.vault.adapter.read(DATA_JSON))).toMatchObject({ dueSoonDays: 15 });
    await typeOver(input, '7');
    input.blur();
    await tick();
    expect(plugin.settings.dueSoonDays).toBe(7);
    expect(problemOf(input)).toBe('');
    expect(input.hasAttribute('aria-invalid')).toBe(false);
  });

  it('saves what is typed when the settings close with the field still focused', async () => {
    const { app, plugin, tab } = await openTab();
    await typeOver(field(tab, 'Your name'), 'Sam Rivera');
    expect(plugin.settings.myName).toBe('');
    app.setting.close();
    await tick();
    expect(plugin.settings.myName).toBe('Sam Rivera');
    expect(JSON.parse(await app.vault.adapter.read(DATA_JSON))).toMatchObject({ myName: 'Sam Rivera' });
  });

  it('says in a notice that a refused value was not saved when the settings close on it', async () => {
    const { app, plugin, tab } = await openTab();
    await typeOver(field(tab, 'Meeting tag'), 'one on one');
    app.setting.close();
    await tick();
    expect(plugin.settings.meetingTag).toBe('1on1');
    expect(shownNotices).toEqual(['One-on-ones settings not saved: Meeting tag: This tag is not a tag (letters, digits, - _ / only); keeping "1on1".']);
    expect(await app.vault.adapter.exists(DATA_JSON)).toBe(false);
  });

  it('suggests vault folders while typing and saves the one chosen with the keyboard, never the letters typed', async () => {
    const { app, plugin, tab } = await openTab();
    const input = field(tab, 'People folder');
    await typeOver(input, 'peo');
    const shown = document.body.findAll('.suggestion-container .suggestion-item').map((el) => el.getText());
    expect(shown).toEqual(['People', 'People/Mentors']);
    expect(plugin.settings.peopleFolder).toBe('People');
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true }));
    pressEnter(input);
    await tick();
    expect(input.value).toBe('People/Mentors');
    expect(plugin.settings.peopleFolder).toBe('People/Mentors');
    expect(JSON.parse(await app.vault.adapter.read(DATA_JSON))).toMatchObject({ peopleFolder: 'People/Mentors' });
  });

  it('saves a folder picked with the mouse at once, as a pick is a finished choice', async () => {
    const { app, plugin, tab } = await openTab();
    const input = field(tab, 'People folder');
    await typeOver(input, 'peo');
    expect(plugin.settings.peopleFolder).toBe('People');
    (document.body.findAll('.suggestion-container .suggestion-item')[1] as HTMLElement).click();
    await tick();
    expect(plugin.settings.peopleFolder).toBe('People/Mentors');
    expect(JSON.parse(await app.vault.adapter.read(DATA_JSON))).toMatchObject({ peopleFolder: 'People/Mentors' });
  });
});
