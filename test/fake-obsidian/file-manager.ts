import type { DataWriteOptions, FileManager as ObsidianFileManager } from 'obsidian';
import { parse, stringify } from 'yaml';
import type { MetadataCache } from './metadata-cache';
import { normalizePath } from './path';
import { type TAbstractFile, TFile, type Vault } from './vault';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---(\r?\n|$)/;

export class FileManager implements Pick<ObsidianFileManager, 'renameFile' | 'trashFile' | 'generateMarkdownLink' | 'processFrontMatter'> {
  constructor(
    private readonly vault: Vault,
    private readonly metadataCache: MetadataCache,
  ) {}

  /** Renames, then rewrites wiki links to a renamed note, as Obsidian does with "update links" on. */
  async renameFile(file: TAbstractFile, newPath: string): Promise<void> {
    const oldBasename = file instanceof TFile ? file.basename : null;
    await this.vault.rename(file, normalizePath(newPath));
    if (!(file instanceof TFile) || file.extension !== 'md' || oldBasename === null || oldBasename === file.basename) return;
    const escaped = oldBasename.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = new RegExp(`\\[\\[${escaped}(?=[\\]|#])`, 'g');
    for (const other of this.vault.getMarkdownFiles()) {
      const text = this.vault.peek(other.path) ?? '';
      if (pattern.test(text)) await this.vault.process(other, (data) => data.replace(pattern, `[[${file.basename}`));
      pattern.lastIndex = 0;
    }
  }

  async trashFile(file: TAbstractFile): Promise<void> {
    await this.vault.delete(file);
  }

  generateMarkdownLink(file: TFile, sourcePath: string, subpath = '', alias?: string): string {
    const target = this.metadataCache.fileToLinktext(file, sourcePath) + subpath;
    return alias ? `[[${target}|${alias}]]` : `[[${target}]]`;
  }

  /** Like Obsidian: parse, let the callback mutate, re-serialise; invalid YAML throws and writes nothing. */
  async processFrontMatter(file: TFile, fn: (frontmatter: Record<string, unknown>) => void, options?: DataWriteOptions): Promise<void> {
    await this.vault.process(
      file,
      (text) => {
        const match = FRONTMATTER.exec(text);
        const parsed: unknown = match ? parse(match[1] ?? '') : {};
        const frontmatter = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
        fn(frontmatter);
        const eol = text.includes('\r\n') ? '\r\n' : '\n';
        const yaml = stringify(frontmatter).replace(/\n/g, eol);
        const block = Object.keys(frontmatter).length === 0 ? '' : `---${eol}${yaml}---${eol}`;
        return match ? block + text.slice(match[0].length) : block + text;
      },
      options,
    );
  }
}
