// The first user flow, in both themes: the production bundle loads into the app, a command runs from
// the palette, and the settings tab shows its folder settings with folder suggestions.
import { describe, expect, it } from 'vitest';
import { useBrowser, type HarnessPage, requireChromium, screenshot } from './browser';
import type { Harness } from './page/entry';

const REBUILD_COMMAND = 'One-on-ones: Rebuild 1:1 index';

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
    await page.keyboard.press('Control+p');
    const input = page.locator('.modal.prompt input.prompt-input');
    await input.waitFor();
    expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
    const titles = page.locator('.prompt-results .suggestion-item .suggestion-title');
    const allCommands = await titles.allInnerTexts();
    expect(allCommands).toContain(REBUILD_COMMAND);

    await page.keyboard.type('rebuild 1:1');
    const selected = page.locator('.prompt-results .suggestion-item.is-selected');
    await expect.poll(() => selected.locator('.suggestion-title').innerText()).toBe(REBUILD_COMMAND);
    expect((await titles.allInnerTexts()).length).toBeLessThan(allCommands.length);
    expect(await selected.locator('.suggestion-highlight').count()).toBeGreaterThan(0);
    await screenshot(page, `smoke-palette-${theme}`);

    await page.keyboard.press('Enter');
    await page.locator('.modal.prompt').waitFor({ state: 'detached' });
    const notice = page.locator('.notice-container .notice').filter({ hasText: /^One-on-ones: indexed/ });
    await notice.first().waitFor();
    const notices = await page.evaluate(() => (window.harness as Harness).notices());
    expect(notices.some((text) => text.startsWith('One-on-ones: indexed'))).toBe(true);
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
