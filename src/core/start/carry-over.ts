import { isOpenState, tasksOf, type ActionItem } from '../tasks/actions';
import { readMarkdown } from '../markdown/markdown-note';
import { carryIdentity, formatCarryMarker } from '../tasks/carry-marker';
import type { CalendarDay } from '../calendar/dates';
import { planStatusChange, type PlannedEdit } from '../tasks/task-edit';
import { joinKeepingEndings, splitKeepingEndings, splitLines } from '../markdown/text-lines';
import { formatDay } from '../calendar/date-format';
import { noteName, withoutMdExtension } from '../markdown/note-paths';
import { meetingTarget } from '../meetings/meetings';

/** An earlier meeting of the person, as read now. */
export interface CarrySource {
  readonly path: string;
  readonly date: CalendarDay | null;
  readonly text: string;
  /** Lines of tasks that stay behind: in a group meeting, what the other people own. */
  readonly excludeLines?: ReadonlySet<number>;
  /**
   * In a running note, the meeting's section: only its tasks are its own (below the heading at
   * `line`, to `endLine`), and a carried copy links to it (`Alice Smith#2026-11-13`).
   */
  readonly section?: { readonly heading: string; readonly line: number; readonly endLine: number };
}

/** One carried item: its lines in the new note, and the `[>]` marks of its earlier copy. */
export interface CarriedItem {
  readonly lines: readonly string[];
  readonly marks: readonly PlannedEdit[];
}

export interface CarryPlan {
  /** The carried items, ready to write into the new note, oldest first, each with its sub-items. */
  readonly lines: readonly string[];
  readonly items: readonly CarriedItem[];
  /** One `[>]` edit per open task left behind; empty when earlier notes are left untouched. */
  readonly marks: readonly PlannedEdit[];
  readonly count: number;
  /** Items carried three times or more, now including this time. */
  readonly stale: number;
}

export const STALE_AFTER = 3;

