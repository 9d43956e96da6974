import type { DataAdapter, DataWriteOptions, FileStats, Vault as ObsidianVault } from 'obsidian';
import { Events } from './events';
import { assertValidVaultPath, normalizePath, parentPath } from './path';

export abstract class TAbstractFile {
  // Typed as the real Vault so that fake files are real files to the type checker.
  vault!: ObsidianVault;
  path = '';
  name = '';
  parent: TFolder | null = null;
}

export class TFile extends TAbstractFile {
  stat: FileStats = { ctime: 0, mtime: 0, size: 0 };
  basename = '';
  extension = '';
}

export class TFolder extends TAbstractFile {
  children: TAbstractFile[] = [];
  isRoot(): boolean {
    return this.path === '/';
  }
}

function setNames(file: TAbstractFile, path: string): void {
  file.path = path;
  file.name = path === '/' ? '' : path.slice(path.lastIndexOf('/') + 1);
  if (file instanceof TFile) {
    const dot = file.name.lastIndexOf('.');
    file.basename = dot > 0 ? file.name.slice(0, dot) : file.name;
    file.extension = dot > 0 ? file.name.slice(dot + 1) : '';
  }
}

/** Files outside the vault tree proper (the config folder): what the DataAdapter alone sees. */
class MemoryAdapter implements Pick<DataAdapter, 'getName' | 'exists' | 'read' | 'write' | 'mkdir' | 'remove' | 'process'> {
  readonly files = new Map<string, string>();
  constructor(private readonly vault: Vault) {}
  getName(): string {
    return this.vault.getName();
  }
  async exists(path: string): Promise<boolean> {
    return this.files.has(path) || this.vault.getAbstractFileByPath(path) !== null;
  }
  async read(path: string): Promise<string> {
    const vaultFile = this.vault.getFileByPath(path);
    if (vaultFile) return this.vault.read(vaultFile);
    const data = this.files.get(path);
    if (data === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
    return data;
  }
  async write(path: string, data: string): Promise<void> {
    this.files.set(path, data);
  }
  async process(path: string, fn: (data: string) => string): Promise<string> {
    const data = fn(await this.read(path));
    await this.write(path, data);
    return data;
  }
  async mkdir(): Promise<void> {}
  async remove(path: string): Promise<void> {
    this.files.delete(path);
  }
}

type VaultMethods =
  | 'configDir' | 'getName' | 'getFileByPath' | 'getFolderByPath' | 'getAbstractFileByPath' | 'getRoot'
  | 'create' | 'createFolder' | 'read' | 'cachedRead' | 'delete' | 'trash' | 'rename' | 'modify' | 'append'
  | 'process' | 'getAllLoadedFiles' | 'getAllFolders' | 'getMarkdownFiles' | 'getFiles' | 'readBinary';

export class Vault extends Events implements Pick<ObsidianVault, VaultMethods> {
  configDir = '.obsidian';
  readonly adapter: MemoryAdapter;
  private readonly root = new TFolder();
  private readonly entries = new Map<string, TAbstractFile>();
  private readonly contents = new Map<string, string>();
  private clock = 1_700_000_000_000;
  /**
   * Files seeded as raw bytes that are not valid UTF-8: Obsidian reads them with U+FFFD in place of
   * the bad bytes, and writing that text back would replace the bytes for good.
   */
  private readonly rawBytes = new Map<string, Uint8Array>();
  /** Test aids: paths read so far, paths whose reads fail, and how many writes to a path fail. */
  readonly reads: string[] = [];
  readonly failingReads = new Set<string>();
  readonly failingWrites = new Map<string, number>();
  /**
   * Events not delivered yet. Nothing fires inside the call that caused it: an API call delivers its
   * events after a tick, before its promise settles; a test aid's seeding (a sync tool writing
   * behind the app's back) delivers them on a later task, as a file watcher would.
   */
  private readonly queued: { name: string; data: unknown[] }[] = [];
  private drainScheduled = false;

  constructor(private readonly name = 'Demo vault') {
    super();
    this.root.vault = this as unknown as ObsidianVault;
    setNames(this.root, '/');
    this.entries.set('/', this.root);
    this.adapter = new MemoryAdapter(this);
  }

