import { isOpenState } from './actions';
import { supersededCopies } from './carried-copies';
import type { IndexedAction, IndexedMeeting, OpenCounts } from './index-types';
import { newestMeetingFirst } from './meetings';

/** What the index's queries read, derived from all meetings once per change. */
export interface DerivedLists {
  readonly meetingsByPerson: Map<string, IndexedMeeting[]>;
  readonly unresolved: IndexedMeeting[];
  readonly openCounts: Map<string, OpenCounts>;
  /** Open tasks another meeting holds a newer copy of (carried without marking): not counted. */
  readonly superseded: Set<IndexedAction>;
}

export const NO_OPEN: OpenCounts = { theirs: 0, mine: 0, unassigned: 0 };

/** Each person's meetings newest first, the meetings that belong to nobody, and open counts. */
export function deriveLists(all: readonly IndexedMeeting[]): DerivedLists {
  const meetingsByPerson = new Map<string, IndexedMeeting[]>();
  const unresolved: IndexedMeeting[] = [];
  const openCounts = new Map<string, OpenCounts>();
  const superseded = supersededCopies(all);
  for (const indexed of all) {
    if (indexed.peoplePaths.length === 0) unresolved.push(indexed);
    for (const path of indexed.peoplePaths) {
      const list = meetingsByPerson.get(path);
      if (list) list.push(indexed);
      else meetingsByPerson.set(path, [indexed]);
      let { theirs, mine, unassigned } = openCounts.get(path) ?? NO_OPEN;
      for (const action of indexed.actions) {
        if (!isOpenState(action.item.state) || superseded.has(action)) continue;
        const owner = action.owner;
        if (owner.kind === 'me') mine++;
        else if (owner.kind === 'unassigned') unassigned++;
        else if (owner.path === path) theirs++;
      }
      openCounts.set(path, { theirs, mine, unassigned });
    }
  }
  for (const list of meetingsByPerson.values()) list.sort((a, b) => newestMeetingFirst(a.meeting, b.meeting));
  return { meetingsByPerson, unresolved, openCounts, superseded };
}
