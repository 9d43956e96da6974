import type { ActionItem } from '../tasks/actions';
import { quotedList } from '../markdown/frontmatter';
import { linkTarget, normalizeName } from '../people/names';
import { noteName, withoutMdExtension } from '../markdown/note-paths';
import { noteKind } from './note-kind';
import { IndexLists } from './index-lists';
import { parsePerson, type Person } from '../people/people';
import { PersonKeys } from '../people/person-keys';
import { readMeeting, readMeetings, type RunningRead, type StoredMeeting } from './meeting-reader';
import { rereadSection } from './running-reread';

import type { ActionOwner, IndexedAction, IndexedMeeting, IndexOptions, NoteInput, NoteKind, NoteProblem, OpenCounts } from './index-types';

export { NOT_UTF8_PROBLEM } from './index-types';
export type { ActionOwner, IndexedAction, IndexedMeeting, IndexOptions, NoteInput, NoteKind, NoteProblem, OpenCounts } from './index-types';

/**
 * Who the people are, their meetings and the tasks in them, updated one note at a time. Every change
 * moves `revision` and fires one change event, so views re-render only when something moved.
 * A changed meeting note updates the lists the queries read (`IndexLists`) for the people it touches;
 * a changed person note or options may re-attribute any meeting, so the next query rebuilds them.
 */
export class VaultIndex {
  private revisionCount = 0;
  private peopleVersion = 0;
  private readonly people = new Map<string, Person>();
  /** Each meeting note's meetings: one, or one per dated section of a running note. */
  private readonly meetings = new Map<string, readonly StoredMeeting[]>();
  /** Each running note as last read, so that an edit in one section re-reads that section alone. */
  private readonly running = new Map<string, RunningRead>();
  private readonly listeners = new Set<() => void>();
  private personKeys: { version: number; byKey: PersonKeys } | null = null;
  private lists: IndexLists | null = null;
  private batchDepth = 0;
  private changedInBatch = false;

  constructor(private options: IndexOptions) {}

  get revision(): number {
    return this.revisionCount;
  }
  get peopleCount(): number {
    return this.people.size;
  }
  get meetingCount(): number {
    let count = 0;
    for (const stored of this.meetings.values()) count += stored.length;
    return count;
  }

  /** New folders, tag or name: everything indexed may be wrong, so the caller re-adds every note. */
  reset(options: IndexOptions): void {
    this.options = options;
    this.people.clear();
    this.meetings.clear();
    this.running.clear();
    this.peopleChanged();
  }

  /** What a note would be to the index, from its path, properties and tags alone (before reading it). */
  kindOf(path: string, frontmatter: unknown, tags: readonly string[]): NoteKind | null {
    return noteKind(path, frontmatter, tags, this.options);
  }

  /** Adds or replaces one note; a note that is neither person nor meeting is dropped from the index. */
  upsert(note: NoteInput): void {
    const kind = this.kindOf(note.path, note.frontmatter, note.tags);
    const wasPerson = this.people.delete(note.path);
    this.meetings.delete(note.path);
    const cached = this.running.get(note.path);
    this.running.delete(note.path);
    if (kind === 'person') this.people.set(note.path, this.readPerson(note));
    // A person note read with its text may be their running note too.
    if (kind === 'meeting' || (kind === 'person' && note.text !== null)) {
      const read = (cached && rereadSection(cached, note, this.options)) ?? readMeetings(note, kind, this.options);
      this.store(note.path, read.stored);
      if (read.running) this.running.set(note.path, read.running);
    }
    if (wasPerson || kind === 'person') this.peopleChanged();
    else this.meetingsChanged(note.path);
  }

