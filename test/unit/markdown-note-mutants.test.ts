import { describe, expect, it } from 'vitest';
import { bodyTags, frontmatterYaml, readMarkdown } from '../../src/core/markdown/markdown-note';

// Behaviours pinned down by the mutation run over src/core/markdown/markdown-note.ts: which tags a
// note's body lists, past code spans, comments, escapes and every kind of character after `#`.
const tagsOf = (text: string): string[] => bodyTags(readMarkdown(text));

/** What `#a` followed by the character `c` and `b` reads as: the whole word when `c` may be in a tag. */
const tagAround = (c: string): string[] => tagsOf(`#a${c}b`);

describe('which ASCII characters a tag may hold', () => {
  it('keeps digits, letters of both cases, `_`, `-` and `/` in the tag, the ends of each range included', () => {
    const kept = ['0', '9', 'A', 'Z', 'a', 'z', '_', '-', '/'];
    expect(kept.map(tagAround)).toEqual(kept.map((c) => [`#a${c}b`]));
  });

  it('ends the tag at punctuation just outside the letter ranges', () => {
    const ending = ['.', ':', '@', '[', '`', '{', '\u007f'];
    expect(ending.map(tagAround)).toEqual(ending.map(() => ['#a']));
  });
});

describe('which other characters a tag may hold', () => {
  it('keeps accented letters and other scripts in the tag', () => {
    expect(tagsOf('#café #日本 #Ωmega')).toEqual(['#café', '#日本', '#Ωmega']);
  });

  it('ends the tag at Latin-1 punctuation up to U+00BF, and keeps U+00C0 onwards', () => {
    const cases = ['\u0080', '\u00a0', '\u00bf', '\u00c0'];
    expect(cases.map(tagAround)).toEqual([['#a'], ['#a'], ['#a'], ['#a\u00c0b']]);
  });

  it('ends the tag at a byte-order mark inside the line', () => {
    expect(tagAround('\ufeff')).toEqual(['#a']);
  });

  it('ends the tag in the general punctuation block U+2000–U+206F, and not just outside it', () => {
    const cases = ['\u1fff', '\u2000', '\u2010', '\u206f', '\u2070'];
    expect(cases.map(tagAround)).toEqual([['#a\u1fffb'], ['#a'], ['#a'], ['#a'], ['#a\u2070b']]);
  });

  it('ends the tag in the supplemental punctuation block U+2E00–U+2E7F, and not just outside it', () => {
    const cases = ['\u2dff', '\u2e00', '\u2e7f', '\u2e80'];
    expect(cases.map(tagAround)).toEqual([['#a\u2dffb'], ['#a'], ['#a'], ['#a\u2e80b']]);
  });

  it('ends the tag in the CJK punctuation block U+3000–U+303F, and not just outside it', () => {
    const cases = ['\u2fff', '\u3000', '\u3001', '\u303f', '\u3040'];
    expect(cases.map(tagAround)).toEqual([['#a\u2fffb'], ['#a'], ['#a'], ['#a'], ['#a\u3040b']]);
  });

  it('ends the tag at full-width ASCII punctuation, and keeps full-width letters', () => {
    const cases = ['\ufefe', '\uff00', '\uff01', '\uff20', '\uff21', '\uff3a', '\uff3b', '\uff40', '\uff41'];
    expect(cases.map(tagAround)).toEqual([
      ['#a\ufefeb'],
      ['#a'],
      ['#a'],
      ['#a'],
      ['#a\uff21b'],
      ['#a\uff3ab'],
      ['#a'],
      ['#a'],
      ['#a\uff41b'],
    ]);
  });
});

describe('what makes a `#` word a tag', () => {
  it('does not read a number as a tag, even one ending in 9', () => {
    expect(tagsOf('#19 #2026 #9')).toEqual([]);
  });

  it('reads a word that mixes digits and letters as a tag', () => {
    expect(tagsOf('#2026a #x1')).toEqual(['#2026a', '#x1']);
  });

  it('reads digits joined by `-` or `/` as a tag', () => {
    expect(tagsOf('#2026-11 #1/2')).toEqual(['#2026-11', '#1/2']);
  });

  it('does not start a tag right after a character other than a space or an emphasis mark', () => {
    expect(tagsOf('.#a')).toEqual([]);
  });

  it('starts a tag right after an escaped punctuation mark', () => {
    expect(tagsOf('\\.#a')).toEqual(['#a']);
    expect(tagsOf('x\\.#b')).toEqual(['#b']);
  });

  it('reads a tag after a byte-order mark at the start of the note', () => {
    expect(tagsOf('\ufeff#a')).toEqual(['#a']);
  });
});

