// A running note started from the picker (issue 16): Hannah's 1:1s are dated sections of one note;
// "Start 1:1 with…" puts today's section on top of it and opens it, her open item carried and the
// earlier copy marked [>].
import { describe, expect, it } from 'vitest';
import { useBrowser, requireChromium, screenshot } from './browser';
import type { Harness } from './page/entry';

const browser = useBrowser();

describe.each(['light', 'dark'] as const)('Start 1:1 into a running note, %s theme', (theme) => {
  it('picks Hannah from the palette and opens her running note at today\'s section', async (context) => {
    requireChromium(context);
    const { page, problems } = await browser().openHarness({ theme, today: '2026-11-20', note: 'Dashboard.md' });
    page.setDefaultTimeout(5_000);
    await page.keyboard.press('Control+p');
    await page.keyboard.type('start 1:1 with');
    await page.locator('.prompt-results .suggestion-item').filter({ hasText: /Start 1:1 with…$/ }).click();
    await page.keyboard.type('hannah');
    await expect.poll(() => page.locator('.prompt-results .suggestion-item.is-selected').innerText()).toContain('Hannah Lindqvist');
    await page.keyboard.press('Enter');

    await expect.poll(() => page.locator('.view-header-title').first().innerText()).toBe('Hannah Lindqvist');
    const text = (await page.locator('.markdown-source-view .cm-line').allInnerTexts()).join('\n');
    expect(text).toContain('## 2026-11-20');
    expect(text).toContain('### Agenda');
    expect(text).toContain('- [ ] Welcome back: what changed in the regression suite while she was away');
    expect(text).toContain('- [ ] @me make sure her laptop and access work again before she returns ([[1-1s/Hannah Lindqvist#2026-09-24|from Sep 24]]) 📅 2027-01-08');
    expect(text.indexOf('## 2026-11-20')).toBeLessThan(text.indexOf('## 2026-09-24'));
    await screenshot(page, `running-note-${theme}`);

    const note = await page.evaluate(() => (window.harness as Harness).app.vault.peek('1-1s/Hannah Lindqvist.md'));
    expect(note).toContain('- [>] @me make sure her laptop and access work again before she returns 📅 2027-01-08');
    expect(problems).toEqual([]);
    await page.close();
  });
});