  /**
   * Moves a note to its new path without its text: a meeting keeps the tasks already scanned and is
   * re-read only for what its path says (person folder, date in the name). Returns false when the
   * note needs its text to be indexed at the new path (it was not a meeting before).
   */
  rename(oldPath: string, note: Omit<NoteInput, 'text'>): boolean {
    const stored = this.meetings.get(oldPath);
    const kind = this.kindOf(note.path, note.frontmatter, note.tags);
    // A running note's sections need its text again; so does a note that was no meeting.
    const single = stored?.length === 1 && stored[0]?.meeting.section === undefined ? stored[0] : undefined;
    const wasPerson = this.people.delete(oldPath);
    this.meetings.delete(oldPath);
    this.running.delete(oldPath);
    if (kind === 'person') this.people.set(note.path, this.readPerson({ ...note, text: null }));
    if (kind === 'meeting' && single) this.store(note.path, [readMeeting({ ...note, text: null, fileProblem: single.fileProblem }, single, this.options)]);
    if (wasPerson || kind === 'person') this.peopleChanged();
    else this.meetingsChanged(oldPath, note.path);
    return stored === undefined ? kind !== 'meeting' : single !== undefined || kind === null;
  }

  remove(path: string): void {
    const hadMeetings = this.meetings.delete(path);
    this.running.delete(path);
    if (this.people.delete(path)) this.peopleChanged();
    else if (hadMeetings) this.meetingsChanged(path);
  }

  /** Something outside the notes changed (the day rolled over): views re-render, data stays. */
  touch(): void {
    this.changed();
  }

