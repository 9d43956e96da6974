import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { bodyTags, frontmatterYaml, readMarkdown } from '../../src/core/markdown/markdown-note';
import { VaultIndex, type IndexOptions } from '../../src/core/index/vault-index';
import { checkTyped, DEFAULT_SETTINGS, repairSettings } from '../../src/core/settings/settings';

/**
 * A note is a person if it is in the people folder, or carries the people tag (nested tags too)
 * anywhere — unless it is a meeting or a template. One rule, `kindOf`, which the index, the
 * Obsidian shell and the command line all ask.
 */

const OPTIONS: IndexOptions = { peopleFolder: 'People', meetingsFolder: '1-1s', meetingTag: '1on1', peopleTag: 'person' };

/** A note's properties and tags, read from its text as the command line reads them. */
function noteOf(path: string, text: string) {
  const note = readMarkdown(text);
  const yaml = frontmatterYaml(note);
  const frontmatter = yaml === null ? null : (parse(yaml) as unknown);
  return { path, frontmatter, tags: bodyTags(note), text };
}

function kind(path: string, text: string, options: IndexOptions = OPTIONS) {
  const note = noteOf(path, text);
  return new VaultIndex(options).kindOf(note.path, note.frontmatter, note.tags);
}

describe('the people tag', () => {
  it.each([
    ['tags: person', '---\ntags: person\n---\n'],
    ['tags: [person]', '---\ntags: [person]\n---\n'],
    ['a YAML list', '---\ntags:\n  - project\n  - person\n---\n'],
    ['the hash written in YAML', '---\ntags: "#person"\n---\n'],
    ['the hash in a YAML list', '---\ntags:\n  - "#person"\n---\n'],
    ['another case', '---\nTags: [Person]\n---\n'],
    ['tag: (singular)', '---\ntag: person\n---\n'],
    ['a nested tag', '---\ntags: person/report\n---\n'],
    ['comma-separated text', '---\ntags: team, person\n---\n'],
    ['an inline tag', 'Met at the offsite. #person\n'],
    ['an inline nested tag', '- worked with #Person/Report on the launch\n'],
    ['CRLF and a BOM', '\uFEFF---\r\ntags: [person]\r\n---\r\nbody\r\n'],
    ['a lone CR', 'text\r#person\rmore'],
  ])('makes a note anywhere a person: %s', (_what, text) => {
    expect(kind('Elsewhere/Team/Dana Fox.md', text)).toBe('person');
  });

  it.each([
    ['#personal', 'likes #personal time\n'],
    ['#people', '---\ntags: people\n---\n'],
    ['a tag that starts with it', '---\ntags: [persona]\n---\n'],
    ['a code block', '```\n#person\n```\n'],
    ['inline code', 'write `#person` to tag\n'],
    ['an HTML comment', '<!-- #person -->\n'],
    ['a link', 'see [[#person]] and [x](#person)\n'],
    ['a heading mark', '# person\n'],
    ['a property that is not tags', '---\nrole: person\n---\n'],
    ['no tag at all', 'Just a note about #1on1s\n'],
  ])('does not count %s', (_what, text) => {
    expect(kind('Elsewhere/Dana Fox.md', text)).toBe(null);
  });

  it('keeps a person in the folder one person, tagged or not', () => {
    const index = new VaultIndex(OPTIONS);
    const note = noteOf('People/Dana Fox.md', '---\ntags: person\ncadence: weekly\n---\n#person\n');
    index.upsert(note);
    index.upsert(note);
    expect(index.allPeople().map((p) => p.path)).toEqual(['People/Dana Fox.md']);
  });

  it('never makes a meeting a person: the meetings folder and the meeting tag win over the people tag', () => {
    expect(kind('1-1s/Dana Fox/2026-11-20.md', '---\ntags: [person]\n---\n')).toBe('meeting');
    expect(kind('Notes/2026-11-20 Dana.md', '---\ntags: [person, 1on1]\n---\n')).toBe('meeting');
    expect(kind('Notes/2026-11-20 Dana.md', '#person #1on1/team\n')).toBe('meeting');
  });

  it('does not make a template carrying the tag a person', () => {
    expect(kind('Templates/Person.md', '---\ntags: person\ncreated: "{{date}}"\n---\n')).toBe(null);
    expect(kind('Templates/Person.md', '---\ntags: person\naliases: ["{{title}}"]\n---\n')).toBe(null);
    expect(kind('Templates/Person.md', '---\ntags: person\ncreated: <% tp.date.now() %>\n---\n')).toBe(null);
    expect(kind('Templates/{{title}}.md', '---\ntags: person\n---\n')).toBe(null);
    // A name with braces that are no placeholder is still a person.
    expect(kind('Elsewhere/{Dana}.md', '---\ntags: person\nrole: "a {{ b"\n---\n')).toBe('person');
  });

  it('reads a setting with a hash like one without, and an empty setting turns the tag off', () => {
    expect(kind('Elsewhere/Dana.md', '#report\n', { ...OPTIONS, peopleTag: '#report' })).toBe('person');
    expect(kind('Elsewhere/Dana.md', '#person\n', { ...OPTIONS, peopleTag: '' })).toBe(null);
    expect(kind('People/Dana.md', '', { ...OPTIONS, peopleTag: '' })).toBe('person');
    expect(kind('Elsewhere/Dana.md', '#person\n', { peopleFolder: 'People', meetingsFolder: '1-1s' })).toBe('person');
  });

  it('treats a tagged namesake of a folder person by the namesake rules: the shorter path wins a bare name', () => {
    const index = new VaultIndex(OPTIONS);
    index.upsert(noteOf('People/Alex Kim.md', '---\ncadence: weekly\n---\n'));
    index.upsert(noteOf('Contractors/Agency/Alex Kim.md', '---\ntags: person\ncadence: monthly\n---\n'));
    expect(index.allPeople().map((p) => p.path).sort()).toEqual(['Contractors/Agency/Alex Kim.md', 'People/Alex Kim.md']);
    expect(index.resolvePerson('Alex Kim')?.path).toBe('People/Alex Kim.md');
    expect(index.resolvePerson('Contractors/Agency/Alex Kim')?.path).toBe('Contractors/Agency/Alex Kim.md');
  });

  it('follows a tag removed, and a tagged person moved out of the folder', () => {
    const index = new VaultIndex(OPTIONS);
    index.upsert(noteOf('People/Dana.md', '---\ntags: person\ncadence: weekly\n---\n'));
    expect(index.rename('People/Dana.md', noteOf('Archive/Dana.md', '---\ntags: person\ncadence: weekly\n---\n'))).toBe(true);
    expect(index.allPeople().map((p) => p.path)).toEqual(['Archive/Dana.md']);
    expect(index.getPerson('Archive/Dana.md')?.cadence).toMatchObject({ status: 'valid' });
    index.upsert(noteOf('Archive/Dana.md', '---\ncadence: weekly\n---\n'));
    expect(index.allPeople()).toEqual([]);
  });
});

