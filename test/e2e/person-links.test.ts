// An obsidian://one-on-ones link from a calendar invite, in real Chromium: a name that is nobody's
// (a typo in the invite) opens the person picker with it typed in and Priya first; Enter starts
// her 1:1. A link with a good name starts it at once.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { requireChromium, screenshot, useBrowser } from './browser';
import type { Harness } from './page/entry';

const browser = useBrowser();

const PRIYA_TODAY = '1-1s/Priya Raman/2026-11-20 Priya Raman.md';

function openLink(page: Page, query: string): Promise<void> {
  return page.evaluate((q) => {
    const { app } = window.harness as Harness;
    app.openObsidianUrl(`obsidian://one-on-ones?vault=${encodeURIComponent(app.vault.getName())}&${q}`);
  }, query);
}

const activePath = (page: Page) => page.evaluate(() => (window.harness as Harness).app.workspace.getActiveFile()?.path ?? null);

describe('obsidian://one-on-ones links', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`a name that is nobody's opens the picker with it typed in (${theme})`, async (context) => {
      requireChromium(context);
      const { page, problems } = await browser().openHarness({ theme, today: '2026-11-20', note: 'Dashboard.md' });
      page.setDefaultTimeout(5_000);
      await openLink(page, 'start=Priya%20Ramen');
      await expect.poll(() => page.locator('.prompt-input').inputValue()).toBe('Priya Ramen');
      await expect.poll(() => page.locator('.prompt-results .suggestion-item.is-selected .one-on-ones-person-name').innerText()).toBe('Priya Raman');
      expect(await page.evaluate(() => document.activeElement?.classList.contains('prompt-input'))).toBe(true);
      await screenshot(page, `link-unknown-name-${theme}`);
      expect(await page.evaluate((p) => (window.harness as Harness).app.vault.getFileByPath(p), PRIYA_TODAY)).toBeNull();
      await page.keyboard.press('Enter');
      await expect.poll(() => activePath(page)).toBe(PRIYA_TODAY);
      expect(problems).toEqual([]);
      await page.close();
    });
  }

  it('a good name starts the 1:1 at once', async (context) => {
    requireChromium(context);
    const { page, problems } = await browser().openHarness({ theme: 'light', today: '2026-11-20', note: 'Dashboard.md' });
    page.setDefaultTimeout(5_000);
    await openLink(page, 'start=priya');
    await expect.poll(() => activePath(page)).toBe(PRIYA_TODAY);
    expect(await page.locator('.modal.prompt').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});
