// The "1:1s due" sidebar in Chromium on the demo vault's reference day: wide and narrow, light and
// dark, and the snooze flow from the row's menu (the phone, with touch, is in phone.test.ts).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser, requireChromium, screenshot } from './browser';
import type { Harness } from './page/entry';

const browser = useBrowser();

const SECTIONS = ['Overdue1', 'Due2', 'Due soon1', 'Never met1', 'Needs attention1'];

async function open(theme: 'light' | 'dark', size: { width: number; height: number }) {
  const opened = await browser().openHarness({ theme, today: '2026-11-20', note: 'People/Priya Raman.md', ...size });
  opened.page.setDefaultTimeout(5_000);
  return opened;
}

/** Opens the sidebar as a user would, from the command, and waits for its rows. */
async function openSidebar(page: Page, sidebarWidth: number): Promise<void> {
  await page.addStyleTag({ content: `body { --sidebar-width: ${sidebarWidth}px; }` });
  await page.evaluate(() => (window.harness as Harness).app.commands.executeCommandById('one-on-ones:open-due-sidebar'));
  await page.locator('.one-on-ones-due-row').first().waitFor();
}

const sectionHeaders = (page: Page) => page.locator('.one-on-ones-due-section-header').allInnerTexts();

/** Whether anything in the sidebar is wider than the sidebar itself. */
const overflows = (page: Page) =>
  page.locator('.one-on-ones-due').evaluate((el) => [...el.querySelectorAll('*')].some((child) => child.getBoundingClientRect().right > el.getBoundingClientRect().right + 0.5));

describe.each(['light', 'dark'] as const)('1:1s due sidebar, %s theme', (theme) => {
  it('lists who is slipping, most overdue first, in a wide sidebar', async (context) => {
    requireChromium(context);
    const { page, problems } = await open(theme, { width: 1280, height: 800 });
    await openSidebar(page, 360);
    expect((await sectionHeaders(page)).map((t) => t.replace(/\s+/g, ''))).toEqual(SECTIONS.map((t) => t.replace(/\s+/g, '')));
    expect(await page.locator('.one-on-ones-due-summary').innerText()).toBe('1 overdue · 2 due · 1 due soon · 1 never met · 1 needs attention');
    await expect.poll(() => page.locator('.status-bar .one-on-ones-status-overdue').innerText()).toBe('1 overdue 1:1');
    await page.locator('.one-on-ones-due-row').first().hover();
    const actions = page.locator('.one-on-ones-due-row').first().locator('.one-on-ones-due-actions');
    await expect.poll(() => actions.evaluate((el) => getComputedStyle(el).display)).toBe('flex');
    expect(await page.locator('.one-on-ones-due-row').nth(1).locator('.one-on-ones-due-actions').evaluate((el) => getComputedStyle(el).display)).toBe('none');
    expect(await overflows(page)).toBe(false);
    await screenshot(page, `due-sidebar-${theme}`);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('stays readable in a narrow sidebar', async (context) => {
    requireChromium(context);
    const { page, problems } = await open(theme, { width: 1280, height: 800 });
    await openSidebar(page, 250);
    expect(await overflows(page)).toBe(false);
    const name = page.locator('.one-on-ones-due-name').first();
    expect(await name.innerText()).toBe('Priya Raman');
    expect(await name.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await page.locator('.one-on-ones-due-row').nth(1).hover();
    await screenshot(page, `due-sidebar-narrow-${theme}`);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('snoozing from the sidebar', () => {
  it('refuses a bad date, then snoozes Priya and the list and status bar follow', async (context) => {
    requireChromium(context);
    const { page, problems } = await open('light', { width: 1280, height: 800 });
    await openSidebar(page, 360);
    const priya = page.locator('.one-on-ones-due-row').filter({ hasText: 'Priya Raman' });
    await priya.click({ button: 'right' });
    await page.locator('.menu .menu-item').filter({ hasText: 'Snooze until…' }).waitFor();
    await screenshot(page, 'due-sidebar-menu-light');
    await page.locator('.menu .menu-item').filter({ hasText: 'Snooze until…' }).click();
    const input = page.locator('.modal input[type="text"]');
    expect(await input.inputValue()).toBe('2026-12-04');
    await input.fill('2026-02-30');
    await page.keyboard.press('Enter');
    expect(await page.locator('.modal [role="alert"]').innerText()).toBe('2026-02-30 is not a day in the calendar.');
    await screenshot(page, 'due-sidebar-snooze-light');
    await input.fill('2026-12-04');
    await page.locator('.modal button').filter({ hasText: 'Snooze' }).click();
    await page.locator('.modal').waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('.one-on-ones-due-section-header').first().innerText()).toMatch(/^Due/);
    await expect.poll(() => page.locator('.status-bar .one-on-ones-status-overdue').isVisible()).toBe(false);
    const note = await page.evaluate(() => (window.harness as Harness).app.vault.peek('People/Priya Raman.md'));
    expect(note).toContain('paused: 2026-12-04');
    expect(problems).toEqual([]);
    await page.close();
  });
});
