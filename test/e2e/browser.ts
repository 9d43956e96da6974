// Real Chromium for the end-to-end tests: finds the executable, serves the built page
// (test/e2e/page/dist/, from `node test/e2e/build-page.mjs`) on 127.0.0.1 and opens it.
import { afterAll, beforeAll } from 'vitest';
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import type { Theme } from './page/entry';

// import.meta.dirname, not new URL(): under happy-dom (the bench project) URL is the DOM's.
const distDir = join(import.meta.dirname, 'page', 'dist');
const screenshotDir = join(import.meta.dirname, 'screenshots');

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir !== '' && isExecutable(join(dir, name))) return join(dir, name);
  }
  return null;
}

/** CHROMIUM_PATH, else Debian's /usr/bin/chromium, else chromium or chromium-browser on PATH. */
function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return isExecutable(fromEnv) ? fromEnv : null;
  if (isExecutable('/usr/bin/chromium')) return '/usr/bin/chromium';
  return onPath('chromium') ?? onPath('chromium-browser');
}

export const chromiumPath = findChromium();

export const noChromiumMessage = process.env.CHROMIUM_PATH
  ? `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} is not an executable file`
  : 'no Chromium found: install one with `apt-get install -y chromium`, or set CHROMIUM_PATH to a Chromium or Chrome executable';

/**
 * Call first in every e2e test. Without Chromium the test is skipped with the way to get one;
 * on CI (CI set) it fails instead, so that a machine without a browser cannot pass by skipping.
 */
export function requireChromium(context: { skip: (note?: string) => never }): void {
  if (chromiumPath) return;
  if (process.env.CI) throw new Error(`e2e: ${noChromiumMessage}`);
  context.skip(noChromiumMessage);
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** A static file server for dist/ on a random local port. */
async function serveDist(): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = resolve(distDir, `.${pathname === '/' ? '/index.html' : pathname}`);
    const within = relative(distDir, file);
    const inside = within !== '' && !within.startsWith('..') && !isAbsolute(within);
    if (req.method !== 'GET' || !inside || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

export interface BrowserOptions {
  /** A phone's browser: touch, no pointer that hovers, a mobile viewport. */
  touch?: boolean;
}

export interface HarnessOptions {
  theme?: Theme;
  width?: number;
  height?: number;
  /** The note open in the main area; a vault path. */
  note?: string;
  /** The page's clock stands at 9:30 on this day (YYYY-MM-DD), e.g. the demo vault's 2026-11-20. */
  today?: string;
  /** How the note is shown: editing (the default) or reading view, where code blocks render. */
  mode?: 'source' | 'preview';
}

export interface HarnessPage {
  page: Page;
  /** Uncaught page errors, console errors and failed requests, in order. */
  problems: string[];
}

export class E2EBrowser {
  private constructor(
    private readonly context: BrowserContext,
    private readonly origin: string,
    private readonly cleanup: () => Promise<void>,
  ) {}

  /**
   * For a test file's beforeAll: the browser, or undefined (with the reason on stderr) when this
   * machine has no Chromium; the tests then skip through requireChromium. On CI it throws instead.
   */
  static async launchIfAvailable(options: BrowserOptions = {}): Promise<E2EBrowser | undefined> {
    if (chromiumPath) return E2EBrowser.launch(options);
    if (process.env.CI) throw new Error(`e2e: ${noChromiumMessage}`);
    process.stderr.write(`e2e tests skipped: ${noChromiumMessage}\n`);
    return undefined;
  }

  /** Launches Chromium with a fresh profile and serves the built page. */
  static async launch(options: BrowserOptions = {}): Promise<E2EBrowser> {
    if (!chromiumPath) throw new Error(`e2e: ${noChromiumMessage}`);
    if (!existsSync(join(distDir, 'index.html'))) throw new Error('e2e: the page is not built; run `node test/e2e/build-page.mjs`');
    const profile = mkdtempSync(join(tmpdir(), 'one-on-ones-e2e-'));
    const server = await serveDist();
    try {
      // launchPersistentContext is how Playwright takes a --user-data-dir of our choosing.
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: chromiumPath,
        headless: true,
        args: FLAGS,
        viewport: { width: 1280, height: 800 },
        // A phone: touch events, no hover, the mobile viewport, as Obsidian's app on a phone gets them.
        ...(options.touch === true ? { hasTouch: true, isMobile: true, deviceScaleFactor: 2 } : {}),
      });
      return new E2EBrowser(context, server.origin, async () => {
        await context.close();
        await server.close();
        rmSync(profile, { recursive: true, force: true });
      });
    } catch (error) {
      await server.close();
      rmSync(profile, { recursive: true, force: true });
      throw error;
    }
  }

  /** Opens the page in a new tab and waits until the plugin has loaded (or failed to). */
  async openHarness({ theme = 'light', width = 1280, height = 800, note, today, mode }: HarnessOptions = {}): Promise<HarnessPage> {
    const page = await this.context.newPage();
    await page.setViewportSize({ width, height });
    if (today !== undefined) await page.clock.setFixedTime(new Date(`${today}T09:30:00`));
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.stack ?? error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    const query = new URLSearchParams({ theme, ...(note === undefined ? {} : { note }), ...(mode === undefined ? {} : { mode }) });
    await page.goto(`${this.origin}/index.html?${query.toString()}`);
    await page.waitForFunction(() => window.harness !== undefined || window.harnessError !== undefined);
    const failure = await page.evaluate(() => window.harnessError);
    if (failure !== undefined) throw new Error(`e2e: the page could not load the plugin:\n${failure}\n${problems.join('\n')}`);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    return { page, problems };
  }

  async close(): Promise<void> {
    await this.cleanup();
  }
}

/** Saves a screenshot of the viewport to test/e2e/screenshots/<name>.png; returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path, animations: 'disabled', caret: 'hide' });
  return path;
}

/**
 * For a test file: one browser for all its tests, started before and closed after them. Call the
 * returned function inside a test; it throws when no browser started (requireChromium skips first).
 */
export function useBrowser(options: BrowserOptions = {}): () => E2EBrowser {
  let browser: E2EBrowser | undefined;
  beforeAll(async () => {
    browser = await E2EBrowser.launchIfAvailable(options);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('e2e: the browser did not start');
    return browser;
  };
}
