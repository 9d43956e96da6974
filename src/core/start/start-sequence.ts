import type { CalendarDay } from '../calendar/dates';
import type { Person } from '../people/people';
import type { PlannedEdit } from '../tasks/task-edit';
import { removePoints } from '../talking-points/talking-points';
import { withoutUnmarked } from './carry-over';
import { planStart, type StartHost, type StartPlan } from './start-plan';
import { insertSection, sectionPlace } from './running-plan';
import { runningSections } from '../meetings/running-note';
import { readMarkdown } from '../markdown/markdown-note';

/** How one planned line edit went; `reason` is the writer's own account (a sentence, a code). */
export type EditResult<Why> = { readonly ok: true } | { readonly ok: false; readonly reason: Why };

/** How a change of a note's text went: `refused` when the note no longer reads as the change expects. */
export type RewriteOutcome<Why> = 'written' | 'refused' | 'missing' | { readonly failed: Why };

/**
 * The writes "Start 1:1" makes, which the plugin and the command line each provide. `Why` is how
 * the writer says why a write did not happen; the sequence only passes it on to the caller.
 */
export interface StartWrites<Why> {
  /**
   * Creates the note only where nothing is: `created: false` when something got there first
   * (never written over). `path` is where the note is, as the writer names it. May throw to stop
   * before anything is written; `failed` is a sentence naming the note.
   */
  create(path: string, content: string): Promise<{ readonly created: boolean; readonly path: string } | { readonly failed: string }>;
  /** Applies each edit only if its line still reads as planned; one result per edit, in order. */
  applyEdits(edits: readonly PlannedEdit[]): Promise<readonly EditResult<Why>[]>;
  /** Replaces the note's text with `change(text)`, nothing when it returns null (`refused`). */
  rewrite(path: string, change: (text: string) => string | null): Promise<RewriteOutcome<Why>>;
}

/** What "Start 1:1" did, for the caller to tell the user in its own words. */
export type StartOutcome<Why> =
  /** Today's note with the person was there already: open it. Nothing was written. */
  | Extract<StartPlan, { kind: 'existing' }>
  /** The note could not be created; nothing was written. */
  | { readonly kind: 'not-created'; readonly path: string; readonly problems: readonly string[]; readonly failed: string }
  /**
   * A note appeared at the path between the plan and the write (a sync, a second start): it is
   * today's note, left as it is, and nothing was marked or dequeued.
   */
  | { readonly kind: 'appeared'; readonly path: string; readonly problems: readonly string[] }
  | {
      readonly kind: 'created';
      readonly path: string;
      /** In a running note, the heading of today's section, to open it at. */
      readonly heading?: string;
      /** Sentences from planning: a missing template, unreadable template properties. */
      readonly problems: readonly string[];
      /** Every `[>]` mark of an earlier copy, in plan order, with how it went. */
      readonly marks: readonly { readonly edit: PlannedEdit; readonly result: EditResult<Why> }[];
      /**
       * Taking the items none of whose marks landed back out of the new note: null when every
       * mark landed (nothing to take back).
       */
      readonly takenBack: RewriteOutcome<Why> | null;
      /** Taking the agenda out of the person's queue: null when nothing was queued. */
      readonly dequeued: RewriteOutcome<Why> | null;
    };

/**
 * "Start 1:1" from start to end, the one sequence of the plugin and the command line: plan the
 * note; create it where nothing is (a note already there is today's, and nothing else is done);
 * mark the earlier copies of carried items `[>]`, each only if its line still reads as planned;
 * take back out of the new note each item none of whose copies could be marked, so it stays open
 * in one place; then take the agenda out of the person's queue. Every step is reported and none
 * is fatal: an exception comes only from planning or from the writer itself (which must answer
 * every mark). A dry run is `planStart` alone.
 */
export async function startMeeting<Why>(
  host: StartHost,
  writes: StartWrites<Why>,
  person: Person,
  day: CalendarDay,
  now: Date,
): Promise<StartOutcome<Why>> {
  let plan = await planStart(host, person, day, now);
  if (plan.kind === 'existing') return plan;
  let created = await put(writes, plan);
  // A note that appeared at the path meanwhile may be someone else's (a second start, for another
  // person whose note would have the same name): plan again, which opens it only if it is theirs.
  for (let tries = 1; tries < 3 && !('failed' in created) && !created.created; tries++) {
    const again = await planStart(host, person, day, now);
    if (again.kind === 'existing') break;
    plan = again;
    created = await put(writes, plan);
  }
  const { problems } = plan;
  if ('failed' in created) return { kind: 'not-created', path: plan.path, problems, failed: created.failed };
  // Marks and dequeue follow only the note this call wrote: a note that appeared at the path
  // meanwhile holds none of the carried items.
  if (!created.created) return { kind: 'appeared', path: created.path, problems };
  const results = plan.marks.length === 0 ? [] : await writes.applyEdits(plan.marks);
  if (results.length !== plan.marks.length) throw new Error(`the writer answered ${results.length} of ${plan.marks.length} marks`);
  const marks = plan.marks.map((edit, i) => ({ edit, result: results[i] as EditResult<Why> }));
  const refused = new Set(marks.filter((mark) => !mark.result.ok).map((mark) => mark.edit));
  const takenBack = refused.size === 0 ? null : await writes.rewrite(created.path, (text) => withoutUnmarked(text, plan.carried, refused));
  const dequeued = plan.dequeue.length === 0 ? null : await writes.rewrite(person.path, (text) => removePoints(text, plan.dequeue));
  return { kind: 'created', path: created.path, problems, marks, takenBack, dequeued, ...(plan.kind === 'insert' ? { heading: plan.heading } : {}) };
}

/**
 * Writes the new note, or today's section into the running note: put in where the note, as it is
 * now, has its first dated heading (or its end). Marks planned in that note are checked line by
 * line; if the note changed so that they no longer read as planned, they are refused and their
 * items taken back, as for any note.
 */
async function put<Why>(writes: StartWrites<Why>, plan: Exclude<StartPlan, { kind: 'existing' }>): Promise<{ readonly created: boolean; readonly path: string } | { readonly failed: string }> {
  if (plan.kind === 'create') return writes.create(plan.path, plan.content);
  if (plan.create) return writes.create(plan.path, insertSection('', plan.lines, plan.place));
  // A section of the day written meanwhile (a second start at once) is today's: nothing is added.
  const result = await writes.rewrite(plan.path, (text) =>
    runningSections(readMarkdown(text)).sections.filter((section) => section.day === plan.heading).length > plan.sameDay ? null : insertSection(text, plan.lines, sectionPlace(text, plan.newestFirst, plan.heading)),
  );
  if (result === 'written') return { created: true, path: plan.path };
  if (result === 'refused') return { created: false, path: plan.path };
  if (result === 'missing') return { failed: `${plan.path} was deleted while the 1:1 was being started` };
  return { failed: `${plan.path} could not be written${typeof result === 'object' ? `: ${String(result.failed)}` : ''}` };
}
