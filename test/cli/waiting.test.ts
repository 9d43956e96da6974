// What's waiting from the command line: `status` counts each person's waiting items in the
// sidebar's words (text and --json), following the waitingDays setting; `actions --json` gives each
// item's age, and `age:` filters as in a rollup.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cli as run, requireBuiltCli, TempVaults } from './cli-harness';

const vaults = new TempVaults();
const cli = (...args: string[]) => run(args);

beforeAll(requireBuiltCli);
afterEach(() => vaults.cleanup());

const FILES: Record<string, string> = {
  'People/Ann Lee.md': '---\ncadence: weekly\naliases: [Ann]\n---\n',
  'People/Bo.md': '---\ncadence: weekly\n---\n',
  '1-1s/Ann Lee/2026-10-02.md': '---\r\nperson: "[[Ann Lee]]"\r\ndate: 2026-10-02\r\n---\r\n- [>] @Ann draft the proposal\r\n- [x] @Ann done long ago\r\n- [ ] @me my old promise\r\n',
  '1-1s/Ann Lee/2026-11-13.md':
    '---\nperson: "[[Ann Lee]]"\ndate: 2026-11-13\n---\n- [ ] @Ann draft the proposal ([[1-1s/Ann Lee/2026-10-02|from Oct 2]] ×5)\n- [ ] @Ann fresh\n- [/] @Ann started ➕ 2026-10-20\n- [ ] @Ann gone ([[1-1s/Ann Lee/Kickoff|from Kickoff]])\n',
  '1-1s/Bo/2026-11-13.md': '---\nperson: "[[Bo]]"\ndate: 2026-11-13\n---\n- [ ] @Bo a week old\n',
};

function status(vault: string, json: boolean) {
  return cli('status', '--vault', vault, '--date', '2026-11-20', ...(json ? ['--json'] : []));
}

describe('status', () => {
  it('counts what waits on each person in --json', () => {
    const out = status(vaults.make(FILES), true);
    expect(out.code).toBe(0);
    const rows = JSON.parse(out.out) as { name: string; waiting: number }[];
    expect(rows.map((row) => [row.name, row.waiting])).toEqual([
      ['Ann Lee', 2],
      ['Bo', 0],
    ]);
  });

  it('says it in the sidebar\'s words in the table, and nothing for someone with nothing waiting', () => {
    const out = status(vaults.make(FILES), false);
    expect(out.code).toBe(0);
    const lines = out.out.split('\n');
    expect(lines.find((line) => line.startsWith('Ann Lee'))).toMatch(/4\/1 · 2 waiting > 14 days\s*$/);
    expect(lines.find((line) => line.startsWith('Bo'))).toMatch(/1\/0\s*$/);
  });

  it('follows the waitingDays setting, and names a bad one', () => {
    const seven = vaults.make({ ...FILES, '.obsidian/plugins/one-on-ones/data.json': '{"waitingDays": 7}' });
    expect(status(seven, false).out).toMatch(/Bo .*1\/0 · 1 waiting > 7 days/);
    const bad = vaults.make({ ...FILES, '.obsidian/plugins/one-on-ones/data.json': '{"waitingDays": -3}' });
    const out = status(bad, true);
    expect(out.code).toBe(0);
    expect(out.err).toContain('waitingDays is not a whole number of days, 1 or more; using 14');
    expect((JSON.parse(out.out) as { waiting: number }[])[0]?.waiting).toBe(2);
  });
});

describe('actions', () => {
  it('gives each item its age in --json, following carried items to where they began', () => {
    const out = cli('actions', '--vault', vaults.make(FILES), '--date', '2026-11-20', '--json', 'person: Ann Lee', 'sort: text');
    expect(out.code).toBe(0);
    const rows = JSON.parse(out.out) as { text: string; age: number | null }[];
    expect(rows.map((row) => [row.text.split(' ')[1], row.age])).toEqual([
      ['draft', 49],
      ['fresh', 7],
      ['gone', 7],
      ['started', 31],
      ['my', 49],
    ]);
  });

  it('filters by age:, and names a bad age', () => {
    const vault = vaults.make(FILES);
    const out = cli('actions', '--vault', vault, '--date', '2026-11-20', '--json', 'age: >= 4 weeks');
    expect((JSON.parse(out.out) as { age: number }[]).map((row) => row.age).sort()).toEqual([31, 49, 49]);
    const bad = cli('actions', '--vault', vault, '--date', '2026-11-20', 'age: soon');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain("line 1: age: 'soon' is not a span such as '14 days'");
  });
});
