import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// A process reads TZ once, so each zone needs its own run of the calendar-day tests. The child runs
// carry ONE_ON_ONES_TZ_CHILD, which both stops them from spawning again and makes dates.test.ts
// check that the zone really took effect.
const ZONES = ['America/Los_Angeles', 'Europe/London', 'Australia/Sydney', 'Asia/Kolkata', 'Pacific/Chatham', 'UTC'];
const FILES = ['test/unit/dates.test.ts', 'test/unit/cadence.test.ts', 'test/unit/cadence-rules.test.ts'];

const root = fileURLToPath(new URL('../../', import.meta.url));
const vitestCli = join(dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');
const isChild = process.env.ONE_ON_ONES_TZ_CHILD === '1';

describe.skipIf(isChild)('calendar-day rules in other time zones', () => {
  it.each(ZONES)(
    'pass in %s',
    (zone) => {
      // One worker: the three files are small, and starting more workers costs more than it saves.
      const run = spawnSync(process.execPath, [vitestCli, 'run', '--project', 'unit', '--maxWorkers=1', ...FILES], {
        cwd: root,
        env: { ...process.env, TZ: zone, ONE_ON_ONES_TZ_CHILD: '1', NO_COLOR: '1' },
        encoding: 'utf8',
        timeout: 120_000,
      });
      const output = `${run.stdout}\n${run.stderr}`;
      expect(run.status, output).toBe(0);
      expect(output).toMatch(/Test Files\s+3 passed/);
    },
    130_000,
  );
});
