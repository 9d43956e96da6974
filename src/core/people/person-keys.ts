import { normalizeName } from './names';
import { withoutMdExtension } from '../markdown/note-paths';
import { safeFileName } from './safe-names';
import type { Person } from './people';

/** Obsidian's order among notes a link could mean: the shortest path, then the first alphabetically. */
function byPath(a: Person, b: Person): number {
  return a.path.length - b.path.length || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

/** `People/Team A/Sam.md` → `Team A/Sam`, `Sam`: the partial paths a link may use, the name last. */
function partialPaths(path: string): string[] {
  const parts = withoutMdExtension(path).split('/');
  return parts.slice(1).map((_part, i) => parts.slice(i + 1).join('/'));
}

/** `../People/Sam` read from `1-1s/Sam/x.md`, as Obsidian reads relative links; null when it leads out. */
function fromFolderOf(fromPath: string, ref: string): string | null {
  const parts = fromPath.split('/').slice(0, -1);
  for (const part of ref.split('/')) {
    if (part === '..') {
      if (parts.pop() === undefined) return null;
    } else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

/**
 * Which person a link target, path, name or alias means. A path names exactly its note; a name or
 * partial path that several notes share goes where Obsidian's link goes: the shortest path, then
 * the first alphabetically, whatever order the notes were read in. The spelling as written wins over
 * case and Unicode composition; a note's own name wins over anyone's alias; last of all, the name as
 * made safe for a folder (`C# Dev` → `C Dev`), so notes filed only by folder still find their person.
 */
export class PersonKeys {
  private readonly exact = new Map<string, string>();
  private readonly loose = new Map<string, string>();
  private readonly people: readonly Person[];
  private safeNames: Map<string, string> | null = null;

  constructor(people: Iterable<Person>) {
    this.people = [...people].sort(byPath);
    for (const { path } of this.people) this.add(withoutMdExtension(path), path);
    for (const { path } of this.people) for (const partial of partialPaths(path)) this.add(partial, path);
    for (const { path, aliases } of this.people) for (const alias of aliases) setFirst(this.loose, normalizeName(alias), path);
  }

  /** The person's path, or null. `fromPath` is the note the reference is in, for `./` and `../` links. */
  find(target: string, fromPath?: string): string | null {
    // Most references are a name or path exactly as Obsidian writes it: one lookup, nothing else.
    const written = /\.md$/i.test(target) ? undefined : this.exact.get(target);
    if (written !== undefined) return written;
    let ref = withoutMdExtension(target.trim());
    if (/^\.\.?\//.test(ref)) {
      const resolved = fromPath === undefined ? null : fromFolderOf(fromPath, ref);
      if (resolved === null) return null;
      ref = resolved;
    }
    ref = ref.replace(/^\/+/, '');
    const key = normalizeName(ref);
    return this.exact.get(ref) ?? this.loose.get(key) ?? this.bySafeName().get(key) ?? null;
  }

  private add(key: string, path: string): void {
    setFirst(this.exact, key, path);
    setFirst(this.loose, normalizeName(key), path);
  }

  /** Built on the first miss only: most references hit, and making names safe costs per person. */
  private bySafeName(): Map<string, string> {
    if (this.safeNames) return this.safeNames;
    this.safeNames = new Map();
    for (const { name, path } of this.people) setFirst(this.safeNames, normalizeName(safeFileName(name)), path);
    return this.safeNames;
  }
}

function setFirst(map: Map<string, string>, key: string, path: string): void {
  if (!map.has(key)) map.set(key, path);
}
