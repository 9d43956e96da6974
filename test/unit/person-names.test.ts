import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { CalendarDay } from '../../src/core/calendar/dates';
import { linkTarget } from '../../src/core/people/names';
import { planStart, type StartHost } from '../../src/core/start/start-plan';
import { renderWithProperties } from '../../src/core/start/template-properties';
import { DEFAULT_SETTINGS } from '../../src/core/settings/settings';
import { personStatus } from '../../src/core/cadence/urgency';
import { VaultIndex } from '../../src/core/index/vault-index';
import { runs } from '../support/mutation-run';

const DAY = '2026-11-20' as CalendarDay;
const NOW = new Date(2026, 10, 20, 9, 30);
const PERSON = '---\ncadence: weekly\n---\n';

function frontmatterOf(text: string): unknown {
  const block = /^---\n([\s\S]*?)\n?---(\n|$)/.exec(text);
  try {
    return block ? (parse(block[1] ?? '') as unknown) : undefined;
  } catch {
    return undefined;
  }
}

/** Obsidian's shortest link text: the name when no other note shares it (case ignored), else the path. */
function shortestLinkText(target: string, paths: readonly string[]): string {
  const name = target.slice(target.lastIndexOf('/') + 1).toLowerCase();
  const shared = paths.filter((p) => p.slice(p.lastIndexOf('/') + 1).toLowerCase() === name).length > 1;
  return (shared ? target : target.slice(target.lastIndexOf('/') + 1)).replace(/\.md$/i, '');
}

/** A vault as the core sees it: notes by path, indexed as the plugin and the CLI index them. */
function vaultOf(files: Record<string, string>, template: string | null = null) {
  const index = new VaultIndex({ peopleFolder: 'People', meetingsFolder: '1-1s' });
  const texts = new Map<string, string>();
  const write = (path: string, text: string) => {
    texts.set(path, text);
    index.upsert({ path, frontmatter: frontmatterOf(text), tags: [], text });
  };
  for (const [path, text] of Object.entries(files)) write(path, text);
  const host: StartHost = {
    index,
    settings: { ...DEFAULT_SETTINGS, templateFile: template === null ? '' : 'Templates/1-1.md' },
    parseYaml: (text) => parse(text) as unknown,
    read: async (path) => (path === 'Templates/1-1.md' ? template : (texts.get(path) ?? null)),
    exists: (path) => [...texts.keys()].some((p) => p === path || p.startsWith(`${path}/`)),
    unwritable: () => null,
    linkText: (target) => shortestLinkText(target, [...texts.keys()]),
    findTemplate: () => (template === null ? null : 'Templates/1-1.md'),
    questionsFor: () => [],
  };
  /** "Start 1:1" as the user sees it: the note it made (or opened), and what it said. */
  const start = async (personPath: string) => {
    const person = index.getPerson(personPath);
    if (!person) throw new Error(`${personPath} is not indexed as a person`);
    const plan = await planStart(host, person, DAY, NOW);
    if (plan.kind === 'create') write(plan.path, plan.content);
    return plan;
  };
  return { index, start };
}

/** The person a note's `person` property names, as the index reads it back. */
function personOf(index: VaultIndex, note: string): string | undefined {
  return index.resolvePerson(String((frontmatterOf(note) as { person?: unknown }).person))?.path;
}

const ODD_NAMES = [
  'C# Dev',
  'Anna [Ops]',
  'R^2',
  'A|B',
  "O'Brien",
  'Say "Hi"',
  'Ünal'.normalize('NFD'),
  '100% Sure',
  '50%23 off',
  'Jo .NET',
  'Zoë 🚀',
  'Anna (Ops)',
  'Back\\slash',
  'Notes.md',
  '#1 [fan] ^x|y',
];

