// `start` creates today's note exclusively: never over a file, never twice, and when the place it
// would go is taken by a folder or blocked by a file, it says which, without a stack trace.
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FsVault } from '../../cli/fs-vault';
import { runStart } from '../../cli/start-command';
import type { CalendarDay } from '../../src/core/calendar/dates';
import { cli, cliPiped, full, requireBuiltCli, STACK_LINE, TempVaults, text, writeNote } from './cli-harness';

const vaults = new TempVaults();
beforeAll(requireBuiltCli);
afterEach(() => vaults.cleanup());

const DAY = '2026-11-20';
const EARLIER = '1-1s/Alice Smith/2026-10-09.md';
const NEW = '1-1s/Alice Smith/2026-11-20 Alice Smith.md';
const ITEMS = Array.from({ length: 3000 }, (_, i) => `- [ ] [[Alice Smith]] item ${i}\n`).join('');

function aliceVault(withMeeting = true): string {
  const files: Record<string, string> = { 'People/Alice Smith.md': '---\ncadence: weekly\n---\n## Next 1:1\n- the offsite\n' };
  if (withMeeting) files[EARLIER] = `---\ndate: 2026-10-09\n---\n## Action items\n${ITEMS}`;
  return vaults.make(files);
}

describe('two starts at once', () => {
  it('both succeed, one note exists, and each item is marked once and carried once', async () => {
    for (let round = 0; round < 3; round++) {
      const vault = aliceVault();
      const args = ['start', 'Alice Smith', '--vault', vault, '--date', DAY];
      const runs = await Promise.all([cliPiped(args), cliPiped(args)]);
      for (const run of runs) {
        expect(run.err).not.toMatch(STACK_LINE);
        expect(run.code).toBe(0);
        expect(run.out).toContain(NEW);
      }
      expect(runs.filter((run) => run.out.includes('(exists; not changed)'))).toHaveLength(1);
      expect(readdirSync(full(vault, '1-1s/Alice Smith')).sort()).toEqual(['2026-10-09.md', '2026-11-20 Alice Smith.md']);
      const earlier = text(vault, EARLIER);
      expect(earlier.match(/^- \[>\] /gm)).toHaveLength(3000);
      expect(text(vault, NEW).match(/^- \[ \] \[\[Alice Smith\]\] item \d+ \(/gm)).toHaveLength(3000);
      expect(text(vault, 'People/Alice Smith.md')).not.toContain('the offsite');
    }
  });
});

describe('a note that appears between the plan and the write', () => {
  it('is today\'s note: printed as existing, left as it is, and nothing is marked', async () => {
    const vault = aliceVault();
    const fsVault = new FsVault(vault);
    // The sync lands just after the planner looked: it saw no note at the path.
    fsVault.exists = (path) => path !== NEW && existsSync(full(vault, path));
    writeNote(vault, NEW, 'written by a sync\n');
    const out: string[] = [];
    const output = { color: false, out: (line: string) => out.push(line), err: (line: string) => out.push(`err: ${line}`) };
    await runStart(fsVault, 'Alice Smith', DAY as CalendarDay, new Date(2026, 10, 20, 9), { dryRun: false, questionsFor: () => [] }, output);
    expect(out).toEqual([`${NEW} (exists; not changed)`]);
    expect(text(vault, NEW)).toBe('written by a sync\n');
    expect(text(vault, EARLIER)).not.toContain('[>]');
    expect(text(vault, 'People/Alice Smith.md')).toContain('the offsite');
  });
});

describe('where the note would go', () => {
  it('is a folder: exit 2 naming it, nothing written', () => {
    const vault = aliceVault();
    mkdirSync(full(vault, NEW));
    const before = text(vault, EARLIER);
    const run = cli(['start', 'Alice Smith', '--vault', vault, '--date', DAY]);
    expect(run.code).toBe(2);
    expect(run.err).toContain(`${NEW} is a folder`);
    expect(run.err).not.toMatch(STACK_LINE);
    expect(run.out).toBe('');
    expect(text(vault, EARLIER)).toBe(before);
  });

  it.each([['1-1s'], ['1-1s/Alice Smith']])('is below %s, which is a file: exit 2 naming it', (blocker) => {
    const vault = aliceVault(false);
    writeNote(vault, blocker, 'not a folder');
    const run = cli(['start', 'Alice Smith', '--vault', vault, '--date', DAY]);
    expect(run.code).toBe(2);
    expect(run.err).toContain(`${blocker} is a file, not a folder`);
    expect(run.err).not.toMatch(STACK_LINE);
    expect(text(vault, blocker)).toBe('not a folder');
    expect(text(vault, 'People/Alice Smith.md')).toContain('the offsite');
  });

  it('is a folder, also with --dry-run', () => {
    const vault = aliceVault();
    mkdirSync(full(vault, NEW));
    const run = cli(['start', 'Alice Smith', '--vault', vault, '--date', DAY, '--dry-run']);
    expect(run.code).toBe(2);
    expect(run.err).toContain(`${NEW} is a folder`);
  });
});

describe('an error nobody foresaw', () => {
  // Every name for today's note taken by a cancelled meeting: the planner gives up with an Error.
  function fullDay(): string {
    const vault = aliceVault(false);
    for (let copy = 1; copy < 100; copy++) {
      writeNote(vault, `1-1s/Alice Smith/2026-11-20 Alice Smith${copy === 1 ? '' : ` ${copy}`}.md`, '---\ndate: 2026-11-20\nstatus: cancelled\n---\n');
    }
    return vault;
  }

  it('is one line naming it, exit 2, without a stack trace', () => {
    const run = cli(['start', 'Alice Smith', '--vault', fullDay(), '--date', DAY]);
    expect(run.code).toBe(2);
    expect(run.err).toBe('one-on-ones: no free name for a meeting note with Alice Smith on 2026-11-20\n');
  });

  it('shows its stack trace with ONE_ON_ONES_DEBUG=1', () => {
    const run = cli(['start', 'Alice Smith', '--vault', fullDay(), '--date', DAY], { env: { ONE_ON_ONES_DEBUG: '1' } });
    expect(run.code).toBe(2);
    expect(run.err).toMatch(STACK_LINE);
  });
});
