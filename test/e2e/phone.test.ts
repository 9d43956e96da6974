// On a phone (issue 15): a real touch context — touch events, no hovering pointer, the mobile viewport —
// so the touch layout is what is tested and photographed: every row action shown, 44 px targets, each
// in the same place on every row; the overview as cards; a tap starts a 1:1.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { requireChromium, screenshot, useBrowser } from './browser';
import type { Harness } from './page/entry';

const browser = useBrowser({ touch: true });

/** Obsidian's phone layout: one drawer at a time over the note, the body marked is-mobile is-phone. */
async function openPhone(theme: 'light' | 'dark') {
  const opened = await browser().openHarness({ theme, today: '2026-11-20', note: 'People/Priya Raman.md', width: 390, height: 844 });
  const { page } = opened;
  page.setDefaultTimeout(5_000);
  await page.evaluate(() => document.body.addClass('is-mobile', 'is-phone'));
  await page.addStyleTag({
    content: '.workspace-ribbon, .mod-left-split, .mod-root { display: none !important; } .workspace-split.mod-right-split { flex: 1 1 auto; width: auto; border: none; } body { --sidebar-width: 390px; }',
  });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  return opened;
}

async function openSidebar(page: Page): Promise<void> {
  await page.evaluate(() => (window.harness as Harness).app.commands.executeCommandById('one-on-ones:open-due-sidebar'));
  await page.locator('.one-on-ones-due-row').first().waitFor();
}

describe.each(['light', 'dark'] as const)('the 1:1s due sidebar on a phone, %s theme', (theme) => {
  it('shows every action on every row, 44 px each, in the same place on every row', async (context) => {
    requireChromium(context);
    const { page, problems } = await openPhone(theme);
    expect(await page.evaluate(() => matchMedia('(hover: none)').matches)).toBe(true);
    await openSidebar(page);
    const rows = page.locator('.one-on-ones-due-row');
    const places = await rows.evaluateAll((els) =>
      els.map((row) => [...row.querySelectorAll('.one-on-ones-due-actions > *')].map((el) => {
        const box = el.getBoundingClientRect();
        return { x: Math.round(box.left), width: box.width, height: box.height, visible: getComputedStyle(el).visibility !== 'hidden' && box.width > 0 };
      })),
    );
    expect(places.length).toBeGreaterThan(4);
    for (const row of places) {
      expect(row.map((slot) => slot.x)).toEqual(places[0]?.map((slot) => slot.x));
      for (const slot of row) expect(Math.min(slot.width, slot.height)).toBeGreaterThanOrEqual(44);
    }
    const buttons = await page.locator('.one-on-ones-due-row button.one-on-ones-due-action').evaluateAll((els) => els.map((el) => getComputedStyle(el).display));
    expect(buttons.every((display) => display !== 'none')).toBe(true);
    await screenshot(page, `due-sidebar-phone-${theme}`);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('tapping on a phone', () => {
  it('a tap on a row\'s Start 1:1 starts it', async (context) => {
    requireChromium(context);
    const { page, problems } = await openPhone('light');
    await openSidebar(page);
    await page.locator('.one-on-ones-due-row').filter({ hasText: 'Kenji Watanabe' }).locator('[data-action="start"]').tap();
    await expect.poll(() => page.evaluate(() => (window.harness as Harness).app.workspace.getActiveFile()?.path)).toBe('1-1s/Kenji Watanabe/2026-11-20 Kenji Watanabe.md');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the overview is a list of cards with State and the counts in view', async (context) => {
    requireChromium(context);
    const { page, problems } = await openPhone('light');
    await page.addStyleTag({ content: '.mod-root { display: flex !important; } .workspace-split.mod-right-split { display: none; }' });
    await page.evaluate(() => (window.harness as Harness).app.commands.executeCommandById('one-on-ones:open-overview'));
    const row = page.locator('.one-on-ones-ov-table tbody tr').first();
    await row.waitFor();
    expect(await page.locator('.one-on-ones-ov-table thead').evaluate((el) => getComputedStyle(el).display)).toBe('none');
    const state = await row.locator('td.mod-state').boundingBox();
    expect(state !== null && state.x + state.width <= 390).toBe(true);
    expect(await row.locator('td.mod-theirs').evaluate((el) => getComputedStyle(el, '::before').content)).toBe('"Theirs "');
    await screenshot(page, 'overview-phone-light');
    expect(problems).toEqual([]);
    await page.close();
  });
});
