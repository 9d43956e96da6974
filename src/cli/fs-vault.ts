import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { normalizeName } from '../core/names';
import type { Person } from '../core/people';
import { repairSettings, type Settings } from '../core/settings';
import { UsageError } from './args';
import { VaultIndex } from '../core/vault-index';

/** Why the vault could not be read: the CLI exits with 2 and says this. */
export class VaultError extends Error {}

const FRONTMATTER = /^---\r?\n([\s\S]*?\r?\n)?---[ \t]*(\r?\n|$)/;
const INLINE_TAG = /(^|[\s(,;])#([\p{L}\p{N}_/-]+)/gu;

/**
 * Properties as Obsidian reads them: the YAML block at the very top, YAML 1.2 (so dates stay the
 * strings written), and nothing at all when it does not parse, rather than a guess.
 */
export function readFrontmatter(text: string): Record<string, unknown> | null {
  const match = FRONTMATTER.exec(text.replace(/^\uFEFF/, ''));
  if (!match) return null;
  try {
    const parsed: unknown = parse(match[1] ?? '');
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Tags in the body outside code blocks, `#`-prefixed, as Obsidian's cache lists them. */
function inlineTags(text: string): string[] {
  const tags: string[] = [];
  let fenced = false;
  for (const line of text.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) continue;
    for (const match of line.replace(/`[^`]*`/g, '').matchAll(INLINE_TAG)) {
      const tag = match[2] ?? '';
      if (!/^\d+$/.test(tag)) tags.push(`#${tag}`);
    }
  }
  return tags;
}

function frontmatterTags(frontmatter: Record<string, unknown> | null): string[] {
  const value = frontmatter?.tags ?? frontmatter?.tag;
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[\s,]+/) : [];
  return list.filter((t): t is string => typeof t === 'string' && t !== '').map((t) => (t.startsWith('#') ? t : `#${t}`));
}

/** A vault folder on disk, read the way the plugin sees it through Obsidian. */
export class FsVault {
  readonly settings: Settings;
  readonly settingsProblems: readonly string[];
  readonly markdownPaths: readonly string[];
  readonly index: VaultIndex;
  private readonly texts = new Map<string, string>();

  constructor(readonly root: string) {
    if (!existsSync(root)) throw new VaultError(`no vault at "${root}": the folder does not exist`);
    if (!statSync(root).isDirectory()) throw new VaultError(`"${root}" is a file, not a vault folder`);
    const { settings, problems } = this.loadSettings();
    this.settings = settings;
    this.settingsProblems = problems;
    this.markdownPaths = this.walk(root).sort();
    this.index = new VaultIndex({ peopleFolder: settings.peopleFolder, meetingsFolder: settings.meetingsFolder, meetingTag: settings.meetingTag, myName: settings.myName });
    this.index.batch(() => {
      for (const path of this.markdownPaths) {
        const text = this.read(path) ?? '';
        const frontmatter = readFrontmatter(text);
        const tags = [...frontmatterTags(frontmatter), ...inlineTags(text)];
        const kind = this.index.kindOf(path, frontmatter, tags);
        if (kind) this.index.upsert({ path, frontmatter, tags, text: kind === 'meeting' ? text : null });
      }
    });
  }

  /** The note's text, or null when it does not exist. */
  read(path: string): string | null {
    const cached = this.texts.get(path);
    if (cached !== undefined) return cached;
    const full = join(this.root, ...path.split('/'));
    if (!existsSync(full) || !statSync(full).isFile()) return null;
    const text = readFileSync(full, 'utf8');
    this.texts.set(path, text);
    return text;
  }

  exists(path: string): boolean {
    return existsSync(join(this.root, ...path.split('/')));
  }

  /** Obsidian's shortest link: the bare name when no other note shares it, else the path. */
  linkText(targetPath: string): string {
    const name = targetPath.slice(targetPath.lastIndexOf('/') + 1);
    const unique = this.markdownPaths.filter((p) => p.endsWith(`/${name}`) || p === name).length <= 1;
    return (unique ? name : targetPath).replace(/\.md$/i, '');
  }

  /** A link target or path to a note: exact path first, then a unique or shortest name match. */
  resolve(wanted: string): string | null {
    const target = wanted.replace(/^\[\[|\]\]$/g, '').split('|')[0]?.split('#')[0]?.trim() ?? '';
    const withMd = target.toLowerCase().endsWith('.md') ? target : `${target}.md`;
    if (this.markdownPaths.includes(withMd)) return withMd;
    const matches = this.markdownPaths.filter((p) => p.toLowerCase().endsWith(`/${withMd.toLowerCase()}`) || p.toLowerCase() === withMd.toLowerCase());
    return matches.sort((a, b) => a.length - b.length)[0] ?? null;
  }

  /** A name or alias exactly, else the one person whose name or alias starts with what was typed. */
  findPerson(typed: string): Person {
    const exact = this.index.resolvePerson(typed);
    if (exact) return exact;
    const wanted = normalizeName(typed);
    const people = this.index.allPeople();
    const matches = people.filter((p) => [p.name, ...p.aliases].some((n) => normalizeName(n).startsWith(wanted)));
    if (matches.length === 1 && matches[0]) return matches[0];
    const listed = (matches.length > 1 ? matches : people).map((p) => p.name).sort().join(', ');
    if (matches.length > 1) throw new UsageError(`"${typed}" could be ${listed}: type more of the name`);
    throw new UsageError(`no person named "${typed}" in ${this.settings.peopleFolder}/ (people: ${listed || 'none'})`);
  }

  forget(path: string): void {
    this.texts.delete(path);
  }

  private loadSettings(): { settings: Settings; problems: string[] } {
    const file = join(this.root, '.obsidian', 'plugins', 'one-on-ones', 'data.json');
    if (!existsSync(file)) return { settings: repairSettings(null).settings, problems: [] };
    try {
      return repairSettings(JSON.parse(readFileSync(file, 'utf8')) as unknown);
    } catch {
      return { settings: repairSettings(null).settings, problems: ['data.json is not valid JSON; using the default settings'] };
    }
  }

  private walk(dir: string): string[] {
    const found: string[] = [];
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      throw new VaultError(`cannot read "${dir}": ${error instanceof Error ? error.message : String(error)}`);
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) found.push(...this.walk(full));
      else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md')) found.push(relative(this.root, full).split(sep).join('/'));
    }
    return found;
  }
}
