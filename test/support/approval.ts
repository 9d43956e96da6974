// Approval testing: the text a surface shows is compared with a file checked into git. A change in
// what users read fails the test with a diff; `APPROVE=1` writes the text received as the new
// approved file instead, so the change becomes a diff to review in the commit.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { expect } from 'vitest';

/** Set (to anything but "" or "0") to write what the tests receive as the approved files. */
export const APPROVING = !['', '0', undefined].includes(process.env.APPROVE);

const REPO = join(import.meta.dirname, '..', '..');

/**
 * Compares `received` with `<dir>/approved/<name>.txt` (dir: the test's folder). Without an
 * approved file, or with a different one, the test fails, saying how to approve.
 */
export function expectApproved(dir: string, name: string, received: string): void {
  const file = join(dir, 'approved', `${name}.txt`);
  const shown = relative(REPO, file).split('\\').join('/');
  const text = `${received.replace(/\s+$/, '')}\n`;
  if (APPROVING) {
    mkdirSync(dirname(file), { recursive: true });
    if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
    return;
  }
  const how = 'review the difference; if it is intended, run the test again with APPROVE=1 and commit the file';
  if (!existsSync(file)) throw new Error(`No approved text in ${shown} yet: ${how}.\nReceived:\n${text}`);
  expect(text, `The text shown differs from ${shown} (- approved, + received): ${how}`).toBe(readFileSync(file, 'utf8'));
}
