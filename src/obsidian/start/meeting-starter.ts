import { formatDay } from '../../core/calendar/date-format';
import { type App, normalizePath, Notice, parseYaml, TFile } from 'obsidian';
import type { CalendarDay } from '../../core/calendar/dates';
import { noteLink } from '../../core/people/names';
import { meetingPathFor } from '../../core/start/meeting-plan';
import { templateText, type StartHost } from '../../core/start/start-plan';
import { startMeeting, type StartWrites } from '../../core/start/start-sequence';
import type { Person } from '../../core/people/people';
import type { Settings } from '../../core/settings/settings';
import { NOT_UTF8_PROBLEM } from '../../core/index/vault-index';
import type { LineWriter, RewriteResult } from '../platform/line-writer';
import type { VaultIndexer } from '../platform/vault-indexer';
import { offerUndo } from '../ui/undo-notice';

/**
 * What became of the earlier copies that could not be marked `[>]` (their line changed, or
 * another start carried them meanwhile): taken back out of the new note, or open in both.
 */
function notCopied(count: number, takenBack: RewriteResult | null): string {
  const where = takenBack === 'written' ? 'stays open there and was not copied' : 'stays open there as well';
  return count === 1 ? `one earlier copy changed meanwhile and ${where}` : `${count} earlier copies changed meanwhile and ${where.replace('stays', 'stay').replace('was', 'were')}`;
}

/** Why the talking points stay queued in the person note, or null when they left it (or it is gone). */
function queueKept(personPath: string, dequeued: RewriteResult): string | null {
  if (dequeued === 'refused') return `the talking points in "${personPath}" changed while the note was made; they stay queued.`;
  if (typeof dequeued === 'object') return `the talking points stay queued. ${dequeued.failed}`;
  return null;
}

/**
 * Where meeting notes are made. "Start 1:1": the core's start sequence plans the note and writes
 * it through the line writer (the note, then the `[>]` marks, then the person's queue); this
 * tells the user what happened. Starting twice at once, or again the same day, opens the one
 * note. "Log cancelled 1:1" writes the small notes of a cancelled meeting and of the one it moved to.
 */
/** The note to open after a start, and in a running note the heading of today's section. */
interface Opened {
  readonly file: TFile;
  readonly heading?: string;
}

export class MeetingStarter {
  private readonly running = new Map<string, Promise<Opened | null>>();

  constructor(
    private readonly app: App,
    private readonly indexer: VaultIndexer,
    private readonly settings: () => Settings,
    private readonly writer: LineWriter,
    private readonly questionsFor: (person: Person) => string[],
  ) {}

