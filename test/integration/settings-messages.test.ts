// Every message the settings tab shows under a text field, for a range of typed values, pinned
// word for word: the tab's checks and the repair of data.json share one table of settings
// (src/core/settings/settings.ts), and that must not change a word of what the tab says.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { shownNotices } from '../fake-obsidian/notice';
import { startPlugin } from '../support/plugin-harness';

beforeEach(() => {
  shownNotices.length = 0;
  document.body.empty();
});
afterEach(() => document.body.empty());

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

async function openTab() {
  const started = await startPlugin();
  const tab = started.app.setting.tabs[0];
  if (!tab) throw new Error('the plugin added no settings tab');
  started.app.setting.openTab(tab);
  return { ...started, tab };
}

function field(tab: { containerEl: HTMLElement }, name: string): HTMLInputElement | HTMLTextAreaElement {
  const item = tab.containerEl.findAll('.setting-item').find((el) => el.find('.setting-item-name')?.getText() === name);
  const input = item?.find('input, textarea');
  if (!(input instanceof HTMLInputElement) && !(input instanceof HTMLTextAreaElement)) throw new Error(`no text field "${name}"`);
  return input;
}

/** Types each value into the field and leaves it: what the field then says, and the value in force. */
async function typeEach(name: string, key: string, values: readonly string[]): Promise<string[]> {
  const { plugin, tab } = await openTab();
  const input = field(tab, name);
  const seen: string[] = [];
  for (const value of values) {
    input.focus();
    input.value = value;
    input.trigger('input');
    input.blur();
    await tick();
    const problem = input.closest('.setting-item')?.find('.setting-item-error')?.getText() ?? '';
    const kept = JSON.stringify((plugin.settings as unknown as Record<string, unknown>)[key]);
    seen.push(`${JSON.stringify(value)} → ${problem === '' ? `saved ${kept}, shown ${JSON.stringify(input.value)}` : problem}`);
  }
  return seen;
}

