import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { bodyTags, frontmatterYaml, readMarkdown, type MarkdownNote } from '../src/core/markdown/markdown-note';
import type { Person } from '../src/core/people/people';
import { withoutMdExtension } from '../src/core/markdown/note-paths';
import type { Settings } from '../src/core/settings/settings';
import { VaultIndex } from '../src/core/index/vault-index';
import { findPerson, peopleWhere } from '../src/core/commands/find-person';
import { describeError, readNoteFile, type NoteRead } from './note-files';
import { vaultSettings } from './vault-settings';
import { walkVault, type Unreadable } from './vault-walk';

/** Why the vault could not be read: the CLI exits with 2 and says this. */
export class VaultError extends Error {}

/** YAML as the command line reads it: errors throw; the library's warnings are not printed on stderr. */
export function parseYaml(text: string): unknown {
  return parse(text, { logLevel: 'error' }) as unknown;
}

/**
 * Properties as Obsidian reads them: the YAML block at the very top, YAML 1.2 (so dates stay the
 * strings written), and nothing at all when it does not parse, rather than a guess; then the
 * reason, since Obsidian shows such properties as broken and they are ignored.
 */
function readFrontmatter(note: MarkdownNote): { frontmatter: Record<string, unknown> | null; problem: string | null } {
  const yaml = frontmatterYaml(note);
  if (yaml === null) return { frontmatter: null, problem: null };
  try {
    const parsed = parseYaml(yaml);
    const frontmatter = parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
    return { frontmatter, problem: null };
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    return { frontmatter: null, problem: `the properties are not valid YAML (${reason}), so they are ignored` };
  }
}

function frontmatterTags(frontmatter: Record<string, unknown> | null): string[] {
  const value = frontmatter?.tags ?? frontmatter?.tag;
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[\s,]+/) : [];
  return list.filter((t): t is string => typeof t === 'string' && t !== '').map((t) => (t.startsWith('#') ? t : `#${t}`));
}

/** The sentence a note's file problem joins its other problems with, wherever the person shows. */
function fileProblem(read: NoteRead): string | null {
  if (read.kind === 'unreadable') return `the note could not be read (${read.reason})`;
  if (read.kind === 'not-utf8') return 'the note is not valid UTF-8 text: it is read as well as it can be, and never written to';
  return null;
}

/** The vault's notes, and what could not be read; the vault folder itself unread is an error. */
function walk(root: string): ReturnType<typeof walkVault> {
  try {
    return walkVault(root);
  } catch (error) {
    throw new VaultError(`cannot read the vault folder "${root}": ${describeError(error)}`);
  }
}

/** A vault folder on disk, read the way the plugin sees it through Obsidian. */
export class FsVault {
  readonly settings: Settings;
  readonly settingsProblems: readonly string[];
  readonly markdownPaths: readonly string[];
  readonly index: VaultIndex;
  /** Notes and folders skipped because they could not be read, in path order. */
  readonly unreadable: readonly Unreadable[];
  private readonly files = new Map<string, NoteRead>();

  constructor(readonly root: string) {
    if (!existsSync(root)) throw new VaultError(`no vault at "${root}": the folder does not exist`);
    if (!statSync(root).isDirectory()) throw new VaultError(`"${root}" is a file, not a vault folder`);
    const { settings, problems } = vaultSettings(root);
    this.settings = settings;
    this.settingsProblems = problems;
    const { markdownPaths, unreadable } = walk(root);
    this.markdownPaths = markdownPaths.sort();
    this.index = new VaultIndex({ peopleFolder: settings.peopleFolder, meetingsFolder: settings.meetingsFolder, meetingTag: settings.meetingTag, peopleTag: settings.peopleTag, myName: settings.myName, agendaHeading: settings.agendaHeading });
    this.index.batch(() => {
      for (const path of this.markdownPaths) {
        const read = this.readFile(path);
        if (read.kind === 'missing') continue;
        if (read.kind === 'unreadable') unreadable.push({ path, reason: read.reason });
        // A note that cannot be read is still a person or meeting by its path, shown with its problem.
        const text = read.kind === 'unreadable' ? '' : read.text;
        const note = readMarkdown(text);
        const { frontmatter, problem } = readFrontmatter(note);
        const tags = [...frontmatterTags(frontmatter), ...bodyTags(note)];
        const kind = this.index.kindOf(path, frontmatter, tags);
        if (kind) this.index.upsert({ path, frontmatter, tags, text, fileProblem: fileProblem(read) ?? problem });
      }
    });
    this.unreadable = unreadable.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  /** The note's file as read once: text, text that is not valid UTF-8, unreadable, or missing. */
  readFile(path: string): NoteRead {
    const cached = this.files.get(path);
    if (cached !== undefined) return cached;
    const read = readNoteFile(this.fullPath(path));
    this.files.set(path, read);
    return read;
  }

  /** The note's text (a best reading when it is not valid UTF-8), or null when there is none. */
  read(path: string): string | null {
    const read = this.readFile(path);
    return read.kind === 'text' || read.kind === 'not-utf8' ? read.text : null;
  }

  fullPath(path: string): string {
    return join(this.root, ...path.split('/'));
  }

  exists(path: string): boolean {
    return existsSync(this.fullPath(path));
  }

  /** Obsidian's shortest link: the bare name when no other note shares it, else the path. */
  linkText(targetPath: string): string {
    const name = targetPath.slice(targetPath.lastIndexOf('/') + 1);
    const unique = this.markdownPaths.filter((p) => p.endsWith(`/${name}`) || p === name).length <= 1;
    return withoutMdExtension(unique ? name : targetPath);
  }

  /** A link target or path to a note: exact path first, then a unique or shortest name match. */
  resolve(wanted: string): string | null {
    const target = wanted.replace(/^\[\[|\]\]$/g, '').split('|')[0]?.split('#')[0]?.trim() ?? '';
    const withMd = target.toLowerCase().endsWith('.md') ? target : `${target}.md`;
    if (this.markdownPaths.includes(withMd)) return withMd;
    const matches = this.markdownPaths.filter((p) => p.toLowerCase().endsWith(`/${withMd.toLowerCase()}`) || p.toLowerCase() === withMd.toLowerCase());
    return matches.sort((a, b) => a.length - b.length)[0] ?? null;
  }

  /** The person a name, alias or path means; never a guess between two (see `findPerson`). */
  findPerson(typed: string): Person {
    return findPerson(this.index, peopleWhere(this.settings), typed);
  }
}