  /** Creates (or finds) the day's note with the person (today's unless another day is given) and opens it. */
  async start(personPath: string, now: Date = new Date(), day: CalendarDay = this.indexer.today): Promise<TFile | null> {
    if (this.indexer.progress !== null) {
      // Meetings are read after people: starting now would carry nothing over and could miss today's note.
      new Notice('One-on-ones is still reading your meeting notes; start the 1:1 again in a moment.');
      return null;
    }
    const person = this.indexer.index.getPerson(personPath);
    if (!person) {
      new Notice(`One-on-ones: "${personPath}" is not a person note in the people folder.`);
      return null;
    }
    const key = `${person.path}\u0000${day}`;
    const pending = this.running.get(key) ?? this.createOrFind(person, day, now);
    this.running.set(key, pending);
    let opened: Opened | null = null;
    try {
      opened = await pending;
    } catch (error) {
      new Notice(`One-on-ones could not start the 1:1 with ${person.name}: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      if (this.running.get(key) === pending) this.running.delete(key);
    }
    // In a running note, at today's section.
    if (opened) await this.app.workspace.getLeaf(false).openFile(opened.file, opened.heading === undefined ? undefined : { eState: { subpath: `#${opened.heading}` } });
    return opened?.file ?? null;
  }

  /** The text of the template a new note with the person would be made from. */
  template(person: Person): Promise<string> {
    return templateText(this.host(), person);
  }

  private host(): StartHost {
    const { vault, metadataCache } = this.app;
    return {
      index: this.indexer.index,
      settings: this.settings(),
      parseYaml,
      // As the writer will find each note: an open editor's typing not saved yet included.
      read: (path) => this.writer.read(path),
      exists: (path) => vault.getAbstractFileByPath(path) !== null,
      unwritable: (path) => (this.indexer.index.getMeeting(path)?.meeting.problems.includes(NOT_UTF8_PROBLEM) ? 'is not valid UTF-8 text' : null),
      linkText: (target, from) => {
        const file = vault.getFileByPath(target);
        return file ? metadataCache.fileToLinktext(file, from) : target.replace(/\.md$/i, '');
      },
      findTemplate: (wanted, from) => (metadataCache.getFirstLinkpathDest(wanted.replace(/\.md$/i, ''), from) ?? vault.getFileByPath(wanted))?.path ?? null,
      questionsFor: this.questionsFor,
    };
  }

  private async createOrFind(person: Person, day: CalendarDay, now: Date): Promise<Opened | null> {
    // The note the writer created or found, to open.
    const made: { file: TFile | null } = { file: null };
    const recording = this.writer.recording();
    const writes: StartWrites<string> = {
      create: async (path, content) => {
        const written = await recording.create(path, content);
        if ('failed' in written) return written;
        made.file = written.file;
        return { created: written.created, path: written.file.path };
      },
      applyEdits: (edits) => recording.applyAll(edits),
      rewrite: (path, change) => recording.rewrite(path, change),
    };
    const started = await startMeeting(this.host(), writes, person, day, now);
    if (started.kind === 'existing') {
      const existing = this.app.vault.getFileByPath(started.path);
      if (!existing) new Notice(`One-on-ones could not start the 1:1 with ${person.name}: "${started.path}" is a folder, not a note. Rename or move it, or change the new note path in settings.`);
      return existing ? { file: existing, heading: started.heading } : null;
    }
    for (const problem of started.problems) new Notice(`One-on-ones: ${problem}.`);
    if (started.kind === 'not-created') {
      new Notice(`One-on-ones: ${started.failed}`);
      return null;
    }
    if (started.kind === 'created') {
      const refused = started.marks.flatMap(({ result }) => (result.ok ? [] : [result.reason]));
      if (refused.length > 0) new Notice(`One-on-ones: ${notCopied(refused.length, started.takenBack)}. ${refused.join(' ')}`);
      const stayQueued = started.dequeued === null ? null : queueKept(person.path, started.dequeued);
      if (stayQueued !== null) new Notice(`One-on-ones: ${stayQueued}`);
      const when = day === this.indexer.today ? '' : day > this.indexer.today ? ` planned for ${formatDay(day, 'dddd, MMM D')}` : ` held on ${formatDay(day, 'dddd, MMM D')}`;
      offerUndo(`One-on-ones: ${day > this.indexer.today ? 'wrote' : 'started'} your 1:1 with ${person.name}${when}.`, recording);
      // Today's section went into a note that was there already.
      const file = made.file ?? this.app.vault.getFileByPath(started.path);
      return file ? { file, heading: started.heading } : null;
    }
    return made.file ? { file: made.file } : null;
  }

  /** Records a cancelled 1:1, and a planned one on the new date when it was rescheduled. */
  async logCancelled(personPath: string, day: CalendarDay, rescheduledTo: CalendarDay | null): Promise<TFile | null> {
    const person = this.indexer.index.getPerson(personPath);
    const personFile = this.app.vault.getFileByPath(personPath);
    if (!person || !personFile) {
      new Notice(`One-on-ones: "${personPath}" is not a person note.`);
      return null;
    }
    const recording = this.writer.recording();
    const cancelled = await this.writeMeeting(recording, personFile, person.name, day, 'cancelled');
    const planned = rescheduledTo === null ? null : await this.writeMeeting(recording, personFile, person.name, rescheduledTo, 'planned');
    const moved = rescheduledTo === null || planned === null ? '' : `, moved to ${rescheduledTo}`;
    if (cancelled) offerUndo(`One-on-ones: logged the 1:1 with ${person.name} on ${day} as cancelled${moved}.`, recording);
    return cancelled;
  }

  /** A meeting note with properties only, at the first free path of the day (`… 2.md` when one is there). */
  private async writeMeeting(writer: LineWriter, personFile: TFile, name: string, day: CalendarDay, status: 'cancelled' | 'planned'): Promise<TFile | null> {
    const { meetingPathPattern, meetingsFolder, meetingTag } = this.settings();
    for (let copy = 1; copy < 100; copy++) {
      const path = normalizePath(meetingPathFor(meetingPathPattern, meetingsFolder, name, day, copy));
      if (this.app.vault.getAbstractFileByPath(path)) continue;
      const link = noteLink(personFile.path, this.app.metadataCache.fileToLinktext(personFile, path));
      const content = `---\nperson: ${JSON.stringify(link)}\ndate: ${day}\nstatus: ${status}\ntags: [${meetingTag}]\n---\n`;
      const written = await writer.create(path, content);
      if ('failed' in written) {
        new Notice(`One-on-ones: ${written.failed}`);
        return null;
      }
      // A note that appeared at this path meanwhile is someone else's: try the next name.
      if (written.created) return written.file;
    }
    return null;
  }
}
