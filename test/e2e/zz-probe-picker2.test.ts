import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
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
const peek = (page: Page, p: string) => page.evaluate((p) => (window.harness as Harness).app.vault.peek(p), p);

describe('probe picker new names', () => {
  for (const [text, delay] of [['Sam', 30], ['Tom', 30], ['Anna', 30], ['Maria', 30], ['Zoe Quinn', 30], ['Zoe Quinn', 0], ['C# Dev', 30], ['a/b: c?', 30], ['???', 30], ['..', 30], ['CON', 30], ['Zoë Ångström', 30], ['[[Bob]]', 30], ['Bob|Alice', 30], ['🙂', 30], ['   ', 30], ['../../etc/passwd', 30], ['Priya Raman 2', 30]] as const) {
    it(`new name "${text}" delay ${delay}`, async (context) => {
      requireChromium(context);
      const { page, problems } = await browser().openHarness({ theme: 'light', today: '2026-11-20', note: 'Dashboard.md' });
      page.setDefaultTimeout(5_000);
      const before = await files(page);
      await runCommand(page, 'Start 1:1 with…');
      if (delay) { await page.keyboard.type(text, { delay }); await page.waitForTimeout(300); } else { await page.keyboard.type(text); }
      const rows = delay ? await titles(page) : [];
      await page.keyboard.press('Enter');
      await page.waitForTimeout(700);
      const modal = (await page.locator('.modal-container').count()) ? await page.locator('.modal').last().innerText() : null;
      const after = await files(page);
      const added = after.filter((f) => !before.includes(f));
      log(`"${text}"`, { rows: rows.map((s) => s.replace(/\n/g, ' | ')), active: await active(page), added, modal, notices: (await notices(page)).slice(-3) });
      for (const a of added) log(a, await peek(page, a));
      log('problems', problems);
      await page.screenshot({ path: `/tmp/probe/new-${text.replace(/[^a-z0-9]/gi, '_')}-${delay}.png` });
      await page.close();
    });
  }
});
