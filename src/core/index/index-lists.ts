import { isOpenState } from '../tasks/actions';
import { CarriedCopies } from '../tasks/carried-copies';
import type { IndexedAction, IndexedMeeting, OpenCounts } from './index-types';
import { newestMeetingFirst } from '../meetings/meetings';

export const NO_OPEN: OpenCounts = { theirs: 0, mine: 0, unassigned: 0 };

/** `list` with `meeting` in its place, newest first; after the meetings it ties with, as a stable sort puts it. */
function inserted(list: readonly IndexedMeeting[], meeting: IndexedMeeting): IndexedMeeting[] {
  let [low, high] = [0, list.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (newestMeetingFirst((list[middle] as IndexedMeeting).meeting, meeting.meeting) <= 0) low = middle + 1;
    else high = middle;
  }
  return [...list.slice(0, low), meeting, ...list.slice(low)];
}

/**
 * What the index's queries read: each person's meetings newest first, the meetings that belong to
 * nobody, each person's open counts, and the superseded carried copies. Built from every meeting,
 * then kept up to date one meeting at a time: a meeting that changes moves between the lists of the
 * people it was and is with, and recounts only them and the people of meetings whose copies it
 * supersedes or releases. A list handed out is never changed afterwards; a change replaces it.
 */
export class IndexLists {
  /** Every note's meetings by path (several in a running note), in the order the index holds them (the order of `unresolved`). */
  private readonly meetings = new Map<string, readonly IndexedMeeting[]>();
  private readonly byPerson = new Map<string, readonly IndexedMeeting[]>();
  /** Counted on first ask; a change drops the counts of the people it touches. */
  private readonly counts = new Map<string, OpenCounts>();
  private unresolvedList: readonly IndexedMeeting[] | null = null;
  private readonly copies: CarriedCopies;

  constructor(all: readonly IndexedMeeting[]) {
    const byPerson = new Map<string, IndexedMeeting[]>();
    for (const indexed of all) {
      this.meetings.set(indexed.meeting.path, [...(this.meetings.get(indexed.meeting.path) ?? []), indexed]);
      for (const path of indexed.peoplePaths) {
        const list = byPerson.get(path);
        if (list) list.push(indexed);
        else byPerson.set(path, [indexed]);
      }
    }
    for (const [path, list] of byPerson) this.byPerson.set(path, list.sort((a, b) => newestMeetingFirst(a.meeting, b.meeting)));
    this.copies = new CarriedCopies(all);
  }

  /** A person's meetings, newest first; undated ones last. */
  meetingsOf(personPath: string): readonly IndexedMeeting[] {
    return this.byPerson.get(personPath) ?? [];
  }

  /** Meetings that match no person note, in the index's order. */
  unresolved(): readonly IndexedMeeting[] {
    this.unresolvedList ??= [...this.meetings.values()].flat().filter((indexed) => indexed.peoplePaths.length === 0);
    return this.unresolvedList;
  }

  /** Open tasks another meeting holds a newer copy of (carried without marking): not counted. */
  isSuperseded(action: IndexedAction): boolean {
    return this.copies.has(action);
  }

  /** The tasks of a person's meetings, newest meeting first, superseded copies left out; open ones only unless asked. */
  actionsOf(personPath: string, includeClosed: boolean): IndexedAction[] {
    const all = this.meetingsOf(personPath).flatMap((m) => m.actions);
    return all.filter((action) => !this.copies.has(action) && (includeClosed || isOpenState(action.item.state)));
  }

  /** Every open task in every meeting, in the index's order, superseded copies left out. */
  openActions(): IndexedAction[] {
    const result: IndexedAction[] = [];
    for (const note of this.meetings.values()) {
      for (const indexed of note) for (const action of indexed.actions) if (isOpenState(action.item.state) && !this.copies.has(action)) result.push(action);
    }
    return result;
  }

  /** Open tasks in a person's meetings, an item carried without marking counted once: theirs, yours, nobody's. */
  openCounts(personPath: string): OpenCounts {
    let counts = this.counts.get(personPath);
    if (!counts) {
      counts = this.count(personPath);
      this.counts.set(personPath, counts);
    }
    return counts;
  }

  /** Puts the meetings of the note at `path` (one, several, or none to remove it) in place of whatever was there. */
  set(path: string, meetings: readonly IndexedMeeting[]): void {
    const before = this.meetings.get(path) ?? [];
    this.meetings.delete(path);
    if (meetings.length > 0) this.meetings.set(path, meetings);
    // Only what changed moves: an edit in one section of a running note replaces one meeting.
    const [had, has] = [new Set(before), new Set(meetings)];
    const gone = before.filter((m) => !has.has(m));
    const added = meetings.filter((m) => !had.has(m));
    const goneSet = new Set(gone);
    for (const person of new Set(gone.flatMap((m) => m.peoplePaths))) this.setList(person, this.meetingsOf(person).filter((m) => !goneSet.has(m)));
    for (const indexed of added) for (const person of indexed.peoplePaths) this.setList(person, inserted(this.meetingsOf(person), indexed));
    if ([...gone, ...added].some((m) => m.peoplePaths.length === 0)) this.unresolvedList = null;
    const touched: IndexedMeeting[] = [...gone, ...added];
    for (let i = 0; i < Math.max(gone.length, added.length); i++) touched.push(...this.copies.replace(gone[i] ?? null, added[i] ?? null));
    for (const meeting of touched) for (const person of meeting.peoplePaths) this.counts.delete(person);
  }

  private setList(personPath: string, list: readonly IndexedMeeting[]): void {
    if (list.length > 0) this.byPerson.set(personPath, list);
    else this.byPerson.delete(personPath);
  }

  private count(personPath: string): OpenCounts {
    const meetings = this.meetingsOf(personPath);
    if (meetings.length === 0) return NO_OPEN;
    let [theirs, mine, unassigned] = [0, 0, 0];
    for (const indexed of meetings) {
      for (const action of indexed.actions) {
        if (!isOpenState(action.item.state) || this.copies.has(action)) continue;
        const owner = action.owner;
        if (owner.kind === 'me') mine++;
        else if (owner.kind === 'unassigned') unassigned++;
        else if (owner.path === personPath) theirs++;
      }
    }
    return { theirs, mine, unassigned };
  }
}
