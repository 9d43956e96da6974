// Readable everywhere (issue 15): axe-core checks every surface the plugin draws, in both themes, for
// WCAG 2 A and AA problems — text contrast (4.5:1, 3:1 for large text), names of controls and
// checkboxes, roles — and none may be serious or critical.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { requireChromium, useBrowser } from './browser';
import type { Harness } from './page/entry';

const browser = useBrowser();

/** The serious and critical problems axe finds in the plugin's own part of the page, one line each. */
async function problemsIn(page: Page, selector: string, skip: readonly string[] = []): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(selector).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).disableRules([...skip]).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} — ${node.failureSummary?.split('\n').slice(1).join(' ').trim() ?? ''}`));
}

const run = (page: Page, id: string) => page.evaluate((command) => (window.harness as Harness).app.commands.executeCommandById(command), id);

describe.each(['light', 'dark'] as const)('accessibility, %s theme', (theme) => {
  it('the sidebar, the 1:1 view and the overview', async (context) => {
    requireChromium(context);
    const { page, problems } = await browser().openHarness({ theme, today: '2026-11-20', note: 'People/Priya Raman.md', width: 1280, height: 1100 });
    page.setDefaultTimeout(5_000);
    await run(page, 'one-on-ones:open-person-view-this-person');
    await page.locator('.one-on-ones-pv-name').waitFor();
    expect(await problemsIn(page, '.one-on-ones-pv')).toEqual([]);
    await run(page, 'one-on-ones:open-due-sidebar');
    await page.locator('.one-on-ones-due-row').first().waitFor();
    expect(await problemsIn(page, '.one-on-ones-due')).toEqual([]);
    await run(page, 'one-on-ones:open-overview');
    await page.locator('.one-on-ones-ov-table tbody tr').first().waitFor();
    expect(await problemsIn(page, '.one-on-ones-ov')).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the rollups and the Bases view', async (context) => {
    requireChromium(context);
    const { page, problems } = await browser().openHarness({ theme, today: '2026-11-20', note: 'Dashboard.md', mode: 'preview', width: 1280, height: 1600 });
    page.setDefaultTimeout(5_000);
    await page.locator('.one-on-ones-rollup-task').first().waitFor();
    expect(await problemsIn(page, '.one-on-ones-rollup')).toEqual([]);
    await page.locator('.one-on-ones-cb .one-on-ones-pv-chip').first().waitFor();
    expect(await problemsIn(page, '.one-on-ones-cb')).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the person picker and the question picker', async (context) => {
    requireChromium(context);
    const { page, problems } = await browser().openHarness({ theme, today: '2026-11-20', note: '1-1s/Priya Raman/2026-10-30.md', width: 1280, height: 900 });
    page.setDefaultTimeout(5_000);
    await run(page, 'one-on-ones:start');
    await page.locator('.prompt .suggestion-item').first().waitFor();
    // The list of a picker is Obsidian's own, reached with the arrow keys from its input, not by Tab.
    const obsidians = ['scrollable-region-focusable'];
    expect(await problemsIn(page, '.prompt', obsidians)).toEqual([]);
    await page.keyboard.press('Escape');
    await run(page, 'one-on-ones:insert-question');
    await page.locator('.one-on-ones-question-modal .suggestion-item').first().waitFor();
    expect(await problemsIn(page, '.one-on-ones-question-modal', obsidians)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
