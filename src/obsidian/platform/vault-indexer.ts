import { type App, type CachedMetadata, Component, getAllTags, Notice, type TAbstractFile, TFile } from 'obsidian';
import { today as todayOf, type CalendarDay, type Clock } from '../../core/calendar/dates';
import type { Settings } from '../../core/settings/settings';
import { isUtf8File } from './utf8-file';
import { NOT_UTF8_PROBLEM, VaultIndex, type IndexOptions, type NoteInput, type NoteKind } from '../../core/index/vault-index';
import { headingDay } from '../../core/meetings/running-note';

/** Work per slice of the first build; the slice then yields so typing and scrolling stay smooth. */
const SLICE_MS = 8;
/** Meeting notes read at once during the first build. */
const READ_CONCURRENCY = 8;
const DAY_CHECK_MS = 60_000;

export interface IndexProgress {
  readonly done: number;
  readonly total: number;
}

/** The indexer as the live surfaces see it: what they read, and the news of the first build. */
export interface LiveIndexer {
  readonly index: VaultIndex;
  readonly today: CalendarDay;
  /** Null once the first build has finished; views show it while a big vault indexes. */
  readonly progress: IndexProgress | null;
  /** Calls `listener` when a build starts, moves on or finishes; returns what stops the calls. */
  onProgress(listener: () => void): () => void;
}

function indexOptions(settings: Settings): IndexOptions {
  return {
    peopleFolder: settings.peopleFolder,
    meetingsFolder: settings.meetingsFolder,
    meetingTag: settings.meetingTag,
    peopleTag: settings.peopleTag,
    myName: settings.myName,
    agendaHeading: settings.agendaHeading,
  };
}

function tagsOf(cache: CachedMetadata): string[] {
  return getAllTags(cache) ?? [];
}

/** Cuts long work into slices of main-thread time, yielding between them. */
class Slicer {
  private sliceStart = performance.now();

  get due(): boolean {
    return performance.now() - this.sliceStart >= SLICE_MS;
  }

  /**
   * Lets the app handle input and paint, then goes on: a message posted to itself, which Chromium
   * runs as the next task, where a nested `setTimeout(0)` waits at least 4 ms (a fifth of the build).
   */
  async pause(): Promise<void> {
    await new Promise<void>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
    this.sliceStart = performance.now();
  }
}

/** A meeting note, or a person note with a dated heading (their running note): the index needs its text. */
function needsText(kind: NoteKind | null, cache: CachedMetadata): boolean {
  return kind === 'meeting' || (kind === 'person' && (cache.headings ?? []).some((heading) => headingDay(heading.heading) !== null));
}

/**
 * Keeps the core index in step with the vault: one chunked build after layout is ready, then one
 * file at a time from Obsidian's events. Only person and meeting notes are read, and only meetings'
 * text (and a person note's that is their running note): other person notes are indexed from the
 * metadata cache alone.
 */
export class VaultIndexer extends Component implements LiveIndexer {
  readonly index: VaultIndex;
  private generation = 0;
  private day: CalendarDay;
  /** Files whose metadata was not ready yet: indexed when Obsidian reports them parsed. */
  private readonly waitingForCache = new Set<string>();
  private readonly failedReads = new Set<string>();
  private readonly reportedFailures = new Set<string>();
  private statusEl: HTMLElement | null = null;
  private buildProgress: IndexProgress | null = { done: 0, total: 0 };
  private readonly progressListeners = new Set<() => void>();

  constructor(
    private readonly app: App,
    private readonly settings: () => Settings,
    private readonly clock: Clock,
    private readonly showProgress: () => HTMLElement,
  ) {
    super();
    this.index = new VaultIndex(indexOptions(settings()));
    this.day = todayOf(clock);
  }

  get today(): CalendarDay {
    return this.day;
  }

  get progress(): IndexProgress | null {
    return this.buildProgress;
  }