  getName(): string {
    return this.name;
  }
  getRoot(): TFolder {
    return this.root;
  }
  getAbstractFileByPath(path: string): TAbstractFile | null {
    return this.entries.get(normalizePath(path)) ?? null;
  }
  getFileByPath(path: string): TFile | null {
    const file = this.getAbstractFileByPath(path);
    return file instanceof TFile ? file : null;
  }
  getFolderByPath(path: string): TFolder | null {
    const folder = this.getAbstractFileByPath(path);
    return folder instanceof TFolder ? folder : null;
  }
  getAllLoadedFiles(): TAbstractFile[] {
    return [...this.entries.values()];
  }
  getAllFolders(includeRoot = false): TFolder[] {
    return [...this.entries.values()].filter((f): f is TFolder => f instanceof TFolder && (includeRoot || !f.isRoot()));
  }
  getFiles(): TFile[] {
    return [...this.entries.values()].filter((f): f is TFile => f instanceof TFile);
  }
  getMarkdownFiles(): TFile[] {
    return this.getFiles().filter((f) => f.extension === 'md');
  }

  async createFolder(path: string): Promise<TFolder> {
    await this.tick();
    const normalized = normalizePath(path);
    if (this.entries.has(normalized)) throw new Error('Folder already exists.');
    const folder = this.ensureFolder(normalized);
    this.drainEvents();
    return folder;
  }

  async create(path: string, data: string, options?: DataWriteOptions): Promise<TFile> {
    await this.tick();
    const file = this.createSync(path, data, options);
    this.drainEvents();
    return file;
  }

  /** Test aid: seed a file without awaiting (its folder must exist); its events follow on a later task. */
  createSync(path: string, data: string, options?: DataWriteOptions): TFile {
    const normalized = normalizePath(path);
    assertValidVaultPath(normalized);
    if (this.entries.has(normalized)) throw new Error('File already exists.');
    const parent = this.getFolderByPath(parentPath(normalized));
    if (!parent) throw new Error(`ENOENT: no such file or directory, open '${normalized}' (create its folder first)`);
    const file = new TFile();
    file.vault = this as unknown as ObsidianVault;
    setNames(file, normalized);
    file.parent = parent;
    parent.children.push(file);
    this.entries.set(normalized, file);
    this.write(file, data, options);
    this.emit('create', file);
    return file;
  }

  ensureFolder(path: string): TFolder {
    const existing = this.getAbstractFileByPath(path);
    if (existing instanceof TFolder) return existing;
    if (existing) throw new Error(`fake obsidian: "${path}" is a file, not a folder`);
    assertValidVaultPath(path);
    const parent = this.ensureFolder(parentPath(path));
    const folder = new TFolder();
    folder.vault = this as unknown as ObsidianVault;
    setNames(folder, path);
    folder.parent = parent;
    parent.children.push(folder);
    this.entries.set(path, folder);
    this.emit('create', folder);
    return folder;
  }

  async read(file: TFile): Promise<string> {
    return this.readNow(file);
  }
  async cachedRead(file: TFile): Promise<string> {
    return this.readNow(file);
  }
  async readBinary(file: TFile): Promise<ArrayBuffer> {
    const text = this.readNow(file);
    const bytes = this.rawBytes.get(file.path) ?? new TextEncoder().encode(text);
    return bytes.slice().buffer;
  }
  /** Test aid: seed a file from bytes; invalid UTF-8 reads as Obsidian shows it, with U+FFFD. */
  createBinarySync(path: string, bytes: Uint8Array): TFile {
    this.ensureFolder(parentPath(normalizePath(path)));
    const file = this.createSync(path, new TextDecoder('utf-8').decode(bytes));
    this.rawBytes.set(file.path, bytes.slice());
    return file;
  }
  /** Test aid: the bytes on disk, as a file seeded with `createBinarySync` or written as UTF-8. */
  peekBytes(path: string): Uint8Array | undefined {
    const normalized = normalizePath(path);
    const text = this.contents.get(normalized);
    return this.rawBytes.get(normalized) ?? (text === undefined ? undefined : new TextEncoder().encode(text));
  }
  private readNow(file: TFile): string {
    this.reads.push(file.path);
    if (this.failingReads.has(file.path)) throw new Error(`EIO: i/o error, read '${file.path}'`);
    const data = this.contents.get(file.path);
    if (data === undefined) throw new Error(`ENOENT: no such file or directory, open '${file.path}'`);
    return data;
  }
  /** Test aid: the current bytes of a file, without counting as a read. */
  peek(path: string): string | undefined {
    return this.contents.get(normalizePath(path));
  }

