import { parse } from 'yaml';
import type { CalendarDay } from '../core/calendar/dates';
import { planStart, type StartHost } from '../core/start/start-plan';
import { readQueue } from '../core/talking-points/talking-points';
import type { Person } from '../core/people/people';
import type { FsVault } from './fs-vault';
import { isWritableFile } from './note-files';
import { checkNotePlace, createNote, dequeuePoints, markEarlierCopies } from './start-writes';
import type { Output } from './output';

/** Why `start` must not write a note (`is read-only`), or null when it may. */
function whyNotWritable(vault: FsVault, path: string): string | null {
  // A best reading of a note that is not UTF-8 is not the user's text: never copied from, nor written.
  if (vault.readFile(path).kind === 'not-utf8') return 'is not valid UTF-8 text';
  // Earlier meetings left untouched are only read, so a read-only one is carried from like any other.
  if (vault.settings.leaveEarlierUntouched && vault.index.getMeeting(path)) return null;
  return isWritableFile(vault.fullPath(path)) ? null : 'is read-only';
}

/**
 * The same host as the plugin's, reading the vault folder. A person note `start` may not write is
 * read as if it had no queue: its points stay queued there rather than also going to the agenda.
 */
export function startHost(vault: FsVault, questionsFor: (person: Person) => string[], heldBack: string | null = null): StartHost {
  return {
    index: vault.index,
    settings: vault.settings,
    parseYaml: (text) => parse(text) as unknown,
    read: async (path) => (path === heldBack ? null : vault.read(path)),
    exists: (path) => vault.exists(path),
    linkText: (target) => vault.linkText(target),
    unwritable: (path) => whyNotWritable(vault, path),
    findTemplate: (wanted) => vault.resolve(wanted),
    questionsFor,
  };
}

/** A warning when the person's queued talking points cannot leave their note, so stay out of the agenda. */
function queueHeldBack(vault: FsVault, person: Person): string | null {
  const text = vault.read(person.path);
  if (text === null || readQueue(text, vault.settings.talkingPointsHeading).points.length === 0) return null;
  const why = whyNotWritable(vault, person.path);
  return why === null ? null : `${person.path} ${why}: its talking points stay queued there`;
}

/**
 * The same note creation and carry-over as the plugin's "Start 1:1": one new file (created only if
 * nothing is at its path), then the `[>]` marks, one read and one in-place write per note, each
 * re-checked against the note as it is on disk then; then the talking points, likewise.
 */
export async function runStart(
  vault: FsVault,
  name: string,
  day: CalendarDay,
  now: Date,
  options: { dryRun: boolean; questionsFor: (person: Person) => string[] },
  output: Output,
): Promise<void> {
  const person = vault.findPerson(name);
  const queueWarning = queueHeldBack(vault, person);
  const plan = await planStart(startHost(vault, options.questionsFor, queueWarning === null ? null : person.path), person, day, now);
  checkNotePlace(vault, plan.path);
  const existing = `${plan.path} (exists; not changed)`;
  if (plan.kind === 'existing') return output.out(existing);
  for (const warning of [...(queueWarning === null ? [] : [queueWarning]), ...plan.problems]) output.err(`warning: ${warning}`);
  if (options.dryRun) {
    output.out(`Would create ${plan.path}, mark ${plan.marks.length} earlier item(s) [>] and move ${plan.dequeue.length} talking point(s):\n`);
    return output.out(plan.content);
  }
  // Another start, or a sync, wrote the note since the plan: it is today's note, and it did the rest.
  if (createNote(vault, plan.path, plan.content) === 'exists') return output.out(existing);
  const warnings = [...markEarlierCopies(vault, plan.marks), ...dequeuePoints(vault, person.path, plan.dequeue)];
  for (const warning of warnings) output.err(`warning: ${warning}`);
  output.out(plan.path);
}
