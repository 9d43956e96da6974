// Text settings in real Chromium, typed with the keyboard: nothing is saved or re-indexed while the
// user types; Tab (leaving the field) saves a good value; a bad one is named under the setting and
// the last good value stays in force.
import { describe, expect, it } from 'vitest';
import { requireChromium, screenshot, useBrowser } from './browser';
import type { Harness } from './page/entry';

const browser = useBrowser();

describe('text settings', () => {
  it('are checked and saved when the field is left, never mid-word', async (context) => {
    requireChromium(context);
    const { page, problems } = await browser().openHarness({ theme: 'light', width: 1280, height: 800 });
    page.setDefaultTimeout(5_000);
    await page.evaluate(() => (window.harness as Harness).openSettings());
    const saved = () => page.evaluate(() => ((window.harness as Harness).plugin as unknown as { settings: { meetingTag: string } }).settings.meetingTag);
    // Counts the plugin's re-indexing, which a changed meeting tag starts.
    await page.evaluate(() => {
      const indexer = ((window.harness as Harness).plugin as unknown as { indexer: { rebuild: () => Promise<void>; rebuilds?: number } }).indexer;
      const rebuild = indexer.rebuild.bind(indexer);
      indexer.rebuilds = 0;
      indexer.rebuild = () => {
        indexer.rebuilds = (indexer.rebuilds ?? 0) + 1;
        return rebuild();
      };
    });
    const rebuilds = () => page.evaluate(() => ((window.harness as Harness).plugin as unknown as { indexer: { rebuilds: number } }).indexer.rebuilds);

    const row = page.locator('.setting-item').filter({ has: page.getByText('Meeting tag', { exact: true }) });
    const input = row.locator('input[type="text"]');
    await input.click();
    await input.press('Control+A');
    await input.pressSequentially('one on');
    expect(await saved()).toBe('1on1');
    await page.keyboard.press('Tab');
    await expect.poll(() => row.locator('.setting-item-error').innerText()).toBe('This tag is not a tag (letters, digits, - _ / only); keeping "1on1".');
    expect(await saved()).toBe('1on1');
    await screenshot(page, 'settings-refused-tag');

    await input.click();
    await input.press('Control+A');
    await input.pressSequentially('one-on-one');
    // A pause mid-word, longer than the plugin waits before re-indexing.
    await page.waitForTimeout(700);
    expect(await saved()).toBe('1on1');
    expect(await rebuilds()).toBe(0);
    await input.press('Enter');
    await expect.poll(saved).toBe('one-on-one');
    expect(await row.locator('.setting-item-error').innerText()).toBe('');
    await expect.poll(rebuilds, { timeout: 3_000 }).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the settings search', () => {
  it.for(['light', 'dark'] as const)('shows our settings that match what is typed, live (%s)', async (theme, context) => {
    requireChromium(context);
    const { page, problems } = await browser().openHarness({ theme, width: 1280, height: 800 });
    page.setDefaultTimeout(5_000);
    await page.evaluate(() => (window.harness as Harness).openSettingsSearch());
    await page.keyboard.type('tag');
    const names = () => page.locator('.setting-search-results .setting-item-name').allInnerTexts();
    await expect.poll(names).toEqual(['One-on-ones', 'People tag', 'Meeting tag']);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('agenda');
    await expect.poll(names).toEqual(['One-on-ones', 'Template', 'Talking points heading', 'Agenda heading']);
    // A value refused in the results says why there, as in the tab.
    const row = page.locator('.setting-item').filter({ has: page.getByText('Agenda heading', { exact: true }) });
    await row.locator('input').click();
    await row.locator('input').press('Control+A');
    await row.locator('input').pressSequentially('Action items');
    await expect.poll(() => row.locator('.setting-item-error').innerText()).toContain('The agenda and action items headings must differ');
    await screenshot(page, `settings-search-${theme}`);
    expect(problems).toEqual([]);
    await page.close();
  });
});