  async modify(file: TFile, data: string, options?: DataWriteOptions): Promise<void> {
    this.assertLive(file);
    this.write(file, data, options);
    this.emit('modify', file);
    await this.deliver();
  }
  async append(file: TFile, data: string, options?: DataWriteOptions): Promise<void> {
    await this.modify(file, (this.contents.get(file.path) ?? '') + data, options);
  }
  /** Reads, calls `fn` and writes in one step; `modify` follows once the call has returned. */
  async process(file: TFile, fn: (data: string) => string, options?: DataWriteOptions): Promise<string> {
    this.assertLive(file);
    const data = fn(this.contents.get(file.path) ?? '');
    this.write(file, data, options);
    this.emit('modify', file);
    await this.deliver();
    return data;
  }

  async rename(file: TAbstractFile, newPath: string): Promise<void> {
    await this.tick();
    const target = normalizePath(newPath);
    assertValidVaultPath(target);
    if (this.entries.has(target)) throw new Error('Destination file already exists!');
    const parent = this.getFolderByPath(parentPath(target));
    if (!parent) throw new Error(`ENOENT: no such file or directory, rename '${file.path}' -> '${target}'`);
    const moves: { entry: TAbstractFile; oldPath: string; newPath: string }[] = [];
    const visit = (entry: TAbstractFile, path: string): void => {
      moves.push({ entry, oldPath: entry.path, newPath: path });
      if (entry instanceof TFolder) for (const child of entry.children) visit(child, `${path}/${child.name}`);
    };
    visit(file, target);
    file.parent?.children.splice(file.parent.children.indexOf(file), 1);
    file.parent = parent;
    parent.children.push(file);
    for (const { entry, oldPath, newPath } of moves) {
      this.entries.delete(oldPath);
      const data = this.contents.get(oldPath);
      this.contents.delete(oldPath);
      setNames(entry, newPath);
      this.entries.set(newPath, entry);
      if (data !== undefined) this.contents.set(newPath, data);
      const bytes = this.rawBytes.get(oldPath);
      this.rawBytes.delete(oldPath);
      if (bytes) this.rawBytes.set(newPath, bytes);
    }
    for (const { entry, oldPath } of moves) this.emit('rename', entry, oldPath);
    this.drainEvents();
  }

  async delete(file: TAbstractFile): Promise<void> {
    await this.tick();
    this.assertLive(file);
    const removed: TAbstractFile[] = [];
    const visit = (entry: TAbstractFile): void => {
      if (entry instanceof TFolder) for (const child of [...entry.children]) visit(child);
      removed.push(entry);
    };
    visit(file);
    file.parent?.children.splice(file.parent.children.indexOf(file), 1);
    for (const entry of removed) {
      this.entries.delete(entry.path);
      this.contents.delete(entry.path);
      this.rawBytes.delete(entry.path);
      this.emit('delete', entry);
    }
    this.drainEvents();
  }
  async trash(file: TAbstractFile): Promise<void> {
    await this.delete(file);
  }

  /** Test aid: whether events are still on their way (the metadata cache's `settle` waits for them). */
  get eventsPending(): boolean {
    return this.queued.length > 0;
  }

  /** Test aid: delivers every queued event now (the app seeds its vault this way before plugins load). */
  drainEvents(): void {
    this.drainScheduled = false;
    for (let event = this.queued.shift(); event; event = this.queued.shift()) this.trigger(event.name, ...event.data);
  }

  private emit(name: string, ...data: unknown[]): void {
    this.queued.push({ name, data });
    if (this.drainScheduled) return;
    this.drainScheduled = true;
    setTimeout(() => {
      if (this.drainScheduled) this.drainEvents();
    }, 0);
  }

  /**
   * What a call that adds, moves or removes files awaits before it touches the tree, as Obsidian
   * awaits the disk: the tree changes after the call has returned, together with its events, before
   * the call's promise settles.
   */
  private async tick(): Promise<void> {
    await Promise.resolve();
  }

  /** How a write's `modify` arrives: after the call has returned (its text is on disk already). */
  private async deliver(): Promise<void> {
    await Promise.resolve();
    this.drainEvents();
  }

  private assertLive(file: TAbstractFile): void {
    if (this.entries.get(file.path) !== file) throw new Error(`ENOENT: no such file or directory '${file.path}'`);
  }

  private write(file: TFile, data: string, options?: DataWriteOptions): void {
    const failures = this.failingWrites.get(file.path) ?? 0;
    if (failures > 0) {
      this.failingWrites.set(file.path, failures - 1);
      throw new Error(`EACCES: permission denied, open '${file.path}'`);
    }
    this.rawBytes.delete(file.path);
    this.clock += 1000;
    this.contents.set(file.path, data);
    file.stat = {
      ctime: file.stat.ctime || options?.ctime || this.clock,
      mtime: options?.mtime ?? this.clock,
      size: data.length,
    };
  }
}
