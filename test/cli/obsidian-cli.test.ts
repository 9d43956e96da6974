// The Obsidian CLI commands (`obsidian one-on-ones:status` …) answer with the very text and JSON
// the Node command line prints for the same vault and day: one formatter, two front ends.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_VAULT_DIR } from '../support/demo-vault';
import { fixNow, settle, startSettled } from '../support/plugin-harness';
import { cli, requireBuiltCli, TempVaults } from './cli-harness';

const vaults = new TempVaults();
const nodeCli = (...args: string[]) => cli(args);
const vaultCopy = () => vaults.copyOf(DEMO_VAULT_DIR);

beforeAll(requireBuiltCli);
afterEach(() => {
  vi.useRealTimers();
  document.body.empty();
  vaults.cleanup();
});

describe('the same answers from the Obsidian CLI as from the Node command line', () => {
  it('status, as text and as JSON, and actions by query lines, as text and JSON', async () => {
    fixNow(new Date(2026, 10, 20, 9));
    const { app } = await startSettled();
    const cases: [Record<string, string>, string, string[]][] = [
      [{ date: '2026-11-20' }, 'one-on-ones:status', ['status', '--date', '2026-11-20']],
      [{ date: '2026-11-20', json: 'true' }, 'one-on-ones:status', ['status', '--date', '2026-11-20', '--json']],
      [{ owner: 'me', date: '2026-11-20' }, 'one-on-ones:actions', ['actions', 'owner: me', '--date', '2026-11-20']],
      [{ due: 'overdue', json: 'true', date: '2026-11-20' }, 'one-on-ones:actions', ['actions', 'due: overdue', '--json', '--date', '2026-11-20']],
      [{ person: 'Priya Raman', group: 'meeting', date: '2026-11-20' }, 'one-on-ones:actions', ['actions', 'person: Priya Raman', 'group: meeting', '--date', '2026-11-20']],
    ];
    for (const [params, command, argv] of cases) {
      const node = nodeCli(...argv, '--vault', DEMO_VAULT_DIR);
      expect(node.code, node.err).toBe(0);
      expect(node.out.length).toBeGreaterThan(100);
      expect(`${await app.cli.run(command, params)}\n`).toBe(node.out);
    }
  });

  it('a mistake in a query is worded the same, did-you-mean included', async () => {
    const { app } = await startSettled();
    const node = nodeCli('actions', 'ownr: me', '--vault', DEMO_VAULT_DIR);
    expect(node.code).toBe(1);
    expect(node.err.trim().split('\n').at(-1)).toBe(await app.cli.run('one-on-ones:actions', { ownr: 'me' }));
  });

  it('start makes the same note as `one-on-ones start`, and says so when it is already there', async () => {
    const vault = vaultCopy();
    const node = nodeCli('start', 'Priya', '--date', '2026-11-20', '--vault', vault);
    expect(node.code, node.err).toBe(0);
    fixNow(new Date(2026, 10, 20, 9));
    const { app } = await startSettled();
    expect(`${await app.cli.run('one-on-ones:start', { name: 'Priya' })}\n`).toBe(node.out);
    expect(app.vault.getFileByPath(node.out.trim())).not.toBeNull();
    await settle(app);
    expect(await app.cli.run('one-on-ones:start', { name: 'Priya' })).toBe(`${node.out.trim()} (exists; not changed)`);
    expect(nodeCli('start', 'Priya', '--date', '2026-11-20', '--vault', vault).out).toBe(`${node.out.trim()} (exists; not changed)\n`);
  });

  it('an unknown or ambiguous person gets the Node command line\'s message', async () => {
    const { app } = await startSettled();
    for (const typed of ['Zed', 'Pri', 'Raman Pryia']) {
      const node = nodeCli('start', typed, '--vault', DEMO_VAULT_DIR, '--dry-run');
      expect(node.code).toBe(1);
      expect(await app.cli.run('one-on-ones:start', { name: typed })).toBe(node.err.trim().split('\n').at(-1));
    }
  });
});