  /** Groups many updates into one revision and one change event. */
  batch(update: () => void): void {
    this.batchDepth++;
    try {
      update();
    } finally {
      this.batchDepth--;
      if (this.batchDepth === 0 && this.changedInBatch) {
        this.changedInBatch = false;
        this.emit();
      }
    }
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  getPerson(path: string): Person | null {
    return this.people.get(path) ?? null;
  }
  allPeople(): Person[] {
    return [...this.people.values()];
  }

  /**
   * The person a link, path, name or alias names (case and Unicode composition ignored), or null; a
   * name two people share goes where Obsidian's link goes. `fromPath` places a relative link.
   */
  resolvePerson(ref: string, fromPath?: string): Person | null {
    const path = this.keys().find(linkTarget(ref), fromPath);
    return path === null ? null : (this.people.get(path) ?? null);
  }

  /** A person's meetings, newest first; undated ones last. */
  meetingsOf(personPath: string): readonly IndexedMeeting[] {
    return this.derive().meetingsOf(personPath);
  }

  /** The meeting a note is, or the first of a running note's; null when it holds none. */
  getMeeting(path: string): IndexedMeeting | null {
    const stored = this.meetings.get(path)?.[0];
    return stored ? this.resolve(stored) : null;
  }

  /** Every meeting a note holds: one, or one per dated section of a running note, in line order. */
  meetingsIn(path: string): IndexedMeeting[] {
    return (this.meetings.get(path) ?? []).map((stored) => this.resolve(stored));
  }

  /** Meetings whose person matches no person note (shown as needing attention). */
  unresolvedMeetings(): readonly IndexedMeeting[] {
    return this.derive().unresolved();
  }

  /**
   * Every problem found on a person: their note's own (a `cadence` or `paused` that can't be read,
   * a note that can't be read), then each of their meetings' (a bad `status`, `mood` or `date`),
   * newest meeting first. Each names the note it is in.
   */
  problemsOf(personPath: string): readonly NoteProblem[] {
    const person = this.people.get(personPath);
    const problems: NoteProblem[] = (person?.problems ?? []).map((problem) => ({ path: personPath, problem }));
    for (const { meeting } of this.meetingsOf(personPath)) for (const problem of meeting.problems) problems.push({ path: meeting.path, problem });
    return problems;
  }

  /**
   * Meeting notes that belong to nobody the index knows, each with why first (the person it names
   * matches no person note; a note naming nobody says so among its own problems), then its problems.
   */
  unattributedProblems(): readonly NoteProblem[] {
    return this.unresolvedMeetings().flatMap(({ meeting }) => {
      const refs = meeting.personRefs;
      const unmatched = refs.length === 0 ? [] : [`${refs.length === 1 ? 'person' : 'people'} ${quotedList(refs)} ${refs.length === 1 ? 'matches' : 'match'} no person note`];
      return [...unmatched, ...meeting.problems].map((problem) => ({ path: meeting.path, problem }));
    });
  }

  /**
   * The tasks of a person's meetings, newest meeting first; open ones only unless asked. An open
   * task carried on to a newer meeting without being marked is listed once, at its newest copy.
   */
  actionsOf(personPath: string, options: { includeClosed?: boolean } = {}): IndexedAction[] {
    return this.derive().actionsOf(personPath, options.includeClosed ?? false);
  }

  /**
   * Whether the task is an earlier copy of an item carried on without marking it `[>]` (see
   * `CarriedCopies`): every list of tasks leaves it out, so each item shows once.
   */
  isSuperseded(action: IndexedAction): boolean {
    return this.derive().isSuperseded(action);
  }

  /** Open tasks in a person's meetings: theirs, yours, and nobody's. */
  openCounts(personPath: string): OpenCounts {
    return this.derive().openCounts(personPath);
  }

  /** Every open task in every meeting, owners resolved; an item carried without marking counts once. */
  openActions(): IndexedAction[] {
    return this.derive().openActions();
  }

  private readPerson(note: NoteInput): Person {
    const person = parsePerson(note.path, noteName(note.path), note.frontmatter);
    return note.fileProblem ? { ...person, problems: [note.fileProblem, ...person.problems] } : person;
  }

  private store(path: string, meetings: readonly (StoredMeeting | null)[]): void {
    const kept = meetings.filter((meeting): meeting is StoredMeeting => meeting !== null);
    if (kept.length > 0) this.meetings.set(path, kept);
  }

  private peopleChanged(): void {
    this.peopleVersion++;
    this.lists = null;
    this.changed();
  }

  /** The meeting notes at these paths changed (or stopped being meetings): the lists follow, once built. */
  private meetingsChanged(...paths: string[]): void {
    const lists = this.lists;
    if (lists) for (const path of paths) lists.set(path, this.meetingsIn(path));
    this.changed();
  }

  private changed(): void {
    if (this.batchDepth > 0) this.changedInBatch = true;
    else this.emit();
  }

  private emit(): void {
    this.revisionCount++;
    for (const listener of [...this.listeners]) listener();
  }

  /** Paths, names and aliases → person, rebuilt only when a person note changed. */
  private keys(): PersonKeys {
    if (this.personKeys?.version === this.peopleVersion) return this.personKeys.byKey;
    const byKey = new PersonKeys(this.people.values());
    this.personKeys = { version: this.peopleVersion, byKey };
    return byKey;
  }

  private resolve(stored: StoredMeeting): IndexedMeeting {
    if (stored.resolved?.version === this.peopleVersion) return stored.resolved.indexed;
    const keys = this.keys();
    const peoplePaths: string[] = [];
    for (const ref of stored.meeting.personRefs) {
      const path = keys.find(ref, stored.meeting.path);
      if (path !== null && !peoplePaths.includes(path)) peoplePaths.push(path);
    }
    const meetingPath = stored.meeting.path;
    const actions = stored.actions.map((item) => ({ item, meetingPath, owner: this.resolveOwner(item, keys, meetingPath) }));
    const indexed = { meeting: stored.meeting, actions, peoplePaths, askedQuestions: stored.askedQuestions, agenda: stored.agenda };
    stored.resolved = { version: this.peopleVersion, indexed };
    return indexed;
  }

  private resolveOwner(action: ActionItem, keys: PersonKeys, meetingPath: string): ActionOwner {
    const me = this.options.myName ? normalizeName(this.options.myName) : null;
    for (const owner of action.owners) {
      if (owner.kind === 'me') return { kind: 'me' };
      const ref = owner.kind === 'link' ? owner.target : owner.name;
      if (me !== null && normalizeName(withoutMdExtension(ref)) === me) return { kind: 'me' };
      const path = keys.find(ref, meetingPath);
      if (path !== null) return { kind: 'person', path };
    }
    return { kind: 'unassigned' };
  }

  private derive(): IndexLists {
    this.lists ??= new IndexLists([...this.meetings.values()].flatMap((stored) => stored.map((one) => this.resolve(one))));
    return this.lists;
  }
}