describe('the people tag setting', () => {
  it('defaults to person, takes a hash, and may be empty', () => {
    expect(DEFAULT_SETTINGS.peopleTag).toBe('person');
    expect(checkTyped('peopleTag', ' #Report/Direct ', DEFAULT_SETTINGS)).toEqual({ value: 'Report/Direct' });
    expect(checkTyped('peopleTag', '  ', DEFAULT_SETTINGS)).toEqual({ value: '' });
    expect(checkTyped('peopleTag', 'my people', DEFAULT_SETTINGS)).toEqual({ problem: 'This tag is not a tag (letters, digits, - _ / only)' });
    expect(checkTyped('peopleTag', '#', DEFAULT_SETTINGS)).toEqual({ problem: 'This tag is empty' });
  });

  it('repairs a stored value it cannot use, naming it', () => {
    expect(repairSettings({ peopleTag: '' }).settings.peopleTag).toBe('');
    expect(repairSettings({ peopleTag: '#person' })).toEqual({ settings: { ...DEFAULT_SETTINGS }, problems: ['peopleTag "#person" was read as "person"'] });
    expect(repairSettings({ peopleTag: 42 }).problems).toEqual(['peopleTag is not text; using "person"']);
    expect(repairSettings({ peopleTag: 'a b' }).problems).toEqual(['peopleTag "a b" is not a tag (letters, digits, - _ / only); using "person"']);
  });
});

describe('what is never a note kind', () => {
  it('is a file that is not Markdown, even in the people or meetings folder, or tagged', () => {
    const index = new VaultIndex({ peopleFolder: 'People', meetingsFolder: '1-1s' });
    expect(index.kindOf('People/photo.png', undefined, [])).toBeNull();
    expect(index.kindOf('1-1s/Ann/2026-11-20.pdf', undefined, [])).toBeNull();
    expect(index.kindOf('Elsewhere/card.canvas', { tags: ['person'] }, ['#person'])).toBeNull();
    expect(index.kindOf('People/Ann.md', undefined, [])).toBe('person');
  });
});
