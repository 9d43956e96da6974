import { findCarryMarker, type CarryMarker } from './carry-marker';
import { parseCalendarDay, type CalendarDay } from '../calendar/dates';
import { linkTarget } from '../people/names';

/** Who a task may belong to, as written; whether a link or name is a person is the index's call. */
export type OwnerRef =
  | { readonly kind: 'me' }
  | { readonly kind: 'link'; readonly target: string }
  | { readonly kind: 'mention'; readonly name: string };

export interface TaskFields {
  /** Links and `@` mentions in order of appearance; the owner is the first that names a person. */
  readonly owners: readonly OwnerRef[];
  readonly due: CalendarDay | null;
  readonly done: CalendarDay | null;
  /** When the task was written, as the Tasks plugin records it (`➕ YYYY-MM-DD`, `[created:: …]`). */
  readonly created: CalendarDay | null;
  readonly carriedFrom: CarryMarker | null;
}

// Tasks writes 📅 (and reads 📆 and 🗓 as the same field); Dataview writes [due:: …].
const DUE = /(?:📅|📆|🗓)\uFE0F?\s*(\d{4}-\d{2}-\d{2})|[[(]\s*due\s*::\s*(\d{4}-\d{2}-\d{2})\s*[\])]/iu;
const DONE = /✅\uFE0F?\s*(\d{4}-\d{2}-\d{2})|[[(]\s*completion\s*::\s*(\d{4}-\d{2}-\d{2})\s*[\])]/iu;
const CREATED = /➕\uFE0F?\s*(\d{4}-\d{2}-\d{2})|[[(]\s*created\s*::\s*(\d{4}-\d{2}-\d{2})\s*[\])]/iu;
const NAME_CHAR = /[\p{L}\p{N}_.-]/u;
const MENTION_BEFORE = /[\s([{,;]/;

function dateField(pattern: RegExp, text: string): CalendarDay | null {
  const match = pattern.exec(text);
  return match ? parseCalendarDay(match[1] ?? match[2]) : null;
}

/**
 * Scans task text once, left to right, for owner candidates: `[[links]]` and `[label](links)` that
 * are not embeds, and `@Name` mentions (`@me` is you). Code spans and the carry marker are skipped.
 * Each search remembers when a closing delimiter is missing, so no character is scanned twice over.
 */
function findOwners(text: string, skip: CarryMarker | null): OwnerRef[] {
  const owners: OwnerRef[] = [];
  const unclosedTicks = new Set<number>();
  let noWikiClose = false;
  let bracketClose = -1;
  let noParenClose = false;
  let i = 0;
  while (i < text.length) {
    if (skip && i === skip.start) {
      i = skip.end;
      continue;
    }
    const char = text.charAt(i);
    if (char === '`') {
      let run = 1;
      while (text.charAt(i + run) === '`') run += 1;
      const close = unclosedTicks.has(run) ? -1 : findTickRun(text, i + run, run);
      if (close === -1) unclosedTicks.add(run);
      i = close === -1 ? i + run : close + run;
    } else if (char === '[' && text.charAt(i + 1) === '[' && !noWikiClose) {
      const end = text.indexOf(']]', i + 2);
      if (end === -1) {
        noWikiClose = true;
        continue;
      }
      const target = linkTarget(text.slice(i, end + 2));
      if (text.charAt(i - 1) !== '!' && target !== '') owners.push({ kind: 'link', target });
      i = end + 2;
    } else if (char === '[') {
      if (bracketClose !== -2 && bracketClose <= i) bracketClose = labelEnd(text, i);
      if (bracketClose === -1) bracketClose = -2;
      const opens = bracketClose >= 0 && text.charAt(bracketClose + 1) === '(' && !noParenClose;
      const parenClose = opens ? text.indexOf(')', bracketClose + 2) : -1;
      if (opens && parenClose === -1) noParenClose = true;
      if (parenClose === -1) {
        i += 1;
        continue;
      }
      const address = text.slice(bracketClose + 2, parenClose);
      const target = linkTarget(text.slice(i, parenClose + 1));
      const external = /^[a-z][a-z0-9+.-]*:/i.test(address.trim());
      if (text.charAt(i - 1) !== '!' && !external && target !== '') owners.push({ kind: 'link', target });
      i = parenClose + 1;
    } else if (char === '@' && (i === 0 || MENTION_BEFORE.test(text.charAt(i - 1)))) {
      let end = i + 1;
      while (end < text.length && NAME_CHAR.test(text.charAt(end))) end += 1;
      const name = text.slice(i + 1, end).replace(/[.-]+$/, '');
      if (name.toLowerCase() === 'me') owners.push({ kind: 'me' });
      else if (name !== '') owners.push({ kind: 'mention', name });
      i = Math.max(end, i + 1);
    } else {
      i += 1;
    }
  }
  return owners;
}

/** Longest link label read: far beyond a name, and it keeps a line of brackets linear. */
const MAX_LABEL = 256;

/**
 * The `]` that closes the label opened at `open`, past escaped (`\]`) and paired brackets, as the
 * Markdown links this plugin writes for names such as `Anna [Ops]`; -1 when there is none.
 */
function labelEnd(text: string, open: number): number {
  let depth = 0;
  const end = Math.min(text.length, open + MAX_LABEL);
  for (let i = open + 1; i < end; i++) {
    const char = text.charAt(i);
    if (char === '\\') i += 1;
    else if (char === '[') depth += 1;
    else if (char === ']') {
      if (depth === 0) return i;
      depth -= 1;
    }
  }
  return text.indexOf(']', open + 1);
}

/** Start of the next run of exactly `length` backticks at or after `from`, or -1. */
function findTickRun(text: string, from: number, length: number): number {
  let i = text.indexOf('`', from);
  while (i !== -1) {
    let run = 1;
    while (text.charAt(i + run) === '`') run += 1;
    if (run === length) return i;
    i = text.indexOf('`', i + run);
  }
  return -1;
}

/** Reads the fields of a task's text (what follows the `[ ]` box). */
export function readTaskFields(text: string): TaskFields {
  const carriedFrom = findCarryMarker(text);
  return {
    owners: findOwners(text, carriedFrom),
    due: dateField(DUE, text),
    done: dateField(DONE, text),
    created: dateField(CREATED, text),
    carriedFrom,
  };
}
