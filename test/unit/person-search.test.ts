import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, matchName, prepareQuery, prepareText } from '../../src/core/people/name-match';
import { isNameMatch, isSomeonesName, peopleCloseTo, preparePeople, sameNameFolders, searchPeople, type SearchablePerson } from '../../src/core/people/person-search';

const person = (path: string, aliases: string[] = []): SearchablePerson => ({
  path,
  name: path.slice(path.lastIndexOf('/') + 1).replace(/\.md$/, ''),
  aliases,
});

// In the order the pickers get them: most urgent first.
const TEAM = [
  person('People/Oliver Brandt.md'),
  person('People/Priya Raman.md'),
  person('People/Priscilla Jones.md'),
  person('People/Daniel Kowalczyk.md'),
  person('People/Mentors/Margaret Okonkwo.md', ['Meg', 'Meg Okonkwo']),
  person('People/Zoë Ådahl.md'),
  person('People/Kim Lee.md'),
];
const prepared = preparePeople(TEAM);
const names = (query: string) => searchPeople(query, prepared).map((m) => m.person.name);
const first = (query: string) => names(query)[0];

describe('searchPeople: the person the user meant comes first', () => {
  it.each([
    ['Priya Raman', 'exactly'],
    ['priya raman', 'in lower case'],
    ['Priya Ramna', 'with two letters swapped'],
    ['Priya Ramen', 'with a wrong letter'],
    ['Priya Rman', 'with a letter left out'],
    ['Pryia', 'with a slip in the first name alone'],
    ['Raman Priya', 'with the words in the other order'],
    ['Raman, Priya', 'as "last, first"'],
    ['pr', 'by initials'],
    ['PR', 'by initials in capitals'],
    ['Priya Ra', 'while still typing'],
    ['Priya Ramn', 'while still typing, with a slip'],
  ])('finds Priya Raman from %j (%s)', (query) => {
    expect(first(query)).toBe('Priya Raman');
  });

  it('finds names with accents from plain letters, and plain names from accented ones', () => {
    expect(first('zoe adahl')).toBe('Zoë Ådahl');
    expect(first('Príya')).toBe('Priya Raman');
  });

  it('finds a person by an alias, but prefers a name that matches as well', () => {
    expect(first('Meg')).toBe('Margaret Okonkwo');
    expect(first('dk')).toBe('Daniel Kowalczyk');
  });

  it('still finds what Obsidian\'s letter-by-letter search finds, ranked below word matches', () => {
    expect(first('dnlkwl')).toBe('Daniel Kowalczyk');
    expect(names('ra')[0]).toBe('Priya Raman');
    expect(names('ra')).toEqual(expect.arrayContaining(['Oliver Brandt', 'Margaret Okonkwo', 'Priscilla Jones']));
  });

  it('does not forgive typos in short words: "Tim" is not Kim', () => {
    expect(names('Tim Lee')).toEqual([]);
    expect(first('Kim Lee')).toBe('Kim Lee');
  });

  it('keeps the given order (most urgent first) when the query is empty or matches equally', () => {
    expect(names('')).toEqual(TEAM.map((p) => p.name));
    expect(names('pri')).toEqual(['Priya Raman', 'Priscilla Jones']);
  });

  it('reads letters Unicode does not take apart as their base letters: ł, ø, ß, æ', () => {
    const people = preparePeople([
      { path: 'a', name: 'Łukasz Wróbel', aliases: [] },
      { path: 'b', name: 'Søren Strauß', aliases: ['Ægir'] },
    ]);
    expect(searchPeople('lukasz', people).map((m) => m.person.name)).toEqual(['Łukasz Wróbel']);
    expect(searchPeople('soren strauss', people).map((m) => m.person.name)).toEqual(['Søren Strauß']);
    expect(searchPeople('aegir', people).map((m) => m.alias)).toEqual(['Ægir']);
  });

  it('finds no one for a name nobody has', () => {
    expect(names('Zachary Quinn')).toEqual([]);
  });

  it('highlights what matched: in the alias when an alias matched better than the name, else in the name', () => {
    const [meg] = searchPeople('okonkwo meg', prepared);
    expect(meg?.alias).toBe('Meg Okonkwo');
    expect(meg?.ranges.map(([s, e]) => meg.alias?.slice(s, e))).toEqual(['Okonkwo', 'Meg']);
    const [zoe] = searchPeople('zo', prepared);
    expect(zoe?.alias).toBeNull();
    expect(zoe?.ranges.map(([s, e]) => zoe.person.name.slice(s, e))).toEqual(['Zo']);
  });
});

