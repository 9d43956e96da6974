// Output read through a pipe (`| jq`, a script) arrives whole, however long; a reader that stops
// early (`| head`) is not an error; output that cannot be written (a full disk) is one, said once.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CLI, cliPiped, requireBuiltCli, STACK_LINE, TempVaults } from './cli-harness';

const vaults = new TempVaults();
beforeAll(requireBuiltCli);
afterEach(() => vaults.cleanup());

function bigVault(): string {
  const files: Record<string, string> = {};
  for (let p = 0; p < 60; p++) {
    const name = `Person ${String(p).padStart(2, '0')}`;
    files[`People/${name}.md`] = '---\ncadence: weekly\n---\n';
    const items = Array.from({ length: 50 }, (_, i) => `- [ ] [[${name}]] follow up on the long-running item number ${i} 📅 2026-11-30\n`);
    files[`1-1s/${name}/2026-10-09.md`] = `---\ndate: 2026-10-09\n---\n${items.join('')}`;
  }
  return vaults.make(files);
}

describe('output through a pipe', () => {
  it('delivers all of a JSON answer far larger than a pipe holds', async () => {
    const run = await cliPiped(['actions', '--vault', bigVault(), '--date', '2026-11-20', '--json']);
    expect(run.code).toBe(0);
    expect(run.out.length).toBeGreaterThan(200_000);
    const rows = JSON.parse(run.out) as unknown[];
    expect(rows).toHaveLength(3_000);
  });

  it('exits 0 when the reader stops early, as `status | head -1` does', () => {
    const vault = bigVault();
    const piped = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${CLI}" actions --vault "${vault}" --json | head -c 10 >/dev/null`], { encoding: 'utf8' });
    expect(piped.stderr).toBe('');
    expect(piped.status).toBe(0);
  });
});

describe('output that cannot be written', () => {
  // /dev/full takes no byte: every write fails with ENOSPC, as on a full disk.
  it.skipIf(!existsSync('/dev/full')).each([[['status']], [['status', '--json']], [['actions', '--json']], [['--help']]])(
    '%j > /dev/full exits 2 saying so in one line',
    (args) => {
      const full = openSync('/dev/full', 'w');
      try {
        const withVault = args[0] === '--help' ? args : [...args, '--vault', bigVault(), '--date', '2026-11-20'];
        const run = spawnSync(process.execPath, [CLI, ...withVault], { encoding: 'utf8', stdio: ['ignore', full, 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
        expect(run.stderr).not.toMatch(STACK_LINE);
        expect(run.stderr).toBe('one-on-ones: could not write the output: ENOSPC: no space left on device\n');
        expect(run.status).toBe(2);
      } finally {
        closeSync(full);
      }
    },
  );
});
