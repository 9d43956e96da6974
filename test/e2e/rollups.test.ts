// Rollups in Chromium, in both themes: the demo dashboard's three ```1on1 blocks render in reading
// view from the production bundle, and ticking a box changes the meeting note and the blocks.
import { describe, expect, it } from 'vitest';
import { useBrowser, type HarnessPage, requireChromium, screenshot } from './browser';
import type { Harness } from './page/entry';

const OLIVER = '1-1s/Oliver Brandt/2026-10-20.md';

const browser = useBrowser();

async function openDashboard(theme: 'light' | 'dark'): Promise<HarnessPage> {
  const opened = await browser().openHarness({ theme, width: 1280, height: 1600, note: 'Dashboard.md', mode: 'preview', today: '2026-11-20' });
  opened.page.setDefaultTimeout(5_000);
  return opened;
}

describe.each(['light', 'dark'] as const)('rollups, %s theme', (theme) => {
  it('renders the dashboard’s three blocks, and a click completes a task in its note', async (context) => {
    requireChromium(context);
    const { page, problems } = await openDashboard(theme);
    const blocks = page.locator('.block-language-1on1');
    const tasksIn = (n: number) => blocks.nth(n).locator('.one-on-ones-rollup-task');
    await expect.poll(() => blocks.count()).toBe(3);
    await expect.poll(() => tasksIn(0).count()).toBe(11);
    await expect.poll(() => tasksIn(1).count()).toBe(7);
    expect(await blocks.nth(2).locator('tbody tr td:first-child').allInnerTexts()).toEqual(['Priya Raman', 'Daniel Kowalczyk', 'Rosa Delgado', 'Aisha Mensah']);
    expect(await blocks.nth(1).locator('.one-on-ones-rollup-chip.mod-overdue').count()).toBe(7);
    await page.mouse.move(0, 0);
    await screenshot(page, `rollups-${theme}`);

    const oliver = tasksIn(0).filter({ hasText: 'send Oliver the case' });
    await oliver.locator('input.task-list-item-checkbox').click();
    const line = () =>
      page.evaluate((path) => ((window.harness as Harness).app.vault.peek(path) ?? '').split('\n').find((l) => l.includes('send Oliver the case')), OLIVER);
    await expect.poll(line).toBe('1. [x] @me send Oliver the case for one more payments engineer 📅 2026-11-13 ✅ 2026-11-20');
    await expect.poll(() => tasksIn(0).count()).toBe(10);
    await expect.poll(() => tasksIn(1).count()).toBe(6);
    expect(await tasksIn(0).filter({ hasText: 'send Oliver the case' }).count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});