describe('the settings tab says what it says today', () => {
  it('for the people and meetings folders', async () => {
    expect(await typeEach('People folder', 'peopleFolder', ['', '  ', '../x', '/abs', 'Team//People/', 'C:\\x', '~/x', 'a\u0001b', '1-1s', '1-1s/People', 'Cafe\u0301'])).toMatchInlineSnapshot(`
      [
        """ → This folder is empty; keeping "People".",
        ""  " → This folder is empty; keeping "People".",
        ""../x" → This folder leads outside the vault; keeping "People".",
        ""/abs" → saved "abs", shown "abs"",
        ""Team//People/" → saved "Team/People", shown "Team/People"",
        ""C:\\\\x" → This folder is a path outside the vault; keeping "Team/People".",
        ""~/x" → This folder is a path outside the vault; keeping "Team/People".",
        ""a\\u0001b" → This folder contains control characters; keeping "Team/People".",
        ""1-1s" → The meetings folder is the people folder too ("1-1s"): meeting notes would be read as people; keeping "Team/People".",
        ""1-1s/People" → The meetings folder holds the people folder ("1-1s/People"): person notes would be read as meetings; keeping "Team/People".",
        ""Café" → saved "Café", shown "Café"",
      ]
    `);
    expect(await typeEach('Meetings folder', 'meetingsFolder', ['People', 'People/Notes', '', 'Meet/', 'café'])).toMatchInlineSnapshot(`
      [
        ""People" → The meetings folder is the people folder too ("People"): meeting notes would be read as people; keeping "1-1s".",
        ""People/Notes" → The meetings folder is inside the people folder ("People"): meeting notes would be read as people; keeping "1-1s".",
        """ → This folder is empty; keeping "1-1s".",
        ""Meet/" → saved "Meet", shown "Meet"",
        ""café" → saved "café", shown "café"",
      ]
    `);
  });

  it('for the meeting tag, the due-soon window and your name', async () => {
    expect(await typeEach('Meeting tag', 'meetingTag', ['', 'one on one', '#1on1', '123', ' team/1on1 '])).toMatchInlineSnapshot(`
      [
        """ → This tag is empty; keeping "1on1".",
        ""one on one" → This tag is not a tag (letters, digits, - _ / only); keeping "1on1".",
        ""#1on1" → saved "1on1", shown "1on1"",
        ""123" → This tag is only digits, which Obsidian does not read as a tag; keeping "1on1".",
        "" team/1on1 " → saved "team/1on1", shown "team/1on1"",
      ]
    `);
    expect(await typeEach('Waiting after', 'waitingDays', ['', '0', '-3', '2.5', 'soon', ' 21 ', '1'])).toMatchInlineSnapshot(`
      [
        """ → Enter a whole number of days, 1 or more; keeping "14".",
        ""0" → Enter a whole number of days, 1 or more; keeping "14".",
        ""-3" → Enter a whole number of days, 1 or more; keeping "14".",
        ""2.5" → Enter a whole number of days, 1 or more; keeping "14".",
        ""soon" → Enter a whole number of days, 1 or more; keeping "14".",
        "" 21 " → saved 21, shown "21"",
        ""1" → saved 1, shown "1"",
      ]
    `);
    expect(await typeEach('Due soon window', 'dueSoonDays', ['', ' 5 ', '90', '-1', '2.5', 'x', '60', '0', '1e1'])).toMatchInlineSnapshot(`
      [
        """ → Enter a whole number of days from 0 to 60; keeping "2".",
        "" 5 " → saved 5, shown "5"",
        ""90" → Enter a whole number of days from 0 to 60; keeping "5".",
        ""-1" → Enter a whole number of days from 0 to 60; keeping "5".",
        ""2.5" → Enter a whole number of days from 0 to 60; keeping "5".",
        ""x" → Enter a whole number of days from 0 to 60; keeping "5".",
        ""60" → saved 60, shown "60"",
        ""0" → saved 0, shown "0"",
        ""1e1" → Enter a whole number of days from 0 to 60; keeping "0".",
      ]
    `);
    expect(await typeEach('Your name', 'myName', ['  Sam  ', '', 'Cafe\u0301'])).toMatchInlineSnapshot(`
      [
        ""  Sam  " → saved "Sam", shown "Sam"",
        """ → saved "", shown """,
        ""Café" → saved "Café", shown "Café"",
      ]
    `);
  });

  it('for the meeting note settings', async () => {
    expect(await typeEach('New note path', 'meetingPathPattern', ['', '../{{person}}/{{date}}', '{{person}}', '{{nope}}/{{date}}', ' {{date}} ', './{{date}}'])).toMatchInlineSnapshot(`
      [
        """ → This path is empty; keeping "{{person}}/{{date}} {{person}}".",
        ""../{{person}}/{{date}}" → This path leads outside the meetings folder; keeping "{{person}}/{{date}} {{person}}".",
        ""{{person}}" → This path has no {{date}}, so every 1:1 after the first would open the first note; keeping "{{person}}/{{date}} {{person}}".",
        ""{{nope}}/{{date}}" → This path has {{nope}}, which a path cannot fill in (use {{person}}, {{date}} or {{date:FORMAT}}); keeping "{{person}}/{{date}} {{person}}".",
        "" {{date}} " → saved "{{date}}", shown "{{date}}"",
        ""./{{date}}" → This path leads outside the meetings folder; keeping "{{date}}".",
      ]
    `);
    expect(await typeEach('Template', 'templateFile', ['Templates/x', '   ', '../x', 'T.md', ''])).toMatchInlineSnapshot(`
      [
        ""Templates/x" → saved "Templates/x.md", shown "Templates/x.md"",
        ""   " → saved "", shown """,
        ""../x" → This path leads outside the vault; keeping "".",
        ""T.md" → saved "T.md", shown "T.md"",
        """ → saved "", shown """,
      ]
    `);
    expect(await typeEach('Templates by role', 'roleTemplates', ['report: x', '  ', ''])).toMatchInlineSnapshot(`
      [
        ""report: x" → saved "report: x", shown "report: x"",
        ""  " → saved "  ", shown "  "",
        """ → saved "", shown """,
      ]
    `);
    expect(await typeEach('Talking points heading', 'talkingPointsHeading', ['', '   ', ' Agenda '])).toMatchInlineSnapshot(`
      [
        """ → This cannot be empty; keeping "Next 1:1".",
        ""   " → This cannot be empty; keeping "Next 1:1".",
        "" Agenda " → saved "Agenda", shown "Agenda"",
      ]
    `);
    expect(await typeEach('Action items heading', 'actionItemsHeading', ['', ' To do '])).toMatchInlineSnapshot(`
      [
        """ → This cannot be empty; keeping "Action items".",
        "" To do " → saved "To do", shown "To do"",
      ]
    `);
    expect(await typeEach('Cadence for new people', 'defaultCadence', ['', 'fortnite', '0d', ' weekly ', '2w', '3'])).toMatchInlineSnapshot(`
      [
        """ → cadence is empty (try weekly, biweekly, monthly, 2w, 10d); keeping "biweekly".",
        ""fortnite" → cadence "fortnite" is not a cadence (try weekly, biweekly, monthly, 2w, 10d); keeping "biweekly".",
        ""0d" → cadence "0d" must be at least 1 day; keeping "biweekly".",
        "" weekly " → saved "weekly", shown "weekly"",
        ""2w" → saved "2w", shown "2w"",
        ""3" → cadence "3" is not a cadence (try weekly, biweekly, monthly, 2w, 10d); keeping "2w".",
      ]
    `);
  });

  it('for the question settings', async () => {
    expect(await typeEach('Question file', 'questionFile', ['', '../q', 'Q', 'Q.md'])).toMatchInlineSnapshot(`
      [
        """ → This path is empty; keeping "1-1s/Questions.md".",
        ""../q" → This path leads outside the vault; keeping "1-1s/Questions.md".",
        ""Q" → saved "Q.md", shown "Q.md"",
        ""Q.md" → saved "Q.md", shown "Q.md"",
      ]
    `);
    expect(await typeEach('Inline trigger', 'questionTrigger', ['', 'a b', 'toolong', 'qq', '[[?', '#q', ' ;; '])).toMatchInlineSnapshot(`
      [
        """ → This trigger is empty; keeping "??".",
        ""a b" → This trigger contains a space; keeping "??".",
        ""toolong" → This trigger is longer than 5 characters; keeping "??".",
        ""qq" → This trigger has only letters or digits, so ordinary words would open the suggester; keeping "??".",
        ""[[?" → This trigger contains "[[", so Obsidian's link suggestions would open instead; keeping "??".",
        ""#q" → This trigger reads as a tag, so Obsidian's tag suggestions would open instead; keeping "??".",
        "" ;; " → saved ";;", shown ";;"",
      ]
    `);
    expect(await typeEach('Questions in new meeting notes', 'templateQuestionCount', ['', '21', '-1', '2.5', 'x', ' 4 '])).toMatchInlineSnapshot(`
      [
        """ → This is not a whole number from 0 to 20; keeping "3".",
        ""21" → This is not a whole number from 0 to 20; keeping "3".",
        ""-1" → This is not a whole number from 0 to 20; keeping "3".",
        ""2.5" → This is not a whole number from 0 to 20; keeping "3".",
        ""x" → This is not a whole number from 0 to 20; keeping "3".",
        "" 4 " → saved 4, shown "4"",
      ]
    `);
  });
});
