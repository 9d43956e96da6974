// The command line's file access: notes edited in place or not at all, created only where nothing is.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createNoteFile, describeError, editInPlace, readNoteFile } from '../../cli/note-files';

const dirs: string[] = [];
function note(content: string | Uint8Array, mode = 0o644): string {
  const dir = mkdtempSync(join(tmpdir(), 'one-on-ones-files-'));
  dirs.push(dir);
  const file = join(dir, 'Priya Raman.md');
  writeFileSync(file, content);
  chmodSync(file, mode);
  return file;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('editInPlace', () => {
  it.each([
    ['the same length', '- [ ] a\n- [ ] b\n', '- [>] a\n- [ ] b\n'],
    ['shorter', '- [ ] a long line\nend\n', '- [ ] a\nend\n'],
    ['longer', '- [ ] a\n', '- [ ] a\n- [ ] b, added\n'],
    ['emptied', 'all of it\n', ''],
  ])('writes a text %s into the same file, keeping its mode', (_case, before, after) => {
    const file = note(before, 0o600);
    const inode = statSync(file).ino;
    expect(editInPlace(file, (text) => (text === before ? after : null))).toBe('written');
    expect(readFileSync(file, 'utf8')).toBe(after);
    expect(statSync(file).ino).toBe(inode);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('writes nothing when the planned edit no longer applies', () => {
    const file = note('- [ ] a\n');
    expect(editInPlace(file, () => null)).toBe('changed');
    expect(readFileSync(file, 'utf8')).toBe('- [ ] a\n');
  });

  it('never writes a read-only note, even where the account could (root)', () => {
    const file = note('- [ ] a\n', 0o444);
    expect(editInPlace(file, () => '- [>] a\n')).toBe('read-only');
    expect(readFileSync(file, 'utf8')).toBe('- [ ] a\n');
  });

  it('never writes a note that is not valid UTF-8', () => {
    const bytes = Buffer.from([0x2d, 0x20, 0x5b, 0x20, 0x5d, 0x20, 0xe9, 0x0a]);
    const file = note(bytes);
    expect(editInPlace(file, (text) => text.replace('[ ]', '[>]'))).toBe('not-utf8');
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('hands the change a BOM as written, and writes it back', () => {
    const file = note('\uFEFF- [ ] a\r\n');
    expect(editInPlace(file, (text) => (text.startsWith('\uFEFF') ? text.replace('[ ]', '[>]') : null))).toBe('written');
    expect(readFileSync(file).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(readFileSync(file, 'utf8')).toBe('\uFEFF- [>] a\r\n');
  });
});

describe('readNoteFile', () => {
  it('reads a note that is not valid UTF-8 as well as it can, and says so', () => {
    expect(readNoteFile(note(Buffer.from([0x61, 0xff, 0x62])))).toEqual({ kind: 'not-utf8', text: 'a\uFFFDb' });
  });

  it.runIf(spawnSync('mkfifo', ['--version']).status === 0)('does not open a FIFO named like a note (it would wait forever)', () => {
    const file = `${note('')}.fifo.md`;
    expect(spawnSync('mkfifo', [file]).status).toBe(0);
    expect(readNoteFile(file)).toEqual({ kind: 'missing' });
  });
});

describe('createNoteFile', () => {
  it('creates a note, and never writes over one that is there', () => {
    const file = note('written by a sync\n');
    expect(createNoteFile(file, 'new\n')).toBe('exists');
    expect(readFileSync(file, 'utf8')).toBe('written by a sync\n');
    expect(createNoteFile(`${file}.new.md`, 'new\n')).toBe('created');
    expect(readFileSync(`${file}.new.md`, 'utf8')).toBe('new\n');
  });
});

describe('describeError', () => {
  it('names the error without the absolute path of this machine', () => {
    let error: unknown;
    try {
      readFileSync(join(tmpdir(), 'no-such-dir', 'x.md'));
    } catch (caught) {
      error = caught;
    }
    expect(describeError(error)).toBe('ENOENT: no such file or directory');
  });
});