describe('Start 1:1 with a person whose name Obsidian allows', () => {
  it.each(ODD_NAMES)('%j: the note names them, they are met, and a second start opens the same note', async (name) => {
    const path = `People/${name}.md`;
    const vault = vaultOf({ [path]: PERSON, 'People/Alice Smith.md': PERSON });
    const first = await vault.start(path);
    expect(first.kind).toBe('create');
    if (first.kind !== 'create') return;
    expect(first.problems).toEqual([]);
    expect(personOf(vault.index, first.content)).toBe(path);
    expect(vault.index.meetingsOf(path).map((m) => m.meeting.path)).toEqual([first.path]);
    const person = vault.index.getPerson(path);
    expect(person && personStatus(vault.index, person, DAY).cadence.state).toBe('on-track');
    expect(await vault.start(path)).toEqual({ kind: 'existing', path: first.path });
  });

  it.each([
    ['Alice Smith', '"[[Alice Smith]]"'],
    ["O'Brien", `"[[O'Brien]]"`],
    ['Ünal'.normalize('NFD'), `"[[${'Ünal'.normalize('NFD')}]]"`],
    ['C# Dev', '"[C# Dev](People/C%23%20Dev.md)"'],
    ['R^2', '"[R^2](People/R%5E2.md)"'],
    ['A|B', '"[A|B](People/A%7CB.md)"'],
    ['Re: Q3', '"[Re: Q3](People/Re%3A%20Q3.md)"'],
    ['Anna [Ops]', '"[Anna \\\\[Ops\\\\]](People/Anna%20%5BOps%5D.md)"'],
  ])('%j is written as person: %s (a wikilink where one can name the note, else an encoded Markdown link)', async (name, property) => {
    const vault = vaultOf({ [`People/${name}.md`]: PERSON });
    const plan = await vault.start(`People/${name}.md`);
    expect(plan.kind === 'create' && plan.content.split('\n')[1]).toBe(`person: ${property}`);
  });

  it('links the person and the previous meeting in the body in the same resolvable form', async () => {
    const vault = vaultOf({
      'People/C# Dev.md': PERSON,
      '1-1s/C# Dev/2026-11-13.md': '---\nperson: "[C# Dev](People/C%23%20Dev.md)"\n---\n',
      // A second note of that name makes Obsidian's link to the first one its path, which holds a `#`.
      'Notes/2026-11-13.md': '',
    }, 'With {{person_link}}, last time {{previous}}\n');
    const plan = await vault.start('People/C# Dev.md');
    expect(plan.kind === 'create' && plan.content).toContain('With [C# Dev](People/C%23%20Dev.md), last time [Nov 13](1-1s/C%23%20Dev/2026-11-13.md)\n');
  });

  it('keeps a template\'s other properties when the name holds quotes or backslashes', async () => {
    const template = '---\nperson: "{{person_link}}"\ntopic: "1:1 with {{person}}"\nalt: \'{{person}}\'\n---\nBody\n';
    const vault = vaultOf({ 'People/Say "Hi" O\'Neil\\.md': PERSON }, template);
    const plan = await vault.start('People/Say "Hi" O\'Neil\\.md');
    expect(plan.kind === 'create' && plan.problems).toEqual([]);
    const properties = plan.kind === 'create' ? (frontmatterOf(plan.content) as Record<string, unknown>) : {};
    expect(properties.topic).toBe('1:1 with Say "Hi" O\'Neil\\');
    expect(properties.alt).toBe('Say "Hi" O\'Neil\\');
    expect(vault.index.resolvePerson(String(properties.person))?.path).toBe('People/Say "Hi" O\'Neil\\.md');
  });
});

describe('a template\'s quoted properties', () => {
  const render = (template: string, name: string) => frontmatterOf(renderWithProperties(template, { person: name, date: DAY }, NOW)) as Record<string, unknown>;

  it('read back as the name, whatever it holds, in double quotes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (name) => {
        expect(render('---\na: "{{person}}"\nb: ["x {{person}}"]\nc: {{date}}\n---\n', name)).toEqual({ a: name, b: [`x ${name}`], c: DAY });
      }),
      { numRuns: runs(200) },
    );
  });

  it('read back as the name in single quotes, where YAML allows the characters on one line', () => {
    const printable = fc.string({ unit: 'grapheme' }).filter((name) => !/[\p{Cc}\u2028\u2029]/u.test(name));
    fc.assert(
      fc.property(printable, (name) => {
        expect(render("---\na: '{{person}}'\nb: [x, 'y {{person}}']\n---\n", name)).toEqual({ a: name, b: ['x', `y ${name}`] });
      }),
      { numRuns: runs(200) },
    );
  });
});

