import type { AgendaPoint } from '../talking-points/talking-points';
/** The shapes the vault index takes in and hands out; `vault-index.ts` re-exports them. */
import type { ActionItem } from '../tasks/actions';
import type { Meeting } from '../meetings/meetings';

/** One note as the index receives it: properties and tags from Obsidian's cache, text when read. */
export interface NoteInput {
  readonly path: string;
  readonly frontmatter: unknown;
  /** Tags as Obsidian lists them (frontmatter and inline), with or without `#`. */
  readonly tags: readonly string[];
  /** The note's text; only meeting notes are read, so person notes pass null. */
  readonly text: string | null;
  /**
   * What went wrong reading the note as a file (it could not be read, or is not valid UTF-8), as a
   * sentence; it joins the note's problems so that every surface showing the person names it.
   */
  readonly fileProblem?: string | null;
}

/** The file problem of a note whose bytes are not UTF-8: it is read, but never written. */
export const NOT_UTF8_PROBLEM = 'the note is not valid UTF-8 text: its items are read, but One-on-ones will not change it';

/** A problem the index found, and the note it is in. */
export interface NoteProblem {
  readonly path: string;
  readonly problem: string;
}

export interface IndexOptions {
  readonly peopleFolder: string;
  readonly meetingsFolder: string;
  readonly meetingTag?: string;
  /** The heading of a meeting's agenda, whose checkboxes are talking points, not action items; `Agenda` when not given. */
  readonly agendaHeading?: string;
  /** Default `person`; notes anywhere with it (or a tag nested under it) are people. Empty: none. */
  readonly peopleTag?: string;
  /** Your own name: an `@Name` or link to it in a task means the task is yours, like `@me`. */
  readonly myName?: string;
}

export type NoteKind = 'person' | 'meeting';

/** Who a task belongs to, once its owner reference is resolved against the people notes. */
export type ActionOwner =
  | { readonly kind: 'me' }
  | { readonly kind: 'person'; readonly path: string }
  | { readonly kind: 'unassigned' };

/** A task as the index knows it: the scanned item, where it is, and whose it is. */
export interface IndexedAction {
  readonly item: ActionItem;
  readonly meetingPath: string;
  readonly owner: ActionOwner;
}

export interface IndexedMeeting {
  readonly meeting: Meeting;
  /** Every task in the note, owners resolved, in line order. */
  readonly actions: readonly IndexedAction[];
  /** Paths of the person notes the meeting is with (several for a group meeting). */
  readonly peoplePaths: readonly string[];
  /** `questionKey`s of the questions the note asks, for the question pickers' memory. */
  readonly askedQuestions: readonly string[];
  /** The points under the note's agenda heading, with their ticks. */
  readonly agenda: readonly AgendaPoint[];
}

/** Open tasks in a person's meetings, by owner. */
export interface OpenCounts {
  readonly theirs: number;
  readonly mine: number;
  readonly unassigned: number;
}
