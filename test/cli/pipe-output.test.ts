// Output read through a pipe (`| jq`, a script) arrives whole, however long; a reader that stops
// early (`| head`) is not an error.
import { spawnSync } from 'node:child_process';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CLI, cliPiped, requireBuiltCli, TempVaults } from './cli-harness';

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
