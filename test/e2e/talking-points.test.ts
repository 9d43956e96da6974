// The talking points of Priya's 1:1 view in real Chromium, at several widths and zooms: each
// point's buttons lie inside the box of that point's row (they used to sit a line low, so × removed
// the point above the one it was beside), and after a move the focus stays with the moved point.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { requireChromium, screenshot, useBrowser } from './browser';

const browser = useBrowser();
const PRIYA = 'People/Priya Raman.md';
// A point long enough to wrap at any width, with a word too long for a phone's line.
const LONG = 'Ask about the ledger-reconciliation-dashboard-and-cutover-retrospective follow-ups, who owns each, and whether the on-call rota needs another person before the spring release';

async function openPriyaView(page: Page): Promise<void> {
  await page.evaluate(async ({ path, point }) => {
    const { app } = window.harness as NonNullable<typeof window.harness>;
    const file = app.vault.getFileByPath(path);
    if (!file) throw new Error(`no ${path}`);
    await app.vault.process(file, (text) => text.replace(/(## Next 1:1\n(?:- .*\n)*)/, `$1- ${point}\n`));
  }, { path: PRIYA, point: LONG });
  await page.keyboard.press('Control+p');
  await page.keyboard.type('open 1:1 view for this person');
  await page.locator('.prompt-results .suggestion-item').filter({ hasText: /Open 1:1 view for this person$/ }).first().click();
  await expect.poll(() => page.locator('.one-on-ones-pv-point').count()).toBe(4);
}

interface RowGeometry {
  text: string;
  row: { top: number; bottom: number };
  buttons: { label: string; top: number; bottom: number }[];
}

function pointGeometry(page: Page): Promise<RowGeometry[]> {
  return page.locator('.one-on-ones-pv-point').evaluateAll((rows) =>
    rows.map((row) => {
      const box = row.getBoundingClientRect();
      return {
        text: row.querySelector('.one-on-ones-pv-point-text')?.textContent ?? '',
        row: { top: box.top, bottom: box.bottom },
        buttons: Array.from(row.querySelectorAll('button'), (button) => {
          const b = button.getBoundingClientRect();
          return { label: button.getAttribute('aria-label') ?? '', top: b.top, bottom: b.bottom };
        }),
      };
    }),
  );
}

/** Every button of a row lies vertically within that row's box (half a pixel for rounding). */
function misplaced(rows: RowGeometry[]): string[] {
  return rows.flatMap(({ text, row, buttons }) =>
    buttons
      .filter((b) => b.top < row.top - 0.5 || b.bottom > row.bottom + 0.5)
      .map((b) => `"${b.label}" at ${b.top.toFixed(1)}–${b.bottom.toFixed(1)}, outside the row of "${text.slice(0, 30)}" at ${row.top.toFixed(1)}–${row.bottom.toFixed(1)}`),
  );
}

describe('talking-point buttons sit on the row they act on', () => {
  it.for([
    ['wide', 1280, 1],
    ['medium', 820, 1],
    ['phone', 390, 1],
    ['zoomed', 1280, 1.75],
  ] as const)('%s: %d px at zoom %d', async ([name, width, zoom], context) => {
    requireChromium(context);
    const { page, problems } = await browser().openHarness({ theme: 'light', today: '2026-11-20', note: PRIYA, width, height: 900 });
    page.setDefaultTimeout(5_000);
    await page.evaluate((narrow) => {
      if (narrow) for (const el of document.querySelectorAll<HTMLElement>('.mod-sidedock, .workspace-ribbon')) el.hide();
    }, width < 600);
    await openPriyaView(page);
    if (zoom !== 1) await page.evaluate((factor) => document.documentElement.style.setProperty('zoom', String(factor)), zoom);
    const rows = await pointGeometry(page);
    expect(rows.map((r) => r.buttons.length)).toEqual([3, 3, 3, 3]);
    await page.locator('.one-on-ones-pv-points').scrollIntoViewIfNeeded();
    await screenshot(page, `talking-points-${name}`);
    expect(misplaced(await pointGeometry(page))).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keeps the focus on the moved point\'s button when Enter moves it', async (context) => {
    requireChromium(context);
    const { page, problems } = await browser().openHarness({ theme: 'light', today: '2026-11-20', note: PRIYA, width: 1280, height: 900 });
    page.setDefaultTimeout(5_000);
    await openPriyaView(page);
    const label = 'Move down: Rebook the 1:1 we lost on Nov 6, and apologise for letting it slide';
    await page.getByRole('button', { name: label, exact: true }).focus();
    await page.keyboard.press('Enter');
    const texts = () => page.locator('.one-on-ones-pv-point-text').allInnerTexts();
    await expect.poll(async () => (await texts())[1]).toMatch(/^Rebook the 1:1/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(label);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await texts())[2]).toMatch(/^Rebook the 1:1/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(label);
    await screenshot(page, 'talking-points-focus');
    expect(problems).toEqual([]);
    await page.close();
  });
});
