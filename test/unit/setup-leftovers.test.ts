// README's first command (`npm ci && npm run demo`) must never break its second (`bash .ci/run`).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

describe('what the set-up commands leave behind', () => {
  it('lint ignores every file the demo install writes, and git does too', async () => {
    const eslint = new ESLint({ cwd: root });
    const installed = ['main.js', 'manifest.json', 'styles.css'].map((name) => join('test', 'demo-vault', '.obsidian', 'plugins', 'one-on-ones', name));
    for (const file of installed) expect(await eslint.isPathIgnored(join(root, file)), file).toBe(true);
    if (!existsSync(join(root, '.git'))) return;
    const ignored = execFileSync('git', ['check-ignore', ...installed], { cwd: root, encoding: 'utf8' }).trim().split('\n');
    expect(ignored).toEqual(installed);
  });
});
