import type { CachedMetadata, Debouncer, FrontMatterCache } from 'obsidian';
import { parse, stringify } from 'yaml';
import { collectTags, parseFrontMatterTags } from './metadata';

export { parseFrontMatterTags };

/**
 * Debounced calls whose timer is running. Tests let the time pass with `runWaitingDebounced` instead of
 * sleeping for longer than the delay: the call then runs as its timer would have run it.
 */
const waiting = new Set<() => unknown>();

/** Test aid: runs every debounced call now whose delay has not passed yet; returns how many ran. */
export function runWaitingDebounced(): number {
  const calls = [...waiting];
  waiting.clear();
  for (const call of calls) call();
  return calls.length;
}

/** Test aid: forgets the calls an earlier test left waiting (their timers still run), so each test counts its own. */
export function forgetWaitingDebounced(): void {
  waiting.clear();
}

export function debounce<T extends unknown[], V>(cb: (...args: T) => V, timeout = 0, resetTimer = false): Debouncer<T, V> {
  let timer: number | null = null;
  let lastArgs: T | null = null;
  const run = (): V | void => {
    waiting.delete(runNow);
    timer = null;
    if (!lastArgs) return;
    const args = lastArgs;
    lastArgs = null;
    return cb(...args);
  };
  const runNow = (): V | void => {
    if (timer !== null) window.clearTimeout(timer);
    return run();
  };
  const debounced = ((...args: T) => {
    lastArgs = args;
    if (timer !== null && !resetTimer) return debounced;
    if (timer !== null) window.clearTimeout(timer);
    timer = window.setTimeout(run, timeout);
    waiting.add(runNow);
    return debounced;
  }) as Debouncer<T, V>;
  debounced.cancel = () => {
    if (timer !== null) window.clearTimeout(timer);
    waiting.delete(runNow);
    timer = null;
    lastArgs = null;
    return debounced;
  };
  debounced.run = runNow;
  return debounced;
}

export const Platform = {
  isDesktop: true,
  isMobile: false,
  isDesktopApp: true,
  isMobileApp: false,
  isIosApp: false,
  isAndroidApp: false,
  isPhone: false,
  isTablet: false,
  isMacOS: false,
  isWin: false,
  isLinux: true,
  isSafari: false,
  resourcePathPrefix: 'app://local/',
};

export function parseYaml(text: string): unknown {
  return parse(text);
}
export function stringifyYaml(value: unknown): string {
  return stringify(value);
}

export function parseFrontMatterAliases(frontmatter: FrontMatterCache | null): string[] | null {
  if (!frontmatter) return null;
  for (const key of ['aliases', 'alias']) {
    const value: unknown = frontmatter[key];
    if (value === undefined || value === null) continue;
    const list: unknown[] = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value];
    return list.filter((v): v is string | number => typeof v === 'string' || typeof v === 'number').map((v) => String(v).trim()).filter(Boolean);
  }
  return null;
}

export function getAllTags(cache: CachedMetadata): string[] | null {
  return collectTags(cache);
}

export function getLinkpath(linktext: string): string {
  return parseLinktext(linktext).path;
}

export function parseLinktext(linktext: string): { path: string; subpath: string } {
  const hash = linktext.indexOf('#');
  return hash < 0 ? { path: linktext, subpath: '' } : { path: linktext.slice(0, hash), subpath: linktext.slice(hash) };
}

/** The plugin must never reach the network; a call is a failing test, not a quiet request. */
export function requestUrl(): never {
  throw new Error('fake obsidian: requestUrl called — One-on-ones must make no network requests');
}

export const apiVersion = '1.13.1';
