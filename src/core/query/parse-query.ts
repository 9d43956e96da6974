import { suggestion } from './did-you-mean';
import {
  parseActionStatus,
  parseAge,
  parseDue,
  parseGroup,
  parseLimit,
  parseMeetingStatus,
  parseOwner,
  parsePersons,
  parseRoles,
  parseShow,
  parseSince,
  parseSort,
  parseStates,
  type Parsed,
} from './parse-values';
import { EMPTY_QUERY, type Query, type QueryProblem, type ShowKind } from './query-types';

export const QUERY_KEYS = ['show', 'person', 'owner', 'status', 'due', 'since', 'age', 'role', 'state', 'group', 'sort', 'limit'] as const;
type Key = (typeof QUERY_KEYS)[number];

/** Which keys mean something for each kind of result; the rest are reported, not ignored. */
const KEYS_FOR: Record<ShowKind, readonly Key[]> = {
  actions: ['show', 'person', 'owner', 'status', 'due', 'since', 'age', 'group', 'sort', 'limit'],
  people: ['show', 'person', 'role', 'state', 'sort', 'limit'],
  meetings: ['show', 'person', 'status', 'since', 'sort', 'limit'],
};

const SORTS_FOR: Record<ShowKind, readonly string[]> = {
  actions: ['due', 'date', 'person', 'text'],
  people: ['due', 'date', 'person'],
  meetings: ['date', 'person'],
};

interface Entry {
  readonly key: Key;
  readonly value: string;
  readonly line: number;
}

export interface ParsedQuery {
  readonly query: Query;
  /** Empty when the query can run; otherwise nothing should be listed. */
  readonly problems: readonly QueryProblem[];
}

/** The text before a `#` that starts a comment: at the start of the line or after a space. */
function withoutComment(line: string): string {
  for (let i = line.indexOf('#'); i !== -1; i = line.indexOf('#', i + 1)) {
    if (i === 0 || /\s/.test(line.charAt(i - 1))) return line.slice(0, i);
  }
  return line;
}

function readEntries(source: string, problems: QueryProblem[]): Entry[] {
  const entries: Entry[] = [];
  const seen = new Map<Key, number>();
  source.split(/\r?\n|\r/).forEach((raw, index) => {
    const line = index + 1;
    const text = withoutComment(raw).trim();
    if (text === '') return;
    const colon = text.indexOf(':');
    if (colon === -1) {
      const [first = '', ...rest] = text.split(/\s+/);
      const key = QUERY_KEYS.find((k) => k === first.toLowerCase());
      const hint = key ? ` — did you mean '${key}: ${rest.join(' ')}'?` : `; write for example 'owner: me'${suggestion(first, QUERY_KEYS)}`;
      problems.push({ line, message: `'${text}' is not a 'key: value' line${hint}` });
      return;
    }
    const written = text.slice(0, colon).trim();
    const key = QUERY_KEYS.find((k) => k === written.toLowerCase());
    if (key === undefined) {
      problems.push({ line, message: `unknown key '${written}'${suggestion(written, QUERY_KEYS) || `; keys are ${QUERY_KEYS.join(', ')}`}` });
      return;
    }
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({ line, message: `'${key}' is already given on line ${first}; keep one (list several values with commas)` });
      return;
    }
    seen.set(key, line);
    entries.push({ key, value: text.slice(colon + 1), line });
  });
  return entries;
}

type Builder = { -readonly [K in keyof Query]: Query[K] };

function apply(builder: Builder, entry: Entry, show: ShowKind): Parsed<unknown> {
  const { value, line } = entry;
  const set = <T>(parsed: Parsed<T>, store: (v: T) => void): Parsed<T> => {
    if ('value' in parsed) store(parsed.value);
    return parsed;
  };
  switch (entry.key) {
    case 'show':
      return { value: show };
    case 'person':
      return set(parsePersons(value), (v) => (builder.persons = { value: v, line }));
    case 'owner':
      return set(parseOwner(value), (v) => (builder.owner = { value: v, line }));
    case 'status':
      if (show === 'meetings') return set(parseMeetingStatus(value), (v) => (builder.meetingStatus = v));
      return set(parseActionStatus(value), (v) => (builder.actionStatus = v));
    case 'due':
      return set(parseDue(value), (v) => (builder.due = v));
    case 'since':
      return set(parseSince(value), (v) => (builder.since = v));
    case 'age':
      return set(parseAge(value), (v) => (builder.age = v));
    case 'role':
      return set(parseRoles(value), (v) => (builder.roles = v));
    case 'state':
      return set(parseStates(value), (v) => (builder.states = v));
    case 'group':
      return set(parseGroup(value), (v) => (builder.group = v));
    case 'sort': {
      const parsed = parseSort(value);
      if ('value' in parsed && !SORTS_FOR[show].includes(parsed.value.key)) {
        return { problem: `sort: ${show} sort by ${SORTS_FOR[show].join(', ')}, not by ${parsed.value.key}` };
      }
      return set(parsed, (v) => (builder.sort = v));
    }
    case 'limit':
      return set(parseLimit(value), (v) => (builder.limit = v));
  }
}

/**
 * Reads a `1on1` block: `key: value` lines, keys in any case, `#` comments, blank lines ignored.
 * Every problem is reported with its line and, where one is close, the word that was probably
 * meant. Never throws.
 */
export function parseQuery(source: string): ParsedQuery {
  const problems: QueryProblem[] = [];
  const entries = readEntries(source, problems);
  let show: ShowKind = 'actions';
  const showEntry = entries.find((entry) => entry.key === 'show');
  if (showEntry) {
    const parsed = parseShow(showEntry.value);
    if ('problem' in parsed) problems.push({ line: showEntry.line, message: parsed.problem });
    else show = parsed.value;
  }
  const builder: Builder = { ...EMPTY_QUERY, show };
  for (const entry of entries) {
    if (entry.key === 'show') continue;
    if (!KEYS_FOR[show].includes(entry.key)) {
      const fits = (Object.keys(KEYS_FOR) as ShowKind[]).filter((kind) => KEYS_FOR[kind].includes(entry.key));
      problems.push({ line: entry.line, message: `'${entry.key}' does not apply to ${show}; it works with show: ${fits.join(' or ')}` });
      continue;
    }
    const parsed = apply(builder, entry, show);
    if ('problem' in parsed) problems.push({ line: entry.line, message: parsed.problem });
  }
  problems.sort((a, b) => a.line - b.line);
  return { query: builder, problems };
}
