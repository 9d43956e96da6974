// A typo on the command line is a mistake said plainly (exit 1), never an option quietly taken as a
// name or search word, nor an argument quietly dropped.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cli, full, requireBuiltCli, STACK_LINE, TempVaults } from './cli-harness';

const vaults = new TempVaults();
beforeAll(requireBuiltCli);
afterEach(() => vaults.cleanup());

const DAY = '2026-11-20';
const VERSION = (JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;

function vault(): string {
  return vaults.make({ 'People/Alice Smith.md': '---\ncadence: weekly\n---\n', '1-1s/Alice Smith/2026-11-13.md': '---\ndate: 2026-11-13\n---\n' });
}

describe('typos are mistakes', () => {
  it.each([
    [['status', '-json'], 'unknown option -json: options take two dashes, as in --json'],
    [['status', '-vault', '.'], 'unknown option -vault: options take two dashes, as in --vault'],
    [['actions', 'owner: me', '-json'], 'unknown option -json: options take two dashes, as in --json'],
    [['status', '-x'], 'unknown option -x (status takes --vault DIR, --date DAY, --json, --help)'],
    [['status', '--colour'], 'unknown option --colour (status takes --vault DIR, --date DAY, --json, --help)'],
    [['status', '--version'], 'unknown option --version (status takes --vault DIR, --date DAY, --json, --help)'],
    [['status', 'foo'], 'status takes no arguments, but was given "foo"'],
    [['status', 'foo', 'bar'], 'status takes no arguments, but was given "foo bar"'],
    [['status', '--json=false'], '--json takes no value'],
    [['start', 'Alice Smith', '--dry-run=yes'], '--dry-run takes no value'],
    [['status', '--vault', ''], '--vault needs a folder'],
    [['status', '--vault='], '--vault needs a folder'],
    [['status', '--date', ''], '--date needs a day (YYYY-MM-DD)'],
    [['questions', '--person', ''], '--person needs a name'],
    [['questions', '--category='], '--category needs a category'],
    [['actions', '--query', ''], '--query needs a file'],
    [['actions', '--query', 'q.txt', 'owner: them'], 'give the query either as words or with --query, not both (words: "owner: them")'],
    [['--json'], 'unknown option --json before the command (one-on-ones takes --help, --version)'],
    [['help', 'nosuch'], 'unknown command "nosuch" (commands: status, actions, start, questions)'],
  ])('%j exits 1: %s', (args, message) => {
    const needsVault = ['status', 'actions', 'start', 'questions'].includes(args[0] ?? '') && !args.some((arg) => arg.startsWith('--vault'));
    const run = cli(needsVault ? [...args, '--vault', vault()] : args);
    expect(run.err).not.toMatch(STACK_LINE);
    expect(run.err).toBe(`one-on-ones: ${message}\n`);
    expect(run.out).toBe('');
    expect(run.code).toBe(1);
  });

  it('start "Alice Smith" -dry-run is a mistake, and writes nothing', () => {
    const where = vault();
    const run = cli(['start', 'Alice Smith', '-dry-run', '--vault', where, '--date', DAY]);
    expect(run.err).toBe('one-on-ones: unknown option -dry-run: options take two dashes, as in --dry-run\n');
    expect(run.code).toBe(1);
    expect(existsSync(full(where, `1-1s/Alice Smith/${DAY}.md`))).toBe(false);
  });

  it('takes what follows -- as words, even with a dash', () => {
    const run = cli(['start', '--vault', vault(), '--date', DAY, '--', '-Alice']);
    expect(run.err).toContain('no person named "-Alice"');
    expect(run.code).toBe(1);
  });
});

describe('a person is never guessed', () => {
  const people = () =>
    vaults.make({
      'People/Samantha Jones.md': '---\ncadence: weekly\naliases: [Sammy]\n---\n## Next 1:1\n- the offsite\n',
      'People/Priya Raman.md': '---\ncadence: weekly\n---\n',
    });

  it.each([
    ['Sam', 'Samantha Jones'],
    ['Samanta Jones', 'Samantha Jones'],
    ['Priya Ramen', 'Priya Raman'],
    ['Raman Priya', 'Priya Raman'],
  ])('start %j writes nothing and asks whether %s was meant', (typed, meant) => {
    const where = people();
    const run = cli(['start', typed, '--vault', where, '--date', DAY]);
    expect(run.err).toContain(`one-on-ones: no person named "${typed}" in People/ or tagged #person; did you mean ${meant}? Type the whole name, an alias or the note's path\n`);
    expect(run.code).toBe(1);
    expect(existsSync(full(where, '1-1s'))).toBe(false);
    expect(readFileSync(full(where, 'People/Samantha Jones.md'), 'utf8')).toContain('- the offsite');
  });

  it('starts with the whole name, an alias or whole words of the name, in any case', () => {
    for (const typed of ['samantha jones', 'Sammy', 'Jones', 'SAMANTHA']) {
      const run = cli(['start', typed, '--vault', people(), '--date', DAY, '--dry-run']);
      expect(run.code).toBe(0);
      expect(run.out).toContain('1-1s/Samantha Jones/2026-11-20 Samantha Jones.md');
    }
  });
});

describe('help and version', () => {
  it.each([[['-h']], [['--help']], [['help']]])('%j prints the overview', (args) => {
    const run = cli(args);
    expect(run.code).toBe(0);
    expect(run.out).toContain('Usage: one-on-ones <command> [options]');
  });

  it.each([[['status', '-h']], [['help', 'status']], [['status', 'foo', '--help']]])('%j prints the command\'s help', (args) => {
    const run = cli(args);
    expect(run.code).toBe(0);
    expect(run.out).toContain('Usage: one-on-ones status');
  });

  it('--version prints the version', () => {
    const run = cli(['--version']);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toBe(`one-on-ones ${VERSION}\n`);
  });
});
