// The built command on temporary copies of the demo vault: the same answers and the same bytes as
// the plugin for the same day, and clear errors for bad input.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CalendarDay } from '../../src/core/calendar/dates';
import { runQuery } from '../../src/core/query/evaluate-query';
import { statusRows } from '../../src/core/commands/status-command';
import { DEMO_VAULT_DIR, readDemoVault } from '../support/demo-vault';
import { fixNow, settle, startPlugin } from '../support/plugin-harness';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'cli.cjs');
const GOLDEN = join(import.meta.dirname, '..', 'golden', 'start-priya-2026-11-20.md');
const DAY = '2026-11-20' as CalendarDay;
const copies: string[] = [];

function vaultCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'one-on-ones-cli-'));
  cpSync(DEMO_VAULT_DIR, dir, { recursive: true });
  copies.push(dir);
  return dir;
}

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('cli.cjs is not built: run `npm run build` first');
});
afterEach(() => {
  vi.useRealTimers();
  document.body.empty();
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function pluginOn(day: Date) {
  fixNow(day);
  const started = await startPlugin();
  await settle(started.app);
  return started;
}

describe('one-on-ones status', () => {
  it('lists everyone with a cadence as the plugin\'s index does, in JSON', async () => {
    const run = cli('status', '--vault', vaultCopy(), '--date', DAY, '--json');
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const { plugin } = await pluginOn(new Date(2026, 10, 20, 9));
    const expected = statusRows(plugin.indexer.index, DAY);
    expect(JSON.parse(run.out)).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(expected[0]).toMatchObject({ name: 'Priya Raman', state: 'overdue', daysOverdue: 14, cadenceDays: 7, cancelledNotRescheduled: '2026-11-06', openActions: { theirs: 3, mine: 3, unassigned: 1 } });
  });

  it('prints a readable table', () => {
    const run = cli('status', '--vault', vaultCopy(), '--date', DAY);
    expect(run.code).toBe(0);
    expect(run.out.split('\n')[0]).toMatch(/^Name\s+Role\s+Cadence\s+Last 1:1\s+Next due\s+State/);
    expect(run.out).toMatch(/Priya Raman\s+report\s+weekly\s+2026-10-30\s+2026-11-06\s+overdue \(14 d\)/);
  });
});

describe('one-on-ones actions', () => {
  it('runs the rollup query language and agrees with the plugin', async () => {
    const run = cli('actions', '--vault', vaultCopy(), '--date', DAY, '--json', 'owner: me', 'due: overdue');
    expect(run.code).toBe(0);
    const rows = JSON.parse(run.out) as { text: string; owner: string; meeting: string; line: number; due: string }[];
    const { plugin } = await pluginOn(new Date(2026, 10, 20, 9));
    const result = runQuery(plugin.indexer.index, 'owner: me\ndue: overdue', { today: DAY, sourcePath: '' });
    if (result.kind !== 'actions') throw new Error('expected actions');
    expect(rows.map((r) => `${r.meeting}:${r.line}`)).toEqual(result.groups.flatMap((g) => g.rows.map((r) => `${r.action.meetingPath}:${r.action.item.line}`)));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.owner === 'me' && r.due < DAY)).toBe(true);
  });

  it.each([['show: people'], ['show: meetings']])('refuses %j, with or without --json, exiting 1', (query) => {
    for (const json of [['--json'], []]) {
      const run = cli('actions', '--vault', vaultCopy(), '--date', DAY, ...json, query);
      expect(run.code).toBe(1);
      expect(run.out).toBe('');
      expect(run.err).toContain('the actions command lists action items');
      expect(run.err).toContain('use "show: actions"');
    }
  });

  it('names the line and suggests a fix for a bad query, exiting 1', () => {
    const run = cli('actions', '--vault', vaultCopy(), 'ownr: me');
    expect(run.code).toBe(1);
    expect(run.err).toContain('line 1');
    expect(run.err).toContain("'owner'");
  });
});

