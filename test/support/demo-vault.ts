import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

// import.meta.dirname, not new URL(): under happy-dom, URL is the DOM's and refuses file: paths.
export const DEMO_VAULT_DIR = join(import.meta.dirname, '..', 'demo-vault');

/** The demo vault's notes and bases as path → text, without its app config and its own README. */
export function readDemoVault(root = DEMO_VAULT_DIR): Record<string, string> {
  const files: Record<string, string> = {};
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.')) visit(full);
      } else if (entry.name.endsWith('.md') || entry.name.endsWith('.base')) {
        const path = relative(root, full).split(sep).join('/');
        if (path !== 'README.md') files[path] = readFileSync(full, 'utf8');
      }
    }
  };
  visit(root);
  return files;
}
