import { normalizePath, Notice } from 'obsidian';
import { newPersonText } from '../../core/people/new-person';
import { safeFileName } from '../../core/people/safe-names';
import { appendPoint } from '../../core/talking-points/talking-points';
import type { Settings } from '../../core/settings/settings';
import type { LineWriter } from '../platform/line-writer';
import { offerUndo } from '../ui/undo-notice';
import type { VaultIndexer } from '../platform/vault-indexer';

/** Writes to person notes: a new person, and talking points queued for the next 1:1. Never overwrites a note. */
export class PeopleNotes {
  constructor(
    private readonly indexer: VaultIndexer,
    private readonly settings: () => Settings,
    private readonly writer: LineWriter,
  ) {}

  /** The cadence a new person gets unless one is given. */
  get defaultCadence(): string {
    return this.settings().defaultCadence;
  }

  /**
   * A new person note (the default cadence unless `details` give one), indexed at once so the caller
   * can go on with it; its notice offers Undo.
   */
  async createPerson(name: string, details: { readonly role: string; readonly cadence: string } | null = null): Promise<string | null> {
    const { peopleFolder, defaultCadence, talkingPointsHeading } = this.settings();
    const fileName = safeFileName(name);
    const path = normalizePath(`${peopleFolder}/${fileName}.md`);
    const properties = details ?? { role: '', cadence: defaultCadence };
    // The name as typed stays findable when the file name had to drop characters from it.
    const alias = fileName === name.trim().normalize('NFC') ? null : name.trim();
    const content = newPersonText({ ...properties, alias }, talkingPointsHeading);
    const recording = this.writer.recording();
    const written = await recording.create(path, content);
    if ('failed' in written) {
      new Notice(`One-on-ones: ${written.failed}`);
      return null;
    }
    if (!written.created) {
      // A name made safe for a file can land on a note already there ("???" and ".." are both "Unnamed").
      new Notice(`One-on-ones: "${path}" already exists, so no new person was created; going on with that note.`);
      return path;
    }
    const frontmatter = { ...(properties.role === '' ? {} : { role: properties.role }), cadence: properties.cadence, ...(alias === null ? {} : { aliases: [alias] }) };
    this.indexer.index.upsert({ path, frontmatter, tags: [], text: null });
    offerUndo(`One-on-ones: added ${name} (${path}).`, recording);
    return path;
  }

  /** Appends a point to the person's queue, adding the heading when the note has none. */
  async addTalkingPoint(personPath: string, point: string): Promise<boolean> {
    const result = await this.writer.rewrite(personPath, (text) => appendPoint(text, this.settings().talkingPointsHeading, point));
    if (result === 'missing') new Notice(`One-on-ones: "${personPath}" no longer exists.`);
    else if (typeof result === 'object') new Notice(`One-on-ones: ${result.failed}`);
    return result === 'written';
  }
}