// Tasks reads its fields from the end of the line, so the carry marker goes before the first of them.
const TASK_FIELDS = /(?:^|\s)(?:📅|📆|🗓|⏳|🛫|✅|➕|🔁|⏫|🔼|🔽|🔺|⏬|❌|🆔|⛔|\[(?:due|scheduled|start|completion|created|priority)::)/u;
const BLOCK_ID = /(?:^|\s)\^[A-Za-z0-9-]+\s*$/;
const PREFIX = /^((?:[ \t]*>[ \t]?)*)([ \t]*)/;

function label(source: CarrySource): string {
  if (source.date === null) return noteName(source.path);
  return formatDay(source.date, 'MMM D');
}

/** The task's first line for the new note: `- [s] text (marker) fields`, marker updated. */
function carriedFirstLine(item: ActionItem, source: CarrySource): string {
  const previous = item.carriedFrom;
  const text = previous ? `${item.text.slice(0, previous.start)}${item.text.slice(previous.end)}`.replace(/\s{2,}/g, ' ').trim() : item.text.trim();
  const marker = previous
    ? formatCarryMarker(previous.target, previous.label, previous.count + 1)
    : formatCarryMarker(source.section ? meetingTarget({ path: withoutMdExtension(source.path), section: source.section }) : withoutMdExtension(source.path), label(source));
  const at = TASK_FIELDS.exec(text)?.index ?? BLOCK_ID.exec(text)?.index ?? text.length;
  // Fields at the very start of the text have no space before them to keep: the marker brings one.
  const rest = at === 0 ? ` ${text}` : text.slice(at);
  return `- [${item.status}] ${`${text.slice(0, at).trimEnd()} ${marker}${rest}`.trim()}`;
}

/** Sub-item lines, with the task's own quote and indent taken off so they nest under the copy. */
function childLines(lines: readonly string[], item: ActionItem): string[] {
  const first = PREFIX.exec((lines[item.line] ?? '').replace(/^\uFEFF/, ''));
  const quote = first?.[1] ?? '';
  const indent = (first?.[2] ?? '').length;
  return lines.slice(item.line + 1, item.endLine + 1).map((line) => {
    const unquoted = quote !== '' && line.startsWith(quote.trimEnd()) ? line.slice(quote.length).replace(/^>[ \t]?/, '') : line;
    const own = (/^[ \t]*/.exec(unquoted)?.[0] ?? '').length;
    return unquoted.slice(Math.min(own, indent));
  });
}


export interface CarryOptions {
  readonly markEarlier: boolean;
  readonly agendaHeading: string;
  /** Carry the unticked talking points (checkboxes under the agenda heading) instead of the action items. */
  readonly points?: boolean;
}

/**
 * Every open task of earlier meetings, once (or, with `points`, every unticked talking point): a task nested (at any depth) under an open task travels
 * with it, and copies of one item (left by "leave earlier notes untouched") collapse into the
 * newest; a newer copy that is done or dropped settles the item. Two identical tasks in one note
 * stay two. With `markEarlier`, every open task left behind gets a `[>]` edit, so each stays open in
 * one place.
 */
export function planCarryOver(sources: readonly CarrySource[], options: CarryOptions): CarryPlan {
  const ordered = [...sources].sort((a, b) => ((a.date ?? '9999') < (b.date ?? '9999') ? -1 : (a.date ?? '9999') > (b.date ?? '9999') ? 1 : 0));
  const carried = new Map<string, string[]>();
  const counts = new Map<string, number>();
  const itemMarks = new Map<string, PlannedEdit[]>();
  // A running note's sections are sources of one text: it is read once.
  const scans = new Map<string, { readonly items: readonly ActionItem[]; readonly lines: readonly string[] }>();
  for (const source of ordered) {
    let scan = scans.get(source.text);
    if (!scan) {
      const tasks = tasksOf(readMarkdown(source.text), options.agendaHeading);
      scan = { items: options.points ? tasks.points : tasks.actions, lines: splitLines(source.text) };
      scans.set(source.text, scan);
    }
    const { items, lines } = scan;
    const seen = new Map<string, number>();
    // Lines up to here travel inside an item already carried (its sub-items, at any depth).
    let coveredUntil = -1;
    for (const [position, item] of items.entries()) {
      if (item.line <= coveredUntil) continue;
      if (source.section && (item.line <= source.section.line || item.line > source.section.endLine)) continue;
      const base = carryIdentity(item, source.path);
      const nth = (seen.get(base) ?? 0) + 1;
      seen.set(base, nth);
      // The nth copy of an identity in a note meets the nth in the next note; no text can look like a pair.
      const key = JSON.stringify([base, nth]);
      if (!isOpenState(item.state)) {
        if (item.state === 'done' || item.state === 'dropped') [carried, counts, itemMarks].forEach((map) => map.delete(key));
        continue;
      }
      coveredUntil = item.endLine;
      if (source.excludeLines?.has(item.line)) continue;
      carried.set(key, [carriedFirstLine(item, source), ...childLines(lines, item)]);
      counts.set(key, (item.carriedFrom?.count ?? 0) + 1);
      if (!options.markEarlier) continue;
      const marks: PlannedEdit[] = [];
      itemMarks.set(key, marks);
      // The item and the tasks nested in it follow it in line order: walk them, no further.
      for (let at = position; at < items.length; at++) {
        const task = items[at];
        if (!task || task.line > item.endLine) break;
        if (!isOpenState(task.state)) continue;
        const edit = planStatusChange(source.path, task, '>');
        if (edit) marks.push(edit);
      }
    }
  }
  const stale = options.points ? 0 : [...counts.values()].filter((count) => count >= STALE_AFTER).length;
  const items = [...carried].map(([key, lines]) => ({ lines, marks: itemMarks.get(key) ?? [] }));
  return { lines: items.flatMap((item) => item.lines), items, marks: items.flatMap((item) => item.marks), count: carried.size, stale };
}

/**
 * The new note without the carried items whose earlier copy could not be marked `[>]` at all (its
 * line changed, or another start carried it meanwhile): such an item stays open where it is, so it
 * is open in one place. Null when an item to drop is not in the note as it was written.
 */
export function withoutUnmarked(text: string, items: readonly CarriedItem[], refused: ReadonlySet<PlannedEdit>): string | null {
  const lines = splitKeepingEndings(text);
  for (const item of items) {
    if (item.marks.length === 0 || !item.marks.every((mark) => refused.has(mark))) continue;
    const at = lines.findIndex((_, i) => item.lines.every((line, k) => lines[i + k]?.text === line));
    if (at === -1) return null;
    lines.splice(at, item.lines.length);
  }
  return joinKeepingEndings(lines);
}
