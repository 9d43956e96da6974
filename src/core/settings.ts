/** The plugin's settings: their shape, defaults, and the repair of whatever data.json holds. */

export interface Settings {
  /** Folder of person notes, vault-relative, subfolders included. */
  peopleFolder: string;
  /** Folder of meeting notes, vault-relative, subfolders included. */
  meetingsFolder: string;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  peopleFolder: 'People',
  meetingsFolder: '1-1s',
});

export type FolderCheck = { folder: string } | { problem: string };

/**
 * A folder the plugin may read and write: vault-relative, never above the vault root.
 * Leading and trailing slashes are dropped; `..`, drive letters and home paths are refused.
 */
export function checkVaultFolder(input: string): FolderCheck {
  const trimmed = input.trim().normalize('NFC');
  if (trimmed === '') return { problem: 'is empty' };
  if (/^[A-Za-z]:/.test(trimmed) || trimmed.startsWith('~')) return { problem: 'is a path outside the vault' };
  if (Array.from(trimmed).some((ch) => ch.charCodeAt(0) < 0x20)) return { problem: 'contains control characters' };
  const parts = trimmed.split(/[\\/]+/).filter((part) => part !== '');
  if (parts.some((part) => part === '..')) return { problem: 'leads outside the vault' };
  const folder = parts.filter((part) => part !== '.').join('/');
  if (folder === '') return { problem: 'is the vault root' };
  return { folder };
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

const FIELDS: { [K in keyof Settings]: FieldRepair<Settings[K]> } = {
  peopleFolder: folderField,
  meetingsFolder: folderField,
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
  const unknown = Object.keys(record).filter((key) => !(key in FIELDS));
  if (unknown.length > 0) problems.push(`ignored unknown ${unknown.length === 1 ? 'setting' : 'settings'} ${unknown.map((k) => `"${k}"`).join(', ')}`);
  return { settings, problems };
}
