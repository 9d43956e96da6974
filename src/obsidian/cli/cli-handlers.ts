import type { App, CliData, CliFlags, Plugin, TFile } from 'obsidian';
import type { CalendarDay } from '../../core/calendar/dates';
import type { Settings } from '../../core/settings/settings';
import { runActions } from '../../core/commands/actions-command';
import { COMMANDS, dayFlag, parseArgs, startDay, takesValue, UsageError, type CommandSpec, type OptionName, type ParsedArgs, type Spelling } from '../../core/commands/args';
import { findPerson, peopleWhere } from '../../core/commands/find-person';
import { terminalText, type Output } from '../../core/commands/output';
import { runStatus } from '../../core/commands/status-command';
import type { VaultIndexer } from '../platform/vault-indexer';
import { whenIndexed } from '../platform/when-indexed';

/** What the Obsidian CLI commands reach: the live index, the settings, and the plugin's own start. */
export interface CliHost {
  readonly app: App;
  readonly indexer: VaultIndexer;
  readonly settings: () => Settings;
  readonly start: (personPath: string, day: CalendarDay) => Promise<TFile | null>;
}

/** The Obsidian CLI writes `date=DAY` and `json`: messages name options that way. */
const EQUALS: Spelling = { flag: (name) => name, valued: (name, shown) => `${name}=${shown}` };

/**
 * The Node CLI's options of a command, less what the Obsidian CLI does its own way: the app picks
 * the vault and lists the help, and a start is made at once (there is no plan-only run).
 */
function specOf(command: string): CommandSpec {
  const spec = COMMANDS[command] ?? { options: [], takesWords: false };
  const own: readonly OptionName[] = ['vault', 'help', 'dry-run'];
  return { ...spec, options: spec.options.filter((name) => !own.includes(name)) };
}

const DESCRIBED: Partial<Record<OptionName, string>> = { date: 'as of this day, YYYY-MM-DD', json: 'answer in JSON', query: 'a note holding the query', on: 'day of the 1:1: yesterday, 2026-11-26…' };

/** Each option as `obsidian help` lists it. */
function flagsOf(command: string, extra: CliFlags = {}): CliFlags {
  const flags: CliFlags = { ...extra };
  for (const name of specOf(command).options) {
    const description = DESCRIBED[name] ?? name;
    flags[name] = takesValue(name) ? { value: `<${name === 'query' ? 'path' : 'day'}>`, description } : { description };
  }
  return flags;
}

/**
 * The parameters the Obsidian CLI hands over (`{ date: '2026-11-20', json: 'true' }`) as the Node
 * CLI's arguments, read by its parser, so a mistake gets the same message. `words` takes the
 * parameters that are words to the command (a name, query lines); `vault` chose the vault already.
 */
function readParams(command: string, params: CliData, words: (name: string, value: string) => string | null): ParsedArgs {
  const spec = specOf(command);
  const argv: string[] = [];
  const positional: string[] = [];
  for (const [name, value] of Object.entries(params)) {
    if (name === 'vault') continue;
    const known = (spec.options as readonly string[]).includes(name) ? (name as OptionName) : null;
    const word = known === null ? words(name, value) : null;
    if (word !== null) positional.push(word);
    else argv.push(value === 'true' && (known === null || !takesValue(known)) ? `--${name}` : `--${name}=${value}`);
  }
  return parseArgs(command, [...argv, '--', ...positional], spec, EQUALS);
}

/** The output lines as one answer, each as safe for a terminal as the Node CLI makes it. */
function answerLines(lines: string[]): Output {
  const add = (text: string) => void lines.push(terminalText(text));
  return { color: false, out: add, err: add };
}

/** Runs one command once the vault is indexed; a mistake is the answer, worded as the Node CLI words it. */
async function answer(host: CliHost, run: (output: Output) => Promise<void> | void): Promise<string> {
  const lines: string[] = [];
  const output = answerLines(lines);
  try {
    await whenIndexed(host.app, host.indexer);
    await run(output);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    output.err(`one-on-ones: ${error.message}`);
  }
  return lines.join('\n');
}

async function readQueryNote(app: App, path: string): Promise<string> {
  const file = app.vault.getFileByPath(path) ?? app.vault.getFileByPath(`${path}.md`);
  if (!file) throw new UsageError(`cannot read the query file "${path}": no such note in the vault`);
  return app.vault.cachedRead(file);
}

/** `one-on-ones:status`, `:actions` and `:start`, on the live index, answering as the Node CLI does. */
export function registerCliHandlers(plugin: Plugin, host: CliHost): void {
  const vault = () => ({ index: host.indexer.index, settings: host.settings() });
  const today = () => host.indexer.today;
  plugin.registerCliHandler('one-on-ones:status', 'As "one-on-ones status"', flagsOf('status'), (params) =>
    answer(host, (output) => {
      const args = readParams('status', params, () => null);
      runStatus(vault(), dayFlag(args, today, EQUALS), args.flags.has('json'), output);
    }),
  );
  // Query lines are parameters too: `owner=me due=overdue` is "owner: me" and "due: overdue".
  plugin.registerCliHandler('one-on-ones:actions', 'As "one-on-ones actions": query lines as owner=me due=overdue', flagsOf('actions'), (params) =>
    answer(host, async (output) => {
      const args = readParams('actions', params, (name, value) => `${name}: ${value}`);
      const file = args.flags.get('query');
      if (typeof file === 'string' && args.positional.length > 0) throw new UsageError(`give the query either as lines or with query=, not both`);
      const source = typeof file === 'string' ? await readQueryNote(host.app, file) : args.positional.join('\n');
      runActions(vault(), source, dayFlag(args, today, EQUALS), args.flags.has('json'), output);
    }),
  );
  const name = { name: { value: '<person>', description: 'name, alias or path', required: true } };
  plugin.registerCliHandler('one-on-ones:start', 'As "one-on-ones start"', flagsOf('start', name), (params) =>
    answer(host, async (output) => {
      const args = readParams('start', params, (key, value) => (key === 'name' ? value : null));
      const typed = args.positional.join(' ').trim();
      if (typed === '') throw new UsageError('start needs the name of a person, e.g. name="Alice Smith"');
      const { index } = host.indexer;
      const person = findPerson(index, peopleWhere(host.settings()), typed);
      const day = startDay(args, dayFlag(args, today, EQUALS), EQUALS);
      const existed = new Set(index.meetingsOf(person.path).flatMap(({ meeting }) => (meeting.date === day ? [meeting.path] : [])));
      const file = await host.start(person.path, day);
      if (file === null) throw new UsageError(`the 1:1 with ${person.name} was not started; Obsidian's notice says why`);
      output.out(existed.has(file.path) ? `${file.path} (exists; not changed)` : file.path);
    }),
  );
}
