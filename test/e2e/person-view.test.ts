// The 1:1 view of Priya and the overview of everyone, as a user sees them on the demo vault's
// reference day, in both themes; plus the phone width, where nothing may spill sideways.
import { describe, expect, it } from 'vitest';
import { useBrowser, requireChromium, screenshot } from './browser';

const browser = useBrowser();

async function runCommand(page: import('playwright-core').Page, name: string): Promise<void> {
  await page.keyboard.press('Control+p');
  await page.keyboard.type(name.toLowerCase());
  await page.locator('.prompt-results .suggestion-item').filter({ hasText: new RegExp(`${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }).first().click();
}

describe.each(['light', 'dark'] as const)('1:1 view and overview, %s theme', (theme) => {
  it('opens Priya\'s view from her note, then the overview', async (context) => {
    requireChromium(context);
      const { page, problems } = await browser().openHarness({ theme, today: '2026-11-20', note: 'People/Priya Raman.md', width: 1280, height: 1100 });
    page.setDefaultTimeout(5_000);
    await runCommand(page, 'Open 1:1 view for this person');
    const view = page.locator('.one-on-ones-pv');
    await expect.poll(() => view.locator('.one-on-ones-pv-name').innerText()).toBe('Priya Raman');
    await expect.poll(() => view.locator('.one-on-ones-pv-summary').count()).toBeGreaterThan(5);
    expect(await view.locator('.one-on-ones-pv-dot').count()).toBe(7);
    const groups = (await view.locator('.one-on-ones-pv-group-title').allInnerTexts()).map((t) => t.replace(/\s+/g, ''));
    expect(groups).toEqual(['Theirs3', 'Mine3', 'Unassigned1']);
    await view.locator('.one-on-ones-pv-dot').last().hover();
    await screenshot(page, `person-view-${theme}`);
    const questions = view.locator('.one-on-ones-pv-questions');
    await questions.scrollIntoViewIfNeeded();
    expect(await questions.locator('.one-on-ones-pv-chip').count()).toBeGreaterThan(5);
    await screenshot(page, `person-view-questions-${theme}`);

    await runCommand(page, 'Open 1:1 overview');
    const table = page.locator('.one-on-ones-ov-table');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(9);
    expect(await table.locator('tbody td.mod-name').first().innerText()).toBe('Priya Raman');
    await screenshot(page, `overview-${theme}`);

    await table.locator('tbody tr').filter({ hasText: 'Aisha Mensah' }).click();
    await expect.poll(() => page.locator('.one-on-ones-pv-name:visible').innerText()).toBe('Aisha Mensah');
    expect(await page.locator('.one-on-ones-pv').count()).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('phone width', () => {
  it('the 1:1 view fits 390 px without sideways scrolling', async (context) => {
    requireChromium(context);
      const { page, problems } = await browser().openHarness({ theme: 'light', today: '2026-11-20', note: 'People/Priya Raman.md', width: 390, height: 844 });
    await page.evaluate(() => {
      for (const el of document.querySelectorAll<HTMLElement>('.mod-sidedock, .workspace-ribbon')) el.hide();
    });
    await runCommand(page, 'Open 1:1 view for this person');
    const view = page.locator('.one-on-ones-pv');
    await expect.poll(() => view.locator('.one-on-ones-pv-name').innerText()).toBe('Priya Raman');
    const overflow = await view.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'person-view-phone');
    expect(problems).toEqual([]);
    await page.close();
  });
});
