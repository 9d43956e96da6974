import { E2EBrowser, noChromiumMessage } from '../e2e/browser';
import { recordSection, type BenchRow } from './record';

/**
 * Measures in Chromium (the end-to-end page with the production main.js) and records the rows as
 * section `id` of BENCHMARKS.md; without Chromium, the section says why nothing was measured.
 */
export async function chromiumSection(id: string, title: string, notes: readonly string[], measure: (browser: E2EBrowser) => Promise<BenchRow[]>): Promise<void> {
  const browser = await E2EBrowser.launchIfAvailable();
  if (!browser) {
    recordSection(id, title, [], [`Not measured: ${noChromiumMessage}.`]);
    return;
  }
  try {
    recordSection(id, title, await measure(browser), notes);
  } finally {
    await browser.close();
  }
}
