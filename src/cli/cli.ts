import { resolve } from 'node:path';
import { parseCalendarDay, today as todayOf, type CalendarDay } from '../core/dates';
import { querySource, runActions } from './actions-command';
import { parseArgs, stringFlag, UsageError, type ParsedArgs } from './args';
import { FsVault, VaultError } from './fs-vault';
import type { Output } from './output';
import { templateQuestions, vaultQuestionBank } from './question-bank';
import { runQuestions } from './questions-command';
import { runStart } from './start-command';
import { runStatus } from './status-command';
import { vaultWarnings } from './vault-warnings';

const HELP: Record<string, string> = {
  '': `one-on-ones — your 1:1s from a vault folder, without opening Obsidian

Usage: one-on-ones <command> [options]

Commands:
  status      everyone with a cadence: last 1:1, next due, state, open items, problems
  actions     action items, filtered with the 1on1 query language
  start       create today's 1:1 note with someone, carrying open items over
  questions   search the question bank, marking what you already asked someone

Run "one-on-ones <command> --help" for its options.

Every command first warns on stderr about what is wrong in the vault: bad settings, notes or
folders it could not read (skipped), and how many problems the notes hold (a cadence, date,
status or mood that cannot be read); "status --json" lists each one.

Exit codes: 0 done, 1 a mistake in the command (bad date, unknown or ambiguous person, bad
query), 2 the vault cannot be read, or today's note cannot be written. Set ONE_ON_ONES_DEBUG=1
to see a stack trace with an unexpected error.`,
  status: `Usage: one-on-ones status [--vault DIR] [--date YYYY-MM-DD] [--json]

  Everyone with a cadence, and anyone whose notes have a problem, most urgent first.

  --vault DIR   the vault folder (default: the current folder)
  --date DAY    compute states as of this day (default: today)
  --json        an array of {name, path, role, cadence, cadenceDays, lastMet, nextDue, state,
                daysOverdue, cancelledNotRescheduled, openActions: {theirs, mine, unassigned},
                problems}; problems are strings, "PATH: problem" for one in a meeting note and
                the bare problem for one in the person's note. Problems in meeting notes that
                match no person are printed on stderr.`,
  actions: `Usage: one-on-ones actions [--vault DIR] [--date YYYY-MM-DD] [--json] [--query FILE] [QUERY…]

  QUERY…        query lines, one per argument, e.g.  "owner: me" "due: overdue"
  --query FILE  read the query from a file instead (the body of a \`\`\`1on1 block)
  --json        an array of {text, status, owner, due, person, meeting, line} (line is 0-based)`,
  start: `Usage: one-on-ones start NAME [--vault DIR] [--date YYYY-MM-DD] [--dry-run]

  NAME          a person's name or alias, or the path of their note (People/Contractors/Alex Kim)
                when two people share the name: the command never picks between them
  --dry-run     print the note that would be written, and change nothing

  Today's note is created only where no file is; if one appears meanwhile, it is today's note.
  Earlier notes are edited in place (mode, owner and links kept). A read-only note, or one that
  is not valid UTF-8, is never written: its open items stay there, and a warning names it.`,
  questions: `Usage: one-on-ones questions [SEARCH] [--category C] [--person NAME] [--vault DIR] [--date YYYY-MM-DD] [--json]

  SEARCH          words to search for (empty: every question, by category)
  --category C    only this category (fuzzy on its name, e.g. growth)
  --person NAME   mark when each question was last asked of this person (a name, alias or path)
  --json          an array of {id, text, category, lastAsked}`,
};

function dayFlag(args: ParsedArgs): CalendarDay {
  const written = stringFlag(args, 'date');
  if (written === undefined) return todayOf(() => new Date());
  const day = parseCalendarDay(written);
  if (day === null) throw new UsageError(`--date "${written}" is not a day; use YYYY-MM-DD`);
  return day;
}

/** The vault, its warnings said; `problemsListed` when the answer itself lists each problem. */
function openVault(args: ParsedArgs, output: Output, problemsListed = false): FsVault {
  const vault = new FsVault(resolve(stringFlag(args, 'vault') ?? '.'));
  for (const line of vaultWarnings(vault, problemsListed)) output.err(line);
  return vault;
}

/** Each command's options: flags, then options that take a value. */
const OPTIONS: Record<string, readonly [readonly string[], readonly string[]]> = {
  status: [['json', 'help'], ['vault', 'date']],
  actions: [['json', 'help'], ['vault', 'date', 'query']],
  start: [['dry-run', 'help'], ['vault', 'date']],
  questions: [['json', 'help'], ['vault', 'date', 'category', 'person']],
};

async function run(argv: readonly string[], output: Output): Promise<void> {
  const [command = '', ...rest] = argv;
  if (command === '' || command === '--help' || command === 'help') return output.out(HELP[''] ?? '');
  const help = HELP[command];
  const options = OPTIONS[command];
  if (help === undefined || options === undefined) throw new UsageError(`unknown command "${command}" (commands: status, actions, start, questions)`);
  const args = parseArgs(rest, ...options);
  if (args.flags.has('help')) return output.out(help);
  const json = args.flags.has('json');
  if (command === 'status') {
    const day = dayFlag(args);
    return runStatus(openVault(args, output, json), day, json, output);
  }
  if (command === 'actions') {
    const day = dayFlag(args);
    const source = querySource(args.positional, stringFlag(args, 'query'));
    return runActions(openVault(args, output), source, day, json, output);
  }
  if (command === 'questions') {
    const day = dayFlag(args);
    const options = { category: stringFlag(args, 'category'), person: stringFlag(args, 'person'), json, today: day };
    return runQuestions(openVault(args, output), args.positional.join(' '), options, output);
  }
  const name = args.positional.join(' ').trim();
  if (name === '') throw new UsageError('start needs the name of a person, e.g. one-on-ones start "Alice Smith"');
  const day = dayFlag(args);
  const now = new Date();
  const [year, month, date] = day.split('-').map(Number);
  now.setFullYear(year ?? now.getFullYear(), (month ?? 1) - 1, date ?? 1);
  const vault = openVault(args, output);
  const questionsFor = templateQuestions(vault, vaultQuestionBank(vault), day);
  await runStart(vault, name, day, now, { dryRun: args.flags.has('dry-run'), questionsFor }, output);
}

const output: Output = {
  color: process.stdout.isTTY === true && process.env.NO_COLOR === undefined,
  out: (text) => void process.stdout.write(`${text}\n`),
  err: (text) => void process.stderr.write(`${text}\n`),
};

// `one-on-ones status | head` closes the pipe early; that is the reader's choice, not a failure.
process.stdout.on('error', (error: Error & { code?: string }) => process.exit(error.code === 'EPIPE' ? 0 : 2));

/** What the user is told: the sentence for what they can fix, and a stack only when debugging. */
function errorMessage(error: unknown): string {
  if (error instanceof UsageError || error instanceof VaultError) return error.message;
  if (!(error instanceof Error)) return String(error);
  return process.env.ONE_ON_ONES_DEBUG ? (error.stack ?? error.message) : error.message;
}

// Exit codes are set, never forced with process.exit: output still queued for a pipe is written
// before Node exits, so `--json | jq` gets all of it.
run(process.argv.slice(2), output).catch((error: unknown) => {
  output.err(`one-on-ones: ${errorMessage(error)}`);
  process.exitCode = error instanceof UsageError ? 1 : 2;
});
