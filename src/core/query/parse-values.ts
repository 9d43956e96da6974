import type { CadenceState } from '../cadence/cadence-rules';
import { parseCalendarDay } from '../calendar/dates';
import type { MeetingStatus } from '../meetings/meetings';
import { suggestion } from './did-you-mean';
import type { ActionStatus, AgeFilter, DueFilter, GroupKey, OwnerFilter, PersonRef, ShowKind, SinceFilter, SortKey, SortOrder } from './query-types';

/** A value read from a query line, or the sentence saying why it could not be. */
export type Parsed<T> = { readonly value: T } | { readonly problem: string };

/** Lower case, single spaces, hyphens read as spaces: `Next-7-Days` is `next 7 days`. */
function words(value: string): string {
  return value.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
}

function oneOf<T extends string>(key: string, value: string, known: readonly T[], read: (word: string) => T | undefined = (w) => known.find((k) => k === w)): Parsed<T> {
  const word = words(value);
  const found = read(word);
  if (found !== undefined) return { value: found };
  return { problem: `${key}: '${value.trim()}' is not one of ${known.join(', ')}${suggestion(word, known)}` };
}

/** Splits a comma-separated list, keeping commas inside `[[links]]`. */
export function splitList(value: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (let i = 0; i < value.length; i++) {
    const pair = value.slice(i, i + 2);
    if (pair === '[[' || pair === ']]') {
      depth = Math.max(0, depth + (pair === '[[' ? 1 : -1));
      current += pair;
      i++;
    } else if (value.charAt(i) === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else {
      current += value.charAt(i);
    }
  }
  parts.push(current);
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

function listOf<T extends string>(key: string, value: string, known: readonly T[], read?: (word: string) => T | undefined): Parsed<T[]> {
  const items = splitList(value);
  if (items.length === 0) return { problem: `${key}: give one or more of ${known.join(', ')}` };
  const result: T[] = [];
  for (const item of items) {
    const parsed = oneOf(key, item, known, read);
    if ('problem' in parsed) return parsed;
    if (!result.includes(parsed.value)) result.push(parsed.value);
  }
  return { value: result };
}

export const SHOW_KINDS: readonly ShowKind[] = ['actions', 'people', 'meetings'];

export function parseShow(value: string): Parsed<ShowKind> {
  // Maps, not object literals: a word such as `constructor` must not find what every object has.
  const singular = new Map<string, ShowKind>([['action', 'actions'], ['tasks', 'actions'], ['task', 'actions'], ['person', 'people'], ['meeting', 'meetings']]);
  return oneOf('show', value, SHOW_KINDS, (word) => SHOW_KINDS.find((k) => k === word) ?? singular.get(word));
}

export function parsePersons(value: string): Parsed<PersonRef[]> {
  const refs = splitList(value).map((name): PersonRef => (name.toLowerCase() === 'this' ? { kind: 'this' } : { kind: 'name', name: name.replace(/^@/, '') }));
  if (refs.length === 0) return { problem: "person: name one or more people (a link, name or alias), or 'this'" };
  return { value: refs };
}

const OWNER_WORDS = ['me', 'them', 'unassigned', 'anyone'] as const;

export function parseOwner(value: string): Parsed<OwnerFilter> {
  const name = value.trim().replace(/^@/, '');
  const word = words(name);
  const known = OWNER_WORDS.find((w) => w === word);
  if (known) return { value: { kind: known } };
  if (word === '') return { problem: `owner: give one of ${OWNER_WORDS.join(', ')}, or a person's name` };
  return { value: { kind: 'person', name } };
}

export const ACTION_STATUSES: readonly ActionStatus[] = ['open', 'done', 'dropped', 'carried'];

export function parseActionStatus(value: string): Parsed<ActionStatus[]> {
  if (words(value) === 'all') return { value: [...ACTION_STATUSES] };
  const synonyms = new Map<string, ActionStatus>([['in progress', 'open'], ['todo', 'open'], ['completed', 'done'], ['cancelled', 'dropped'], ['carried forward', 'carried']]);
  return listOf('status', value, [...ACTION_STATUSES, 'all' as ActionStatus], (w) => ACTION_STATUSES.find((s) => s === w) ?? synonyms.get(w));
}

const MEETING_STATUSES: readonly MeetingStatus[] = ['held', 'cancelled', 'rescheduled', 'planned'];

export function parseMeetingStatus(value: string): Parsed<MeetingStatus[] | null> {
  if (words(value) === 'all') return { value: null };
  return listOf('status', value, [...MEETING_STATUSES, 'all' as MeetingStatus], (w) => MEETING_STATUSES.find((s) => s === w) ?? (w === 'canceled' ? 'cancelled' : undefined));
}

const DUE_WORDS = ['overdue', 'today', 'this week', 'next 7 days', 'before YYYY-MM-DD', 'after YYYY-MM-DD', 'none', 'any'];

export function parseDue(value: string): Parsed<DueFilter> {
  const word = words(value);
  const simple = new Map<string, DueFilter['kind']>([['overdue', 'overdue'], ['today', 'today'], ['this week', 'this-week'], ['next 7 days', 'next-7-days'], ['none', 'none'], ['any', 'any']]);
  const kind = simple.get(word);
  if (kind !== undefined && kind !== 'before' && kind !== 'after') return { value: { kind } };
  const relative = /^(before|after)\s+(.+)$/i.exec(value.trim());
  if (relative) {
    const day = parseCalendarDay(relative[2]);
    if (day === null) return { problem: `due: '${relative[2] ?? ''}' is not a date; write ${relative[1]?.toLowerCase() ?? 'before'} YYYY-MM-DD` };
    return { value: { kind: relative[1]?.toLowerCase() === 'before' ? 'before' : 'after', day } };
  }
  return { problem: `due: '${value.trim()}' is not one of ${DUE_WORDS.join(', ')}${suggestion(word, DUE_WORDS)}` };
}

/** `30 days`, `6 weeks`, `10d`, `2w` in days; null when the text is no such span. */
function spanDays(value: string): number | null {
  const span = /^(\d{1,5}) ?(d|days?|w|weeks?)$/.exec(words(value));
  return span ? Number(span[1]) * (span[2]?.startsWith('w') ? 7 : 1) : null;
}

export function parseSince(value: string): Parsed<SinceFilter> {
  const day = parseCalendarDay(value.trim());
  if (day !== null) return { value: { kind: 'day', day } };
  const days = spanDays(value);
  if (days !== null) return { value: { kind: 'days', days } };
  return { problem: `since: '${value.trim()}' is neither a date (YYYY-MM-DD) nor a span such as 30 days or 6 weeks` };
}

const AGE_EXAMPLES = "a span such as '14 days' (at least that old), '< 7 days' or '>= 3 weeks'";

/** `age: 14 days` is at least 14 days old; `<`, `<=`, `>`, `>=` compare the other ways. */
export function parseAge(value: string): Parsed<AgeFilter> {
  const text = value.trim();
  if (text === '') return { problem: `age: give ${AGE_EXAMPLES}` };
  const [, op = '>=', span = ''] = /^(<=|>=|<|>)?\s*(.*)$/.exec(text) ?? [];
  if (span.startsWith('-')) return { problem: `age: '${text}' is negative; an age counts days since the item was first written down, e.g. ${AGE_EXAMPLES}` };
  const days = spanDays(span);
  if (days === null) return { problem: `age: '${text}' is not ${AGE_EXAMPLES}` };
  return { value: { op: op as AgeFilter['op'], days } };
}

export function parseRoles(value: string): Parsed<string[]> {
  const roles = splitList(value).map(words);
  return roles.length === 0 ? { problem: 'role: name one or more roles, e.g. report, peer' } : { value: roles };
}

export const CADENCE_STATES: readonly CadenceState[] = ['overdue', 'due', 'due-soon', 'never-met', 'invalid-cadence', 'on-track', 'no-cadence', 'paused'];

export function parseStates(value: string): Parsed<CadenceState[]> {
  return listOf('state', value, CADENCE_STATES, (w) => CADENCE_STATES.find((s) => s === w.replace(/ /g, '-')));
}

export const GROUP_KEYS: readonly GroupKey[] = ['person', 'meeting', 'owner', 'due', 'none'];

export function parseGroup(value: string): Parsed<GroupKey> {
  return oneOf('group', value, GROUP_KEYS);
}

export const SORT_KEYS: readonly SortKey[] = ['due', 'date', 'person', 'text'];

export function parseSort(value: string): Parsed<SortOrder> {
  const [keyWord = '', direction, ...rest] = words(value).split(' ');
  const key = oneOf('sort', keyWord, SORT_KEYS);
  if ('problem' in key) return key;
  if (rest.length > 0 || (direction !== undefined && direction !== 'asc' && direction !== 'desc')) {
    return { problem: `sort: write a key and optionally asc or desc, e.g. 'sort: due desc'${direction ? suggestion(direction, ['asc', 'desc']) : ''}` };
  }
  return { value: { key: key.value, descending: direction === undefined ? null : direction === 'desc' } };
}

export function parseLimit(value: string): Parsed<number> {
  const text = value.trim();
  const count = Number(text);
  if (!/^\d{1,7}$/.test(text) || count < 1) return { problem: `limit: '${text}' is not a whole number from 1 up` };
  return { value: count };
}
