import { cadenceDays, formatCadence, parseCadence, type CadenceSetting } from '../cadence/cadence';
import { describeValue, readProperty } from '../markdown/frontmatter';
import { linkTarget, yamlLinkText } from './names';
import { parsePaused, type Paused } from '../cadence/paused';

/** A person note, read from its properties. Bad values become `problems`, never exceptions. */
export interface Person {
  readonly path: string;
  /** The note's base name, which is how links and meetings name the person. */
  readonly name: string;
  readonly aliases: readonly string[];
  readonly role: string | null;
  readonly cadence: CadenceSetting;
  readonly cadenceMax: CadenceSetting;
  readonly paused: Paused;
  /** A per-person meeting template: the link target or path as written. */
  readonly template: string | null;
  /** `one-on-one-layout`: where their new 1:1s go, over the setting; null to follow it. */
  readonly layout: MeetingLayout | null;
  readonly problems: readonly string[];
}

function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/** Obsidian accepts `aliases` and `alias`, each as a list or as one comma-separated string. */
function readAliases(frontmatter: unknown, problems: string[]): string[] {
  const found: string[] = [];
  for (const property of ['aliases', 'alias']) {
    const value = readProperty(frontmatter, property);
    if (value === undefined || value === null) continue;
    const items: unknown[] = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : [value];
    for (const item of items) {
      const alias = text(yamlLinkText(item) ?? item);
      if (alias === null) {
        if (item !== null && !(typeof item === 'string' && item.trim() === '')) {
          problems.push(`${property} holds ${describeValue(item)}, which is not a name`);
        }
        continue;
      }
      const name = linkTarget(alias);
      if (name !== '' && !found.includes(name)) found.push(name);
    }
  }
  return found;
}

function readRole(frontmatter: unknown, problems: string[]): string | null {
  const value = readProperty(frontmatter, 'role');
  if (value === undefined || value === null) return null;
  const values: unknown[] = Array.isArray(value) ? value : [value];
  const parts = values.map(text);
  if (parts.every((part): part is string => part !== null)) return parts.join(', ') || null;
  problems.push(`role ${describeValue(value)} is not text`);
  return null;
}

function readTemplate(frontmatter: unknown, problems: string[]): string | null {
  const value = readProperty(frontmatter, 'template');
  if (value === undefined || value === null) return null;
  const written = yamlLinkText(value) ?? value;
  if (typeof written === 'string') return linkTarget(written) || null;
  problems.push(`template ${describeValue(value)} is not a note name or path`);
  return null;
}

/** Where new 1:1s go: a note per meeting, or a dated section in the person's running note. */
export type MeetingLayout = 'per-meeting' | 'running';
export const MEETING_LAYOUTS: readonly MeetingLayout[] = ['per-meeting', 'running'];

function readLayout(frontmatter: unknown, problems: string[]): MeetingLayout | null {
  const value = readProperty(frontmatter, 'one-on-one-layout');
  if (value === undefined || value === null || value === '') return null;
  const layout = MEETING_LAYOUTS.find((known) => typeof value === 'string' && known === value.trim().toLowerCase());
  if (layout !== undefined) return layout;
  problems.push(`one-on-one-layout ${describeValue(value)} is not running or per-meeting; the setting "New 1:1s go in" is followed`);
  return null;
}

function checkMax(cadence: CadenceSetting, cadenceMax: CadenceSetting, problems: string[]): void {
  if (cadence.status !== 'valid' || cadenceMax.status !== 'valid') return;
  if (cadenceDays(cadenceMax.cadence) < cadenceDays(cadence.cadence)) {
    problems.push(
      `cadence-max (${formatCadence(cadenceMax.cadence)}) is shorter than cadence ` +
        `(${formatCadence(cadence.cadence)}), so the 1:1 turns overdue before it is due`,
    );
  }
}

/** Reads a person note's properties. Accepts any frontmatter shape, including none. */
export function parsePerson(path: string, basename: string, frontmatter: unknown): Person {
  const problems: string[] = [];
  const cadence = parseCadence(readProperty(frontmatter, 'cadence'), 'cadence');
  const cadenceMax = parseCadence(readProperty(frontmatter, 'cadence-max'), 'cadence-max');
  if (cadence.status === 'invalid') problems.push(cadence.problem);
  if (cadenceMax.status === 'invalid') {
    problems.push(`${cadenceMax.problem}; using 1.5 × cadence instead`);
  }
  checkMax(cadence, cadenceMax, problems);
  const paused = parsePaused(readProperty(frontmatter, 'paused'));
  if (paused.problem !== null) problems.push(paused.problem);
  return {
    path,
    name: basename,
    aliases: readAliases(frontmatter, problems),
    role: readRole(frontmatter, problems),
    cadence,
    cadenceMax,
    paused: paused.paused,
    template: readTemplate(frontmatter, problems),
    layout: readLayout(frontmatter, problems),
    problems,
  };
}
