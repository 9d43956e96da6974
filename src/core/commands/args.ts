import { parseCalendarDay, type CalendarDay } from '../calendar/dates';
import { readTypedDay } from '../calendar/typed-day';

/** Why the command line could not be used: the CLI exits with 1 and says this. */
export class UsageError extends Error {}

/** The options that take a value: its name in the help, and what an empty one is missing. */
const VALUED = {
  vault: { shown: 'DIR', needs: 'a folder' },
  date: { shown: 'DAY', needs: 'a day (YYYY-MM-DD)' },
  on: { shown: 'DAY', needs: 'a day (YYYY-MM-DD, yesterday, last thursday…)' },
  query: { shown: 'FILE', needs: 'a file' },
  category: { shown: 'C', needs: 'a category' },
  person: { shown: 'NAME', needs: 'a name' },
} as const;

export type OptionName = keyof typeof VALUED | 'json' | 'dry-run' | 'help';

/** What one command accepts. */
export interface CommandSpec {
  readonly options: readonly OptionName[];
  /** Whether words that are not options mean something to it (a name, a query, a search). */
  readonly takesWords: boolean;
}

export interface ParsedArgs {
  readonly positional: readonly string[];
  readonly flags: ReadonlyMap<string, string | true>;
}

function isOption(spec: CommandSpec, name: string): name is OptionName {
  return (spec.options as readonly string[]).includes(name);
}

export function takesValue(name: OptionName): name is keyof typeof VALUED {
  return name in VALUED;
}

/** How a command line writes an option: `--date DAY` in a terminal, `date=DAY` in the Obsidian CLI. */
export interface Spelling {
  readonly flag: (name: string) => string;
  readonly valued: (name: string, shown: string) => string;
}

export const DASHES: Spelling = { flag: (name) => `--${name}`, valued: (name, shown) => `--${name} ${shown}` };

/** What each command accepts, in the order its help lists it. */
export const COMMANDS: Readonly<Record<string, CommandSpec>> = {
  status: { options: ['vault', 'date', 'json', 'help'], takesWords: false },
  actions: { options: ['vault', 'date', 'json', 'query', 'help'], takesWords: true },
  start: { options: ['vault', 'date', 'on', 'dry-run', 'help'], takesWords: true },
  questions: { options: ['category', 'person', 'vault', 'date', 'json', 'help'], takesWords: true },
};

/** `--vault DIR, --date DAY, --json, --help`: the options, as an unknown one's message lists them. */
function listed(spec: CommandSpec, spelling: Spelling): string {
  return spec.options.map((name) => (takesValue(name) ? spelling.valued(name, VALUED[name].shown) : spelling.flag(name))).join(', ');
}

/**
 * `--name value`, `--name=value`, `--flag`, `-h`, and words, for the options one command accepts.
 * Anything else is refused rather than guessed at: `-json` would otherwise be a search word or part
 * of a name, and `--json=false` a request for JSON. After `--` every argument is a word.
 */
export function parseArgs(command: string, argv: readonly string[], spec: CommandSpec, spelling: Spelling = DASHES): ParsedArgs {
  const flag = spelling.flag;
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h') {
      flags.set('help', true);
      continue;
    }
    if (/^-[^-]/.test(arg)) {
      const name = arg.slice(1).split('=')[0] ?? '';
      if (isOption(spec, name)) throw new UsageError(`unknown option ${arg}: options take two dashes, as in --${name}`);
      throw new UsageError(`unknown option ${arg} (${command} takes ${listed(spec, spelling)})`);
    }
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (!isOption(spec, name)) throw new UsageError(`unknown option ${flag(name)} (${command} takes ${listed(spec, spelling)})`);
    if (!takesValue(name)) {
      if (inline !== undefined) throw new UsageError(`${flag(name)} takes no value`);
      flags.set(name, true);
      continue;
    }
    const value = inline ?? argv[++i];
    // An empty --vault would quietly be the current folder; the next option is no value either.
    if (value === undefined || value.trim() === '' || (inline === undefined && value.startsWith('--'))) {
      throw new UsageError(`${flag(name)} needs ${VALUED[name].needs}`);
    }
    flags.set(name, value);
  }
  if (!flags.has('help') && !spec.takesWords && positional.length > 0) {
    throw new UsageError(`${command} takes no arguments, but was given "${positional.join(' ')}"`);
  }
  return { positional, flags };
}

export function stringFlag(args: ParsedArgs, name: string): string | undefined {
  const value = args.flags.get(name);
  return typeof value === 'string' ? value : undefined;
}

/** The day of `--date`, or today: a day that cannot be read is a mistake named, never today. */
export function dayFlag(args: ParsedArgs, today: () => CalendarDay, spelling: Spelling = DASHES): CalendarDay {
  const written = stringFlag(args, 'date');
  if (written === undefined) return today();
  const day = parseCalendarDay(written);
  if (day === null) throw new UsageError(`${spelling.flag('date')} "${written}" is not a day; use YYYY-MM-DD`);
  return day;
}

/** The day of the 1:1 `start` writes: `--on` (yesterday, 2026-11-26, in 3 days…) read from `today`, or today. */
export function startDay(args: ParsedArgs, today: CalendarDay, spelling: Spelling = DASHES): CalendarDay {
  const on = stringFlag(args, 'on');
  if (on === undefined) return today;
  const typed = readTypedDay(on, today);
  if ('problem' in typed) throw new UsageError(`${spelling.flag('on')}: ${typed.problem}`);
  return typed.day;
}
