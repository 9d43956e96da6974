import { parse } from 'yaml';
import type { CalendarDay } from '../../src/core/calendar/dates';
import { planStart, type StartHost, type StartPlan } from '../../src/core/start/start-plan';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings/settings';
import { VaultIndex } from '../../src/core/index/vault-index';

/** A vault for planning starts, as the core sees it: notes by path, an index over them, a host. */
export const DAY = '2026-11-20' as CalendarDay;
export const NOW = new Date(2026, 10, 20, 9, 30);
export const PERSON = '---\ncadence: weekly\n---\n';

function frontmatterOf(text: string): unknown {
  const block = /^---\n([\s\S]*?)\n?---(\n|$)/.exec(text);
  return block ? (parse(block[1] ?? '') as unknown) : undefined;
}

/** The new note without the properties every note gets. */
export const body = (plan: { readonly content: string }) => plan.content.replace(/^---\n[\s\S]*?\n---\n/, '');

export const meeting = (date: string, body: string, extra = '') => `---\nperson: "[[Al]]"\ndate: ${date}\n${extra}---\n${body}`;

/** A vault as the core sees it; templates are the notes under Templates/, found by name. */
export function vaultOf(files: Record<string, string>, settings: Partial<Settings> = {}, hostChanges: Partial<StartHost> = {}) {
  const index = new VaultIndex({ peopleFolder: 'People', meetingsFolder: '1-1s', agendaHeading: settings.agendaHeading ?? DEFAULT_SETTINGS.agendaHeading });
  const texts = new Map<string, string>();
  const write = (path: string, text: string) => {
    texts.set(path, text);
    if (!path.startsWith('Templates/')) index.upsert({ path, frontmatter: frontmatterOf(text), tags: [], text });
  };
  for (const [path, text] of Object.entries(files)) write(path, text);
  const host: StartHost = {
    index,
    settings: { ...DEFAULT_SETTINGS, ...settings },
    parseYaml: (text) => parse(text) as unknown,
    read: async (path) => texts.get(path) ?? null,
    exists: (path) => [...texts.keys()].some((p) => p === path || p.startsWith(`${path}/`)),
    unwritable: () => null,
    linkText: (target) => target.slice(target.lastIndexOf('/') + 1).replace(/\.md$/, ''),
    findTemplate: (wanted) => (texts.has(`Templates/${wanted}.md`) ? `Templates/${wanted}.md` : null),
    questionsFor: () => [],
    ...hostChanges,
  };
  const start = async (personPath = 'People/Al.md', day = DAY): Promise<StartPlan> => {
    const person = index.getPerson(personPath);
    if (!person) throw new Error(`${personPath} is not indexed as a person`);
    return planStart(host, person, day, NOW);
  };
  const created = async (personPath?: string, day = DAY) => {
    const plan = await start(personPath, day);
    if (plan.kind !== 'create') throw new Error(`expected a new note, got ${plan.path}`);
    return plan;
  };
  return { index, start, created };
}