/** File names Linux and macOS accept that Obsidian shows: no `/`, no NUL, not hidden (leading dot). */
const fileName = fc
  .array(
    fc.oneof(
      fc.constantFrom(...'#^[]|\'"%.()<>\\{}!*?:;@&=+$,~` -_'.split(''), '%23', '%2', 'e\u0301', 'Ü', '🚀', '\u00a0', 'a', 'B', '.md'),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 2 }),
    ),
    { minLength: 1, maxLength: 10 },
  )
  .map((parts) => parts.join(''))
  .filter((name) => name.trim() !== '' && !name.startsWith('.') && !/[/\0]|\{\{/.test(name) && !/^\s|\s$/.test(name));

describe('any name, in any folder, even shared with someone else', () => {
  it('the written reference resolves back to the person, and a second start opens the same note', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.tuple(fc.constantFrom('', 'Team A/', 'Team #2/', 'b/'), fileName), { minLength: 1, maxLength: 4, selector: ([folder, name]) => `${folder}${name}`.toLowerCase() }),
        async (people) => {
          const paths = people.map(([folder, name]) => `People/${folder}${name}.md`);
          const vault = vaultOf(Object.fromEntries(paths.map((path) => [path, PERSON])));
          for (const path of paths) {
            const plan = await vault.start(path);
            expect(plan.kind).toBe('create');
            if (plan.kind === 'create') expect(personOf(vault.index, plan.content)).toBe(path);
          }
          for (const path of paths) {
            expect(vault.index.meetingsOf(path)).toHaveLength(1);
            expect(await vault.start(path)).toEqual({ kind: 'existing', path: vault.index.meetingsOf(path)[0]?.meeting.path });
          }
        },
      ),
      { numRuns: runs(300) },
    );
  });
});

describe('reading a reference back', () => {
  it.each([
    ['[C# Dev](People/C%23%20Dev.md)', 'People/C# Dev.md'],
    ['[C# Dev](People/C%23%20Dev.md#Notes)', 'People/C# Dev.md'],
    ['[100%](People/100%25.md)', 'People/100%.md'],
    ['[x](People/50%2523%20off.md)', 'People/50%23 off.md'],
    ['[Anna (Ops)](<People/Anna (Ops).md>)', 'People/Anna (Ops).md'],
    ['[Anna (Ops)](People/Anna%20(Ops).md)', 'People/Anna (Ops).md'],
    ['[Anna \\[Ops\\]](People/Anna%20%5BOps%5D.md)', 'People/Anna [Ops].md'],
    ['[Alice](People/Alice%20Smith.md "her note")', 'People/Alice Smith.md'],
    ['[R^2](<People/R^2.md>)', 'People/R^2.md'],
  ])('reads %j as %j', (value, expected) => {
    expect(linkTarget(value)).toBe(expected);
  });
});

