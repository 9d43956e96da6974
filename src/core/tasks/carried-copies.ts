/** Which open tasks are earlier copies of an item carried forward without marking them `[>]`. */
import { isOpenState } from './actions';
import { carryIdentity } from './carry-marker';
import type { IndexedAction, IndexedMeeting } from '../index/index-types';
import { newestMeetingFirst } from '../meetings/meetings';
import { withoutMdExtension } from '../markdown/note-paths';

type Copies = Map<IndexedMeeting, IndexedAction[]>;

/** One copy of an item (or a task nested under it) that a newer copy supersedes, and where it is. */
interface Superseded {
  readonly meeting: IndexedMeeting;
  readonly action: IndexedAction;
}

/** How a meeting's path, or a carry marker's target, names the meeting an item first came from. */
function originOf(pathOrTarget: string): string {
  return withoutMdExtension(pathOrTarget.split('#')[0] ?? '').toLowerCase();
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

function deleteFrom<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set?.delete(value) && set.size === 0) map.delete(key);
}

/**
 * The open tasks that are earlier copies of an item carried forward without marking them `[>]`.
 * Copies sharing a carry identity in different meetings are one item, decided by its copy in the
 * newest meeting (by date; undated count as oldest): open there, it is listed there; done or
 * dropped there, the item is closed. Either way the open copies in older meetings are superseded,
 * and so is every open task nested under them, since carry-over copies sub-items with their task.
 * Equal tasks within one note stay distinct items. Copies are related among meetings, whoever the
 * meetings are with: an item carried from a 1:1 into a group meeting is one item in both.
 *
 * Only a task with a carry marker can be a copy, and it can only match marked tasks or the
 * unmarked ones in the meeting it names, so the other tasks are not keyed at all. Kept up to date
 * one meeting at a time: replacing a meeting re-decides only the items it holds a copy of or is
 * the origin of.
 */
export class CarriedCopies {
  /** Carry identity → the meeting the item came from (see `originOf`) and its marked copies. */
  private readonly marked = new Map<string, { readonly origin: string; readonly copies: Copies }>();
  /** Origin → the identities of the marked copies that name it. */
  private readonly keysByOrigin = new Map<string, Set<string>>();
  /** Origin → the meetings at that path (case aside): their unmarked tasks may be an item's first copy. */
  private readonly meetingsAt = new Map<string, Set<IndexedMeeting>>();
  /** A meeting's marked tasks by identity. */
  private readonly markedIn = new Map<IndexedMeeting, Map<string, IndexedAction[]>>();
  /** A meeting's unmarked tasks by identity, keyed only once a marked copy names the meeting. */
  private readonly unmarkedIn = new WeakMap<IndexedMeeting, Map<string, IndexedAction[]>>();
  /** Identity → the copies (and tasks nested under them) its newest copy supersedes. */
  private readonly decided = new Map<string, readonly Superseded[]>();
  /** Superseded task → how many times it is (as a copy, and as a task nested under copies). */
  private readonly supersededCount = new Map<IndexedAction, number>();

  constructor(meetings: Iterable<IndexedMeeting>) {
    for (const meeting of meetings) this.add(meeting);
    for (const key of this.marked.keys()) this.decide(key, new Set());
  }

  has(action: IndexedAction): boolean {
    return this.supersededCount.has(action);
  }

  /**
   * Puts `after` in place of `before` (a meeting added, changed, renamed or removed; either may be
   * null) and returns the meetings where a task became superseded or stopped being so.
   */
  replace(before: IndexedMeeting | null, after: IndexedMeeting | null): Set<IndexedMeeting> {
    const keys = new Set<string>();
    if (before) {
      this.collectKeys(before, keys);
      this.delete(before);
    }
    if (after) {
      this.add(after);
      this.collectKeys(after, keys);
    }
    const changed = new Set<IndexedMeeting>();
    for (const key of keys) this.decide(key, changed);
    return changed;
  }