describe('peopleCloseTo: who a new name might duplicate', () => {
  const close = (name: string) => peopleCloseTo(name, prepared).map((p) => p.name);

  it.each([
    ['Priya Ramen', ['Priya Raman']],
    ['Raman Priya', ['Priya Raman']],
    ['PRIYA RAMAN', ['Priya Raman']],
    ['Priyá Raman', ['Priya Raman']],
    ['Zoe Adahl', ['Zoë Ådahl']],
    ['Priya', ['Priya Raman']],
    ['Meg Okonkow', ['Margaret Okonkwo']],
  ])('%j is close to %j', (name, expected) => {
    expect(close(name)).toEqual(expected);
  });

  it.each(['Zachary Quinn', 'Priya Shah', 'pr', 'Pri', 'Tim Lee'])('%j is close to no one', (name) => {
    expect(close(name)).toEqual([]);
  });
});

describe('isSomeonesName', () => {
  it('is true for a name or alias as Obsidian compares them, and false for a near miss', () => {
    expect(isSomeonesName('priya  raman', TEAM)).toBe(true);
    expect(isSomeonesName('meg', TEAM)).toBe(true);
    expect(isSomeonesName('Zoe\u0308 \u00c5dahl', TEAM)).toBe(true);
    expect(isSomeonesName('Priya Ramen', TEAM)).toBe(false);
  });
});

describe('sameNameFolders', () => {
  it('names the folder of each person who shares a name, ignoring case and accents, and no one else', () => {
    const people = [person('People/Alex Kim.md'), person('People/Contractors/alex kim.md'), person('Alex Kím.md'), person('People/Alexandra Berg.md')];
    expect(sameNameFolders(people)).toEqual(new Map([
      ['People/Alex Kim.md', 'People'],
      ['People/Contractors/alex kim.md', 'People/Contractors'],
      ['Alex Kím.md', '/'],
    ]));
  });
});

describe('matching never fails on any input', () => {
  it('never throws, and every highlight lies inside the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite' }), fc.string({ unit: 'grapheme-composite' }), (query, text) => {
        const match = matchName(prepareQuery(query), prepareText(text));
        for (const [start, end] of match?.ranges ?? []) {
          expect(start).toBeGreaterThanOrEqual(0);
          expect(end).toBeLessThanOrEqual(text.length);
          expect(start).toBeLessThan(end);
        }
      }),
    );
  });

  it('finds a name from itself with any two adjacent letters of a long word swapped', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TEAM.map((p) => p.name)), fc.nat(), (name, seed) => {
        const words = name.split(' ');
        const w = seed % words.length;
        const word = words[w] as string;
        if (word.length < 4) return;
        const at = seed % (word.length - 1);
        words[w] = word.slice(0, at) + word.charAt(at + 1) + word.charAt(at) + word.slice(at + 2);
        expect(names(words.join(' '))).toContain(name);
      }),
    );
  });

  it('editDistance counts a swap of neighbours as one edit, and is symmetric', () => {
    expect(editDistance('raman', 'ramna')).toBe(1);
    expect(editDistance('raman', 'ramen')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    fc.assert(fc.property(fc.string(), fc.string(), (a, b) => editDistance(a, b) === editDistance(b, a)));
  });
});

describe('what the adversarial pass found', () => {
  const people = preparePeople([
    { path: 'People/Hannah Lindqvist.md', name: 'Hannah Lindqvist', aliases: [] },
    { path: 'People/Aisha Mensah.md', name: 'Aisha Mensah', aliases: [] },
    { path: 'People/Priya Raman.md', name: 'Priya Raman', aliases: [] },
  ]);
  it('asks "Did you mean" for a name with its last letter left off, or with more after it', () => {
    expect(peopleCloseTo('Hanna Lindqvist', people).map((p) => p.name)).toEqual(['Hannah Lindqvist']);
    expect(peopleCloseTo('Aisha Mensa', people).map((p) => p.name)).toEqual(['Aisha Mensah']);
    expect(peopleCloseTo('Priya Raman 2', people).map((p) => p.name)).toEqual(['Priya Raman']);
    expect(peopleCloseTo('Pri', people)).toEqual([]);
  });

  it('does not take letters scattered through a name for that name', () => {
    const [sam] = searchPeople('Sam', people);
    expect(sam?.person.name).toBe('Aisha Mensah');
    expect(sam && isNameMatch(sam)).toBe(false);
    const [typo] = searchPeople('Priya Ramen', people);
    expect(typo && isNameMatch(typo)).toBe(true);
  });
});

describe('a name typed exactly', () => {
  it('comes first, even among names the matcher reads alike (signs set aside), whatever the urgency order', () => {
    const people = preparePeople(['C Dev', 'C# Dev', 'C++ Dev'].map((name) => ({ name, path: `People/${name}.md`, aliases: [] })));
    expect(searchPeople('C++ Dev', people)[0]?.person.name).toBe('C++ Dev');
    expect(searchPeople('c# dev', people)[0]?.person.name).toBe('C# Dev');
    expect(searchPeople('C Dev', people)[0]?.person.name).toBe('C Dev');
  });
});
