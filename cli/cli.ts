import { resolve } from 'node:path';
import { version } from '../package.json';
import { readFileSync } from 'node:fs';
import { today as todayOf } from '../src/core/calendar/dates';
import { runActions } from '../src/core/commands/actions-command';
import { COMMANDS, dayFlag as dayFlagOn, parseArgs, startDay, stringFlag, UsageError, type CommandSpec, type ParsedArgs } from '../src/core/commands/args';
import { FsVault, VaultError } from './fs-vault';
import { HELP } from './help-texts';
import { describeError, errorCode } from './note-files';
import { terminalText, type Output } from '../src/core/commands/output';
import { templateQuestions, vaultQuestionBank } from './question-bank';
import { runQuestions } from './questions-command';
import { runStart } from './start-command';
import { runStatus } from '../src/core/commands/status-command';
import { vaultWarnings } from './vault-warnings';

const dayFlag = (args: ParsedArgs) => dayFlagOn(args, () => todayOf(() => new Date()));

/** The query: `--query FILE`, or the words after the subcommand, one `key: value` per argument. */
function querySource(words: readonly string[], file: string | undefined): string {
  if (file === undefined) return words.join('\n');
  if (words.length > 0) throw new UsageError(`give the query either as words or with --query, not both (words: ${words.map((w) => JSON.stringify(w)).join(' ')})`);
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read the query file "${file}": ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The vault, its warnings said; `problemsListed` when the answer itself lists each problem. */
function openVault(args: ParsedArgs, output: Output, problemsListed = false): FsVault {
  const vault = new FsVault(resolve(stringFlag(args, 'vault') ?? '.'));
  for (const line of vaultWarnings(vault, problemsListed)) output.err(line);
  return vault;
}

function commandOf(name: string): { spec: CommandSpec; help: string } {
  const spec = COMMANDS[name];
  const help = HELP[name];
  if (spec === undefined || help === undefined) throw new UsageError(`unknown command "${name}" (commands: ${Object.keys(COMMANDS).join(', ')})`);
  return { spec, help };
}

/** `help`, `help status`; more words than one command is a mistake, not something to drop. */
function helpText(words: readonly string[]): string {
  if (words.length > 1) throw new UsageError(`help takes one command, but was given "${words.join(' ')}"`);
  return words[0] === undefined ? (HELP[''] ?? '') : commandOf(words[0]).help;
}

async function run(argv: readonly string[], output: Output): Promise<void> {
  const [command = '', ...rest] = argv;
  if (command === '' || command === 'help' || command === '--help' || command === '-h') return output.out(helpText(rest));
  if (command === '--version') {
    if (rest.length > 0) throw new UsageError(`--version takes nothing after it, but was given "${rest.join(' ')}"`);
    return output.out(`one-on-ones ${version}`);
  }
  if (command.startsWith('-')) throw new UsageError(`unknown option ${command} before the command (one-on-ones takes --help, --version)`);
  const { spec, help } = commandOf(command);
  const args = parseArgs(command, rest, spec);
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
  const today = dayFlag(args);
  const now = new Date();
  const [year, month, date] = today.split('-').map(Number);
  now.setFullYear(year ?? now.getFullYear(), (month ?? 1) - 1, date ?? 1);
  // The day of the 1:1, when it is not today: held in the past, or planned ahead.
  const day = startDay(args, today);
  const vault = openVault(args, output);
  const questionsFor = templateQuestions(vault, vaultQuestionBank(vault), day);
  await runStart(vault, name, day, now, { dryRun: args.flags.has('dry-run'), questionsFor }, output);
}

// Every line goes through terminalText: a note's name or text never reaches the terminal as a
// control sequence, whichever command or message it ends up in.
const output: Output = {
  // no-color.org: NO_COLOR turns colour off when set to anything but the empty string.
  color: process.stdout.isTTY === true && !process.env.NO_COLOR,
  out: (text) => void process.stdout.write(`${terminalText(text)}\n`),
  err: (text) => void process.stderr.write(`${terminalText(text)}\n`),
};

process.stdout.on('error', (error: Error) => {
  // `one-on-ones status | head` closes the pipe early; that is the reader's choice, not a failure.
  if (errorCode(error) === 'EPIPE') process.exit(0);
  // A full disk or a failing device: the answer is incomplete, so say so once and exit 2.
  process.stderr.write(`one-on-ones: could not write the output: ${describeError(error)}\n`);
  process.exit(2);
});

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
