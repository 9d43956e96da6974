import { describe, expect, it } from 'vitest';
import { parsePerson } from '../../src/core/people/people';
import { PersonKeys } from '../../src/core/people/person-keys';
import { peopleCloseTo, preparePeople, searchPeople } from '../../src/core/people/person-search';

// Behaviours pinned down by the mutation run over src/core/people/people.ts, person-keys.ts and
// person-search.ts: properties read from a person note, which note a reference means, and the
// score and highlight of each person a picker finds.
const read = (frontmatter: unknown) => {
  const person = parsePerson('People/Ann.md', 'Ann', frontmatter);
  return { aliases: person.aliases, role: person.role, template: person.template, problems: person.problems };
};
const none = { aliases: [], role: null, template: null, problems: [] };

describe('parsePerson: aliases', () => {
  it('reads a number as an alias, but not infinity', () => {
    expect(read({ aliases: 5 })).toEqual({ ...none, aliases: ['5'] });
    expect(read({ aliases: [Infinity] })).toEqual({ ...none, problems: ['aliases holds Infinity, which is not a name'] });
  });

  it('passes over empty and blank aliases quietly, and reports one that is not text', () => {
    expect(read({ aliases: [null, '', '  ', true] })).toEqual({ ...none, problems: ['aliases holds true, which is not a name'] });
  });

  it('drops an alias that links only to a heading', () => {
    expect(read({ aliases: ['[[#Intro]]'] })).toEqual(none);
  });
});

describe('parsePerson: role, template and cadence', () => {
  it('reads an empty role or template as none, without a problem', () => {
    expect(read({ role: null, template: null })).toEqual(none);
  });

  it('reports a role list holding something that is not text', () => {
    expect(read({ role: ['Lead', true] })).toEqual({ ...none, problems: ['role a list is not text'] });
  });

  it('does not compare cadence-max with a cadence that is not set, or warn when they are equal', () => {
    expect(read({ 'cadence-max': 'weekly' }).problems).toEqual([]);
    expect(read({ cadence: 'weekly', 'cadence-max': 'weekly' }).problems).toEqual([]);
  });
});

describe('PersonKeys.find', () => {
  const keys = (...paths: string[]) => new PersonKeys(paths.map((path) => parsePerson(path, path.replace(/^.*\/|\.md$/g, ''), {})));

  it('gives a name two notes share, at paths of the same length, to the first alphabetically', () => {
    expect(keys('B/Sam.md', 'A/Sam.md').find('Sam')).toBe('A/Sam.md');
  });

  it('finds no one for an empty reference', () => {
    expect(keys('People/Sam.md').find('')).toBeNull();
  });

  it('reads ./ and ../ from the folder of the note the reference is in', () => {
    expect(keys('People/Sam.md').find('./Sam', 'People/x.md')).toBe('People/Sam.md');
    expect(keys('People/Sam.md').find('.//Sam', 'People/x.md')).toBe('People/Sam.md');
    expect(keys('People/Sam.md').find(' ./Sam', 'People/x.md')).toBe('People/Sam.md');
  });

  it('finds no one for a relative reference without the note it is in, or one that leads out', () => {
    expect(keys('People/Sam.md').find('./Sam')).toBeNull();
    expect(keys('People/Sam.md').find('../../Sam', 'People/x.md')).toBeNull();
  });

  it('reads a folder name ending in a dot as a folder, not as a relative reference', () => {
    expect(keys('Dr./Sam.md').find('dr./Sam')).toBe('Dr./Sam.md');
  });

  it('ignores leading slashes and a trailing space after .md', () => {
    expect(keys('People/Sam.md').find('//Sam')).toBe('People/Sam.md');
    expect(keys('People/Sam.md').find('Sam.md ')).toBe('People/Sam.md');
  });

  it('prefers a name exactly as written, spaces included', () => {
    expect(keys('A/ a.md', 'B/a.md').find(' a')).toBe('A/ a.md');
    expect(keys('A/ a.mdx.md', 'B/a.mdx.md').find(' a.mdx')).toBe('A/ a.mdx.md');
  });
});

describe('searchPeople: names above aliases', () => {
  const team = () =>
    preparePeople([
      { path: 'a', name: 'Margaret Okonkwo', aliases: ['Meg', 'Meg Okonkwo'] },
      { path: 'b', name: 'Ann Megan', aliases: ['Ann Meg'] },
    ]);
  const found = (query: string) => searchPeople(query, team()).map((m) => [m.alias ?? m.person.name, m.score, m.ranges, m.close]);

  it('scores a name typed exactly at 1000, and an alias typed exactly one less', () => {
    expect(found('margaret okonkwo')).toEqual([['Margaret Okonkwo', 1000, [[0, 8], [9, 16]], true]]);
    expect(found('meg okonkwo')).toEqual([['Meg Okonkwo', 999, [[0, 3], [4, 11]], true]]);
  });

  it('names the alias that matched, and highlights in it', () => {
    expect(found('meg')).toEqual([
      ['Meg', 999, [[0, 3]], true],
      ['Ann Megan', 837, [[4, 7]], true],
    ]);
  });

  it('keeps the name when an alias matches equally well or worse', () => {
    expect(found('okonkwo')).toEqual([['Margaret Okonkwo', 838, [[9, 16]], true]]);
  });
});

describe('peopleCloseTo: a name with more after it', () => {
  it('finds a person whose name, not every alias, is all in the new name, and not a name without words', () => {
    const people = preparePeople([
      { path: 'x', name: 'Priya Raman', aliases: ['PR Boss'] },
      { path: 'y', name: '???', aliases: [] },
    ]);
    expect(peopleCloseTo('Priya Raman 2', people).map((p) => p.name)).toEqual(['Priya Raman']);
  });
});