  /** The items a meeting takes part in: those it holds a marked copy of, and those that came from it. */
  private collectKeys(meeting: IndexedMeeting, keys: Set<string>): void {
    for (const key of this.markedIn.get(meeting)?.keys() ?? []) keys.add(key);
    for (const key of this.keysByOrigin.get(originOf(meeting.meeting.path)) ?? []) keys.add(key);
  }

  private add(meeting: IndexedMeeting): void {
    addTo(this.meetingsAt, originOf(meeting.meeting.path), meeting);
    let mine: Map<string, IndexedAction[]> | undefined;
    for (const action of meeting.actions) {
      const marker = action.item.carriedFrom;
      if (!marker) continue;
      const key = carryIdentity(action.item, meeting.meeting.path);
      mine ??= new Map();
      push(mine, key, action);
      let item = this.marked.get(key);
      if (!item) {
        item = { origin: originOf(marker.target), copies: new Map() };
        this.marked.set(key, item);
        addTo(this.keysByOrigin, item.origin, key);
      }
      item.copies.set(meeting, mine.get(key) ?? []);
    }
    if (mine) this.markedIn.set(meeting, mine);
  }

  private delete(meeting: IndexedMeeting): void {
    deleteFrom(this.meetingsAt, originOf(meeting.meeting.path), meeting);
    for (const key of this.markedIn.get(meeting)?.keys() ?? []) {
      const item = this.marked.get(key);
      if (!item) continue;
      item.copies.delete(meeting);
      if (item.copies.size > 0) continue;
      this.marked.delete(key);
      deleteFrom(this.keysByOrigin, item.origin, key);
    }
    this.markedIn.delete(meeting);
  }

  /** Re-decides one item: which of its copies its newest one supersedes now. */
  private decide(key: string, changed: Set<IndexedMeeting>): void {
    const before = this.decided.get(key) ?? [];
    const after = this.supersededBy(key);
    if (after.length > 0) this.decided.set(key, after);
    else this.decided.delete(key);
    for (const { meeting, action } of after) {
      const count = this.supersededCount.get(action) ?? 0;
      this.supersededCount.set(action, count + 1);
      if (count === 0) changed.add(meeting);
    }
    for (const { meeting, action } of before) {
      const count = (this.supersededCount.get(action) ?? 0) - 1;
      if (count > 0) this.supersededCount.set(action, count);
      else {
        this.supersededCount.delete(action);
        changed.add(meeting);
      }
    }
  }

  private supersededBy(key: string): Superseded[] {
    const item = this.marked.get(key);
    if (!item) return [];
    const copies: Copies = new Map();
    for (const [meeting, actions] of item.copies) copies.set(meeting, [...actions]);
    for (const meeting of this.meetingsAt.get(item.origin) ?? []) {
      for (const action of this.unmarkedOf(meeting).get(key) ?? []) push(copies, meeting, action);
    }
    if (copies.size < 2) return [];
    const newest = [...copies.keys()].reduce((best, meeting) => (newestMeetingFirst(meeting.meeting, best.meeting) < 0 ? meeting : best));
    const superseded: Superseded[] = [];
    for (const [meeting, actions] of copies) {
      if (meeting === newest) continue;
      for (const action of actions) if (isOpenState(action.item.state)) withSubItems(meeting, action, superseded);
    }
    return superseded;
  }

  private unmarkedOf(meeting: IndexedMeeting): Map<string, IndexedAction[]> {
    let keyed = this.unmarkedIn.get(meeting);
    if (!keyed) {
      keyed = new Map();
      for (const action of meeting.actions) if (!action.item.carriedFrom) push(keyed, carryIdentity(action.item, meeting.meeting.path), action);
      this.unmarkedIn.set(meeting, keyed);
    }
    return keyed;
  }
}

function withSubItems(meeting: IndexedMeeting, action: IndexedAction, superseded: Superseded[]): void {
  const { line, endLine } = action.item;
  for (const task of meeting.actions) {
    if (task.item.line >= line && task.item.line <= endLine && isOpenState(task.item.state)) superseded.push({ meeting, action: task });
  }
}
