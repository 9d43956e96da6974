// The "1:1 cadence" Bases view in Chromium (issue 18): the demo dashboard's embedded 1-1s.base, drawn
// by the production bundle, in both themes, on a desktop and on a phone; Start 1:1 from a row.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { requireChromium, screenshot, useBrowser } from './browser';
import type { Harness } from './page/entry';

const desktop = useBrowser();
const phone = useBrowser({ touch: true });

const ROLE_ORDER = ['Margaret Okonkwo', 'Rosa Delgado', 'Aisha Mensah', 'Daniel Kowalczyk', 'Hannah Lindqvist', 'Kenji Watanabe', 'Lucas Ferreira', 'Priya Raman', 'Oliver Brandt'];

async function showBase(page: Page): Promise<void> {
  const view = page.locator('.bases-embed .one-on-ones-cb');
  // Drawn once the index is built: a state chip on the first person.
  await view.locator('tbody tr .one-on-ones-pv-chip').first().waitFor();
  await page.locator('.bases-embed').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.mouse.move(0, 0);
}

describe.each(['light', 'dark'] as const)('the 1:1 cadence Bases view, %s theme', (theme) => {
  it('shows the dashboard’s base in the base’s order, with state, dates, counts and check-ins', async (context) => {
    requireChromium(context);
    const { page, problems } = await desktop().openHarness({ theme, width: 1280, height: 760, note: 'Dashboard.md', mode: 'preview', today: '2026-11-20' });
    page.setDefaultTimeout(5_000);
    await showBase(page);
    const rows = page.locator('.one-on-ones-cb tbody tr');
    expect(await rows.locator('td.mod-name').allInnerTexts()).toEqual(ROLE_ORDER);
    const priya = rows.filter({ hasText: 'Priya Raman' });
    expect(await priya.locator('td:not(.mod-trend)').allInnerTexts()).toEqual(['Priya Raman', '14 days overdue', 'Oct 30', 'Nov 6', '3 · 3', '3', '']);
    expect(await priya.locator('svg.one-on-ones-ov-spark').getAttribute('aria-label')).toBe('Check-ins: 8, 8, 7, 6, 6, 5, 4');
    await screenshot(page, `bases-view-${theme}`);
    // Every column fits the note's width: nothing is cut off on the right.
    const overflow = await page.locator('.one-on-ones-cb').evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    await rows.filter({ hasText: 'Kenji Watanabe' }).locator('[data-action="start"]').click();
    await expect.poll(() => page.evaluate(() => (window.harness as Harness).app.workspace.getActiveFile()?.path)).toBe('1-1s/Kenji Watanabe/2026-11-20 Kenji Watanabe.md');
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe.each(['light', 'dark'] as const)('the 1:1 cadence Bases view on a phone, %s theme', (theme) => {
  it('is a list of cards with the state and the actions in view, 44 px targets', async (context) => {
    requireChromium(context);
    const { page, problems } = await phone().openHarness({ theme, width: 390, height: 844, note: 'Dashboard.md', mode: 'preview', today: '2026-11-20' });
    page.setDefaultTimeout(5_000);
    await page.evaluate(() => document.body.addClass('is-mobile', 'is-phone'));
    await page.addStyleTag({ content: '.workspace-ribbon, .mod-left-split, .mod-right-split { display: none !important; }' });
    await showBase(page);
    expect(await page.locator('.one-on-ones-cb thead').evaluate((el) => getComputedStyle(el).display)).toBe('none');
    const row = page.locator('.one-on-ones-cb tbody tr').filter({ hasText: 'Priya Raman' });
    const state = await row.locator('td.mod-state').boundingBox();
    expect(state !== null && state.x + state.width <= 390).toBe(true);
    for (const button of await row.locator('button').all()) {
      const box = await button.boundingBox();
      expect(box && Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
    }
    await screenshot(page, `bases-view-phone-${theme}`);
    expect(problems).toEqual([]);
    await page.close();
  });
});
