// `start` marks earlier copies `[>]` by editing the notes in place: the file the user has (its mode,
// owner, hard links and every byte but the marks) stays; a note it may not or cannot write is left
// exactly as it was, its items open there and only there, and the user is told which note.
import { chmodSync, chownSync, linkSync, statSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bytes, cli, full, isRoot, modeOf, requireBuiltCli, STACK_LINE, TempVaults, text, writeNote } from './cli-harness';

const vaults = new TempVaults();
beforeAll(requireBuiltCli);
afterEach(() => vaults.cleanup());

const DAY = '2026-11-20';
const PERSON = 'People/Alice Smith.md';
const EARLIER = '1-1s/Alice Smith/2026-10-09.md';
const NEW = '1-1s/Alice Smith/2026-11-20 Alice Smith.md';
const EARLIER_TEXT = '---\ndate: 2026-10-09\n---\n## Action items\n- [ ] [[Alice Smith]] send the roadmap draft\n- [x] done already\n';
const ITEM = '[[Alice Smith]] send the roadmap draft';

function aliceVault(earlier: string | Uint8Array = EARLIER_TEXT): string {
  return vaults.make({ [PERSON]: '---\ncadence: weekly\n---\n## Next 1:1\n- ask about the offsite\n', [EARLIER]: earlier });
}

function start(vault: string) {
  return cli(['start', 'Alice Smith', '--vault', vault, '--date', DAY]);
}

/** Where the item is open: `- [ ] ` lines holding it, in either note. */
function openCopies(vault: string): number {
  return [EARLIER, NEW].flatMap((note) => text(vault, note).split(/\r?\n/)).filter((line) => line.startsWith('- [ ] ') && line.includes(ITEM)).length;
}

