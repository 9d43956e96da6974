import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { requireChromium, useBrowser } from './browser';
import type { Harness } from './page/entry';

const browser = useBrowser();
const log = (...a: unknown[]) => console.log('[PROBE]', ...a.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))));

async function runCommand(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Control+p');
  await page.keyboard.type(name.toLowerCase());
  await page.locator('.prompt-results .suggestion-item').filter({ hasText: new RegExp(`${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }).first().click();
}
const titles = (page: Page) => page.locator('.prompt-results .suggestion-item').allInnerTexts();
const active = (page: Page) => page.evaluate(() => (window.harness as Harness).app.workspace.getActiveFile()?.path);
const files = (page: Page) => page.evaluate(() => (window.harness as Harness).app.vault.getFiles().map((f) => f.path).sort());
const notices = (page: Page) => page.evaluate(() => (window.harness as Harness).notices());

async function typeAndEnter(page: Page, text: string): Promise<{ rows: string[]; before: string[]; after: string[]; active?: string; modal: string | null; notices: string[] }> {
  const before = await files(page);
  await runCommand(page, 'Start 1:1 with…');
  await page.keyboard.type(text, { delay: 30 });
  await page.waitForTimeout(300);
  const rows = await titles(page);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(500);
  const modal = await page.locator('.modal-container').count() ? await page.locator('.modal').last().innerText() : null;
  const after = await files(page);
  return { rows, before, after, active: await active(page), modal, notices: await notices(page) };
}

describe('probe picker', () => {
  for (const text of ['Priya Ramen', 'Raman Priya', 'pr', 'priya', 'PRIYA RAMAN', ' Priya Raman ', 'Meg', 'Okonkwo', 'dk', 'Ais', 'Kenj', 'Danial', 'Lukas Ferreira', 'Hannah L', 'Rosa D.', 'Priya R', 'Prya']) {
    it(`Enter after "${text}"`, async (context) => {
      requireChromium(context);
      const { page, problems } = await browser().openHarness({ theme: 'light', today: '2026-11-20', note: 'Dashboard.md' });
      page.setDefaultTimeout(5_000);
      const r = await typeAndEnter(page, text);
      const added = r.after.filter((f) => !r.before.includes(f));
      log(`"${text}"`, { rows: r.rows.map((s) => s.replace(/\n/g, ' | ')).slice(0, 5), active: r.active, added, modal: r.modal, notices: r.notices.slice(-2) });
      log('problems', problems);
      await page.close();
    });
  }
});
