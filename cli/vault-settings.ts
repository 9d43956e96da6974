import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repairSettings, type Settings } from '../src/core/settings/settings';
import { describeError, errorCode } from './note-files';

/** The settings to use, and each reason they may not be what the user meant, as one sentence. */
export interface VaultSettings {
  readonly settings: Settings;
  readonly problems: readonly string[];
}

function defaults(problem?: string): VaultSettings {
  return { settings: repairSettings(null).settings, problems: problem === undefined ? [] : [problem] };
}

/**
 * The plugin's settings from `.obsidian/plugins/one-on-ones/data.json`. Only a file that is not
 * there means "the defaults, nothing to say": one that cannot be read (a locked `.obsidian`) is a
 * problem like one that does not parse, or the defaults would pass for the user's settings.
 */
function readSettings(root: string): VaultSettings {
  let text: string;
  try {
    text = readFileSync(join(root, '.obsidian', 'plugins', 'one-on-ones', 'data.json'), 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return defaults();
    return defaults(`data.json could not be read (${describeError(error)}); using the default settings`);
  }
  try {
    return repairSettings(JSON.parse(text) as unknown);
  } catch {
    return defaults('data.json is not valid JSON; using the default settings');
  }
}

/**
 * A people or meetings folder that is not a folder of the vault: a typo in the settings, or the
 * wrong --vault. Without a word, `status` would print an empty table, read as "nobody is due". A
 * folder that cannot be looked at is left to the walk, which names what it could not read.
 */
function folderProblem(root: string, role: 'people' | 'meetings', folder: string): string[] {
  try {
    return statSync(join(root, ...folder.split('/'))).isDirectory() ? [] : [`the ${role} folder "${folder}" is a file, not a folder`];
  } catch (error) {
    return ['ENOENT', 'ENOTDIR'].includes(errorCode(error) ?? '') ? [`the ${role} folder "${folder}" does not exist in the vault`] : [];
  }
}

/** The settings of the vault at `root`, with what is wrong in them and in the folders they name. */
export function vaultSettings(root: string): VaultSettings {
  const { settings, problems } = readSettings(root);
  const folders = [...folderProblem(root, 'people', settings.peopleFolder), ...folderProblem(root, 'meetings', settings.meetingsFolder)];
  return { settings, problems: [...problems, ...folders] };
}
