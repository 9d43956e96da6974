// Problems the index finds, as a user sees them in Chromium on the demo vault's reference day: Rosa's
// `mood: eleven` in her 2026-09-10 note marks her row in the 1:1s due sidebar (she stays due), opens
// from the marker by keyboard, and heads her 1:1 view as a banner whose link opens the note.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser, requireChromium, screenshot } from './browser';
import type { Harness } from './page/entry';

const browser = useBrowser();
const ROSA_SEP10 = '1-1s/Rosa Delgado/2026-09-10.md';
const PROBLEM = '2026-09-10: mood "eleven" is not a number from 1 to 10';

async function runCommand(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Control+p');
  await page.keyboard.type(name.toLowerCase());
  await page.locator('.prompt-results .suggestion-item').filter({ hasText: new RegExp(`${name}$`) }).first().click();
}

const activePath = (page: Page) => page.evaluate(() => (window.harness as Harness).app.workspace.getActiveFile()?.path);

describe.each(['light', 'dark'] as const)('problems in notes, %s theme', (theme) => {
  it('marks Rosa in the sidebar, lists the problem on the row, and heads her 1:1 view with it', async (context) => {
    requireChromium(context);
    const { page, problems } = await browser().openHarness({ theme, today: '2026-11-20', note: 'People/Rosa Delgado.md', width: 1280, height: 800 });
    page.setDefaultTimeout(5_000);
    await page.addStyleTag({ content: 'body { --sidebar-width: 360px; }' });
    await page.evaluate(() => (window.harness as Harness).app.commands.executeCommandById('one-on-ones:open-due-sidebar'));
    const rosa = page.locator('.one-on-ones-due-row').filter({ hasText: 'Rosa Delgado' });
    const marker = rosa.locator('[data-problems]');
    expect(await marker.innerText()).toBe('1 problem');

    // Keyboard only: Tab reaches the marker like any button, Enter opens the list on the row.
    await marker.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => rosa.locator('.one-on-ones-due-problem').allInnerTexts()).toEqual([PROBLEM]);
    expect(await marker.getAttribute('aria-expanded')).toBe('true');
    const attention = page.locator('.one-on-ones-due-section.mod-needs-attention .one-on-ones-due-problem');
    expect(await attention.first().innerText()).toMatch(/^Oliver Brandt: cadence "sometimes"/);
    const overflows = await page.locator('.one-on-ones-due').evaluate((el) => [...el.querySelectorAll('*')].some((child) => child.getBoundingClientRect().right > el.getBoundingClientRect().right + 0.5));
    expect(overflows).toBe(false);
    await screenshot(page, `problems-sidebar-${theme}`);

    await rosa.locator(`a[data-open="${ROSA_SEP10}"]`).click();
    await expect.poll(() => activePath(page)).toBe(ROSA_SEP10);

    await runCommand(page, 'Open 1:1 view for this person');
    const banner = page.locator('.one-on-ones-pv-problems');
    await expect.poll(() => banner.locator('.one-on-ones-pv-problems-title').innerText()).toBe("1 problem in Rosa Delgado's notes");
    expect(await banner.locator('li').allInnerTexts()).toEqual([PROBLEM]);
    await screenshot(page, `problems-person-view-${theme}`);
    await banner.locator(`a[data-open="${ROSA_SEP10}"]`).click();
    await expect.poll(() => activePath(page)).toBe(ROSA_SEP10);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('a meeting note that belongs to nobody', () => {
  it('is listed under "Needs attention" by its file name and folder, and opens from there', async (context) => {
    requireChromium(context);
    const { page, problems } = await browser().openHarness({ theme: 'light', today: '2026-11-20', note: 'Dashboard.md', width: 1280, height: 800 });
    page.setDefaultTimeout(5_000);
    await page.addStyleTag({ content: 'body { --sidebar-width: 360px; }' });
    const path = '1-1s/Sam Taylor/2026-11-02.md';
    await page.evaluate(async (notePath) => {
      const { app } = window.harness as Harness;
      await app.vault.createFolder('1-1s/Sam Taylor');
      await app.vault.create(notePath, '---\nperson: "[[Sam Taylor]]"\ndate: 2026-11-02\nmood: 12\n---\nIntro chat.\n');
      app.commands.executeCommandById('one-on-ones:open-due-sidebar');
    }, path);
    const entry = page.locator(`[data-note="${path}"]`);
    await expect.poll(() => entry.locator('.one-on-ones-due-problem').allInnerTexts()).toEqual(['Person "Sam Taylor" matches no person note', 'Mood 12 is outside 1–10']);
    expect(await entry.locator('.one-on-ones-due-meta').innerText()).toBe('Meeting note · 1-1s/Sam Taylor');
    await entry.scrollIntoViewIfNeeded();
    await screenshot(page, 'problems-unattributed-light');
    await entry.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => activePath(page)).toBe(path);
    expect(problems).toEqual([]);
    await page.close();
  });
});
