import { parseCadence } from './cadence';
/** The plugin's settings: their shape, defaults, and the repair of whatever data.json holds. */

import {
  checkTemplateQuestionCount,
  checkTrigger,
  QUESTION_FORMATS,
  TRIGGER_SCOPES,
  type QuestionFormat,
  type TriggerScope,
} from './questions/question-settings';

export interface Settings {
  /** Folder of person notes, vault-relative, subfolders included. */
  peopleFolder: string;
  /** Folder of meeting notes, vault-relative, subfolders included. */
  meetingsFolder: string;
  /** Notes anywhere with this tag (without `#`; nested tags included) are meetings too. */
  meetingTag: string;
  /** How many days before a 1:1 is due the person shows as "due soon". */
  dueSoonDays: number;
  /** Your own name: tasks that link or @-mention it are yours, like `@me`. */
  myName: string;
  /** Completing a task from a rollup adds `✅ YYYY-MM-DD`, as the Tasks plugin does. */
  addDoneDate: boolean;
  /** Where a new meeting note goes inside the meetings folder: `{{person}}`, `{{date}}`, `{{date:FORMAT}}`. */
  meetingPathPattern: string;
  /** A vault note to use as the meeting template; empty for the built-in one. */
  templateFile: string;
  /** One `role: template path` per line: reports, peers and mentors can each have their own template. */
  roleTemplates: string;
  /** Copy open items into the new note without marking the earlier copies `[>]`. */
  leaveEarlierUntouched: boolean;
  /** The heading in a person note under which talking points queue up. */
  talkingPointsHeading: string;
  /** The heading carried action items go under when the template has no `{{carried_actions}}`. */
  actionItemsHeading: string;
  /** The cadence a person note created from the picker starts with. */
  defaultCadence: string;
  /** "3 overdue 1:1s" in the status bar while anyone is overdue. */
  showOverdueInStatusBar: boolean;
  /** The user's own questions: a vault note with `## Category` headings and list items. */
  questionFile: string;
  /** Offer only the user's own questions. */
  hideBuiltInQuestions: boolean;
  /** Typing this in a note opens the question suggester. */
  questionTrigger: string;
  /** Whether the trigger works in meeting notes only or in every note. */
  questionTriggerScope: TriggerScope;
  /** How an inserted question is written. */
  questionFormat: QuestionFormat;
  /** How many questions the meeting template's `{{questions}}` gets. */
  templateQuestionCount: number;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  peopleFolder: 'People',
  meetingsFolder: '1-1s',
  meetingTag: '1on1',
  dueSoonDays: 2,
  myName: '',
  addDoneDate: true,
  meetingPathPattern: '{{person}}/{{date}}',
  templateFile: '',
  roleTemplates: '',
  leaveEarlierUntouched: false,
  talkingPointsHeading: 'Next 1:1',
  actionItemsHeading: 'Action items',
  defaultCadence: 'biweekly',
  showOverdueInStatusBar: true,
  questionFile: '1-1s/Questions.md',
  hideBuiltInQuestions: false,
  questionTrigger: '??',
  questionTriggerScope: 'meetings',
  questionFormat: 'plain',
  templateQuestionCount: 3,
});

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

export interface SettingsRepair {
  settings: Settings;
  /** One sentence per field that was replaced or rewritten, naming it; empty when all was well. */
  problems: string[];
}

type FieldRepair<T> = (value: unknown, fallback: T) => { value: T; problem?: string };

const folderField: FieldRepair<string> = (value, fallback) => {
  if (typeof value !== 'string') return { value: fallback, problem: `is not text; using "${fallback}"` };
  const check = checkVaultFolder(value);
  if ('problem' in check) return { value: fallback, problem: `"${value}" ${check.problem}; using "${fallback}"` };
  if (check.folder !== value) return { value: check.folder, problem: `"${value}" was read as "${check.folder}"` };
  return { value: check.folder };
};

const tagField: FieldRepair<string> = (value, fallback) => {
  if (typeof value !== 'string') return { value: fallback, problem: `is not text; using "${fallback}"` };
  const check = checkTag(value);
  if ('problem' in check) return { value: fallback, problem: `"${value}" ${check.problem}; using "${fallback}"` };
  if (check.tag !== value) return { value: check.tag, problem: `"${value}" was read as "${check.tag}"` };
  return { value: check.tag };
};

const daysField: FieldRepair<number> = (value, fallback) => {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_DUE_SOON_DAYS) {
    return { value: fallback, problem: `is not a whole number of days from 0 to ${MAX_DUE_SOON_DAYS}; using ${fallback}` };
  }
  return { value };
};

const nameField: FieldRepair<string> = (value, fallback) => {
  if (typeof value !== 'string') return { value: fallback, problem: 'is not text; using none' };
  return { value: value.trim().normalize('NFC') };
};

const booleanField: FieldRepair<boolean> = (value, fallback) => {
  if (typeof value !== 'boolean') return { value: fallback, problem: `is not true or false; using ${fallback}` };
  return { value };
};