  onProgress(listener: () => void): () => void {
    this.progressListeners.add(listener);
    return () => this.progressListeners.delete(listener);
  }

  override onload(): void {
    const { metadataCache, vault, workspace } = this.app;
    this.registerEvent(metadataCache.on('changed', (file, data, cache) => this.onChanged(file, data, cache)));
    this.registerEvent(metadataCache.on('resolved', () => this.retryWaiting()));
    this.registerEvent(vault.on('rename', (file, oldPath) => this.onRenamed(file, oldPath)));
    this.registerEvent(vault.on('delete', (file) => this.index.remove(file.path)));
    this.registerInterval(window.setInterval(() => this.checkDay(), DAY_CHECK_MS));
    this.registerDomEvent(window, 'focus', () => this.checkDay());
    this.register(() => this.generation++);
    this.register(() => this.progressListeners.clear());
    workspace.onLayoutReady(() => void this.rebuild());
  }

  /** Indexes the whole vault again, in slices; a newer call supersedes one still running. */
  async rebuild(): Promise<void> {
    const generation = ++this.generation;
    const superseded = () => generation !== this.generation;
    const slicer = new Slicer();
    this.index.reset(indexOptions(this.settings()));
    this.waitingForCache.clear();
    const files = this.app.vault.getMarkdownFiles();
    const meetings: TFile[] = [];
    this.setProgress({ done: 0, total: files.length });
    let position = 0;
    while (position < files.length) {
      if (superseded()) return;
      this.index.batch(() => {
        while (position < files.length && !slicer.due) {
          const file = files[position++];
          if (file && this.classify(file) === 'meeting') meetings.push(file);
        }
      });
      this.setProgress({ done: position - meetings.length, total: files.length });
      await slicer.pause();
    }
    await this.readMeetings(meetings, superseded, files.length, slicer);
    if (superseded()) return;
    this.setProgress(null);
    this.reportFailedReads();
  }

  /**
   * Indexes a person note at once; returns 'meeting' for a note that must be read: a meeting note, or
   * a person note that is their running note too (it has dated headings).
   */
  private classify(file: TFile): 'meeting' | null {
    const cache = this.app.metadataCache.getFileCache(file);
    if (!cache) {
      this.waitingForCache.add(file.path);
      return null;
    }
    const kind = this.index.kindOf(file.path, cache.frontmatter, tagsOf(cache));
    if (kind === 'person') this.index.upsert(this.noteInput(file, cache, null));
    return needsText(kind, cache) ? 'meeting' : null;
  }

  /** Reads meeting notes a few at a time, indexing each group as it arrives; yields between slices. */
  private async readMeetings(files: TFile[], superseded: () => boolean, total: number, slicer: Slicer): Promise<void> {
    let done = total - files.length;
    for (let start = 0; start < files.length; start += READ_CONCURRENCY) {
      if (superseded()) return;
      const group = files.slice(start, start + READ_CONCURRENCY);
      const reads = await Promise.all(group.map((file) => this.readText(file)));
      this.index.batch(() =>
        group.forEach((file, i) => {
          const read = reads[i];
          const cache = this.app.metadataCache.getFileCache(file);
          if (read && cache) this.index.upsert({ ...this.noteInput(file, cache, read.text), fileProblem: read.problem });
        }),
      );
      done += group.length;
      if (slicer.due) {
        this.setProgress({ done, total });
        await slicer.pause();
      }
    }
  }

  /**
   * The note's text, or why it could not be read as it is: a failed read (reported once), or bytes
   * that are not UTF-8 (Obsidian shows them as U+FFFD; such a note is read but never written).
   */
  private async readText(file: TFile): Promise<{ readonly text: string | null; readonly problem: string | null }> {
    try {
      const text = await this.app.vault.cachedRead(file);
      this.failedReads.delete(file.path);
      return { text, problem: text.includes('\uFFFD') && !(await isUtf8File(this.app.vault, file)) ? NOT_UTF8_PROBLEM : null };
    } catch (error) {
      this.failedReads.add(file.path);
      console.warn(`One-on-ones: could not read ${file.path}`, error);
      return { text: null, problem: `the note could not be read (${error instanceof Error ? error.message : String(error)}), so its action items are not counted` };
    }
  }

