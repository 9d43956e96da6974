// A note or folder the user's account may not read is skipped and named, never fatal. Root reads
// any file, so as root the vault is given to `nobody` and the command runs as `nobody`.
import { chmodSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cli, full, giveAway, isRoot, NOBODY, requireBuiltCli, STACK_LINE, TempVaults, text } from './cli-harness';

const vaults = new TempVaults();
beforeAll(requireBuiltCli);
afterEach(() => {
  for (const dir of locked.splice(0)) chmodSync(dir, 0o755);
  vaults.cleanup();
});

const DAY = '2026-11-20';
const UNREADABLE = ['People/Bob Stone.md', '1-1s/Alice Smith/2026-10-09.md', 'Journal/private.md'];
const locked: string[] = [];

function lockedVault(): string {
  const vault = vaults.make({
    'People/Alice Smith.md': '---\ncadence: weekly\n---\n',
    'People/Bob Stone.md': '---\ncadence: weekly\n---\n',
    '1-1s/Alice Smith/2026-10-09.md': '---\ndate: 2026-10-09\n---\n- [ ] [[Alice Smith]] send the draft\n',
    '1-1s/Alice Smith/2026-10-16.md': '---\ndate: 2026-10-16\n---\n- [ ] @me book the room\n',
    'Journal/private.md': 'my own thoughts\n',
    'Archive/old.md': '#1on1 with someone\n',
  });
  if (isRoot) {
    chmodSync(vault, 0o755);
    giveAway(vault);
  }
  for (const path of UNREADABLE) chmodSync(full(vault, path), 0o000);
  chmodSync(full(vault, 'Archive'), 0o000);
  locked.push(full(vault, 'Archive'));
  return vault;
}

function run(args: readonly string[], vault: string) {
  return cli([...args, '--vault', vault, '--date', DAY], isRoot ? { as: NOBODY } : {});
}

describe('unreadable notes and folders', () => {
  it.each([[['status']], [['status', '--json']], [['actions']], [['actions', '--json']], [['questions', 'growth']], [['start', 'Alice Smith']]])(
    '%j skips them and names each in one line',
    (args) => {
      const vault = lockedVault();
      const result = run(args, vault);
      expect(result.err).not.toMatch(STACK_LINE);
      expect(result.code).toBe(0);
      const line = result.err.split('\n').find((l) => l.startsWith('warning: could not read 3 notes and 1 folder: '));
      expect(line).toBeDefined();
      for (const path of [...UNREADABLE, 'Archive/']) expect(line).toContain(`${path} (EACCES: permission denied)`);
    },
  );

  it('shows an unreadable person and meeting as problems of the person in status --json', () => {
    const result = run(['status', '--json'], lockedVault());
    const rows = JSON.parse(result.out) as { name: string; problems: string[] }[];
    expect(rows.find((row) => row.name === 'Bob Stone')?.problems).toEqual(['the note could not be read (EACCES: permission denied)']);
    expect(rows.find((row) => row.name === 'Alice Smith')?.problems).toEqual([
      '1-1s/Alice Smith/2026-10-09.md: the note could not be read (EACCES: permission denied)',
    ]);
  });

  it('starts a 1:1 from what it can read, and leaves the unreadable note as it was', () => {
    const vault = lockedVault();
    const result = run(['start', 'Alice Smith'], vault);
    expect(result.code).toBe(0);
    chmodSync(full(vault, '1-1s/Alice Smith/2026-10-09.md'), 0o644);
    expect(text(vault, '1-1s/Alice Smith/2026-10-09.md')).toBe('---\ndate: 2026-10-09\n---\n- [ ] [[Alice Smith]] send the draft\n');
    expect(text(vault, '1-1s/Alice Smith/2026-10-16.md')).toContain('- [>] @me book the room');
    expect(text(vault, '1-1s/Alice Smith/2026-11-20 Alice Smith.md')).toContain('- [ ] @me book the room');
    expect(text(vault, '1-1s/Alice Smith/2026-11-20 Alice Smith.md')).not.toContain('send the draft');
  });
});
