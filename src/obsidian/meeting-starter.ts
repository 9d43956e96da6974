import { type App, normalizePath, Notice, parseYaml, TFile } from 'obsidian';
import { isOpenState } from '../core/actions';
import { formatCadence } from '../core/cadence';
import { daysBetween, type CalendarDay } from '../core/dates';
import { planCarryOver, type CarrySource } from '../core/notes/carry-over';
import { meetingPathFor, planMeetingNote } from '../core/notes/meeting-plan';
import { isInsideFolder } from '../core/notes/safe-names';
import { readQueue, removePoints, type QueuedPoint } from '../core/notes/talking-points';
import { BUILT_IN_TEMPLATE } from '../core/notes/template';
import type { Person } from '../core/people';
import type { Settings } from '../core/settings';
import type { LineWriter } from './line-writer';
import type { VaultIndexer } from './vault-indexer';

/** Template paths per role, from the "role: path" lines of the setting. */
function roleTemplate(lines: string, role: string | null): string | null {
  if (role === null) return null;
  for (const line of lines.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0 && line.slice(0, colon).trim().toLowerCase() === role.toLowerCase()) return line.slice(colon + 1).trim() || null;
  }
  return null;
}

/**
 * "Start 1:1": plans the note in the core, then writes it once, marks the earlier copies of carried
 * items `[>]` through the line writer, and only then takes the agenda out of the person's queue.
 * Starting twice at once, or again the same day, opens the one note.
 */
export class MeetingStarter {
  private readonly running = new Map<string, Promise<TFile | null>>();

  constructor(
    private readonly app: App,
    private readonly indexer: VaultIndexer,
    private readonly settings: () => Settings,
    private readonly writer: LineWriter,
    private readonly questionsFor: (person: Person) => string[],
  ) {}

  /** Creates (or finds) today's note with the person and opens it. */
  async start(personPath: string, now: Date = new Date()): Promise<TFile | null> {
    const person = this.indexer.index.getPerson(personPath);
    if (!person) {
      new Notice(`One-on-ones: "${personPath}" is not a person note in the people folder.`);
      return null;
    }
    const key = `${person.path}\u0000${this.indexer.today}`;
    const pending = this.running.get(key) ?? this.createOrFind(person, this.indexer.today, now);
    this.running.set(key, pending);
    let file: TFile | null;
    try {
      file = await pending;
    } finally {
      if (this.running.get(key) === pending) this.running.delete(key);
    }
    if (file) await this.app.workspace.getLeaf(false).openFile(file);
    return file;
  }

  private todaysNote(person: Person, day: CalendarDay): TFile | null {
    const meeting = this.indexer.index.meetingsOf(person.path).find((m) => m.meeting.date === day && m.meeting.status !== 'cancelled');
    return meeting ? this.app.vault.getFileByPath(meeting.meeting.path) : null;
  }

  private async createOrFind(person: Person, day: CalendarDay, now: Date): Promise<TFile | null> {
    const settings = this.settings();
    const existing = this.todaysNote(person, day);
    if (existing) return existing;
    const path = this.freePath(person, day, now);
    if (path instanceof TFile) return path;
    const personFile = this.app.vault.getFileByPath(person.path);
    const queue = personFile ? readQueue(await this.app.vault.cachedRead(personFile), settings.talkingPointsHeading) : null;
    const carry = planCarryOver(await this.carrySources(person, day), { markEarlier: !settings.leaveEarlierUntouched });
    const previous = this.indexer.index.meetingsOf(person.path).find((m) => m.meeting.status === 'held' && m.meeting.date !== null && m.meeting.date < day);
    const previousFile = previous ? this.app.vault.getFileByPath(previous.meeting.path) : null;
    const plan = planMeetingNote({
      personName: person.name,
      personLinkText: personFile ? this.app.metadataCache.fileToLinktext(personFile, path) : person.name,
      day,
      now,
      path,
      template: await this.template(person),
      previous:
        previous?.meeting.date && previousFile
          ? { linkText: this.app.metadataCache.fileToLinktext(previousFile, path), day: previous.meeting.date, daysSince: daysBetween(previous.meeting.date, day) }
          : null,
      cadence: person.cadence.status === 'valid' ? formatCadence(person.cadence.cadence) : null,
      agenda: queue?.points ?? [],
      carry,
      questions: this.questionsFor(person),
      meetingTag: settings.meetingTag,
      actionsHeading: settings.actionItemsHeading,
      agendaHeading: 'Agenda',
      parseYaml,
    });
    for (const problem of plan.problems) new Notice(`One-on-ones: ${problem}.`);
    const file = await this.write(plan.path, plan.content);
    if (!file) return null;
    await this.markCarried(carry.marks);
    if (personFile && queue && queue.points.length > 0) await this.dequeue(personFile, queue.points);
    return file;
  }

