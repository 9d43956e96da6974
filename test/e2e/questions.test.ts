// The question pickers in Chromium, in both themes: typing `??grow` in a meeting note opens the inline
// suggester with career questions and Enter inserts one; "Insert 1:1 question" from the palette
// searches the bank, Ctrl+Enter inserts and stays open, Enter inserts and closes.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser, type HarnessPage, requireChromium, screenshot } from './browser';
import type { Harness } from './page/entry';

const NOTE = '1-1s/Lucas Ferreira/Career plan.md';
const INSERT_COMMAND = 'One-on-ones: Insert 1:1 question';

const browser = useBrowser();

async function open(theme: 'light' | 'dark'): Promise<HarnessPage> {
  const opened = await browser().openHarness({ theme, width: 1280, height: 800, note: NOTE });
  opened.page.setDefaultTimeout(5_000);
  return opened;
}

/** The note's lines as the editor holds them. */
function noteLines(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const view = (window.harness as Harness).app.workspace.getActiveViewOfType((window.harness as Harness).obsidian.MarkdownView);
    return view ? view.editor.getValue().split('\n') : [];
  });
}

/** Clicks the note's last line, which puts the cursor at its end, and starts a new line. */
async function typeAtEnd(page: Page): Promise<void> {
  await page.locator('.markdown-source-view .cm-content .cm-line').last().click();
  await page.keyboard.press('Enter');
}

describe.each(['light', 'dark'] as const)('questions, %s theme', (theme) => {
  it('suggests career questions for ??grow in a meeting note, and Enter inserts one', async (context) => {
    requireChromium(context);
    const { page, problems } = await open(theme);
    await typeAtEnd(page);
    await page.keyboard.type('- ??grow');

    const items = page.locator('.suggestion-container .suggestion-item');
    await items.first().waitFor();
    const titles = await items.locator('.suggestion-title').allInnerTexts();
    // The one question holding the word "grow" first, though asked on Oct 23 with Lucas (it says so);
    // then those where "grow" starts a word.
    expect(titles.slice(0, 2)).toEqual(['How do you want to grow over the next six months?', 'What next step in your growth would you like my help with?']);
    expect(titles).toContain('Where do you want your career to be in two years?');
    const categories = await items.locator('.one-on-ones-question-category').allInnerTexts();
    expect(categories.slice(0, 10).every((label) => label === 'Career and growth')).toBe(true);
    expect(await items.first().locator('.suggestion-highlight').innerText()).toBe('grow');
    expect(await items.first().locator('.one-on-ones-question-asked').innerText()).toMatch(/^asked \d+ weeks ago$/);
    const box = await page.locator('.suggestion-container').boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(800);
    await screenshot(page, `questions-inline-${theme}`);

    await page.keyboard.press('Enter');
    await page.locator('.suggestion-container').waitFor({ state: 'detached' });
    expect((await noteLines(page)).at(-1)).toBe('- How do you want to grow over the next six months?');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('inserts from "Insert 1:1 question": Ctrl+Enter keeps the picker open, Enter closes it', async (context) => {
    requireChromium(context);
    const { page, problems } = await open(theme);
    await typeAtEnd(page);
    await page.keyboard.press('Control+p');
    await page.keyboard.type('insert 1:1 question');
    const selected = page.locator('.prompt-results .suggestion-item.is-selected');
    await expect.poll(() => selected.locator('.suggestion-title').innerText()).toBe(INSERT_COMMAND);
    await page.keyboard.press('Enter');

    const modal = page.locator('.modal.one-on-ones-question-modal');
    const input = modal.locator('input.prompt-input');
    await input.waitFor();
    expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await modal.locator('.suggestion-item').count()).toBeGreaterThan(200);

    await page.keyboard.type('feedback');
    const first = modal.locator('.suggestion-item').first();
    await expect.poll(() => first.locator('.suggestion-title').innerText()).toBe('Would you like more feedback from me, or less?');
    const labels = await modal.locator('.one-on-ones-question-category').allInnerTexts();
    // Questions saying "feedback" first, then the rest of both feedback categories.
    expect(new Set(labels)).toEqual(new Set(['Feedback for them', 'Feedback for me']));
    expect(await modal.locator('.suggestion-highlight').first().innerText()).toBe('feedback');
    await screenshot(page, `questions-modal-${theme}`);

    await page.keyboard.press('Control+Enter');
    expect(await modal.count()).toBe(1);
    await input.fill('#remote video');
    await expect.poll(() => first.locator('.suggestion-title').innerText()).toBe('Are there too many video calls in your week?');
    await page.keyboard.press('Enter');
    await modal.waitFor({ state: 'detached' });
    expect((await noteLines(page)).slice(-2)).toEqual(['Would you like more feedback from me, or less?', 'Are there too many video calls in your week?']);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('what the question pickers say, typed as a user types', () => {
  it('ranks the typed phrase first, says when nothing matches and then Enter starts a new line', async (context) => {
    requireChromium(context);
    const { page, problems } = await open('light');
    await typeAtEnd(page);
    await page.keyboard.type('??how are you doing');
    const items = page.locator('.suggestion-container .suggestion-item');
    await items.first().waitFor();
    expect(await items.first().locator('.suggestion-title').innerText()).toMatch(/how are you doing/i);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Enter');
    await page.keyboard.type('??zebra quantum');
    await expect.poll(() => page.locator('.suggestion-container').innerText()).toContain('No question matches');
    await page.keyboard.press('Enter');
    // The words typed stay; Enter started a new line after them.
    await expect.poll(async () => (await noteLines(page)).slice(-2)).toEqual(['??zebra quantum', '']);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('heads each category when browsing, lists the categories for #, and names them for an unknown one', async (context) => {
    requireChromium(context);
    const { page, problems } = await open('light');
    await typeAtEnd(page);
    await page.keyboard.press('Control+p');
    await page.keyboard.type(INSERT_COMMAND);
    await page.keyboard.press('Enter');
    const heads = page.locator('.one-on-ones-question-modal .one-on-ones-question-head');
    await expect.poll(() => heads.count()).toBeGreaterThan(10);
    const input = page.locator('.one-on-ones-question-modal input.prompt-input');
    await input.fill('#');
    await expect.poll(() => page.locator('.one-on-ones-question-modal .suggestion-title').first().innerText()).toBe('#Check-in and mood');
    await input.fill('#xyz');
    await expect.poll(() => page.locator('.one-on-ones-question-modal .suggestion-empty').innerText()).toMatch(/^No category matches "xyz"\. The categories: Check-in and mood, /);
    expect(problems).toEqual([]);
    await page.close();
  });
});