const textField: FieldRepair<string> = (value, fallback) => {
  if (typeof value !== 'string' || value.trim() === '') return { value: fallback, problem: `is not text; using "${fallback}"` };
  return { value: value.trim() };
};

const multilineField: FieldRepair<string> = (value, fallback) =>
  typeof value === 'string' ? { value } : { value: fallback, problem: 'is not text; using none' };

const noteField: FieldRepair<string> = (value, fallback) => {
  if (typeof value !== 'string') return { value: fallback, problem: `is not text; using "${fallback}"` };
  const check = checkVaultNote(value);
  if ('problem' in check) return { value: fallback, problem: `"${value}" ${check.problem}; using "${fallback}"` };
  if (check.path !== value) return { value: check.path, problem: `"${value}" was read as "${check.path}"` };
  return { value: check.path };
};

/** A note path where empty means "none" (the built-in template). */
const optionalNoteField: FieldRepair<string> = (value, fallback) => (value === '' ? { value: '' } : noteField(value, fallback));

const triggerField: FieldRepair<string> = (value, fallback) => {
  const check = checkTrigger(typeof value === 'string' ? value : '');
  if ('problem' in check) return { value: fallback, problem: `${typeof value === 'string' ? `"${value}"` : 'is not text and'} ${check.problem}; using "${fallback}"` };
  return { value: check.trigger };
};

function choiceField<T extends string>(choices: readonly T[]): FieldRepair<T> {
  return (value, fallback) =>
    choices.includes(value as T) ? { value: value as T } : { value: fallback, problem: `is not one of ${choices.join(', ')}; using ${fallback}` };
}

const questionCountField: FieldRepair<number> = (value, fallback) => {
  const check = checkTemplateQuestionCount(value);
  return 'problem' in check ? { value: fallback, problem: `${check.problem}; using ${fallback}` } : { value: check.count };
};

const cadenceField: FieldRepair<string> = (value, fallback) => {
  if (typeof value === 'string' && parseCadence(value).status === 'valid') return { value: value.trim() };
  return { value: fallback, problem: `is not a cadence (try weekly, biweekly, monthly, 2w, 10d); using "${fallback}"` };
};

const pathPatternField: FieldRepair<string> = (value, fallback) => {
  const check = checkPathPattern(typeof value === 'string' ? value : '');
  if ('problem' in check) return { value: fallback, problem: `${typeof value === 'string' ? `"${value}"` : 'is not text and'} ${check.problem}; using "${fallback}"` };
  return { value: check.pattern };
};

const FIELDS: { [K in keyof Settings]: FieldRepair<Settings[K]> } = {
  peopleFolder: folderField,
  meetingsFolder: folderField,
  meetingTag: tagField,
  dueSoonDays: daysField,
  myName: nameField,
  addDoneDate: booleanField,
  meetingPathPattern: pathPatternField,
  templateFile: optionalNoteField,
  roleTemplates: multilineField,
  leaveEarlierUntouched: booleanField,
  talkingPointsHeading: textField,
  actionItemsHeading: textField,
  defaultCadence: cadenceField,
  showOverdueInStatusBar: booleanField,
  questionFile: noteField,
  hideBuiltInQuestions: booleanField,
  questionTrigger: triggerField,
  questionTriggerScope: choiceField(TRIGGER_SCOPES),
  questionFormat: choiceField(QUESTION_FORMATS),
  templateQuestionCount: questionCountField,
};

/** Defaults merged into a fresh object, each stored field checked on its own. Never throws. */
export function repairSettings(stored: unknown): SettingsRepair {
  const settings: Settings = { ...DEFAULT_SETTINGS };
  const problems: string[] = [];
  if (stored === null || stored === undefined) return { settings, problems };
  if (typeof stored !== 'object' || Array.isArray(stored)) {
    return { settings, problems: ['the saved settings are not an object; using the defaults'] };
  }
  const record = stored as Record<string, unknown>;
  for (const key of Object.keys(FIELDS) as (keyof Settings)[]) {
    if (!(key in record)) continue;
    const repair = FIELDS[key] as FieldRepair<unknown>;
    const result = repair(record[key], DEFAULT_SETTINGS[key]);
    (settings as unknown as Record<string, unknown>)[key] = result.value;
    if (result.problem) problems.push(`${key} ${result.problem}`);
  }
  const overlap = foldersOverlap(settings.peopleFolder, settings.meetingsFolder);
  if (overlap !== null) {
    problems.push(`meetingsFolder ${overlap}; using "${DEFAULT_SETTINGS.meetingsFolder}" and "${DEFAULT_SETTINGS.peopleFolder}"`);
    settings.meetingsFolder = DEFAULT_SETTINGS.meetingsFolder;
    settings.peopleFolder = DEFAULT_SETTINGS.peopleFolder;
  }
  const unknown = Object.keys(record).filter((key) => !(key in FIELDS));
  if (unknown.length > 0) problems.push(`ignored unknown ${unknown.length === 1 ? 'setting' : 'settings'} ${unknown.map((k) => `"${k}"`).join(', ')}`);
  return { settings, problems };
}
