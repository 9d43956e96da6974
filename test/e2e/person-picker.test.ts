// The person picker in real Chromium, typed as a user types: a typo finds Priya and Enter starts her
// 1:1; choosing "Create person" for a close name asks "Did you mean …?", answered with the keyboard;
// two people with the same name show their folders.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { requireChromium, screenshot, useBrowser } from './browser';
import type { Harness } from './page/entry';

const browser = useBrowser();

async function runCommand(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Control+p');
  await page.keyboard.type(name.toLowerCase());
  await page.locator('.prompt-results .suggestion-item').filter({ hasText: new RegExp(`${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }).first().click();
}

const selected = (page: Page) => page.locator('.prompt-results .suggestion-item.is-selected .suggestion-title').innerText();
const peopleCount = (page: Page) => page.evaluate(() => (window.harness as Harness).app.vault.getMarkdownFiles().filter((f) => f.path.startsWith('People/')).length);

describe('person picker', () => {
  it('finds Priya from "Priya Ramen"; "Create person" asks "Did you mean …?" first', async (context) => {
    requireChromium(context);
    const { page, problems } = await browser().openHarness({ theme: 'light', today: '2026-11-20', note: 'Dashboard.md' });
    page.setDefaultTimeout(5_000);
    const people = await peopleCount(page);
    await runCommand(page, 'Start 1:1 with…');
    await page.keyboard.type('Priya Ramen');
    await expect.poll(() => selected(page)).toBe('Priya Raman');
    expect(await page.locator('.prompt-results .suggestion-title').allInnerTexts()).toEqual(['Priya Raman', 'Create person "Priya Ramen"']);
    await screenshot(page, 'picker-typo');

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.modal-title').innerText()).toBe('Did you mean Priya Raman?');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Priya Raman');
    await screenshot(page, 'picker-did-you-mean');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Create "Priya Ramen" anyway');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    // The tab says whose 1:1 it is.
    await expect.poll(() => page.locator('.view-header-title').first().innerText()).toBe('2026-11-20 Priya Raman');
    expect(await page.evaluate(() => (window.harness as Harness).app.workspace.getActiveFile()?.path)).toBe('1-1s/Priya Raman/2026-11-20 Priya Raman.md');
    expect(await peopleCount(page)).toBe(people);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows the folder of two people with the same name', async (context) => {
    requireChromium(context);
    const { page, problems } = await browser().openHarness({ theme: 'light', today: '2026-11-20', note: 'Dashboard.md' });
    page.setDefaultTimeout(5_000);
    await page.evaluate(async () => {
      const { app } = window.harness as Harness;
      await app.vault.createFolder('People/Contractors');
      await app.vault.create('People/Alex Kim.md', '---\ncadence: weekly\n---\n');
      await app.vault.create('People/Contractors/Alex Kim.md', '---\ncadence: monthly\n---\n');
      await app.metadataCache.settle();
    });
    await runCommand(page, 'Open 1:1 view for…');
    await page.keyboard.type('alex kim');
    const rows = page.locator('.prompt-results .suggestion-item');
    await expect.poll(() => rows.count()).toBe(2);
    expect((await page.locator('.prompt-results .one-on-ones-person-folder').allInnerTexts()).sort()).toEqual(['People', 'People/Contractors']);
    await screenshot(page, 'picker-same-name');
    expect(problems).toEqual([]);
    await page.close();
  });
});
