import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { describeError } from './note-files';

/** A note or folder that could not be read, and why (`EACCES: permission denied`). */
export interface Unreadable {
  /** Vault path; a folder's ends with `/`. */
  readonly path: string;
  readonly reason: string;
}

/** A folder to read: where it is on disk, and its vault path ('' for the vault itself). */
interface Folder {
  readonly dir: string;
  readonly path: string;
}

function byName(a: Dirent, b: Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

function shown(path: string): string {
  return path === '' ? 'the vault folder' : `${path}/`;
}

/**
 * The Markdown files of a vault, as Obsidian lists them: hidden names left out, and linked notes and
 * folders followed. Every folder is read once, by its real path, so a link back into the vault (a
 * loop) or a second link to the same folder is skipped and named, never read forever or twice.
 * The vault's own folders are read before any linked one, so a link is what is named, never the
 * folder it leads to. A folder or linked note that cannot be read is skipped and named; the vault
 * folder itself not read is the error thrown.
 */
export function walkVault(root: string): { markdownPaths: string[]; unreadable: Unreadable[] } {
  const markdownPaths: string[] = [];
  const unreadable: Unreadable[] = [];
  const readAt = new Map<string, string>();
  const linked: Folder[] = [];

  const read = ({ dir, path }: Folder): void => {
    let real: string;
    let entries: Dirent[];
    try {
      real = realpathSync(dir);
      const earlier = readAt.get(real);
      if (earlier !== undefined) {
        unreadable.push({ path: `${path}/`, reason: `a link to ${shown(earlier)}, which is read already` });
        return;
      }
      entries = readdirSync(dir, { withFileTypes: true }).sort(byName);
    } catch (error) {
      if (path === '') throw error;
      unreadable.push({ path: `${path}/`, reason: describeError(error) });
      return;
    }
    readAt.set(real, path);
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const child = { dir: join(dir, entry.name), path: path === '' ? entry.name : `${path}/${entry.name}` };
      const isNote = entry.name.toLowerCase().endsWith('.md');
      if (entry.isDirectory()) read(child);
      else if (entry.isFile()) {
        if (isNote) markdownPaths.push(child.path);
      } else if (entry.isSymbolicLink()) {
        try {
          const target = statSync(child.dir);
          if (target.isDirectory()) linked.push(child);
          else if (target.isFile() && isNote) markdownPaths.push(child.path);
        } catch (error) {
          // A link to nothing is no note; one named like a note is a note the user expects to see.
          if (isNote) unreadable.push({ path: child.path, reason: describeError(error) });
        }
      }
    }
  };

  read({ dir: root, path: '' });
  // Linked folders last, in the order found; one may hold further links, read after it.
  for (let next = linked.shift(); next !== undefined; next = linked.shift()) read(next);
  return { markdownPaths, unreadable };
}
