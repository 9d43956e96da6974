// @vitest-environment node
// Plugin startup in Chromium, as Obsidian pays for it each time it opens: evaluating the production
// main.js and the plugin's onload, with no layout-ready work. Each sample is a fresh page, so nothing
// is warm from the one before; the budget holds at full speed and at 4× CPU throttling (CDP), which
// stands in for a slow laptop or a phone. Needs `node esbuild.config.mjs production` first.
// STARTUP_MAIN_JS=path measures another build instead of main.js.
import esbuild from 'esbuild';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { describe, it } from 'vitest';
import { readDemoVault } from '../support/demo-vault';
import { chromiumPath, noChromiumMessage } from '../e2e/browser';
import { percentile, recordSection, type BenchRow } from './record';
import type { StartupSample } from './startup-page';

const ROOT = join(import.meta.dirname, '..', '..');
const SAMPLES = 21;
const BUDGETS = [
  { throttle: 1, ms: 5 },
  { throttle: 4, ms: 20 },
] as const;

/** The page script: the fake app, the demo vault and `window.startupSample`, bundled once. */
async function pageScript(): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [join(import.meta.dirname, 'startup-page.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    write: false,
    logLevel: 'warning',
    define: {
      __DEMO_VAULT__: JSON.stringify(readDemoVault()),
      __PLUGIN_MANIFEST__: readFileSync(join(ROOT, 'manifest.json'), 'utf8'),
    },
  });
  return result.outputFiles[0]?.text ?? '';
}

async function sampleOnce(browser: Browser, script: string, mainJs: string, throttle: number, profileTo?: string): Promise<StartupSample> {
  const page = await browser.newPage();
  try {
    await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
    await page.addScriptTag({ content: script });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    if (profileTo !== undefined) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
      await cdp.send('Profiler.start');
    }
    const sample = await page.evaluate((source) => {
      const run = window.startupSample;
      if (!run) throw new Error('the startup page did not load');
      return run(source);
    }, mainJs);
    if (profileTo !== undefined) writeFileSync(profileTo, JSON.stringify((await cdp.send('Profiler.stop')).profile));
    return sample;
  } finally {
    await page.close();
  }
}

const f = (v: number) => `${v.toFixed(1)} ms`;
const median = (values: readonly number[]) => percentile(values, 50);

/** The median of the whole, with each part at its own median. */
function rows(samples: readonly StartupSample[], throttle: number, budget: number): BenchRow[] {
  const speed = throttle === 1 ? 'full speed' : `${throttle}× CPU throttling`;
  const totals = samples.map((s) => s.compileMs + s.runMs + s.onloadMs);
  const ours = samples.map((s) => s.runMs + s.onloadMs);
  const part = (pick: (s: StartupSample) => number) => f(median(samples.map(pick)));
  return [
    {
      what: `Startup (evaluate main.js + onload), ${speed}, median of ${samples.length} fresh pages`,
      result: `${f(median(totals))}: compile ${part((s) => s.compileMs)} + top level ${part((s) => s.runMs)} + onload ${part((s) => s.onloadMs)} (p95 ${f(percentile(totals, 95))})`,
      budget: `≤ ${budget} ms`,
      ok: median(totals) <= budget,
    },
    { what: `Startup without the compile (top level + onload), ${speed}`, result: `${f(median(ours))} (p95 ${f(percentile(ours, 95))})` },
  ];
}

describe('plugin startup in Chromium', () => {
  it('evaluates main.js and runs onload within budget, at full speed and throttled', async () => {
    const title = 'Plugin startup in Chromium';
    if (!chromiumPath) {
      recordSection('05-startup', title, [], [`Not measured: ${noChromiumMessage}.`]);
      return;
    }
    // STARTUP_MAIN_JS measures another build (an earlier one, to compare) without touching main.js.
    const mainPath = process.env.STARTUP_MAIN_JS ?? join(ROOT, 'main.js');
    if (!existsSync(mainPath)) throw new Error('startup bench: main.js is missing; run `node esbuild.config.mjs production` first');
    const mainJs = readFileSync(mainPath, 'utf8');
    const script = await pageScript();
    const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
    try {
      const results: BenchRow[] = [];
      for (const { throttle, ms } of BUDGETS) {
        await sampleOnce(browser, script, mainJs, throttle); // the browser's own first-page costs
        const samples: StartupSample[] = [];
        for (let i = 0; i < SAMPLES; i++) samples.push(await sampleOnce(browser, script, mainJs, throttle));
        results.push(...rows(samples, throttle, ms));
      }
      // STARTUP_PROFILE=file.cpuprofile saves a CPU profile of one more sample (open it in Chrome's DevTools).
      const profileTo = process.env.STARTUP_PROFILE;
      if (profileTo !== undefined) await sampleOnce(browser, script, mainJs, 1, profileTo);
      recordSection('05-startup', title, results, [
        'The production main.js, evaluated as Obsidian does (the body of a function given module, exports and require) in a fresh page of the fake app with the demo vault, then the plugin constructed and its onload awaited; layout ready is not triggered. Throttling is Chromium\'s (CDP Emulation.setCPUThrottlingRate).',
      ]);
      process.stdout.write(`${results.map((r) => `${r.what}: ${r.result}${r.budget ? ` [${r.budget}${r.ok ? '' : ', over'}]` : ''}`).join('\n')}\n`);
    } finally {
      await browser.close();
    }
  });
});