describe('one-on-ones start', () => {
  it('writes exactly the bytes the plugin writes, and marks the same lines', async () => {
    const vault = vaultCopy();
    const run = cli('start', 'priya', '--vault', vault, '--date', DAY);
    // The demo vault holds problems on purpose (Oliver's cadence): counted, and nothing else said.
    expect(run.err).toMatch(/^warning: \d+ problems? in \d+ notes?; "one-on-ones status --json" lists them\n$/);
    expect(run.code).toBe(0);
    expect(run.out.trim()).toBe('1-1s/Priya Raman/2026-11-20 Priya Raman.md');
    const written = readFileSync(join(vault, '1-1s', 'Priya Raman', '2026-11-20 Priya Raman.md'), 'utf8');
    const { app, plugin } = await pluginOn(new Date(2026, 10, 20, 9, 30));
    await plugin.startOneOnOne('People/Priya Raman.md');
    await app.metadataCache.settle();
    expect(written).toBe(app.vault.peek('1-1s/Priya Raman/2026-11-20 Priya Raman.md'));
    // The fake shares the CLI's YAML library and its core, so both can agree and both be wrong: the
    // bytes are also held to a checked-in golden file and to literal expectations.
    expect(written).toBe(readFileSync(GOLDEN, 'utf8'));
    for (const note of ['1-1s/Priya Raman/2026-10-30.md', 'People/Priya Raman.md']) {
      expect(readFileSync(join(vault, ...note.split('/')), 'utf8')).toBe(app.vault.peek(note));
    }
    const demo = readDemoVault();
    const after = readDemoVault(vault);
    expect(Object.keys(after).sort()).toEqual([...Object.keys(demo), '1-1s/Priya Raman/2026-11-20 Priya Raman.md'].sort());
    const changed = Object.keys(demo).filter((path) => after[path] !== demo[path]);
    expect(changed.sort()).toEqual(['1-1s/Priya Raman/2026-10-30.md', 'People/Priya Raman.md']);
    const open = [
      "- [ ] @me find budget for Priya's conference trip ([[1-1s/Priya Raman/2026-10-09|from Oct 9]] ×3) 📅 2026-11-13",
      '- [/] [[Priya Raman]] finish the ledger reconciliation dashboard ([[1-1s/Priya Raman/2026-10-23|from Oct 23]]) 📅 2026-11-27',
      "- [ ] @me prepare Priya's promotion packet [due:: 2026-11-25]",
      '    - [ ] @me collect peer feedback for the packet 📅 2026-11-13',
      '- [ ] [[Priya Raman]] pair with [[Kenji Watanabe]] on his first payments ticket 📅 2026-11-27',
      '- [ ] [[Priya Raman]] write up the cutover retro 📅 2026-11-12',
      '- [ ] book a room for the ledger demo',
      '- [x] @me introduce Priya to the conference program committee ✅ 2026-11-03',
    ].join('\n');
    const marked = [
      "- [>] @me find budget for Priya's conference trip ([[1-1s/Priya Raman/2026-10-09|from Oct 9]] ×3) 📅 2026-11-13",
      '- [>] [[Priya Raman]] finish the ledger reconciliation dashboard ([[1-1s/Priya Raman/2026-10-23|from Oct 23]]) 📅 2026-11-27',
      "- [>] @me prepare Priya's promotion packet [due:: 2026-11-25]",
      '    - [>] @me collect peer feedback for the packet 📅 2026-11-13',
      '- [>] [[Priya Raman]] pair with [[Kenji Watanabe]] on his first payments ticket 📅 2026-11-27',
      '- [>] [[Priya Raman]] write up the cutover retro 📅 2026-11-12',
      '- [>] book a room for the ledger demo',
      '- [x] @me introduce Priya to the conference program committee ✅ 2026-11-03',
    ].join('\n');
    const oct30 = demo['1-1s/Priya Raman/2026-10-30.md'] ?? '';
    expect(oct30).toContain(open);
    // The talking point not reached on Oct 30 went to the new agenda, and is marked where it was.
    expect(after['1-1s/Priya Raman/2026-10-30.md']).toBe(oct30.replace(open, marked).replace("- [ ] Kenji's onboarding", "- [>] Kenji's onboarding"));
    const queue = '## Next 1:1\n- Rebook the 1:1 we lost on Nov 6, and apologise for letting it slide\n- How on-call has felt since the payout incidents\n- Whether she still wants to give the conference talk in the spring\n';
    const priya = demo['People/Priya Raman.md'] ?? '';
    expect(priya.endsWith(queue)).toBe(true);
    expect(after['People/Priya Raman.md']).toBe(`${priya.slice(0, -queue.length)}## Next 1:1\n`);
  });

  it('changes nothing with --dry-run, and opens nothing twice', () => {
    const vault = vaultCopy();
    const dry = cli('start', 'Priya Raman', '--vault', vault, '--date', DAY, '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('Would create 1-1s/Priya Raman/2026-11-20 Priya Raman.md');
    expect(existsSync(join(vault, '1-1s', 'Priya Raman', '2026-11-20 Priya Raman.md'))).toBe(false);
    expect(cli('start', 'Priya Raman', '--vault', vault, '--date', DAY).code).toBe(0);
    const again = cli('start', 'Priya Raman', '--vault', vault, '--date', DAY);
    expect(again.out).toContain('(exists; not changed)');
  });

  it.each([
    [['status', '--vault', '/no/such/vault'], 2, 'the folder does not exist'],
    [['status', '--date', '2026-02-30'], 1, '--date "2026-02-30" is not a day'],
    [['start', 'Nobody Here', '--date', DAY], 1, 'no person named "Nobody Here"'],
    [['start'], 1, 'start needs the name of a person'],
    [['frobnicate'], 1, 'unknown command "frobnicate"'],
    [['status', '--colour'], 1, 'unknown option --colour'],
  ])('%j exits %i naming the problem', (args, code, message) => {
    const withVault = args.includes('--vault') || args[0] === 'frobnicate' ? args : [...args, '--vault', vaultCopy()];
    const run = cli(...withVault);
    expect(run.code).toBe(code);
    expect(run.err).toContain(message);
  });

  it('explains every command with --help', () => {
    for (const command of ['status', 'actions', 'start', 'questions']) {
      const run = cli(command, '--help');
      expect(run.code).toBe(0);
      expect(run.out).toContain(`Usage: one-on-ones ${command}`);
    }
    expect(cli('--help').out).toContain('Exit codes: 0 done, 1 a mistake in the command');
    expect(cli('status', '--help').out).toContain('problems}');
    expect(cli('start', '--help').out).toContain('or the path\n                of their note');
    expect(cli('questions', '--help').out).toContain('a name, alias or path');
  });
});

describe('one-on-ones questions', () => {
  it('searches the bank by category and marks what was asked of a person', () => {
    const vault = vaultCopy();
    type Row = { id: string; text: string; category: string; lastAsked: string | null };
    const questions = (...args: string[]) => {
      const run = cli('questions', ...args, '--vault', vault, '--date', DAY, '--json');
      expect(run.code).toBe(0);
      return JSON.parse(run.out) as Row[];
    };
    const asked = (rows: Row[]) => rows.filter((r) => r.lastAsked !== null).map((r) => [r.id, r.lastAsked]);
    const rows = questions('--category', 'growth', '--person', 'Lucas');
    expect(rows.length).toBeGreaterThan(5);
    expect(new Set(rows.map((r) => r.category))).toEqual(new Set(['Career and growth']));
    // Lucas was asked one growth question on Oct 23 (his meeting note says so); Priya none of them.
    expect(asked(rows)).toEqual([['growth-14', '2026-10-23']]);
    expect(asked(questions('--category', 'growth', '--person', 'Priya'))).toEqual([]);
    expect(asked(questions('--person', 'Priya'))).toEqual([['check-in-01', '2026-10-30']]);
    expect(asked(questions())).toEqual([]);
    const custom = cli('questions', '--vault', vault, '--json');
    const all = JSON.parse(custom.out) as { id: string }[];
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
  });

  it('says which category it does not know, exiting 1', () => {
    const run = cli('questions', '--category', 'nosuch', '--vault', vaultCopy());
    expect(run.code).toBe(1);
    expect(run.err).toContain('nosuch');
  });
});