  /** The pattern's path, or the next free numbered one when another note already has it. */
  private freePath(person: Person, day: CalendarDay, now: Date): string | TFile {
    const { meetingPathPattern, meetingsFolder } = this.settings();
    for (let copy = 1; copy < 100; copy++) {
      const path = normalizePath(meetingPathFor(meetingPathPattern, meetingsFolder, person.name, day, now, copy));
      if (!isInsideFolder(path, meetingsFolder)) throw new Error(`meeting path "${path}" is outside "${meetingsFolder}"`);
      const taken = this.app.vault.getAbstractFileByPath(path);
      if (!taken) return path;
      // Today's note for this person, not yet indexed (just created, say): open it, never a second one.
      const meeting = this.indexer.index.getMeeting(path);
      if (taken instanceof TFile && (!meeting || meeting.peoplePaths.includes(person.path))) return taken;
    }
    throw new Error(`no free name for a meeting note with ${person.name} on ${day}`);
  }

  private async carrySources(person: Person, day: CalendarDay): Promise<CarrySource[]> {
    const sources: CarrySource[] = [];
    for (const { meeting, actions } of this.indexer.index.meetingsOf(person.path)) {
      if (meeting.date === day || !actions.some((a) => isOpenState(a.item.state))) continue;
      const file = this.app.vault.getFileByPath(meeting.path);
      if (file) sources.push({ path: meeting.path, date: meeting.date, text: await this.app.vault.cachedRead(file) });
    }
    return sources;
  }

  private async template(person: Person): Promise<string> {
    const { templateFile, roleTemplates } = this.settings();
    const wanted = person.template ?? roleTemplate(roleTemplates, person.role) ?? (templateFile || null);
    if (wanted === null) return BUILT_IN_TEMPLATE;
    const file = this.app.metadataCache.getFirstLinkpathDest(wanted.replace(/\.md$/i, ''), person.path) ?? this.app.vault.getFileByPath(wanted);
    if (!file) {
      new Notice(`One-on-ones: the template "${wanted}" was not found; the built-in template was used.`);
      return BUILT_IN_TEMPLATE;
    }
    return this.app.vault.cachedRead(file);
  }

  private async write(path: string, content: string): Promise<TFile | null> {
    const folder = path.slice(0, path.lastIndexOf('/'));
    if (!this.app.vault.getFolderByPath(folder)) await this.app.vault.createFolder(folder).catch(() => undefined);
    try {
      return await this.app.vault.create(path, content);
    } catch (error) {
      const raced = this.app.vault.getFileByPath(path);
      if (raced) return raced;
      new Notice(`One-on-ones could not create "${path}": ${error instanceof Error ? error.message : String(error)}`);
      return null;
    }
  }

  private async markCarried(marks: readonly { path: string; line: number; expectedText: string; newText: string }[]): Promise<void> {
    const refused: string[] = [];
    for (const mark of marks) {
      const result = await this.writer.apply(mark);
      if (!result.ok) refused.push(result.reason);
    }
    if (refused.length === 0) return;
    new Notice(`One-on-ones copied every open item, but ${refused.length === 1 ? 'one earlier copy changed meanwhile and stays open there' : `${refused.length} earlier copies changed meanwhile and stay open there`}. ${refused.join(' ')}`);
  }

  private async dequeue(personFile: TFile, points: readonly QueuedPoint[]): Promise<void> {
    let changed = false;
    await this.app.vault.process(personFile, (text) => {
      const next = removePoints(text, points);
      changed = next === null;
      return next ?? text;
    });
    if (changed) new Notice(`One-on-ones: the talking points in "${personFile.path}" changed while the note was made; they stay queued.`);
  }
}
