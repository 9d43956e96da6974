// `start --on DAY`: a 1:1 held on a day past, or planned for a day ahead; and talking points not
// reached last time carried into the next agenda.
import { readdirSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cli, full, requireBuiltCli, STACK_LINE, TempVaults, text } from './cli-harness';

const vaults = new TempVaults();
beforeAll(requireBuiltCli);
afterEach(() => vaults.cleanup());

const TODAY = '2026-11-20';
const EARLIER = '1-1s/Alice Smith/2026-11-06.md';
const LATER = '1-1s/Alice Smith/2026-11-18.md';

function aliceVault(): string {
  return vaults.make({
    'People/Alice Smith.md': '---\ncadence: weekly\n---\n## Next 1:1\n- the offsite\n',
    [EARLIER]: '---\ndate: 2026-11-06\n---\n## Agenda\n- [ ] promo case\n- [x] hiring plan\n\n## Action items\n- [ ] [[Alice Smith]] send the doc\n',
    [LATER]: '---\ndate: 2026-11-18\n---\n## Action items\n- [ ] [[Alice Smith]] newer item\n',
  });
}

const start = (vault: string, ...more: string[]) => cli(['start', 'Alice Smith', '--vault', vault, '--date', TODAY, ...more]);

describe('start --on', () => {
  it('writes a 1:1 held on a past day, carrying only what was open in the 1:1s before it', () => {
    const vault = aliceVault();
    const run = start(vault, '--on', '2026-11-12');
    expect(run.err).toBe('');
    expect(run.out.trim()).toBe('1-1s/Alice Smith/2026-11-12 Alice Smith.md');
    const note = text(vault, '1-1s/Alice Smith/2026-11-12 Alice Smith.md');
    expect(note).toMatch(/^---\nperson: "\[\[Alice Smith\]\]"\ndate: 2026-11-12\ntags: \[1on1\]\n---\n/);
    expect(note).toContain('## Agenda\n- [ ] promo case ([[1-1s/Alice Smith/2026-11-06|from Nov 6]])\n- [ ] the offsite\n');
    expect(note).toContain('send the doc');
    expect(note).not.toContain('newer item');
    expect(text(vault, EARLIER)).toContain('- [>] promo case\n- [x] hiring plan\n');
    expect(text(vault, LATER)).toContain('- [ ] [[Alice Smith]] newer item');
  });

  it('takes words for the day: yesterday, last friday, in 3 days', () => {
    const vault = aliceVault();
    expect(start(vault, '--on', 'yesterday', '--dry-run').out).toContain('Would create 1-1s/Alice Smith/2026-11-19 Alice Smith.md');
    expect(start(vault, '--on', 'last friday', '--dry-run').out).toContain('Would create 1-1s/Alice Smith/2026-11-13 Alice Smith.md');
    expect(start(vault, '--on=in 3 days', '--dry-run').out).toContain('Would create 1-1s/Alice Smith/2026-11-23 Alice Smith.md');
  });

  it('writes a planned 1:1 for a day ahead with the agenda, carrying nothing until that day', () => {
    const vault = aliceVault();
    const run = start(vault, '--on', '2026-11-26');
    expect(run.code).toBe(0);
    const note = text(vault, '1-1s/Alice Smith/2026-11-26 Alice Smith.md');
    expect(note).toContain('\nstatus: planned\n');
    expect(note).toContain('## Agenda\n- [ ] the offsite\n');
    expect(note).not.toContain('promo case');
    expect(note).not.toContain('send the doc');
    expect(text(vault, EARLIER)).toContain('- [ ] promo case');
    expect(text(vault, 'People/Alice Smith.md')).not.toContain('the offsite');
    // On the day, the 1:1 is written beside the planned note and takes its agenda.
    const onTheDay = cli(['start', 'Alice Smith', '--vault', vault, '--date', '2026-11-26']);
    expect(onTheDay.out.trim()).toBe('1-1s/Alice Smith/2026-11-26 Alice Smith 2.md');
    const held = text(vault, '1-1s/Alice Smith/2026-11-26 Alice Smith 2.md');
    expect(held).toContain('- [ ] promo case ([[1-1s/Alice Smith/2026-11-06|from Nov 6]])');
    expect(held).toContain('- [ ] the offsite ([[1-1s/Alice Smith/2026-11-26 Alice Smith|from Nov 26]])');
    expect(text(vault, '1-1s/Alice Smith/2026-11-26 Alice Smith.md')).toContain('- [>] the offsite');
  });

  it('opens a day\'s note that exists rather than writing a second', () => {
    const vault = aliceVault();
    expect(start(vault, '--on', '2026-11-18').out.trim()).toBe(`${LATER} (exists; not changed)`);
    start(vault, '--on', '2026-11-26');
    expect(start(vault, '--on', '2026-11-26').out.trim()).toBe('1-1s/Alice Smith/2026-11-26 Alice Smith.md (exists; not changed)');
  });

  it('refuses a day that is not a day, and writes nothing', () => {
    const vault = aliceVault();
    for (const [typed, said] of [
      ['2026-02-30', '--on: 2026-02-30 is not a day of the calendar'],
      ['someday', '--on: "someday" is not a day: type YYYY-MM-DD'],
      ['', '--on needs a day'],
    ] as const) {
      const run = start(vault, `--on=${typed}`);
      expect(run.code, typed).toBe(1);
      expect(run.err).toContain(said);
      expect(run.err).not.toMatch(STACK_LINE);
    }
    expect(readdirSync(full(vault, '1-1s/Alice Smith')).sort()).toEqual(['2026-11-06.md', '2026-11-18.md']);
  });
});

describe('a running note with a section planned for the day', () => {
  it('gets the day\'s 1:1 beside the planned section, which hands over its points', () => {
    const vault = vaults.make({
      'People/H.md': '---\ncadence: weekly\none-on-one-layout: running\n---\n',
      '1-1s/H.md': '## 2026-11-27\nstatus:: planned\n### Agenda\n- [ ] planned point\n\n## 2026-11-20\n- [ ] @me open item\n',
    });
    const run = cli(['start', 'H', '--vault', vault, '--date', '2026-11-27']);
    expect(run.err).toBe('');
    expect(run.out.trim()).toBe('1-1s/H.md#2026-11-27');
    const note = text(vault, '1-1s/H.md');
    expect(note.match(/^## 2026-11-27$/gm)).toHaveLength(2);
    expect(note).toContain('- [ ] planned point ([[1-1s/H#2026-11-27|from Nov 27]])');
    expect(note).toContain('- [>] planned point');
    expect(note).toContain('- [>] @me open item');
    // Started again, it opens the section it wrote.
    expect(cli(['start', 'H', '--vault', vault, '--date', '2026-11-27']).out.trim()).toBe('1-1s/H.md#2026-11-27 (exists; not changed)');
  });
});

describe('talking points through the command line', () => {
  it('carries an unticked point into the next agenda once, and the ticked one stays as history', () => {
    const vault = aliceVault();
    start(vault);
    const note = text(vault, '1-1s/Alice Smith/2026-11-20 Alice Smith.md');
    expect(note).toContain('## Agenda\n- [ ] promo case ([[1-1s/Alice Smith/2026-11-06|from Nov 6]])\n- [ ] the offsite\n');
    expect(note).not.toContain('hiring plan');
    // Points are not action items: `actions` lists none of them.
    const actions = cli(['actions', '--vault', vault, '--date', TODAY, '--json']);
    expect(actions.out).not.toContain('promo case');
    expect(actions.out).not.toContain('offsite');
    expect(actions.out).toContain('send the doc');
  });
});
