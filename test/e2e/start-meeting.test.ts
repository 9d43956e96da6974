// "Start 1:1 with…" as a user runs it on the demo vault's reference day: the palette, the person
// picker (most urgent first), then the new note with agenda and carried items, and [>] behind.
import { describe, expect, it } from 'vitest';
import { useBrowser, requireChromium, screenshot } from './browser';
import type { Harness } from './page/entry';

const browser = useBrowser();

describe.each(['light', 'dark'] as const)('Start 1:1 with…, %s theme', (theme) => {
  it('picks Priya from the palette and opens her new note, with the earlier one marked [>]', async (context) => {
    requireChromium(context);
      const { page, problems } = await browser().openHarness({ theme, today: '2026-11-20', note: 'People/Priya Raman.md' });
    page.setDefaultTimeout(5_000);
    await page.keyboard.press('Control+p');
    await page.keyboard.type('start 1:1 with');
    await page.locator('.prompt-results .suggestion-item').filter({ hasText: /Start 1:1 with…$/ }).click();

    const rows = page.locator('.prompt-results .suggestion-item');
    await expect.poll(() => rows.count()).toBeGreaterThan(5);
    const first = await rows.first().innerText();
    expect(first).toContain('Priya Raman');
    expect(first).toContain('14 days overdue');
    await screenshot(page, `start-picker-${theme}`);

    await page.keyboard.type('pri');
    await expect.poll(() => page.locator('.prompt-results .suggestion-item.is-selected').innerText()).toContain('Priya Raman');
    await page.keyboard.press('Enter');

    const lines = page.locator('.markdown-source-view .cm-line');
    await expect.poll(() => page.locator('.view-header-title').first().innerText()).toBe('2026-11-20 Priya Raman');
    const text = (await lines.allInnerTexts()).join('\n');
    expect(text).toContain('- [ ] Rebook the 1:1 we lost on Nov 6, and apologise for letting it slide');
    expect(text).toContain("- [ ] @me prepare Priya's promotion packet ([[1-1s/Priya Raman/2026-10-30|from Oct 30]]) [due:: 2026-11-25]");
    await screenshot(page, `start-note-${theme}`);

    const earlier = await page.evaluate(() => (window.harness as Harness).app.vault.peek('1-1s/Priya Raman/2026-10-30.md'));
    expect(earlier).toContain("- [>] @me prepare Priya's promotion packet [due:: 2026-11-25]");
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe.each(['light', 'dark'] as const)('Start 1:1 on another day with…, %s theme', (theme) => {
  it('writes the note of a 1:1 held yesterday, saying what the day means before anything is written', async (context) => {
    requireChromium(context);
    const { page, problems } = await browser().openHarness({ theme, today: '2026-11-20', note: 'People/Lucas Ferreira.md' });
    page.setDefaultTimeout(5_000);
    await page.keyboard.press('Control+p');
    await page.keyboard.type('another day');
    await page.locator('.prompt-results .suggestion-item').filter({ hasText: /Start 1:1 on another day with…$/ }).click();
    await page.keyboard.type('lucas');
    await expect.poll(() => page.locator('.prompt-results .suggestion-item.is-selected').innerText()).toContain('Lucas Ferreira');
    await page.keyboard.press('Enter');

    const field = page.locator('.modal input');
    await field.fill('yesterday');
    await expect.poll(() => page.locator('.modal .setting-item-description').first().innerText()).toBe('Thursday, November 19, 2026 · yesterday: carries what was open in the 1:1s before it');
    await screenshot(page, `start-day-${theme}`);
    await page.keyboard.press('Enter');

    await expect.poll(() => page.locator('.view-header-title').first().innerText()).toBe('2026-11-19 Lucas Ferreira');
    const text = (await page.locator('.markdown-source-view .cm-line').allInnerTexts()).join('\n');
    expect(text).toContain('date: 2026-11-19');
    expect(text).toContain('Previous 1:1: [[2026-11-13|Nov 13]] (6 days ago)');
    await screenshot(page, `start-day-note-${theme}`);
    expect(problems).toEqual([]);
    await page.close();
  });
});