describe('start edits earlier notes in place', () => {
  it('keeps a private note private (0600) and changes only the mark', () => {
    const vault = aliceVault();
    chmodSync(full(vault, EARLIER), 0o600);
    const run = start(vault);
    expect(run.code).toBe(0);
    expect(run.err).toBe('');
    expect(text(vault, EARLIER)).toBe(EARLIER_TEXT.replace('- [ ] [[Alice', '- [>] [[Alice'));
    expect(modeOf(vault, EARLIER)).toBe(0o600);
    expect(openCopies(vault)).toBe(1);
  });

  it('writes through a hard link: the other name sees the mark, and it stays one file', () => {
    const vault = aliceVault();
    linkSync(full(vault, EARLIER), full(vault, 'backup-of-oct-9.txt'));
    expect(start(vault).code).toBe(0);
    expect(bytes(vault, 'backup-of-oct-9.txt').equals(bytes(vault, EARLIER))).toBe(true);
    expect(text(vault, 'backup-of-oct-9.txt')).toContain(`- [>] ${ITEM}`);
    expect(statSync(full(vault, EARLIER)).ino).toBe(statSync(full(vault, 'backup-of-oct-9.txt')).ino);
    expect(statSync(full(vault, EARLIER)).nlink).toBe(2);
  });

  it.runIf(isRoot)("keeps the note's owner", () => {
    const vault = aliceVault();
    chownSync(full(vault, EARLIER), 65534, 65534);
    expect(start(vault).code).toBe(0);
    expect(text(vault, EARLIER)).toContain(`- [>] ${ITEM}`);
    expect(statSync(full(vault, EARLIER)).uid).toBe(65534);
    expect(statSync(full(vault, EARLIER)).gid).toBe(65534);
  });

  it('keeps a BOM and CRLF line endings byte for byte', () => {
    const earlier = `\uFEFF${EARLIER_TEXT.replace(/\n/g, '\r\n')}`;
    const vault = aliceVault(earlier);
    expect(start(vault).code).toBe(0);
    const expected = Buffer.from(earlier.replace('- [ ] [[Alice', '- [>] [[Alice'), 'utf8');
    expect(bytes(vault, EARLIER).equals(expected)).toBe(true);
    expect(bytes(vault, EARLIER).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});

describe('start never writes a note it may not or cannot write', () => {
  it('leaves a read-only note (0444) as it was, its item open there only, and names it', () => {
    const vault = aliceVault();
    chmodSync(full(vault, EARLIER), 0o444);
    const run = start(vault);
    expect(run.code).toBe(0);
    expect(text(vault, EARLIER)).toBe(EARLIER_TEXT);
    expect(modeOf(vault, EARLIER)).toBe(0o444);
    expect(openCopies(vault)).toBe(1);
    expect(text(vault, NEW)).not.toContain(ITEM);
    expect(run.err).toContain(EARLIER);
    expect(run.err).toContain('read-only');
    expect(run.err).not.toMatch(STACK_LINE);
  });

  it('leaves a note that is not valid UTF-8 byte for byte, its item open there only, and names it', () => {
    const latin1 = Buffer.concat([Buffer.from(EARLIER_TEXT, 'utf8'), Buffer.from('- caf'), Buffer.from([0xe9]), Buffer.from(' with the team\n')]);
    const vault = aliceVault(latin1);
    const run = start(vault);
    expect(run.code).toBe(0);
    expect(bytes(vault, EARLIER).equals(latin1)).toBe(true);
    expect(openCopies(vault)).toBe(1);
    expect(run.err).toContain(EARLIER);
    expect(run.err).toContain('not valid UTF-8');
    const status = cli(['status', '--vault', vault, '--date', DAY, '--json']);
    const [alice] = JSON.parse(status.out) as { problems: string[] }[];
    expect(alice?.problems.some((p) => p.startsWith(`${EARLIER}: `) && p.includes('UTF-8'))).toBe(true);
  });

  it('leaves the talking points queued in a read-only person note, out of the agenda', () => {
    const vault = aliceVault();
    const person = text(vault, PERSON);
    chmodSync(full(vault, PERSON), 0o444);
    const run = start(vault);
    expect(run.code).toBe(0);
    expect(text(vault, PERSON)).toBe(person);
    expect(text(vault, NEW)).not.toContain('ask about the offsite');
    expect(run.err).toContain(PERSON);
  });
});

describe('with "Leave earlier notes untouched"', () => {
  it('carries out of a read-only note, which it only reads', () => {
    const vault = aliceVault();
    writeNote(vault, '.obsidian/plugins/one-on-ones/data.json', '{"leaveEarlierUntouched": true}');
    chmodSync(full(vault, EARLIER), 0o444);
    const run = start(vault);
    expect(run.code).toBe(0);
    expect(run.err).toBe('');
    expect(text(vault, EARLIER)).toBe(EARLIER_TEXT);
    expect(text(vault, NEW)).toContain(`- [ ] ${ITEM}`);
  });
});

describe('start is linear in the size of the notes it marks', () => {
  it('marks 10,000 open items of one note in one pass', () => {
    const items = Array.from({ length: 10_000 }, (_, i) => `- [ ] [[Alice Smith]] follow up on ticket ${i}\n`).join('');
    const vault = aliceVault(`---\ndate: 2026-10-09\n---\n## Action items\n${items}`);
    const started = Date.now();
    const run = start(vault);
    expect(run.code).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
    const earlier = text(vault, EARLIER);
    expect(earlier.match(/^- \[>\] /gm)?.length).toBe(10_000);
    expect(earlier).not.toContain('- [ ] ');
    expect(text(vault, NEW).match(/^- \[ \] \[\[Alice Smith\]\] follow up on ticket \d+ \(/gm)?.length).toBe(10_000);
  }, 60_000);

  it('marks 1,000 items spread through a 20 MB note, and changes no other byte', () => {
    const filler = `${'Notes from the planning session, kept as they were written. '.repeat(16)}\n`;
    const section = `${filler.repeat(20)}- [ ] [[Alice Smith]] follow up\n`;
    const body = section.repeat(1_000);
    const vault = aliceVault(`---\ndate: 2026-10-09\n---\n${body}`);
    expect(bytes(vault, EARLIER).length).toBeGreaterThan(19_000_000);
    const started = Date.now();
    const run = start(vault);
    expect(run.code).toBe(0);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(bytes(vault, EARLIER).equals(Buffer.from(`---\ndate: 2026-10-09\n---\n${body.replaceAll('- [ ] ', '- [>] ')}`))).toBe(true);
  }, 60_000);
});
