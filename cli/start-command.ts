import type { CalendarDay } from '../src/core/calendar/dates';
import { planStart, type StartHost } from '../src/core/start/start-plan';
import { startMeeting, type StartOutcome } from '../src/core/start/start-sequence';
import { readQueue } from '../src/core/talking-points/talking-points';
import type { Person } from '../src/core/people/people';
import { parseYaml, VaultError, type FsVault } from './fs-vault';
import { isWritableFile } from './note-files';
import { byNote, checkNotePlace, startWrites, type Unwritten } from './start-writes';
import type { Output } from '../src/core/commands/output';

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
    parseYaml,
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

/** Why a note was not written, as the warnings say it. */
function whyUnwritten(why: Unwritten | 'refused' | 'missing'): string {
  if (why === 'read-only') return 'it is read-only';
  if (why === 'not-utf8') return 'it is not valid UTF-8 text';
  if (why === 'changed' || why === 'refused') return 'it changed meanwhile';
  // Never from `startWrites`, where a note that is gone fails to open.
  if (why === 'missing') return 'it is gone';
  return `it could not be written: ${why.failed}`;
}

type Created = Extract<StartOutcome<Unwritten>, { kind: 'created' }>;

/** A warning for each `[>]` mark not made: each line that changed, or the note that could not be written. */
function markWarnings({ marks, takenBack }: Created): string[] {
  const warnings: string[] = [];
  for (const [path, group] of byNote(marks, ({ edit }) => edit.path)) {
    const noteWide = group.flatMap(({ result }) => (result.ok || result.reason === 'changed' ? [] : [result.reason]))[0];
    if (noteWide !== undefined) {
      const where = takenBack === 'written' ? 'stay open there and were taken out of the new note' : 'are open there and in the new note';
      warnings.push(`${path} was not marked, ${whyUnwritten(noteWide)}: ${group.length} item(s) carried from it ${where}`);
      continue;
    }
    for (const { edit, result } of group) if (!result.ok) warnings.push(`left open, it changed meanwhile: ${path}: "${edit.expectedText.trim()}"`);
  }
  return warnings;
}

/** A warning when the talking points now in the new note's agenda could not leave the person's queue. */
function dequeueWarnings({ dequeued }: Created, personPath: string): string[] {
  if (dequeued === null || dequeued === 'written') return [];
  const why = typeof dequeued === 'object' ? dequeued.failed : dequeued;
  return [`the talking points stay queued in ${personPath}, ${whyUnwritten(why)}; they are in the new note's agenda too`];
}

/**
 * The same start sequence as the plugin's "Start 1:1" (a dry run is its plan alone), told on the
 * terminal: the note's path on stdout, a warning on stderr for each thing not done. A place where
 * the note cannot go, or a note that cannot be created, exits 2.
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
  const host = startHost(vault, options.questionsFor, queueWarning === null ? null : person.path);
  const started = options.dryRun ? await planStart(host, person, day, now) : await startMeeting(host, startWrites(vault), person, day, now);
  const existing = `${started.path}${started.kind === 'existing' && started.heading ? `#${started.heading}` : ''} (exists; not changed)`;
  // A real start checks the place as it creates the note; the plan alone checks it here.
  if (started.kind === 'existing' || started.kind === 'create') checkNotePlace(vault, started.path);
  if (started.kind === 'existing') return output.out(existing);
  for (const warning of [...(queueWarning === null ? [] : [queueWarning]), ...started.problems]) output.err(`warning: ${warning}`);
  if (started.kind === 'create') {
    // --dry-run: the plan, and nothing written.
    output.out(`Would create ${started.path}, mark ${started.marks.length} earlier item(s) [>] and move ${started.dequeue.length} talking point(s):\n`);
    return output.out(started.content);
  }
  if (started.kind === 'insert') {
    output.out(`Would ${started.create ? 'create' : 'add a section to'} ${started.path}, mark ${started.marks.length} earlier item(s) [>] and move ${started.dequeue.length} talking point(s):\n`);
    return output.out(started.lines.join('\n'));
  }
  if (started.kind === 'not-created') throw new VaultError(started.failed);
  // Another start, or a sync, wrote the note since the plan: it is today's note, and it did the rest.
  if (started.kind === 'appeared') return output.out(existing);
  for (const warning of [...markWarnings(started), ...dequeueWarnings(started, person.path)]) output.err(`warning: ${warning}`);
  output.out(started.heading === undefined ? started.path : `${started.path}#${started.heading}`);
}
