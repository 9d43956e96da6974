import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeAtomically } from '../../src/cli/write-file';

const dirs: string[] = [];
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'one-on-ones-write-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('writeAtomically', () => {
  it('replaces the text whole and leaves no temporary file behind', () => {
    const dir = folder();
    const file = join(dir, 'Priya Raman.md');
    writeFileSync(file, '- [ ] old\n');
    writeAtomically(file, '- [>] old\n');
    expect(readFileSync(file, 'utf8')).toBe('- [>] old\n');
    expect(readdirSync(dir)).toEqual(['Priya Raman.md']);
  });

  it('removes its temporary file and throws when the rename fails', () => {
    const dir = folder();
    const target = join(dir, 'a folder.md');
    mkdirSync(target);
    writeFileSync(join(target, 'inside.md'), 'x');
    expect(() => writeAtomically(target, 'text')).toThrow();
    expect(readdirSync(dir)).toEqual(['a folder.md']);
    expect(readFileSync(join(target, 'inside.md'), 'utf8')).toBe('x');
  });

  it('throws when the folder is missing, creating nothing', () => {
    const dir = folder();
    expect(() => writeAtomically(join(dir, 'missing', 'note.md'), 'text')).toThrow();
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });
});
