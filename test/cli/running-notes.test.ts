// Running notes from the command line (issue 16), on copies of the demo vault, where Hannah's 1:1s
// are dated sections of one note and her person note asks for the running layout.
import { cpSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_VAULT_DIR } from '../support/demo-vault';
import { cli as run, requireBuiltCli, text, TempVaults } from './cli-harness';

const RUNNING = '1-1s/Hannah Lindqvist.md';
const vaults = new TempVaults();

function vaultCopy(): string {
  const dir = vaults.folder();
  cpSync(DEMO_VAULT_DIR, dir, { recursive: true });
  return dir;
}

const cli = (...args: string[]) => run(args);

beforeAll(requireBuiltCli);
afterEach(() => vaults.cleanup());

describe('a running note on the command line', () => {
  it('status counts its sections: the last held one is the last 1:1', () => {
    const run = cli('status', '--json', '--vault', vaultCopy(), '--date', '2026-11-20');
    const hannah = (JSON.parse(run.out) as { name: string; lastMet: string | null; state: string }[]).find((row) => row.name === 'Hannah Lindqvist');
    expect(hannah).toMatchObject({ lastMet: '2026-09-24', state: 'paused' });
  });

  it('actions --json names the section an item is in, and null for a note that is one meeting', () => {
    const run = cli('actions', '--json', '--vault', vaultCopy(), '--date', '2026-11-20');
    const rows = JSON.parse(run.out) as { text: string; meeting: string; section: string | null; line: number }[];
    expect(rows.find((row) => row.text.includes('her laptop'))).toMatchObject({ meeting: '1-1s/Hannah Lindqvist.md', section: '2026-09-24', line: 16 });
    expect(rows.find((row) => row.meeting.startsWith('1-1s/Priya Raman/'))?.section).toBeNull();
  });

  it('start adds today\'s section on top of her running note, carries her open item, and opens it again the same day', () => {
    const vault = vaultCopy();
    const before = text(vault, RUNNING);
    const first = cli('start', 'Hannah', '--vault', vault, '--date', '2026-11-20');
    expect(first.code).toBe(0);
    expect(first.out).toBe('1-1s/Hannah Lindqvist.md#2026-11-20\n');
    const after = text(vault, RUNNING);
    const top = after.slice(0, after.indexOf('## 2026-09-24'));
    expect(top.startsWith(`${before.slice(0, before.indexOf('## 2026-09-24'))}## 2026-11-20\n`)).toBe(true);
    expect(top).toContain('- [ ] Welcome back: what changed in the regression suite while she was away');
    expect(top).toContain('- [ ] @me make sure her laptop and access work again before she returns ([[1-1s/Hannah Lindqvist#2026-09-24|from Sep 24]]) 📅 2027-01-08');
    expect(after.slice(top.length)).toBe(before.slice(before.indexOf('## 2026-09-24')).replace('- [ ] @me make sure her laptop', '- [>] @me make sure her laptop'));
    const again = cli('start', 'Hannah', '--vault', vault, '--date', '2026-11-20');
    expect(again.out).toBe('1-1s/Hannah Lindqvist.md#2026-11-20 (exists; not changed)\n');
    expect(text(vault, RUNNING)).toBe(after);
  });

  it('start --dry-run shows the section and writes nothing', () => {
    const vault = vaultCopy();
    const before = text(vault, RUNNING);
    const run = cli('start', 'Hannah', '--vault', vault, '--date', '2026-11-20', '--dry-run');
    expect(run.out.split('\n')[0]).toBe('Would add a section to 1-1s/Hannah Lindqvist.md, mark 1 earlier item(s) [>] and move 2 talking point(s):');
    expect(run.out).toContain('\n## 2026-11-20\n');
    expect(text(vault, RUNNING)).toBe(before);
  });
});
