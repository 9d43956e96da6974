// Settings that exist but cannot be read are a settings problem, said by every subcommand: only a
// data.json that is not there means "the defaults, and nothing to say".
import { chmodSync, chownSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cli, full, giveAway, isRoot, NOBODY, requireBuiltCli, STACK_LINE, TempVaults } from './cli-harness';

const vaults = new TempVaults();
beforeAll(requireBuiltCli);
afterEach(() => {
  for (const dir of locked.splice(0)) chmodSync(dir, 0o755);
  vaults.cleanup();
});

const DAY = '2026-11-20';
const WARNING = 'warning: settings: data.json could not be read (EACCES: permission denied); using the default settings';
const locked: string[] = [];

/** A vault whose settings sit in `folder`, which the user may not open (as root: root's own, 0700). */
function lockedSettings(folder: string): string {
  const vault = vaults.make({
    '.obsidian/plugins/one-on-ones/data.json': '{"peopleFolder": "People"}',
    'People/Alice Smith.md': '---\ncadence: weekly\n---\n',
    '1-1s/Alice Smith/2026-11-13.md': '---\ndate: 2026-11-13\n---\n',
  });
  if (isRoot) {
    chmodSync(vault, 0o755);
    giveAway(vault);
    chownSync(full(vault, folder), 0, 0);
  }
  chmodSync(full(vault, folder), isRoot ? 0o700 : 0o000);
  locked.push(full(vault, folder));
  return vault;
}

describe('settings that cannot be read', () => {
  it.each([
    ['.obsidian/plugins/one-on-ones', ['status']],
    ['.obsidian/plugins/one-on-ones', ['status', '--json']],
    ['.obsidian/plugins/one-on-ones', ['actions']],
    ['.obsidian/plugins/one-on-ones', ['questions', 'growth']],
    ['.obsidian/plugins/one-on-ones', ['start', 'Alice Smith', '--dry-run']],
    ['.obsidian', ['status']],
    ['.obsidian', ['start', 'Alice Smith']],
  ])('in %s: %j says so, and goes on with the defaults', (folder, args) => {
    const run = cli([...args, '--vault', lockedSettings(folder), '--date', DAY], isRoot ? { as: NOBODY } : {});
    expect(run.err).not.toMatch(STACK_LINE);
    expect(run.code).toBe(0);
    expect(run.err.split('\n')).toContain(WARNING);
  });

  it('says nothing when there is no data.json at all', () => {
    const vault = vaults.make({ '.obsidian/plugins/': '', 'People/Alice Smith.md': '---\ncadence: weekly\n---\n', '1-1s/': '' });
    const run = cli(['status', '--vault', vault, '--date', DAY]);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
  });
});
