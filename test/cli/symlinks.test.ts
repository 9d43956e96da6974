// Obsidian follows symbolic links, so the command does too: a linked note or folder is read like
// any other, and a link that leads back into a folder already read is skipped and named, never a hang.
import { symlinkSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cli, full, requireBuiltCli, STACK_LINE, TempVaults, writeNote } from './cli-harness';

const vaults = new TempVaults();
beforeAll(requireBuiltCli);
afterEach(() => vaults.cleanup());

const DAY = '2026-11-20';

interface Row {
  readonly name: string;
  readonly lastMet: string | null;
  readonly openActions: { readonly theirs: number };
}

function status(vault: string): { rows: Row[]; err: string; code: number | null } {
  const run = cli(['status', '--vault', vault, '--date', DAY, '--json']);
  return { rows: JSON.parse(run.out) as Row[], err: run.err, code: run.code };
}

/** A vault whose people and meeting notes partly live elsewhere, linked in. */
function linkedVault(): string {
  const elsewhere = vaults.folder();
  writeNote(elsewhere, 'Bob Stone.md', '---\ncadence: weekly\n---\n');
  writeNote(elsewhere, 'Contractors/Carol Diaz.md', '---\ncadence: monthly\n---\n');
  writeNote(elsewhere, 'alice-meetings/2026-11-13.md', '---\ndate: 2026-11-13\n---\n- [ ] [[Alice Smith]] send the draft\n');
  const vault = vaults.make({ 'People/Alice Smith.md': '---\ncadence: weekly\n---\n', '1-1s/': '' });
  symlinkSync(full(elsewhere, 'Bob Stone.md'), full(vault, 'People/Bob Stone.md'));
  symlinkSync(full(elsewhere, 'Contractors'), full(vault, 'People/Contractors'));
  symlinkSync(full(elsewhere, 'alice-meetings'), full(vault, '1-1s/Alice Smith'));
  return vault;
}

describe('symbolic links in the vault', () => {
  it('reads a linked person note, a linked folder of people, and a linked folder of meetings', () => {
    const { rows, err, code } = status(linkedVault());
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(rows.map((row) => row.name).sort()).toEqual(['Alice Smith', 'Bob Stone', 'Carol Diaz']);
    expect(rows.find((row) => row.name === 'Alice Smith')).toMatchObject({ lastMet: '2026-11-13', openActions: { theirs: 1 } });
  });

  it('starts a 1:1 into a linked person folder, carrying its items, and the next status counts it as met', () => {
    const vault = linkedVault();
    const run = cli(['start', 'Alice Smith', '--vault', vault, '--date', DAY]);
    expect(run.err).toBe('');
    expect(run.out.trim()).toBe(`1-1s/Alice Smith/${DAY} Alice Smith.md`);
    const after = status(vault);
    expect(after.rows.find((row) => row.name === 'Alice Smith')).toMatchObject({ lastMet: DAY, openActions: { theirs: 1 } });
  });

  it.each([
    ['to the vault itself', '.', 'People/loop/ (a link to the vault folder, which is read already)'],
    ['to the folder it is in', 'People', 'People/loop/ (a link to People/, which is read already)'],
  ])('skips a link %s and names it, reading everything once', (_, target, named) => {
    const vault = vaults.make({ 'People/Alice Smith.md': '---\ncadence: weekly\n---\n', '1-1s/': '' });
    symlinkSync(full(vault, target), full(vault, 'People/loop'));
    const { rows, err, code } = status(vault);
    expect(err).not.toMatch(STACK_LINE);
    expect(code).toBe(0);
    expect(rows.map((row) => row.name)).toEqual(['Alice Smith']);
    expect(err).toBe(`warning: could not read 1 folder: ${named}\n`);
  });

  it('names a linked note whose target is gone', () => {
    const vault = vaults.make({ 'People/Alice Smith.md': '---\ncadence: weekly\n---\n', '1-1s/': '' });
    symlinkSync(full(vault, 'nowhere/Bob Stone.md'), full(vault, 'People/Bob Stone.md'));
    const { err, code } = status(vault);
    expect(code).toBe(0);
    expect(err).toContain('warning: could not read 1 note: People/Bob Stone.md (ENOENT: no such file or directory)');
  });
});
