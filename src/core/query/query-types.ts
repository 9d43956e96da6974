import type { CadenceState } from '../cadence/cadence-rules';
import type { CalendarDay } from '../calendar/dates';
import type { MeetingStatus } from '../meetings/meetings';

/** What a rollup lists. */
export type ShowKind = 'actions' | 'people' | 'meetings';

/** A person as the query names them: the note the block sits in, or a link, name or alias. */
export type PersonRef = { readonly kind: 'this' } | { readonly kind: 'name'; readonly name: string };

export type OwnerFilter =
  | { readonly kind: 'me' | 'them' | 'unassigned' | 'anyone' }
  | { readonly kind: 'person'; readonly name: string };

/** Action statuses by meaning: `open` covers in progress too. */
export type ActionStatus = 'open' | 'done' | 'dropped' | 'carried';

export type DueFilter =
  | { readonly kind: 'overdue' | 'today' | 'this-week' | 'next-7-days' | 'none' | 'any' }
  | { readonly kind: 'before' | 'after'; readonly day: CalendarDay };

/** Meetings on or after a day, or in the last N days. */
export type SinceFilter = { readonly kind: 'day'; readonly day: CalendarDay } | { readonly kind: 'days'; readonly days: number };

/** Actions first written down at least (`>=`), more than, fewer than or at most `days` ago. */
export interface AgeFilter {
  readonly op: '>=' | '>' | '<' | '<=';
  readonly days: number;
}

export type GroupKey = 'person' | 'meeting' | 'owner' | 'due' | 'none';
export type SortKey = 'due' | 'date' | 'person' | 'text';

export interface SortOrder {
  readonly key: SortKey;
  /** Null: the key's natural direction (soonest due, newest date, A to Z). */
  readonly descending: boolean | null;
}

/** A person reference with the line it was written on, so evaluation can point at it. */
export interface LinedRef<T> {
  readonly value: T;
  readonly line: number;
}

/** A parsed `1on1` block. Null fields were not written and take their defaults. */
export interface Query {
  readonly show: ShowKind;
  readonly persons: LinedRef<readonly PersonRef[]> | null;
  readonly owner: LinedRef<OwnerFilter> | null;
  /** Actions: which statuses; null means open. */
  readonly actionStatus: readonly ActionStatus[] | null;
  /** Meetings: which statuses; null means all. */
  readonly meetingStatus: readonly MeetingStatus[] | null;
  readonly due: DueFilter | null;
  readonly since: SinceFilter | null;
  readonly age: AgeFilter | null;
  readonly roles: readonly string[] | null;
  readonly states: readonly CadenceState[] | null;
  readonly group: GroupKey | null;
  readonly sort: SortOrder | null;
  readonly limit: number | null;
}

/** Something wrong with a query, shown inside the block. `line` is 1-based; 0 when no line. */
export interface QueryProblem {
  readonly line: number;
  readonly message: string;
}

export const EMPTY_QUERY: Query = {
  show: 'actions',
  persons: null,
  owner: null,
  actionStatus: null,
  meetingStatus: null,
  due: null,
  since: null,
  age: null,
  roles: null,
  states: null,
  group: null,
  sort: null,
  limit: null,
};
