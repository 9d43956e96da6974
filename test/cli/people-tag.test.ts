// People anywhere: on a copy of the demo vault, a person note moved out of the people folder and a
// note tagged #person/contractor elsewhere are people to `status`, `actions` and `start` alike.
import { cpSync, mkdirSync, renameSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_VAULT_DIR } from '../support/demo-vault';
import { cli, full, requireBuiltCli, TempVaults, text, writeNote } from './cli-harness';

const vaults = new TempVaults();
beforeAll(requireBuiltCli);
afterEach(() => vaults.cleanup());

const DAY = '2026-11-20';
const ZOE = 'Contractors/Agency/Zoe Park.md';

function demoWithTaggedPeople(): string {
  const vault = vaults.folder();
  cpSync(DEMO_VAULT_DIR, vault, { recursive: true });
  // Kenji's note carries `tags: [person]`: moved out of the people folder, he stays a person.
  mkdirSync(full(vault, 'Team'));
  renameSync(full(vault, 'People/Kenji Watanabe.md'), full(vault, 'Team/Kenji Watanabe.md'));
  writeNote(vault, ZOE, '\uFEFF---\r\ncadence: weekly\r\nrole: contractor\r\n---\r\nDesign contractor. #person/contractor\r\n');
  writeNote(vault, 'Templates/Person.md', '---\ntags: [person]\ncadence: weekly\ncreated: "{{date}}"\n---\n');
  writeNote(vault, 'Notes/Offsite.md', 'Ideas for the offsite. #personal\n```\n#person\n```\n');
  writeNote(vault, '1-1s/Zoe Park/2026-11-06.md', '---\nperson: "[[Zoe Park]]"\ndate: 2026-11-06\n---\n- [ ] [[Zoe Park]] share the mockups 📅 2026-11-13\n');
  return vault;
}

interface StatusRow {
  readonly name: string;
  readonly path: string;
  readonly state: string;
  readonly lastMet: string | null;
}

describe('people anywhere, on the command line', () => {
  it('status lists a moved tagged person and a tagged person outside the folder, and no template', () => {
    const run = cli(['status', '--vault', demoWithTaggedPeople(), '--date', DAY, '--json']);
    expect(run.code).toBe(0);
    const rows = JSON.parse(run.out) as StatusRow[];
    expect(rows.find((row) => row.name === 'Kenji Watanabe')).toMatchObject({ path: 'Team/Kenji Watanabe.md', state: 'never-met' });
    expect(rows.find((row) => row.name === 'Zoe Park')).toMatchObject({ path: ZOE, state: 'overdue', lastMet: '2026-11-06' });
    expect(rows.map((row) => row.name).filter((name) => ['Person', 'Offsite'].includes(name))).toEqual([]);
    expect(rows).toHaveLength(10);
  });

  it('actions names the tagged person as the owner', () => {
    const run = cli(['actions', '--vault', demoWithTaggedPeople(), '--date', DAY, '--json', 'due: overdue']);
    expect(run.code).toBe(0);
    const items = JSON.parse(run.out) as { text: string; owner: string | null; person: string | null }[];
    expect(items.find((item) => item.text.includes('share the mockups'))).toMatchObject({ owner: 'Zoe Park', person: 'Zoe Park' });
  });

  it('start opens the tagged person’s note with their open item carried over', () => {
    const vault = demoWithTaggedPeople();
    const run = cli(['start', 'Zoe', '--vault', vault, '--date', DAY]);
    expect(run.err).not.toContain('Zoe');
    expect(run.code).toBe(0);
    const note = run.out.trim();
    expect(note).toBe('1-1s/Zoe Park/2026-11-20 Zoe Park.md');
    expect(text(vault, note)).toContain('person: "[[Zoe Park]]"');
    expect(text(vault, note)).toContain('share the mockups');
    expect(text(vault, '1-1s/Zoe Park/2026-11-06.md')).toContain('- [>] [[Zoe Park]] share the mockups');
  });

  it('names the tag as well as the folder when nobody matches, and leaves the tag out when it is off', () => {
    const vault = demoWithTaggedPeople();
    expect(cli(['start', 'Nobody Here', '--vault', vault, '--date', DAY]).err).toContain('no person named "Nobody Here" in People/ or tagged #person');
    writeNote(vault, '.obsidian/plugins/one-on-ones/data.json', JSON.stringify({ peopleTag: '' }));
    const run = cli(['status', '--vault', vault, '--date', DAY, '--json']);
    expect((JSON.parse(run.out) as StatusRow[]).map((row) => row.path).filter((path) => !path.startsWith('People/'))).toEqual([]);
    expect(cli(['start', 'Zoe Park', '--vault', vault, '--date', DAY]).err).toContain('no person named "Zoe Park" in People/ (people:');
  });
});
