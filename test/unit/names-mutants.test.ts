import { describe, expect, it } from 'vitest';
import { linkTarget, noteLink, normalizeName } from '../../src/core/people/names';
import { isInsideFolder, safeFileName } from '../../src/core/people/safe-names';

// Behaviours pinned down by the mutation run over src/core/people/names.ts and safe-names.ts: the
// note a written reference names, the link written to a note, and file names made safe.

describe('normalizeName', () => {
  it('composes a name written wholly in decomposed non-Latin letters', () => {
    expect(normalizeName('\u0438\u0306')).toBe('\u0439');
  });
});

describe('linkTarget: quotes around a reference', () => {
  it('strips double or single quotes and the spaces inside them', () => {
    expect(linkTarget('" Ann "')).toBe('Ann');
    expect(linkTarget("'Ann'")).toBe('Ann');
  });

  it('reads a pair of quotes alone as no name', () => {
    expect(linkTarget('""')).toBe('');
  });

  it('keeps a quote that is not closed, and other characters around a name', () => {
    expect(linkTarget('"Ann')).toBe('"Ann');
    expect(linkTarget('*Ann*')).toBe('*Ann*');
    expect(linkTarget('"')).toBe('"');
  });
});

describe('linkTarget: wikilinks', () => {
  it('drops the heading and the space before it', () => {
    expect(linkTarget('[[Ann #Heading]]')).toBe('Ann');
  });

  it('drops only the backslash that escapes a pipe, not one inside the name', () => {
    expect(linkTarget('[[a\\b\\|Ann]]')).toBe('a\\b');
  });
});

describe('linkTarget: Markdown links', () => {
  it('reads a destination in angle brackets with spaces around it', () => {
    expect(linkTarget('[a]( <Ann Lee.md> )')).toBe('Ann Lee.md');
  });

  it('reads angle brackets after the start of a destination as part of it', () => {
    expect(linkTarget('[a](Ann <b>)')).toBe('Ann <b>');
  });

  it('drops a space encoded at the end of a destination', () => {
    expect(linkTarget('[a](Ann%20)')).toBe('Ann');
  });

  it('unescapes punctuation but keeps a backslash before a letter', () => {
    expect(linkTarget('[a](Ann\\_Lee)')).toBe('Ann_Lee');
    expect(linkTarget('[a](C\\Dev)')).toBe('C\\Dev');
  });
});

describe('noteLink', () => {
  it('writes a wikilink for a plain name', () => {
    expect(noteLink('People/Ann.md', 'Ann')).toBe('[[Ann]]');
  });

  it('writes a Markdown link when there is no link text', () => {
    expect(noteLink('Ann.md', '')).toBe('[Ann](Ann.md)');
  });

  it('writes a wikilink for a name with ".md" inside it but not at its end', () => {
    expect(noteLink('People/Ann.mdx.md', 'Ann.mdx')).toBe('[[Ann.mdx]]');
  });

  it('writes a Markdown link when a folder name ends in a space', () => {
    expect(noteLink('Team /Ann.md', 'Team /Ann')).toBe('[Ann](Team%20/Ann.md)');
  });

  it('writes a Markdown link for a label with a line break, shown as a space', () => {
    expect(noteLink('People/Ann.md', 'Ann', 'a\nb')).toBe('[a b](People/Ann.md)');
  });

  it('writes a Markdown link, with the bracket escaped, for a label holding a bracket', () => {
    expect(noteLink('People/Ann.md', 'Ann', 'a]')).toBe('[a\\]](People/Ann.md)');
    expect(noteLink('People/C# Dev.md', 'C# Dev', 'x[1]')).toBe('[x\\[1\\]](People/C%23%20Dev.md)');
  });
});

describe('safeFileName', () => {
  it('turns control characters, including DEL, into spaces', () => {
    expect(safeFileName('Ann\u0001Lee')).toBe('Ann Lee');
    expect(safeFileName('Ann\u007fLee')).toBe('Ann Lee');
  });

  it('drops every leading and trailing dot', () => {
    expect(safeFileName('..Ann')).toBe('Ann');
    expect(safeFileName('Ann..')).toBe('Ann');
  });

  it('cuts a long name to 80 characters, then drops the dots and spaces it ends in', () => {
    const name = `${'a'.repeat(78)}. bbbb`;
    expect(safeFileName(name)).toBe('a'.repeat(78));
  });

  it('keeps the spaces inside a long name it cuts', () => {
    expect(safeFileName('word '.repeat(20))).toBe(Array.from({ length: 16 }, () => 'word').join(' '));
  });
});

describe('isInsideFolder', () => {
  it('is true for a note in the folder or below it', () => {
    expect(isInsideFolder('People/Team/Ann.md', 'People')).toBe(true);
  });

  it('is false outside the folder, or with an empty, "." or ".." part', () => {
    expect(isInsideFolder('Other/Ann.md', 'People')).toBe(false);
    expect(isInsideFolder('People//Ann.md', 'People')).toBe(false);
    expect(isInsideFolder('People/./Ann.md', 'People')).toBe(false);
    expect(isInsideFolder('People/../Ann.md', 'People')).toBe(false);
  });
});
