import { withoutMdExtension } from '../markdown/note-paths';

/**
 * The note a carried action item keeps about where it first came from, written into the task text:
 *
 *     - [ ] @me book the venue ([[1-1s/Alice Smith/2026-01-05|from Jan 5]])
 *     - [ ] @me book the venue ([[1-1s/Alice Smith/2026-01-05|from Jan 5]] ×3)
 *
 * A wikilink to the first meeting, so the age stays one click away and the link survives renames,
 * labelled `from …`, and, from the second carry on, how many times the item has been carried.
 * `(from [[target|label]])` is read too, being how people tend to type the same thing by hand.
 */
export interface CarryMarker {
  /** The link target of the meeting the item first came from. */
  readonly target: string;
  /** The label after `from`, e.g. `Jan 5`; empty when the link has none. */
  readonly label: string;
  /** How many times the item has been carried: 1 unless the marker says `×N`. */
  readonly count: number;
  /** Where the marker sits in the text it was found in, end exclusive. */
  readonly start: number;
  readonly end: number;
}

const LABELLED = /\(\[\[([^[\]|]+)\|from ([^[\]]*)\]\](?:\s*[×x](\d{1,4}))?\)/i;
const TYPED = /\(from \[\[([^[\]|]+)(?:\|([^[\]]*))?\]\](?:\s*[×x](\d{1,4}))?\)/i;

/** The first carry marker in a task's text, or null. */
export function findCarryMarker(text: string): CarryMarker | null {
  const labelled = LABELLED.exec(text);
  const typed = TYPED.exec(text);
  const match = labelled && typed ? (labelled.index <= typed.index ? labelled : typed) : (labelled ?? typed);
  if (!match) return null;
  const count = match[3] === undefined ? 1 : Number(match[3]);
  return {
    target: (match[1] ?? '').trim(),
    label: (match[2] ?? '').trim(),
    count: Math.max(1, count),
    start: match.index,
    end: match.index + match[0].length,
  };
}

/** The marker text for an item carried `count` times from the meeting at `target`. */
export function formatCarryMarker(target: string, label: string, count = 1): string {
  const times = count >= 2 ? ` ×${count}` : '';
  return `([[${target}|from ${label}]]${times})`;
}

// Ticking a copy off (✅, ❌), moving its dates or priority, or adding a block id or an inline field
// leaves it the same item: only its words say what it is.
const TASK_FIELDS = /(?:📅|📆|🗓|⏳|🛫|✅|❌|➕)\uFE0F?\s*\d{4}-\d{2}-\d{2}|[⏫🔼🔽🔺⏬]\uFE0F?|[[(][\w-]+::[^\])]*[\])]|(?:^|\s)\^[A-Za-z0-9-]+\s*$/gu;

/**
 * What makes two copies of a task the same item across meetings: the meeting it first came from
 * (its carry marker's target, else the meeting it is in), case ignored, and its words without the
 * marker and the Tasks and Dataview fields, whitespace collapsed. Copies in different meetings
 * with the same identity are one item; a copy whose words were changed is a new one.
 */
export function carryIdentity(item: { readonly text: string; readonly carriedFrom: CarryMarker | null }, meetingPath: string): string {
  const marker = item.carriedFrom;
  // A running note's section (`Alice Smith#2026-11-13`) is an origin in that note: the note names it.
  const origin = withoutMdExtension((marker?.target ?? meetingPath).split('#')[0] ?? '');
  const text = marker ? item.text.slice(0, marker.start) + item.text.slice(marker.end) : item.text;
  return `${origin.toLowerCase()}\u0000${text.replace(TASK_FIELDS, '').replace(/\s+/g, ' ').trim()}`;
}