describe('two people with the same name', () => {
  const SAM = ['People/Team B/Sam.md', 'People/Sam.md', 'People/Team A/Sam.md', 'People/x/Sam.md'];

  function indexOf(paths: readonly string[], meetings: Record<string, unknown> = {}): VaultIndex {
    const index = new VaultIndex({ peopleFolder: 'People', meetingsFolder: '1-1s' });
    for (const path of paths) index.upsert({ path, frontmatter: { cadence: 'weekly' }, tags: [], text: null });
    for (const [path, frontmatter] of Object.entries(meetings)) index.upsert({ path, frontmatter, tags: [], text: '' });
    return index;
  }

  it('a bare name goes where Obsidian\'s link goes (shortest path, then alphabetical), whatever the order they were read in', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(SAM, { minLength: 2 }), (paths) => {
        const shortest = [...paths].sort((a, b) => a.length - b.length || (a < b ? -1 : 1))[0];
        expect(indexOf(paths).resolvePerson('[[Sam]]')?.path).toBe(shortest);
      }),
    );
    expect(indexOf(['People/Team B/Sam.md', 'People/Team A/Sam.md']).resolvePerson('Sam')?.path).toBe('People/Team A/Sam.md');
  });

  it('a path always names exactly its note, written as a wikilink, a Markdown link, a partial path or a plain path', () => {
    const index = indexOf(SAM);
    expect(index.resolvePerson('[[People/Team B/Sam]]')?.path).toBe('People/Team B/Sam.md');
    expect(index.resolvePerson('[Sam](People/Team%20B/Sam.md)')?.path).toBe('People/Team B/Sam.md');
    expect(index.resolvePerson('[[Team A/Sam|Sam]]')?.path).toBe('People/Team A/Sam.md');
    expect(index.resolvePerson('People/x/Sam.md')?.path).toBe('People/x/Sam.md');
  });

  it('names spelled alike but not the same (composition, spaces) each go to their own note', () => {
    const [nfc, nfd] = ['Ünal'.normalize('NFC'), 'Ünal'.normalize('NFD')];
    const index = indexOf([`People/${nfc}.md`, `People/Team/${nfd}.md`, 'People/Jo  Li.md', 'People/Team/Jo Li.md']);
    expect(index.resolvePerson(`[[${nfd}]]`)?.path).toBe(`People/Team/${nfd}.md`);
    expect(index.resolvePerson(`[[${nfc}]]`)?.path).toBe(`People/${nfc}.md`);
    expect(index.resolvePerson('[[Jo Li]]')?.path).toBe('People/Team/Jo Li.md');
    expect(index.resolvePerson('jo li')?.path).toBe('People/Jo  Li.md');
  });

  it('a meeting and an owner naming the bare name belong to the same one, deterministically', () => {
    const index = indexOf(['People/Team B/Sam.md', 'People/Team A/Sam.md'], {
      '1-1s/Sam/2026-11-13.md': { person: '[[Sam]]', date: '2026-11-13' },
      '1-1s/Sam/2026-11-06.md': { person: '[[People/Team B/Sam]]', date: '2026-11-06' },
    });
    expect(index.meetingsOf('People/Team A/Sam.md').map((m) => m.meeting.path)).toEqual(['1-1s/Sam/2026-11-13.md']);
    expect(index.meetingsOf('People/Team B/Sam.md').map((m) => m.meeting.path)).toEqual(['1-1s/Sam/2026-11-06.md']);
  });

  it('a person\'s own name wins over someone else\'s alias', () => {
    const index = new VaultIndex({ peopleFolder: 'People', meetingsFolder: '1-1s' });
    index.upsert({ path: 'People/Al.md', frontmatter: { aliases: ['Sam'] }, tags: [], text: null });
    index.upsert({ path: 'People/Deep/Folder/Sam.md', frontmatter: {}, tags: [], text: null });
    expect(index.resolvePerson('Sam')?.path).toBe('People/Deep/Folder/Sam.md');
  });
});

describe('meetings that name the person another way', () => {
  it('a note found only by its folder (made safe from the name) belongs to the person', () => {
    const vault = vaultOf({ 'People/C# Dev.md': PERSON, '1-1s/C Dev/2026-11-13.md': '# notes\n' });
    expect(vault.index.meetingsOf('People/C# Dev.md').map((m) => m.meeting.path)).toEqual(['1-1s/C Dev/2026-11-13.md']);
  });

  it('someone actually named like the safe folder keeps their notes', () => {
    const vault = vaultOf({ 'People/C# Dev.md': PERSON, 'People/Team/C Dev.md': PERSON, '1-1s/C Dev/2026-11-13.md': '# notes\n' });
    expect(vault.index.meetingsOf('People/Team/C Dev.md')).toHaveLength(1);
    expect(vault.index.meetingsOf('People/C# Dev.md')).toHaveLength(0);
  });

  it('a link relative to the meeting note, as Obsidian writes with "relative path" links', () => {
    const vault = vaultOf({
      'People/C# Dev.md': PERSON,
      'People/Alice Smith.md': PERSON,
      '1-1s/x/2026-11-13.md': '---\nperson: "[C# Dev](../../People/C%23%20Dev.md)"\n---\n- [ ] [Alice](../../People/Alice%20Smith.md) send it\n',
      '1-1s/y/2026-11-12.md': '---\nperson: "[[../../People/Alice Smith]]"\n---\n',
    });
    expect(vault.index.meetingsOf('People/C# Dev.md').map((m) => m.meeting.path)).toEqual(['1-1s/x/2026-11-13.md']);
    expect(vault.index.meetingsOf('People/Alice Smith.md').map((m) => m.meeting.path)).toEqual(['1-1s/y/2026-11-12.md']);
    expect(vault.index.openActions().map((a) => a.owner)).toEqual([{ kind: 'person', path: 'People/Alice Smith.md' }]);
  });
});
