// Every problem the index finds in a note, and every problem in the settings, reaches the user of
// every subcommand: in full in `status --json`, as one line on stderr everywhere else.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cli, requireBuiltCli, STACK_LINE, TempVaults } from './cli-harness';

const vaults = new TempVaults();
beforeAll(requireBuiltCli);
afterEach(() => vaults.cleanup());

const DAY = '2026-11-20';
const SETTINGS_WARNING = 'warning: settings: data.json is not valid JSON; using the default settings';
const SUMMARY = 'warning: 5 problems in 4 notes; "one-on-ones status --json" lists them';

function troubledVault(): string {
  return vaults.make({
    '.obsidian/plugins/one-on-ones/data.json': '{"peopleFolder": "People",',
    'People/Alice Smith.md': '---\ncadence: weekly\n---\n',
    'People/Bob Stone.md': '---\ncadence: weekly\npaused: tru\n---\n',
    'People/Carol Diaz.md': '---\nrole: peer\n---\n',
    'People/Dan Ng.md': '---\ncadence: monthly\n---\n',
    '1-1s/Alice Smith/2026-10-09.md': '---\ndate: 2026-10-09\nmood: eleven\n---\n- [ ] @me send the notes\n',
    '1-1s/Carol Diaz/2026-10-09.md': '---\ndate: 2026-10-09\nstatus: postponed\n---\n',
    '1-1s/2026-10-01 Zed.md': '---\nperson: "[[Zed Unknown]]"\ndate: 2026-10-01\nmood: 0\n---\n',
  });
}

interface Row {
  readonly name: string;
  readonly state: string;
  readonly problems: readonly string[];
}

describe('status --json', () => {
  it('lists the problems of each person and their meetings, naming the meeting note', () => {
    const run = cli(['status', '--vault', troubledVault(), '--date', DAY, '--json']);
    expect(run.code).toBe(0);
    const rows = JSON.parse(run.out) as Row[];
    const problems = Object.fromEntries(rows.map((row) => [row.name, row.problems]));
    expect(problems).toEqual({
      'Alice Smith': ['1-1s/Alice Smith/2026-10-09.md: mood "eleven" is not a number from 1 to 10'],
      'Bob Stone': ['paused "tru" is not true, false or a date (YYYY-MM-DD)'],
      'Carol Diaz': ['1-1s/Carol Diaz/2026-10-09.md: status "postponed" is not one of held, cancelled, rescheduled, planned; not counted as met'],
      'Dan Ng': [],
    });
    expect(rows.find((row) => row.name === 'Carol Diaz')?.state).toBe('no-cadence');
  });

  it('names the problems that belong to no person, and the settings problem, on stderr', () => {
    const run = cli(['status', '--vault', troubledVault(), '--date', DAY, '--json']);
    expect(run.err.split('\n').filter(Boolean).sort()).toEqual([
      'warning: 1-1s/2026-10-01 Zed.md: mood 0 is outside 1–10',
      'warning: 1-1s/2026-10-01 Zed.md: person "Zed Unknown" matches no person note',
      SETTINGS_WARNING,
    ].sort());
  });
});

describe('status', () => {
  it('flags each person with problems in the table', () => {
    const run = cli(['status', '--vault', troubledVault(), '--date', DAY]);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^Alice Smith .* overdue \(35 d\) · 1 problem /m);
    expect(run.out).toMatch(/^Carol Diaz +peer +– .* no-cadence · 1 problem /m);
    expect(run.out).toMatch(/^Dan Ng .* never-met +0\/0$/m);
  });
});

describe('every other subcommand', () => {
  it.each([
    [['status']],
    [['actions', 'owner: me']],
    [['actions', '--json']],
    [['questions', 'growth']],
    [['questions', '--person', 'Alice', '--json']],
    [['start', 'Dan Ng']],
    [['start', 'Dan Ng', '--dry-run']],
  ])('%j says there are problems in one line, and the settings problem', (args) => {
    const run = cli([...args, '--vault', troubledVault(), '--date', DAY]);
    expect(run.code).toBe(0);
    const lines = run.err.split('\n').filter(Boolean);
    expect(lines).toContain(SETTINGS_WARNING);
    expect(lines).toContain(SUMMARY);
    expect(run.err).not.toMatch(STACK_LINE);
  });

  it('says nothing on a vault without problems', () => {
    const vault = vaults.make({ 'People/Dan Ng.md': '---\ncadence: monthly\n---\n', '1-1s/': '' });
    for (const args of [['status'], ['status', '--json'], ['actions'], ['questions', 'growth']]) {
      expect(cli([...args, '--vault', vault]).err).toBe('');
    }
  });
});

describe('properties that are not valid YAML', () => {
  it('name the note on its person instead of leaving them out without a word', () => {
    const vault = vaults.make({
      'People/Broken Yaml.md': '---\nrole: report\ncadence: weekly\ntags: [person\n---\n',
      'People/Dup Key.md': '---\ncadence: weekly\ncadence: monthly\n---\n',
      '1-1s/': '',
    });
    const rows = JSON.parse(cli(['status', '--vault', vault, '--date', DAY, '--json']).out) as Row[];
    expect(rows.map((row) => [row.name, row.problems.map((p) => p.replace(/ \(.*\)/, ' (…)'))])).toEqual([
      ['Broken Yaml', ['the properties are not valid YAML (…), so they are ignored']],
      ['Dup Key', ['the properties are not valid YAML (…), so they are ignored']],
    ]);
  });
});