describe('tags inside inline code', () => {
  it('skips a tag inside a one-backtick code span', () => {
    expect(tagsOf('`#a` #b')).toEqual(['#b']);
    expect(tagsOf('` #a` #b')).toEqual(['#b']);
  });

  it('skips a tag at the end of a code span', () => {
    expect(tagsOf('`a #b` #c')).toEqual(['#c']);
  });

  it('skips a tag inside a two-backtick span that holds a single backtick', () => {
    expect(tagsOf('`` ` #a `` #b')).toEqual(['#b']);
  });

  it('skips a tag inside a two-backtick span, reading on after its closing pair', () => {
    expect(tagsOf('`` #a `` #b')).toEqual(['#b']);
  });

  it('does not close a one-backtick span on a pair of backticks inside it', () => {
    expect(tagsOf('`a `` #b` #c')).toEqual(['#c']);
  });

  it('does not close a one-backtick span on the last backtick of a longer run inside it', () => {
    expect(tagsOf('`a ``` #b` #c')).toEqual(['#c']);
    expect(tagsOf('`a ```` #b` #c')).toEqual(['#c']);
  });

  it('skips a tag inside a two-backtick span that closes right after it', () => {
    expect(tagsOf('`` #a`` #b')).toEqual(['#b']);
  });

  it('reads a tag after a backtick that never closes', () => {
    expect(tagsOf('` #a')).toEqual(['#a']);
  });

  it('reads a tag after a backtick whose only closer is a longer run', () => {
    expect(tagsOf('` #a``')).toEqual(['#a']);
  });

  it('skips a tag inside a code span that ends the line', () => {
    expect(tagsOf('` #a`')).toEqual([]);
  });
});

describe('tags inside HTML comments on a text line', () => {
  // Each line starts with text: a line that starts with `<!--` is a comment block of its own.
  it('skips a tag inside an inline comment and reads one after it', () => {
    expect(tagsOf('x <!--#a--> #b')).toEqual(['#b']);
    expect(tagsOf('x <!-- x #a --> #b')).toEqual(['#b']);
  });

  it('skips a tag right before the end of the comment', () => {
    expect(tagsOf('x <!-- x #a--> #b')).toEqual(['#b']);
  });

  it('does not end the comment on the `-->` that overlaps its opening', () => {
    expect(tagsOf('x <!--> #a --> #b')).toEqual(['#b']);
  });

  it('hides the rest of the line after a comment that does not close on it', () => {
    expect(tagsOf('x <!-- #a')).toEqual([]);
  });
});

describe('tags in headings', () => {
  it('reads the tags in a heading text, not its own `#` marks', () => {
    expect(tagsOf('# Title #a\n## #b')).toEqual(['#a', '#b']);
  });

  it('lists body and heading tags in note order', () => {
    expect(tagsOf('#a\n# H #b\n#c')).toEqual(['#a', '#b', '#c']);
  });
});

describe('which lines tags are read from', () => {
  it('reads tags inside a `%%` comment line', () => {
    expect(tagsOf('%% #a %%')).toEqual(['#a']);
  });

  it('does not read tags in fenced code or in the properties block', () => {
    expect(tagsOf('---\ntags: #x\n---\n```\n#a\n```\n#b')).toEqual(['#b']);
  });
});

describe('the YAML of the properties block', () => {
  it('is the lines between the two `---` lines', () => {
    expect(frontmatterYaml(readMarkdown('---\na: 1\nb: 2\n---\nx'))).toBe('a: 1\nb: 2');
  });

  it('is null when the note has no properties block', () => {
    expect(frontmatterYaml(readMarkdown('a: 1\n---\nx'))).toBeNull();
  });
});