  private reportFailedReads(): void {
    const fresh = [...this.failedReads].filter((path) => !this.reportedFailures.has(path));
    if (fresh.length === 0) return;
    for (const path of fresh) this.reportedFailures.add(path);
    const shown = fresh.slice(0, 3).join(', ');
    const more = fresh.length > 3 ? ` and ${fresh.length - 3} more` : '';
    new Notice(`One-on-ones could not read ${fresh.length === 1 ? 'a note' : `${fresh.length} notes`}: ${shown}${more}. Their action items are not counted; the people they belong to say so.`);
  }

  private onChanged(file: TFile, data: string, cache: CachedMetadata): void {
    this.waitingForCache.delete(file.path);
    const kind = this.index.kindOf(file.path, cache.frontmatter, tagsOf(cache));
    const read = needsText(kind, cache);
    if (kind === null) this.index.remove(file.path);
    else this.index.upsert(this.noteInput(file, cache, read ? data : null));
    // Obsidian shows bytes that are not UTF-8 as U+FFFD; only then is it worth reading the bytes.
    if (read && data.includes('\uFFFD')) {
      void isUtf8File(this.app.vault, file).then((utf8) => {
        if (!utf8 && this.app.vault.getFileByPath(file.path) === file) this.index.upsert({ ...this.noteInput(file, cache, data), fileProblem: NOT_UTF8_PROBLEM });
      });
    }
  }

  private onRenamed(file: TAbstractFile, oldPath: string): void {
    if (!(file instanceof TFile)) return;
    const cache = this.app.metadataCache.getFileCache(file);
    if (!cache) {
      this.index.remove(oldPath);
      this.waitingForCache.add(file.path);
      return;
    }
    const note = { path: file.path, frontmatter: cache.frontmatter, tags: tagsOf(cache) };
    if (!this.index.rename(oldPath, note)) void this.indexNow(file);
  }

  private retryWaiting(): void {
    for (const path of [...this.waitingForCache]) {
      const file = this.app.vault.getFileByPath(path);
      if (!file) this.waitingForCache.delete(path);
      else if (this.app.metadataCache.getFileCache(file)) {
        this.waitingForCache.delete(path);
        void this.indexNow(file);
      }
    }
  }

  private async indexNow(file: TFile): Promise<void> {
    if (this.classify(file) !== 'meeting') return;
    const read = await this.readText(file);
    const cache = this.app.metadataCache.getFileCache(file);
    if (cache && this.app.vault.getFileByPath(file.path) === file) this.index.upsert({ ...this.noteInput(file, cache, read.text), fileProblem: read.problem });
    this.reportFailedReads();
  }

  private noteInput(file: TFile, cache: CachedMetadata, text: string | null): NoteInput {
    return { path: file.path, frontmatter: cache.frontmatter ?? null, tags: tagsOf(cache), text };
  }

  private checkDay(): void {
    const now = todayOf(this.clock);
    if (now === this.day) return;
    this.day = now;
    this.index.touch();
  }

  private setProgress(progress: IndexProgress | null): void {
    this.buildProgress = progress;
    this.showProgressInStatusBar(progress);
    for (const listener of [...this.progressListeners]) listener();
  }

  private showProgressInStatusBar(progress: IndexProgress | null): void {
    if (progress === null || progress.total < 500) {
      this.statusEl?.detach();
      this.statusEl = null;
      return;
    }
    this.statusEl ??= this.showProgress();
    this.statusEl.setText(`Indexing 1:1 notes… ${Math.floor((100 * progress.done) / Math.max(1, progress.total))}%`);
  }
}
