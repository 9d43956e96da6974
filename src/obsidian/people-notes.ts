import { type App, normalizePath, Notice, parseYaml, TFile } from 'obsidian';
import type { CalendarDay } from '../core/dates';
import { noteLink } from '../core/names';
import { meetingPathFor } from '../core/notes/meeting-plan';
import { safeFileName } from '../core/notes/safe-names';
import { appendPoint } from '../core/notes/talking-points';
import type { Settings } from '../core/settings';
import type { LineWriter } from './line-writer';
import type { VaultIndexer } from './vault-indexer';

/** Writes to person notes and the small meeting notes that need no template. Never overwrites a note. */
export class PeopleNotes {
  constructor(
    private readonly app: App,
    private readonly indexer: VaultIndexer,
    private readonly settings: () => Settings,
    private readonly writer: LineWriter,
  ) {}

  /** A new person note with the default cadence, indexed at once so the caller can go on with it. */
  async createPerson(name: string): Promise<string | null> {
    const { peopleFolder, defaultCadence, talkingPointsHeading } = this.settings();
    const path = normalizePath(`${peopleFolder}/${safeFileName(name)}.md`);
    const content = `---\ncadence: ${defaultCadence}\n---\n\n## ${talkingPointsHeading}\n`;
    const written = await this.writer.create(path, content);
    if ('failed' in written) {
      new Notice(`One-on-ones: ${written.failed}`);
      return null;
    }
    if (!written.created) {
      // A name made safe for a file can land on a note already there ("???" and ".." are both "Unnamed").
      new Notice(`One-on-ones: "${path}" already exists, so no new person was created; going on with that note.`);
      return path;
    }
    this.indexer.index.upsert({ path, frontmatter: parseYaml(`cadence: ${defaultCadence}`), tags: [], text: null });
    return path;
  }

  /** Appends a point to the person's queue, adding the heading when the note has none. */
  async addTalkingPoint(personPath: string, point: string): Promise<boolean> {
    const result = await this.writer.rewrite(personPath, (text) => appendPoint(text, this.settings().talkingPointsHeading, point));
    if (result === 'missing') new Notice(`One-on-ones: "${personPath}" no longer exists.`);
    else if (typeof result === 'object') new Notice(`One-on-ones: ${result.failed}`);
    return result === 'written';
  }

  /** Records a cancelled 1:1, and a planned one on the new date when it was rescheduled. */
  async logCancelled(personPath: string, day: CalendarDay, rescheduledTo: CalendarDay | null): Promise<TFile | null> {
    const person = this.indexer.index.getPerson(personPath);
    const personFile = this.app.vault.getFileByPath(personPath);
    if (!person || !personFile) {
      new Notice(`One-on-ones: "${personPath}" is not a person note.`);
      return null;
    }
    const cancelled = await this.writeMeeting(personFile, person.name, day, 'cancelled');
    if (rescheduledTo) await this.writeMeeting(personFile, person.name, rescheduledTo, 'planned');
    return cancelled;
  }

  private async writeMeeting(personFile: TFile, name: string, day: CalendarDay, status: 'cancelled' | 'planned'): Promise<TFile | null> {
    const { meetingPathPattern, meetingsFolder, meetingTag } = this.settings();
    for (let copy = 1; copy < 100; copy++) {
      const path = normalizePath(meetingPathFor(meetingPathPattern, meetingsFolder, name, day, copy));
      if (this.app.vault.getAbstractFileByPath(path)) continue;
      const link = noteLink(personFile.path, this.app.metadataCache.fileToLinktext(personFile, path));
      const content = `---\nperson: ${JSON.stringify(link)}\ndate: ${day}\nstatus: ${status}\ntags: [${meetingTag}]\n---\n`;
      const written = await this.writer.create(path, content);
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
