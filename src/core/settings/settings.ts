/**
 * The plugin's settings: their shape, and one table saying for each its default and how a value is
 * checked. The repair of whatever data.json holds and the settings tab's checks both use the table.
 */

import { parseCadence } from '../cadence/cadence';
import { MEETING_LAYOUTS, type MeetingLayout } from '../people/people';
import type { Settings } from './settings-shape';
import {
  checkTemplateQuestionCount,
  checkTrigger,
  QUESTION_FORMATS,
  TRIGGER_SCOPES,
  type QuestionFormat,
  type TriggerScope,
} from '../questions/question-settings';

/** A folder per person, and a note name that says whose 1:1 it is (a tab reads "2026-11-20 Alice Smith"). */
export const DEFAULT_PATH_PATTERN = '{{person}}/{{date}} {{person}}';
export type { Settings } from './settings-shape';

export const MAX_DUE_SOON_DAYS = 60;

/** A tag name as Obsidian allows it: no spaces or punctuation other than `-_/`, not only digits. */
export function checkTag(input: string): { tag: string } | { problem: string } {
  const tag = input.trim().replace(/^#/, '').normalize('NFC');
  if (tag === '') return { problem: 'is empty' };
  if (!/^[\p{L}\p{N}_/-]+$/u.test(tag)) return { problem: 'is not a tag (letters, digits, - _ / only)' };
  if (/^\d+$/.test(tag)) return { problem: 'is only digits, which Obsidian does not read as a tag' };
  return { tag };
}

export type FolderCheck = { folder: string } | { problem: string };

/**
 * A folder the plugin may read and write: vault-relative, never above the vault root.
 * Leading and trailing slashes are dropped; `..`, drive letters and home paths are refused.
 */
export function checkVaultFolder(input: string): FolderCheck {
  const trimmed = input.trim().normalize('NFC');
  if (trimmed === '') return { problem: 'is empty' };
  if (Array.from(trimmed).some((ch) => ch.charCodeAt(0) < 0x20)) return { problem: 'contains control characters' };
  const parts = trimmed.split(/[\\/]+/).filter((part) => part !== '');
  if (parts.some((part) => part === '..')) return { problem: 'leads outside the vault' };
  const folder = parts.filter((part) => part !== '.').join('/');
  // A slash dropped from an end can leave a space there ("a /"): read what is left once more.
  if (folder !== folder.trim()) return checkVaultFolder(folder);
  if (folder === '') return { problem: 'is the vault root' };
  if (/^[A-Za-z]:/.test(folder) || folder.startsWith('~')) return { problem: 'is a path outside the vault' };
  return { folder };
}

/**
 * The new note path inside the meetings folder: it must tell days apart (`{{date`), stay inside the
 * folder (no `..` or `.` part) and use only the placeholders a path has (`{{person}}`, `{{date}}`,
 * `{{date:FORMAT}}`), since anything else would be written into the path as it is.
 */
export function checkPathPattern(input: string): { pattern: string } | { problem: string } {
  const pattern = input.trim();
  if (pattern === '') return { problem: 'is empty' };
  if (pattern.split(/[\\/]/).some((part) => part.trim() === '..' || part.trim() === '.')) return { problem: 'leads outside the meetings folder' };
  const unknown = [...pattern.matchAll(/\{\{\s*([^}:]*?)\s*(?::[^}]*)?\}\}/g)].map((m) => m[1] ?? '').filter((name) => name !== 'person' && name !== 'date');
  if (unknown.length > 0) return { problem: `has {{${unknown[0] ?? ''}}}, which a path cannot fill in (use {{person}}, {{date}} or {{date:FORMAT}})` };
  if (!/\{\{\s*date/.test(pattern)) return { problem: 'has no {{date}}, so every 1:1 after the first would open the first note' };
  return { pattern };
}

/** A note the plugin may read and create: a vault folder check, and `.md` added when missing. */
export function checkVaultNote(input: string): { path: string } | { problem: string } {
  const check = checkVaultFolder(input);
  if ('problem' in check) return check;
  return { path: /\.md$/i.test(check.folder) ? check.folder : `${check.folder}.md` };
}

/**
 * Why the people and meetings folders cannot be these two, or null: a meeting note inside the
 * people folder would be read as a person, and a person note inside the meetings folder as a meeting.
 */
export function foldersOverlap(peopleFolder: string, meetingsFolder: string): string | null {
  const [people, meetings] = [peopleFolder.toLowerCase(), meetingsFolder.toLowerCase()];
  if (people === meetings) return `is the people folder too ("${meetingsFolder}"): meeting notes would be read as people`;
  if (meetings.startsWith(`${people}/`)) return `is inside the people folder ("${peopleFolder}"): meeting notes would be read as people`;
  if (people.startsWith(`${meetings}/`)) return `holds the people folder ("${peopleFolder}"): person notes would be read as meetings`;
  return null;
}

/** What a check makes of a value: the value to keep, tidied (trimmed, slashes dropped), or what is wrong with it. */
export type Checked<T> = { readonly value: T } | { readonly problem: string };

/**
 * One setting: its default, and the one check of a value, typed in the settings tab or read from
 * data.json. A problem is a phrase that follows the value ("is empty"); the tab and the notice
 * after loading each put it in their own words.
 */
export interface SettingRule<T> {
  readonly default: T;
  readonly check: (value: unknown) => Checked<T>;
  /** What the tab's text is checked as: the text itself, or a number for a number setting. */
  readonly fromText: (text: string) => unknown;
  /** The tab's message for a refused value: `This folder is empty`. */
  readonly typed: (problem: string) => string;
  /** The notice's words after the setting's name for a replaced value: `"../x" leads outside the vault; using "People"`. */
  readonly stored: (value: unknown, problem: string) => string;
  /** The notice also names a stored value it tidied: `"/abs" was read as "abs"`. */
  readonly saysTidied: boolean;
}

type Reader<T> = (text: string) => Checked<T>;
type Wording<T> = Pick<SettingRule<T>, 'stored'> & Partial<Pick<SettingRule<T>, 'typed' | 'fromText' | 'saysTidied'>>;

const NOT_TEXT = 'is not text';
const asText = (text: string): unknown => text;

function setting<T>(fallback: T, check: (value: unknown) => Checked<T>, wording: Wording<T>): SettingRule<T> {
  return { default: fallback, check, fromText: asText, typed: (problem) => problem, saysTidied: false, ...wording };
}

/** A folder, tag or note path: a value that is no text is refused as such, a tidied one is named. */
function pathSetting(fallback: string, subject: string, read: Reader<string>, fromText = asText): SettingRule<string> {
  return setting(fallback, (value) => (typeof value === 'string' ? read(value) : { problem: NOT_TEXT }), {
    typed: (problem) => `${subject} ${problem}`,
    stored: (value, problem) => `${typeof value === 'string' ? `"${value}" ` : ''}${problem}; using "${fallback}"`,
    saysTidied: true,
    fromText,
  });
}

/** The new note path and the inline trigger: a value that is no text is checked as empty. */
function patternSetting(fallback: string, subject: string, read: Reader<string>): SettingRule<string> {
  return setting(fallback, (value) => read(typeof value === 'string' ? value : ''), {
    typed: (problem) => `${subject} ${problem}`,
    stored: (value, problem) => `${typeof value === 'string' ? `"${value}"` : `${NOT_TEXT} and`} ${problem}; using "${fallback}"`,
  });
}

/** Numbers, switches and choices: the notice names the default as it is. */
function plainSetting<T>(fallback: T, check: (value: unknown) => Checked<T>, wording: Partial<Wording<T>> = {}): SettingRule<T> {
  return setting(fallback, check, { stored: (_value, problem) => `${problem}; using ${String(fallback)}`, ...wording });
}

/** Text that may be empty (your name, the templates by role): anything but text is replaced by none. */
function optionalText(tidy: (text: string) => string): SettingRule<string> {
  return setting<string>('', (value) => (typeof value === 'string' ? { value: tidy(value) } : { problem: NOT_TEXT }), { stored: (_value, problem) => `${problem}; using none` });
}

/** A heading: text that cannot be empty. */
function headingSetting(fallback: string): SettingRule<string> {
  // `## Agenda` would name a heading "## Agenda": the text is wanted, without the #s.
  const check = (value: unknown): Checked<string> =>
    typeof value !== 'string' || value.trim() === '' ? { problem: NOT_TEXT } : /^#/.test(value.trim()) ? { problem: 'is a heading\'s text, without the #s' } : { value: value.trim() };
  return setting<string>(fallback, check, {
    typed: (problem) => (problem === NOT_TEXT ? 'This cannot be empty' : `This ${problem}`),
    stored: (_value, problem) => `${problem}; using "${fallback}"`,
  });
}

function cadenceSetting(fallback: string): SettingRule<string> {
  const check = (value: unknown): Checked<string> => {
    const parsed = parseCadence(value);
    if (typeof value === 'string' && parsed.status === 'valid') return { value: value.trim() };
    return { problem: parsed.status === 'invalid' ? parsed.problem : 'Enter a cadence' };
  };
  return setting(fallback, check, { stored: () => `is not a cadence (try weekly, biweekly, monthly, 2w, 10d); using "${fallback}"` });
}

/** A check that names what it keeps (`{ folder }`, `{ tag }`…), as one that keeps `{ value }`. */
function keeping<I, K extends string, T>(check: (input: I) => Record<K, T> | { problem: string }, key: K): (input: I) => Checked<T> {
  return (input) => {
    const result = check(input);
    return 'problem' in result ? { problem: result.problem } : { value: result[key] };
  };
}

const dueSoonDays = (value: unknown): Checked<number> =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_DUE_SOON_DAYS
    ? { value }
    : { problem: `is not a whole number of days from 0 to ${MAX_DUE_SOON_DAYS}` };

const waitingDays = (value: unknown): Checked<number> =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 1 ? { value } : { problem: 'is not a whole number of days, 1 or more' };

/** A number typed into a field; an empty field is no number. */
// Digits only: `1e3`, `0x10` and `14.` are numbers to JavaScript, not what a person means by days.
const wholeNumber = (text: string): number => (/^\d{1,9}$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);

const yesOrNo = (value: unknown): Checked<boolean> => (typeof value === 'boolean' ? { value } : { problem: 'is not true or false' });

function oneOf<T extends string>(choices: readonly T[]): (value: unknown) => Checked<T> {
  return (value) => (choices.includes(value as T) ? { value: value as T } : { problem: `is not one of ${choices.join(', ')}` });
}

/** Every setting, in the order data.json holds them: its default and its check. */
export const SETTINGS: { readonly [K in keyof Settings]: SettingRule<Settings[K]> } = {
  peopleFolder: pathSetting('People', 'This folder', keeping(checkVaultFolder, 'folder')),
  // Empty turns the tag off: only the people folder holds people.
  peopleTag: pathSetting('person', 'This tag', (text) => (text.trim() === '' ? { value: '' } : keeping(checkTag, 'tag')(text))),
  meetingsFolder: pathSetting('1-1s', 'This folder', keeping(checkVaultFolder, 'folder')),
  meetingTag: pathSetting('1on1', 'This tag', keeping(checkTag, 'tag')),
  dueSoonDays: plainSetting(2, dueSoonDays, {
    typed: () => `Enter a whole number of days from 0 to ${MAX_DUE_SOON_DAYS}`,
    fromText: wholeNumber,
  }),
  waitingDays: plainSetting(14, waitingDays, {
    typed: () => 'Enter a whole number of days, 1 or more',
    fromText: wholeNumber,
  }),
  myName: optionalText((text) => text.trim().normalize('NFC')),
  addDoneDate: plainSetting(true, yesOrNo),
  meetingPathPattern: patternSetting(DEFAULT_PATH_PATTERN, 'This path', keeping(checkPathPattern, 'pattern')),
  // Empty means the built-in template.
  templateFile: pathSetting('', 'This path', (text) => (text === '' ? { value: '' } : keeping(checkVaultNote, 'path')(text)), (text) => (text.trim() === '' ? '' : text)),
  roleTemplates: optionalText((text) => text),
  newMeetingLayout: plainSetting<MeetingLayout>('per-meeting', oneOf(MEETING_LAYOUTS)),
  runningNewestFirst: plainSetting(true, yesOrNo),
  leaveEarlierUntouched: plainSetting(false, yesOrNo),
  talkingPointsHeading: headingSetting('Next 1:1'),
  actionItemsHeading: headingSetting('Action items'),
  agendaHeading: headingSetting('Agenda'),
  defaultCadence: cadenceSetting('biweekly'),
  showOverdueInStatusBar: plainSetting(true, yesOrNo),
  questionFile: pathSetting('1-1s/Questions.md', 'This path', keeping(checkVaultNote, 'path')),
  hideBuiltInQuestions: plainSetting(false, yesOrNo),
  questionTrigger: patternSetting('??', 'This trigger', keeping(checkTrigger, 'trigger')),
  questionTriggerScope: plainSetting<TriggerScope>('meetings', oneOf(TRIGGER_SCOPES)),
  questionFormat: plainSetting<QuestionFormat>('plain', oneOf(QUESTION_FORMATS)),
  templateQuestionCount: plainSetting(3, keeping(checkTemplateQuestionCount, 'count'), { typed: (problem) => `This ${problem}` }),
};

const KEYS = Object.keys(SETTINGS) as (keyof Settings)[];

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze(Object.fromEntries(KEYS.map((key) => [key, SETTINGS[key].default])) as unknown as Settings);

/**
 * The settings tab's check of what was typed into a field: the value to save, or the message to
 * show under it. A folder is also checked against the other folder in `current`.
 */
export function checkTyped<K extends keyof Settings>(key: K, text: string, current: Settings): Checked<Settings[K]> {
  const rule = SETTINGS[key];
  const result = rule.check(rule.fromText(text));
  if ('problem' in result) return { problem: rule.typed(result.problem) };
  if (key === 'agendaHeading' || key === 'actionItemsHeading') return headingsApart({ ...current, [key]: result.value }) ?? result;
  if (key !== 'peopleFolder' && key !== 'meetingsFolder') return result;
  const chosen = result.value as string;
  const overlap = key === 'peopleFolder' ? foldersOverlap(chosen, current.meetingsFolder) : foldersOverlap(current.peopleFolder, chosen);
  return overlap === null ? result : { problem: `The meetings folder ${overlap}` };
}

/** Checkboxes under the agenda heading are talking points: the action items heading must be another. */
function headingsApart(settings: Settings): { problem: string } | null {
  const same = settings.agendaHeading.trim().toLowerCase() === settings.actionItemsHeading.trim().toLowerCase();
  return same ? { problem: 'The agenda and action items headings must differ: checkboxes under the agenda heading are talking points, not action items' } : null;
}

export interface SettingsRepair {
  settings: Settings;
  /** One sentence per field that was replaced or rewritten, naming it; empty when all was well. */
  problems: string[];
}

/** Defaults merged into a fresh object, each stored field checked on its own. Never throws. */
export function repairSettings(stored: unknown): SettingsRepair {
  const settings: Settings = { ...DEFAULT_SETTINGS };
  const problems: string[] = [];
  if (stored === null || stored === undefined) return { settings, problems };
  if (typeof stored !== 'object' || Array.isArray(stored)) {
    return { settings, problems: ['the saved settings are not an object; using the defaults'] };
  }
  const record = stored as Record<string, unknown>;
  for (const key of KEYS) {
    if (!(key in record)) continue;
    const value = record[key];
    const rule: SettingRule<unknown> = SETTINGS[key];
    const result = rule.check(value);
    if ('problem' in result) problems.push(`${key} ${rule.stored(value, result.problem)}`);
    else if (rule.saysTidied && result.value !== value) problems.push(`${key} "${String(value)}" was read as "${String(result.value)}"`);
    (settings as unknown as Record<string, unknown>)[key] = 'problem' in result ? rule.default : result.value;
  }
  const overlap = foldersOverlap(settings.peopleFolder, settings.meetingsFolder);
  if (overlap !== null) {
    problems.push(`meetingsFolder ${overlap}; using "${DEFAULT_SETTINGS.meetingsFolder}" and "${DEFAULT_SETTINGS.peopleFolder}"`);
    settings.meetingsFolder = DEFAULT_SETTINGS.meetingsFolder;
    settings.peopleFolder = DEFAULT_SETTINGS.peopleFolder;
  }
  if (headingsApart(settings)) {
    problems.push(`agendaHeading is the action items heading; using "${DEFAULT_SETTINGS.agendaHeading}" and "${DEFAULT_SETTINGS.actionItemsHeading}"`);
    settings.agendaHeading = DEFAULT_SETTINGS.agendaHeading;
    settings.actionItemsHeading = DEFAULT_SETTINGS.actionItemsHeading;
  }
  const unknown = Object.keys(record).filter((key) => !(key in SETTINGS));
  if (unknown.length > 0) problems.push(`ignored unknown ${unknown.length === 1 ? 'setting' : 'settings'} ${unknown.map((k) => `"${k}"`).join(', ')}`);
  return { settings, problems };
}
