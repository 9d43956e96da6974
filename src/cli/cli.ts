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

const HELP: Record<string, string> = {
  '': `one-on-ones — your 1:1s from a vault folder, without opening Obsidian

Usage: one-on-ones <command> [options]

Commands:
  status      everyone with a cadence: last 1:1, next due, state, open items
  actions     action items, filtered with the 1on1 query language
  start       create today's 1:1 note with someone, carrying open items over
  questions   search the question bank, marking what you already asked someone

Run "one-on-ones <command> --help" for its options. Exit codes: 0 done, 1 a mistake in the
command (bad date, unknown person, bad query), 2 the vault cannot be read.`,
  status: `Usage: one-on-ones status [--vault DIR] [--date YYYY-MM-DD] [--json]

  --vault DIR   the vault folder (default: the current folder)
  --date DAY    compute states as of this day (default: today)
  --json        an array of {name, path, role, cadence, cadenceDays, lastMet, nextDue, state,
                daysOverdue, cancelledNotRescheduled, openActions: {theirs, mine, unassigned}}`,
  actions: `Usage: one-on-ones actions [--vault DIR] [--date YYYY-MM-DD] [--json] [--query FILE] [QUERY…]

  QUERY…        query lines, one per argument, e.g.  "owner: me" "due: overdue"
  --query FILE  read the query from a file instead (the body of a \`\`\`1on1 block)
  --json        an array of {text, status, owner, due, person, meeting, line} (line is 0-based)`,
  start: `Usage: one-on-ones start NAME [--vault DIR] [--date YYYY-MM-DD] [--dry-run]

  NAME          a person's name or alias
  --dry-run     print the note that would be written, and change nothing`,
  questions: `Usage: one-on-ones questions [SEARCH] [--category C] [--person NAME] [--vault DIR] [--date YYYY-MM-DD] [--json]

  SEARCH          words to search for (empty: every question, by category)
  --category C    only this category (fuzzy on its name, e.g. growth)
  --person NAME   mark when each question was last asked of this person
  --json          an array of {id, text, category, lastAsked}`,
};

function dayFlag(args: ParsedArgs): CalendarDay {
  const written = stringFlag(args, 'date');
  if (written === undefined) return todayOf(() => new Date());
  const day = parseCalendarDay(written);
  if (day === null) throw new UsageError(`--date "${written}" is not a day; use YYYY-MM-DD`);
  return day;
}

function openVault(args: ParsedArgs): FsVault {
  const vault = new FsVault(resolve(stringFlag(args, 'vault') ?? '.'));
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
    const vault = openVault(args);
    for (const problem of vault.settingsProblems) output.err(`warning: settings: ${problem}`);
    return runStatus(vault, day, json, output);
  }
  if (command === 'actions') {
    const day = dayFlag(args);
    const source = querySource(args.positional, stringFlag(args, 'query'));
    return runActions(openVault(args), source, day, json, output);
  }
  if (command === 'questions') {
    const day = dayFlag(args);
    const options = { category: stringFlag(args, 'category'), person: stringFlag(args, 'person'), json, today: day };
    return runQuestions(openVault(args), args.positional.join(' '), options, output);
  }
  const name = args.positional.join(' ').trim();
  if (name === '') throw new UsageError('start needs the name of a person, e.g. one-on-ones start "Alice Smith"');
  const day = dayFlag(args);
  const now = new Date();
  const [year, month, date] = day.split('-').map(Number);
  now.setFullYear(year ?? now.getFullYear(), (month ?? 1) - 1, date ?? 1);
  const vault = openVault(args);
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

run(process.argv.slice(2), output).then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof UsageError) output.err(`one-on-ones: ${error.message}`);
    else if (error instanceof VaultError) output.err(`one-on-ones: ${error.message}`);
    else output.err(`one-on-ones: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(error instanceof UsageError ? 1 : 2);
  },
);
