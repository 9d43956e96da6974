import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { CalendarDay } from '../../src/core/calendar/dates';
import { planStart, type StartHost } from '../../src/core/start/start-plan';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings/settings';
import { VaultIndex } from '../../src/core/index/vault-index';

// Behaviours pinned down by the survivors of the mutation run over src/core/start/start-plan.ts;
// the mutants there that no input can tell apart are listed with the reason in the mutation notes.
const DAY = '2026-11-20' as CalendarDay;
const NOW = new Date(2026, 10, 20, 9, 30);

function frontmatterOf(text: string): unknown {
  const block = /^---\n([\s\S]*?)\n?---(\n|$)/.exec(text);
  return block ? (parse(block[1] ?? '') as unknown) : undefined;
}

/** The new note without the properties every note gets. */
const body = (plan: { readonly content: string }) => plan.content.replace(/^---\n[\s\S]*?\n---\n/, '');

/** A vault as the core sees it; templates are the notes under Templates/, found by name. */
function vaultOf(files: Record<string, string>, settings: Partial<Settings> = {}) {
  const index = new VaultIndex({ peopleFolder: 'People', meetingsFolder: '1-1s' });
  const texts = new Map<string, string>();
  for (const [path, text] of Object.entries(files)) {
    texts.set(path, text);
    if (!path.startsWith('Templates/')) index.upsert({ path, frontmatter: frontmatterOf(text), tags: [], text });
  }
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
  };
  const created = async (personPath = 'People/Al.md') => {
    const person = index.getPerson(personPath);
    if (!person) throw new Error(`${personPath} is not indexed as a person`);
    const plan = await planStart(host, person, DAY, NOW);
    if (plan.kind !== 'create') throw new Error(`expected a new note, got ${plan.path}`);
    return plan;
  };
  return { created };
}

const TEMPLATES = {
  'Templates/default.md': 'DEFAULT TEMPLATE\n',
  'Templates/engineer.md': 'ENGINEER TEMPLATE\n',
  'Templates/engineers.md': 'WHOLE LINE AS TEMPLATE\n',
};

describe('the role setting lines that name a template', () => {
  it('skips a line with no colon, even one that starts with the role', async () => {
    const vault = vaultOf(
      { ...TEMPLATES, 'People/Al.md': '---\nrole: engineer\n---\n' },
      { roleTemplates: 'Engineers\nEngineer: engineer', templateFile: 'default' },
    );
    const plan = await vault.created();
    expect(body(plan)).toBe('ENGINEER TEMPLATE\n');
    expect(plan.problems).toEqual([]);
  });

  it('falls back to the template setting when the only line without a colon starts with the role', async () => {
    const vault = vaultOf({ ...TEMPLATES, 'People/Al.md': '---\nrole: engineer\n---\n' }, { roleTemplates: 'Engineers', templateFile: 'default' });
    const plan = await vault.created();
    expect(body(plan)).toBe('DEFAULT TEMPLATE\n');
    expect(plan.problems).toEqual([]);
  });
});
