// Every change the plugin makes to the vault goes through the one writer and its per-file queue.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const obsidianDir = join(import.meta.dirname, '..', '..', 'src', 'obsidian');
const WRITER = 'line-writer.ts';
// The vault and file-manager calls that change files; reading, and the editor (which the writer
// also uses, for notes open in it), are not listed.
const WRITES = /\.(?:create|createFolder|createBinary|modify|modifyBinary|append|process|processFrontMatter|rename|renameFile|delete|trash|trashFile|copy)\(/g;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    return entry.isDirectory() ? sources(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('the one writer', () => {
  it('is the only code in the plugin that calls a vault write', () => {
    const found: string[] = [];
    for (const file of sources(obsidianDir)) {
      if (file.endsWith(WRITER)) continue;
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(WRITES)) {
        const before = text.slice(Math.max(0, (match.index ?? 0) - 40), match.index);
        if (/(vault|fileManager|adapter)\s*$/.test(before)) found.push(`${relative(obsidianDir, file)}: ${before.trim().split(/\s/).pop() ?? ''}${match[0]}`);
      }
    }
    expect(found).toEqual([]);
  });
});
