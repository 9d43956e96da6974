import type { CachedMetadata, MetadataCache as ObsidianMetadataCache } from 'obsidian';
import { Events } from './events';
import { deriveMetadata } from './metadata';
import { TAbstractFile, TFile, type Vault } from './vault';

/**
 * Metadata is a function of the text, so a note's is derived once per test process and copied for each
 * app: every test starts an app on the demo vault, and deriving its notes again was most of the start.
 */
const derivedByText = new Map<string, CachedMetadata>();
const MEMO_LIMIT = 20_000;

function derivedFrom(text: string): CachedMetadata {
  if (text.length > MEMO_LIMIT) return deriveMetadata(text);
  let derived = derivedByText.get(text);
  if (!derived) {
    derived = deriveMetadata(text);
    derivedByText.set(text, derived);
  }
  return structuredClone(derived);
}

type CacheMethods = 'getFirstLinkpathDest' | 'getFileCache' | 'getCache' | 'fileToLinktext' | 'resolvedLinks' | 'unresolvedLinks';

/**
 * Derives each Markdown file's metadata from its text, later than the write (as Obsidian does,
 * on a later task), then fires `changed` — only when the text differs from what it last parsed, as
 * Obsidian compares a hash of the content; `resolved` follows once nothing is pending.
 */
export class MetadataCache extends Events implements Pick<ObsidianMetadataCache, CacheMethods> {
  resolvedLinks: Record<string, Record<string, number>> = {};
  unresolvedLinks: Record<string, Record<string, number>> = {};
  private readonly caches = new Map<string, CachedMetadata>();
  private readonly pending = new Map<TFile, { force: boolean }>();
  /** The text each file's announced metadata was derived from (Obsidian keeps a hash instead). */
  private readonly parsedText = new Map<string, string>();
  /** Test aid: files whose metadata is held back (getFileCache answers null) until released. */
  readonly held = new Set<string>();

  constructor(private readonly vault: Vault) {
    super();
    vault.on('create', (file) => this.schedule(file as TAbstractFile));
    vault.on('modify', (file) => this.schedule(file as TAbstractFile));
    vault.on('rename', (file, oldPath) => this.moveCache(file as TAbstractFile, oldPath as string));
    vault.on('delete', (file) => this.forget(file as TAbstractFile));
  }

  /** Derive every file now, as a cache already warm when the app starts. */
  primeAll(): void {
    for (const file of this.vault.getMarkdownFiles()) {
      this.derive(file);
      this.parsedText.set(file.path, this.vault.peek(file.path) ?? '');
    }
  }

  getFileCache(file: TFile): CachedMetadata | null {
    return this.getCache(file.path);
  }
  getCache(path: string): CachedMetadata | null {
    if (this.held.has(path)) return null;
    return this.caches.get(path) ?? null;
  }

  getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
    const target = linkpath.split('#')[0]?.split('|')[0]?.trim() ?? '';
    if (target === '') return this.vault.getFileByPath(sourcePath);
    const direct = this.vault.getFileByPath(target) ?? this.vault.getFileByPath(`${target}.md`);
    if (direct) return direct;
    const wanted = (target.includes('/') ? target : target.split('/').pop() ?? target).toLowerCase();
    const candidates = this.vault
      .getFiles()
      .filter((f) => {
        const withoutMd = f.extension === 'md' ? f.path.slice(0, -3) : f.path;
        const name = f.extension === 'md' ? f.basename : f.name;
        return name.toLowerCase() === wanted || withoutMd.toLowerCase().endsWith(`/${wanted}`) || withoutMd.toLowerCase() === wanted;
      });
    const sourceFolder = sourcePath.slice(0, sourcePath.lastIndexOf('/') + 1);
    candidates.sort((a, b) => {
      const aHere = a.path.startsWith(sourceFolder) ? 0 : 1;
      const bHere = b.path.startsWith(sourceFolder) ? 0 : 1;
      return aHere - bHere || a.path.length - b.path.length;
    });
    return candidates[0] ?? null;
  }

  fileToLinktext(file: TFile, sourcePath: string, omitMdExtension = true): string {
    const unique = this.vault.getMarkdownFiles().filter((f) => f.basename === file.basename).length === 1;
    const name = unique ? file.basename : file.path.slice(0, -file.extension.length - 1);
    if (file.extension === 'md' && omitMdExtension) return name;
    return unique ? file.name : file.path;
  }

  /** Test aid: release a held file, deriving it as if Obsidian had just finished parsing it. */
  release(path: string): void {
    this.held.delete(path);
    const file = this.vault.getFileByPath(path);
    if (file) this.schedule(file, true);
  }

  /** Test aid: resolves once every scheduled derivation has fired its events. */
  async settle(): Promise<void> {
    while (this.pending.size > 0 || this.vault.eventsPending) await new Promise((resolve) => setTimeout(resolve, 0));
  }

  private schedule(file: TAbstractFile, force = false): void {
    if (!(file instanceof TFile) || file.extension !== 'md') return;
    const already = this.pending.get(file);
    if (already) {
      already.force ||= force;
      return;
    }
    const job = { force };
    this.pending.set(file, job);
    setTimeout(() => {
      this.pending.delete(file);
      if (this.vault.getFileByPath(file.path) === file) this.parse(file, job.force);
      if (this.pending.size === 0) this.trigger('resolved');
    }, 0);
  }

  private parse(file: TFile, force: boolean): void {
    const text = this.vault.peek(file.path) ?? '';
    if (!force && this.parsedText.get(file.path) === text && this.caches.has(file.path)) return;
    const cache = this.derive(file);
    if (this.held.has(file.path)) return;
    this.parsedText.set(file.path, text);
    this.trigger('changed', file, text, cache);
    this.trigger('resolve', file);
  }

  private derive(file: TFile): CachedMetadata {
    const cache = derivedFrom(this.vault.peek(file.path) ?? '');
    this.caches.set(file.path, cache);
    return cache;
  }

  private moveCache(file: TAbstractFile, oldPath: string): void {
    const cache = this.caches.get(oldPath);
    this.caches.delete(oldPath);
    if (cache) this.caches.set(file.path, cache);
    const text = this.parsedText.get(oldPath);
    this.parsedText.delete(oldPath);
    if (text !== undefined) this.parsedText.set(file.path, text);
  }

  private forget(file: TAbstractFile): void {
    if (!(file instanceof TFile)) return;
    const previous = this.caches.get(file.path) ?? null;
    this.caches.delete(file.path);
    this.parsedText.delete(file.path);
    if (file.extension === 'md') this.trigger('deleted', file, previous);
  }
}
