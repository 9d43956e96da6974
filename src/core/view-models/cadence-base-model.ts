import { DEFAULT_SETTINGS, type Settings } from '../settings/settings';
import { WaitingCounts } from '../query/waiting';
import type { CalendarDay } from '../calendar/dates';
import { shortDate } from '../calendar/day-text';
import { personStatus } from '../cadence/urgency';
import type { VaultIndex } from '../index/vault-index';
import { stateChip, type DueRowText } from './due-row-text';
import { moodTrend } from './mood-trend';

/** One entry of a base as Bases hands it over, after the base's filters and sort: its file's path and name. */
export interface BaseEntryRef {
  readonly path: string;
  readonly name: string;
}

/** What the "1:1 cadence" view shows for an entry that is a person. */
export interface CadenceBaseCells {
  readonly chip: DueRowText['chip'];
  /** "Oct 30", or "–" before the first 1:1. */
  readonly lastMet: string;
  readonly nextDue: string;
  /** Open action items in their meetings, "3 · 1": theirs · mine. */
  readonly open: string;
  /** The same in words, for screen readers and a tooltip. */
  readonly openLabel: string;
  /** How many of their items are waiting (first written `waitingDays` ago or more), `–` for none. */
  readonly waiting: string;
  /** The last check-ins, oldest first, for the sparkline. */
  readonly moods: readonly number[];
}

export interface CadenceBaseRow {
  readonly path: string;
  /** The person's name; for any other entry, the file's name as the base gives it. */
  readonly name: string;
  /** Null for an entry that is not a person (another note, an attachment, a folder): its cells are blank. */
  readonly person: CadenceBaseCells | null;
}

/**
 * One row per entry, in the order given: the base has filtered and sorted them as its user set it,
 * so nothing is re-sorted, dropped or merged. A path matches a person only exactly, as the index has
 * it. `index` is null while the first build runs: half-read meetings would show wrong states.
 */
/** `waiting` remembers each person's count while their meetings do not change: a view that redraws on every change keeps one. */
export function cadenceBaseRows(index: VaultIndex | null, entries: readonly BaseEntryRef[], today: CalendarDay, settings: Pick<Settings, 'dueSoonDays' | 'waitingDays'> = DEFAULT_SETTINGS, waiting = new WaitingCounts()): CadenceBaseRow[] {
  return entries.map(({ path, name }) => {
    const person = index?.getPerson(path) ?? null;
    if (index === null || person === null) return { path, name, person: null };
    const status = personStatus(index, person, today, settings.dueSoonDays);
    const waits = waiting.count(index, person.path, today, settings.waitingDays);
    const { lastMet, nextDue } = status.cadence;
    const { theirs, mine } = status.open;
    return {
      path,
      name: person.name,
      person: {
        chip: stateChip(status, today),
        lastMet: lastMet === null ? '–' : shortDate(lastMet, today),
        nextDue: nextDue === null ? '–' : shortDate(nextDue, today),
        open: `${theirs} · ${mine}`,
        openLabel: `Open items: ${theirs} theirs, ${mine} mine`,
        waiting: waits === 0 ? '–' : String(waits),
        moods: moodTrend(index.meetingsOf(person.path), today).map((point) => point.mood),
      },
    };
  });
}
