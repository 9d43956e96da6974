// A people or meetings folder that is not in the vault (a typo in the settings, the wrong --vault)
// would make `status` an empty table, read by a reminder job as "nobody is due": every subcommand
// says so on stderr instead.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cli, requireBuiltCli, STACK_LINE, TempVaults } from './cli-harness';

const vaults = new TempVaults();
beforeAll(requireBuiltCli);
afterEach(() => vaults.cleanup());

const DAY = '2026-11-20';
const SUBCOMMANDS = [[['status']], [['status', '--json']], [['actions']], [['questions', 'growth']], [['start', 'Alice Smith', '--dry-run']]];

function settings(values: Record<string, string>): string {
  return JSON.stringify(values);
}

function warnings(vault: string, args: readonly string[]): string[] {
  const run = cli([...args, '--vault', vault, '--date', DAY]);
  expect(run.err).not.toMatch(STACK_LINE);
  return run.err.split('\n').filter((line) => line.startsWith('warning: settings: '));
}

describe('folders that are not there', () => {
  it.each(SUBCOMMANDS)('%j warns about a people folder missing from the vault', (args) => {
    const vault = vaults.make({
      '.obsidian/plugins/one-on-ones/data.json': settings({ peopleFolder: 'Peopel' }),
      'People/Alice Smith.md': '---\ncadence: weekly\n---\n',
      '1-1s/Alice Smith/2026-11-13.md': '---\ndate: 2026-11-13\n---\n',
    });
    expect(warnings(vault, args)).toEqual(['warning: settings: the people folder "Peopel" does not exist in the vault']);
  });

  it.each(SUBCOMMANDS)('%j warns about a meetings folder missing from the vault', (args) => {
    const vault = vaults.make({
      '.obsidian/plugins/one-on-ones/data.json': settings({ meetingsFolder: 'Meetings' }),
      'People/Alice Smith.md': '---\ncadence: weekly\n---\n',
      '1-1s/Alice Smith/2026-11-13.md': '---\ndate: 2026-11-13\n---\n',
    });
    expect(warnings(vault, args)).toEqual(['warning: settings: the meetings folder "Meetings" does not exist in the vault']);
  });

  it.each(SUBCOMMANDS)('%j warns about a meetings folder that is a file', (args) => {
    const vault = vaults.make({ 'People/Alice Smith.md': '---\ncadence: weekly\n---\n', '1-1s': 'not a folder\n' });
    expect(warnings(vault, args)).toEqual(['warning: settings: the meetings folder "1-1s" is a file, not a folder']);
  });

  it('warns about a people folder that is a file', () => {
    const vault = vaults.make({ People: 'not a folder\n', '1-1s/': '' });
    expect(warnings(vault, ['status'])).toEqual(['warning: settings: the people folder "People" is a file, not a folder']);
  });

  it.each([[['status']], [['status', '--json']], [['actions']]])('%j on an empty folder warns about both, and still answers', (args) => {
    const run = cli([...args, '--vault', vaults.make({}), '--date', DAY]);
    expect(run.err.split('\n').filter(Boolean)).toEqual([
      'warning: settings: the people folder "People" does not exist in the vault',
      'warning: settings: the meetings folder "1-1s" does not exist in the vault',
    ]);
    expect(run.code).toBe(0);
  });
});
