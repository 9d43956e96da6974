import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const RESULTS_DIR = join(import.meta.dirname, 'results');

export interface BenchRow {
  readonly what: string;
  readonly result: string;
  readonly budget?: string;
  /** Whether the result meets its budget; absent when there is no budget. */
  readonly ok?: boolean;
}

/** Saves one section of BENCHMARKS.md; `npm run bench` assembles the sections afterwards. */
export function recordSection(id: string, title: string, rows: readonly BenchRow[], notes: readonly string[] = []): void {
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(join(RESULTS_DIR, `${id}.json`), JSON.stringify({ id, title, rows, notes }, null, 2));
}

export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export function ms(value: number): string {
  return value < 1 ? `${(value * 1000).toFixed(0)} µs` : `${value.toFixed(1)} ms`;
}

export function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Runs `fn` until `minMs` have passed (at least `minRuns` times) and returns each run's duration. */
export function sample(fn: () => void, minRuns = 20, minMs = 200): number[] {
  const times: number[] = [];
  const until = performance.now() + minMs;
  while (times.length < minRuns || performance.now() < until) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return times;
}

export function gc(): void {
  const collect = (globalThis as { gc?: () => void }).gc;
  collect?.();
}
