/** Which open tasks are earlier copies of an item carried forward without marking them `[>]`. */
import { isOpenState } from './actions';
import { carryIdentity } from './carry-marker';
import type { IndexedAction, IndexedMeeting } from './index-types';
import { newestMeetingFirst } from './meetings';
import { withoutMdExtension } from './note-paths';

type Copies = Map<IndexedMeeting, IndexedAction[]>;

function add(groups: Map<string, Copies>, key: string, meeting: IndexedMeeting, action: IndexedAction): void {
  let copies = groups.get(key);
  if (!copies) {
    copies = new Map<IndexedMeeting, IndexedAction[]>();
    groups.set(key, copies);
  }
  const here = copies.get(meeting);
  if (here) here.push(action);
  else copies.set(meeting, [action]);
}

/**
 * The open tasks that are earlier copies of an item carried forward without marking them `[>]`.
 * Copies sharing a carry identity in different meetings are one item, decided by its copy in the
 * newest meeting (by date; undated count as oldest): open there, it is listed there; done or
 * dropped there, the item is closed. Either way the open copies in older meetings are superseded,
 * and so is every open task nested under them, since carry-over copies sub-items with their task.
 * Equal tasks within one note stay distinct items.
 *
 * Only a task with a carry marker can be a copy, and it can only match marked tasks or the
 * unmarked ones in the meeting it names, so the other tasks are not keyed at all.
 */
export function supersededCopies(meetings: readonly IndexedMeeting[]): Set<IndexedAction> {
  const groups = new Map<string, Copies>();
  const origins = new Set<string>();
  for (const indexed of meetings) {
    for (const action of indexed.actions) {
      const marker = action.item.carriedFrom;
      if (!marker) continue;
      origins.add(withoutMdExtension(marker.target).toLowerCase());
      add(groups, carryIdentity(action.item, indexed.meeting.path), indexed, action);
    }
  }
  const superseded = new Set<IndexedAction>();
  if (groups.size === 0) return superseded;
  for (const indexed of meetings) {
    if (!origins.has(withoutMdExtension(indexed.meeting.path).toLowerCase())) continue;
    for (const action of indexed.actions) {
      if (action.item.carriedFrom) continue;
      const key = carryIdentity(action.item, indexed.meeting.path);
      if (groups.has(key)) add(groups, key, indexed, action);
    }
  }
  for (const copies of groups.values()) {
    if (copies.size < 2) continue;
    const newest = [...copies.keys()].reduce((best, meeting) => (newestMeetingFirst(meeting.meeting, best.meeting) < 0 ? meeting : best));
    for (const [meeting, actions] of copies) {
      if (meeting === newest) continue;
      for (const action of actions) if (isOpenState(action.item.state)) supersedeWithSubItems(meeting, action, superseded);
    }
  }
  return superseded;
}

function supersedeWithSubItems(meeting: IndexedMeeting, action: IndexedAction, superseded: Set<IndexedAction>): void {
  const { line, endLine } = action.item;
  for (const task of meeting.actions) {
    if (task.item.line >= line && task.item.line <= endLine && isOpenState(task.item.state)) superseded.add(task);
  }
}
