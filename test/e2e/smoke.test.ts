// The first user flow, in both themes: the production bundle loads into the app, a command runs from
// the palette, and the settings tab shows its folder settings with folder suggestions.
import { describe, expect, it } from 'vitest';
import { useBrowser, type HarnessPage, requireChromium, screenshot } from './browser';
import type { Harness } from './page/entry';

const REBUILD_COMMAND = 'One-on-ones: Rebuild 1:1 index';
/** The demo vault, counted by the plugin's index. */
const INDEXED_NOTICE = /^One-on-ones: indexed 9 people, 37 meetings and 22 open action items in \d+ ms\.$/;

const browser = useBrowser();

async function open(theme: 'light' | 'dark'): Promise<HarnessPage> {
  const opened = await browser().openHarness({ theme, width: 1280, height: 800 });
  opened.page.setDefaultTimeout(5_000);
  return opened;
}

describe.each(['light', 'dark'] as const)('smoke, %s theme', (theme) => {
  it('loads the plugin from the production bundle without errors', async (context) => {
    requireChromium(context);
    const { page, problems } = await open(theme);
    const state = await page.evaluate(() => {
      const { plugin } = window.harness as Harness;
      return { id: plugin.manifest.id, loaded: plugin.isLoaded(), bodyClasses: [...document.body.classList] };
    });
    expect(state.id).toBe('one-on-ones');
    expect(state.loaded).toBe(true);
    expect(state.bodyClasses).toContain(`theme-${theme}`);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('runs "Rebuild 1:1 index" from the command palette', async (context) => {
    requireChromium(context);
    const { page, problems } = await open(theme);
    // What the plugin registered, as the app holds it: the palette lists it by that name.
    const registered = await page.evaluate(() => {
      const { app } = window.harness as Harness;
      return app.commands.listCommands().filter((c) => c.id.startsWith('one-on-ones:')).map((c) => [c.id, c.name]);
    });
    expect(registered).toContainEqual(['one-on-ones:rebuild-index', REBUILD_COMMAND]);
    // The first build has finished (no progress left) and found the demo vault's meetings.
    const revisionBefore = await page.evaluate(() => {
      const { indexer } = (window.harness as Harness).plugin as unknown as { indexer: { progress: unknown; index: { revision: number; meetingCount: number } } };
      return indexer.progress === null && indexer.index.meetingCount > 0 ? indexer.index.revision : null;
    });
    expect(revisionBefore).not.toBeNull();

    await page.keyboard.press('Control+p');
    const input = page.locator('.modal.prompt input.prompt-input');
    await input.waitFor();
    const titles = page.locator('.prompt-results .suggestion-item .suggestion-title');
    expect(await titles.allInnerTexts()).toContain(REBUILD_COMMAND);
    await page.keyboard.type('rebuild 1:1');
    const selected = page.locator('.prompt-results .suggestion-item.is-selected');
    await expect.poll(() => selected.locator('.suggestion-title').innerText()).toBe(REBUILD_COMMAND);
    await screenshot(page, `smoke-palette-${theme}`);

    await page.keyboard.press('Enter');
    await page.locator('.modal.prompt').waitFor({ state: 'detached' });
    const notice = page.locator('.notice-container .notice').filter({ hasText: /^One-on-ones: indexed/ });
    await notice.first().waitFor();
    // The plugin built its index again, and says what it found in the demo vault.
    const notices = await page.evaluate(() => (window.harness as Harness).notices());
    expect(notices.filter((text) => text.startsWith('One-on-ones: indexed'))).toEqual([expect.stringMatching(INDEXED_NOTICE)]);
    const revisionAfter = await page.evaluate(() => ((window.harness as Harness).plugin as unknown as { indexer: { index: { revision: number } } }).indexer.index.revision);
    expect(revisionAfter, 'the index was built again').toBeGreaterThan(revisionBefore ?? Infinity);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows the folder settings and suggests the vault folders', async (context) => {
    requireChromium(context);
    const { page, problems } = await open(theme);
    await page.evaluate(() => (window.harness as Harness).openSettings());
    const names = await page.locator('.modal.mod-settings .setting-item-name').allInnerTexts();
    expect(names).toEqual(expect.arrayContaining(['People folder', 'Meetings folder']));

    const peopleRow = page.locator('.setting-item').filter({ has: page.getByText('People folder', { exact: true }) });
    const peopleInput = peopleRow.locator('input[type="text"]');
    expect(await peopleInput.inputValue()).toBe('People');
    await peopleInput.click();
    await peopleInput.press('Control+A');
    await peopleInput.pressSequentially('Peo');
    const suggestions = page.locator('.suggestion-container .suggestion-item');
    await expect.poll(() => suggestions.allInnerTexts()).toEqual(['People', 'People/Mentors']);
    await screenshot(page, `smoke-settings-${theme}`);

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await peopleInput.inputValue()).toBe('People/Mentors');
    await expect
      .poll(() => page.evaluate(() => ((window.harness as Harness).plugin as unknown as { settings: { peopleFolder: string } }).settings.peopleFolder))
      .toBe('People/Mentors');
    expect(problems).toEqual([]);
    await page.close();
  });
});
