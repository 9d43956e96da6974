import { describe, expect, it } from 'vitest';
import { scanMarkdown, type ListItem } from '../../src/core/markdown/markdown-lines';
import { readMarkdown } from '../../src/core/markdown/markdown-note';

// Behaviours pinned down by the mutation run over src/core/markdown/markdown-lines.ts: what each line
// of a note is, where the properties block ends, which lines are list items and how far each reaches.
const kindsOf = (text: string): readonly string[] => readMarkdown(text).kinds;
const itemsOf = (text: string): readonly ListItem[] => readMarkdown(text).items;
const item = (line: number, parentLine: number | null, endLine: number): ListItem => ({ line, parentLine, endLine, task: null });
const headingTexts = (text: string): string[] => readMarkdown(text).headings.map((h) => h.text);

describe('the properties block', () => {
  it('has none when the note does not start with `---`, though a later line is `---`', () => {
    const note = readMarkdown('a\n---\nb');
    expect([note.bodyStart, note.kinds]).toEqual([0, ['text', 'rule', 'text']]);
  });

  it('opens on `---` with trailing spaces, or after a byte-order mark', () => {
    expect(readMarkdown('--- \nx: 1\n---\nbody').kinds).toEqual(['frontmatter', 'frontmatter', 'frontmatter', 'text']);
    expect(readMarkdown('\ufeff---\nx: 1\n---\nbody').bodyStart).toBe(3);
  });

  it('closes on `---` with trailing spaces', () => {
    expect(readMarkdown('---\nx: 1\n---  \nbody').bodyStart).toBe(3);
  });

  it('may be empty, closing on the second line', () => {
    expect(readMarkdown('---\n---\nbody').kinds).toEqual(['frontmatter', 'frontmatter', 'text']);
  });

  it('reads a note of no lines as empty', () => {
    expect(scanMarkdown([])).toEqual({ kinds: [], headings: [], items: [], bodyStart: 0 });
  });
});

describe('fenced code and comment blocks', () => {
  it('marks every line of a fence as code and reads on after it', () => {
    const note = readMarkdown('```\n# not\n```\n# yes');
    expect([note.kinds, note.headings]).toEqual([['code', 'code', 'code', 'heading'], [{ line: 3, level: 1, text: 'yes', quoteDepth: 0 }]]);
  });

  it('marks every line of a multi-line HTML comment, up to the line that closes it', () => {
    expect(kindsOf('<!--\n#a\n-->\ntext')).toEqual(['html-comment', 'html-comment', 'html-comment', 'text']);
  });

  it('opens a tilde fence whose info holds a backtick, but not a backtick fence', () => {
    expect(kindsOf('~~~ a`b\n# no\n~~~')).toEqual(['code', 'code', 'code']);
    expect(kindsOf('``` a`b\n# yes')).toEqual(['text', 'heading']);
  });

  it('does not close a fence on a run indented four columns or more, and does on three', () => {
    expect(kindsOf('```\n    ```\nx')).toEqual(['code', 'code', 'code']);
    expect(kindsOf('```\n   ```\nx')).toEqual(['code', 'code', 'text']);
  });

  it('does not close a fence on a shorter indented run', () => {
    expect(kindsOf('```\n ``\nx')).toEqual(['code', 'code', 'code']);
  });

  it('does not close a fence on a run followed by text, and does on one followed by spaces', () => {
    expect(kindsOf('```\n``` x\ny')).toEqual(['code', 'code', 'code']);
    expect(kindsOf('```\n```  \ny')).toEqual(['code', 'code', 'text']);
  });
});

describe('blank lines, rules and indented code', () => {
  it('marks a blank line as blank', () => {
    expect(kindsOf('a\n\nb')).toEqual(['text', 'blank', 'text']);
  });

  it('marks a thematic break as a rule, also one written with list markers', () => {
    expect(kindsOf('***\n- - -')).toEqual(['rule', 'rule']);
    expect(itemsOf('- - -')).toEqual([]);
  });

  it('reads a line indented four columns after a blank as code, and after a paragraph as text', () => {
    expect(kindsOf('a\n\n    code')).toEqual(['text', 'blank', 'code']);
    expect(kindsOf('a\n    b')).toEqual(['text', 'text']);
  });

  it('makes indented code after a blank part of the list item above it', () => {
    const note = readMarkdown('- a\n\n      code');
    expect([note.kinds, note.items]).toEqual([['text', 'blank', 'code'], [item(0, null, 2)]]);
  });
});

describe('headings and their closing marks', () => {
  it('drops closing `#` marks after a space, with or without trailing spaces', () => {
    expect(headingTexts('# a ##\n# a #\n## b ##  ')).toEqual(['a', 'a', 'b']);
  });

  it('keeps `#` marks that are not at the end or have no space before them', () => {
    expect(headingTexts('# a #b c\n# a#')).toEqual(['a #b c', 'a#']);
  });

  it('keeps a tag that is the whole heading text', () => {
    expect(headingTexts('# #a')).toEqual(['#a']);
  });
});

describe('list items inside and after quotes', () => {
  it('closes the items of a quote when the quote ends', () => {
    expect(itemsOf('> - a\n  - b')).toEqual([item(0, null, 0), item(1, null, 1)]);
  });
});

describe('which markers open a list item', () => {
  it('does not let an ordered item other than 1 interrupt a paragraph in an item', () => {
    expect(itemsOf('- a\n  2. b')).toEqual([item(0, null, 1)]);
  });

  it('lets a nested ordered item other than 1 follow a bullet that interrupts a paragraph', () => {
    expect(itemsOf('a\n- 2. b')).toEqual([item(1, null, 1), item(1, 1, 1)]);
  });

  it('does not let an empty item interrupt a paragraph', () => {
    expect(itemsOf('a\n-')).toEqual([]);
  });

  it('opens at most ten items on one line', () => {
    expect(itemsOf('- - - - - - - - - - - - a').map((i) => i.parentLine)).toEqual([null, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });
});

describe('where a list item content starts', () => {
  it('reads text five spaces after the marker as indented code, not as a task', () => {
    expect(itemsOf('-     [ ] x')).toEqual([item(0, null, 0)]);
    expect(itemsOf('-    [ ] x')).toEqual([{ line: 0, parentLine: null, endLine: 0, task: { status: ' ', statusIndex: 6, textIndex: 9 } }]);
  });

  it('ends an empty item at a line indented less than two columns', () => {
    expect(itemsOf('-\n b')).toEqual([item(0, null, 0)]);
  });

  it('nests a line under an item only when indented to where the item text starts', () => {
    expect(itemsOf('-   b\n  - c')).toEqual([item(0, null, 0), item(1, null, 1)]);
  });

  it('does not continue an empty item or an indented-code item lazily', () => {
    expect(itemsOf('-\nb')).toEqual([item(0, null, 0)]);
    expect(itemsOf('-     x\nb')).toEqual([item(0, null, 0)]);
  });
});
