import { describe, expect, it } from 'vitest';
import { readTaskFields, type OwnerRef } from '../../src/core/tasks/task-fields';

// Behaviours pinned down by the mutation run over src/core/tasks/task-fields.ts: which owners a task
// line names, past code spans, links and mentions of every shape the scanner meets.
const owners = (text: string): readonly OwnerRef[] => readTaskFields(text).owners;
const link = (target: string): OwnerRef => ({ kind: 'link', target });
const mention = (name: string): OwnerRef => ({ kind: 'mention', name });

describe('owners inside code spans', () => {
  it('skips a mention inside a span opened and closed by two backticks', () => {
    expect(owners('`` @Bob `` @Ann')).toEqual([mention('Ann')]);
  });

  it('does not close a two-backtick span on a single backtick inside it', () => {
    expect(owners('`` x ` @Bob `` @Ann')).toEqual([mention('Ann')]);
  });

  it('does not close a one-backtick span on a run of three backticks inside it', () => {
    expect(owners('` ``` @Bob`')).toEqual([]);
  });

  it('skips a mention at the very end of a code span', () => {
    expect(owners('`` x @B``')).toEqual([]);
  });

  it('skips a second span of the same length after a first one closed', () => {
    expect(owners('`a` ` @Bob `')).toEqual([]);
  });

  it('reads a link right after a backtick that never closes', () => {
    expect(owners('`[[Ann]]')).toEqual([link('Ann')]);
  });

  it('reads a code span that starts inside a link address as code', () => {
    expect(owners('[a](B`) @C `')).toEqual([link('B`'), mention('C')]);
  });
});

describe('wikilinks as owners', () => {
  it('reads a wikilink right after a stray closing pair', () => {
    expect(owners(']][[Ann]]')).toEqual([link('Ann')]);
  });

  it('reads what is inside a wikilink as its target, not as a mention', () => {
    expect(owners('[[a @B]]')).toEqual([link('a @B')]);
  });
});

describe('empty links and mentions', () => {
  it('names no owner for an empty wikilink or a bare @', () => {
    expect(owners('[[]] a @ b')).toEqual([]);
  });
});

describe('Markdown links as owners', () => {
  it('does not read an unclosed label followed by parentheses as a link', () => {
    expect(owners('[a((b)')).toEqual([]);
  });

  it('reads each of several Markdown links', () => {
    expect(owners('[a](A) [b](B)')).toEqual([link('A'), link('B')]);
  });

  it('needs the address right after the label, not after a space', () => {
    expect(owners('[Ann] (x)')).toEqual([]);
  });

  it('does not read a label that never closes as a link', () => {
    expect(owners('[a(b)')).toEqual([]);
  });

  it('looks for the closing parenthesis after the label, not inside it', () => {
    expect(owners('[A)](B)')).toEqual([link('B')]);
  });

  it('keeps an escaped bracket inside the label', () => {
    expect(owners('[a\\]b](B)')).toEqual([link('B')]);
  });

  it('reads a link after an empty label pair', () => {
    expect(owners('[] [a](A)')).toEqual([link('A')]);
    expect(owners('[](x)')).toEqual([link('x')]);
  });

  it('pairs brackets in a label only as far as the bracket search reads, then takes the first closing one', () => {
    const nested = (before: number, after: string) => `[[b]${'x'.repeat(before)}]${after}`;
    // The label's own `]` sits at index 256, one past the last character the bracket search reads.
    expect(nested(252, '(A)').indexOf('](A)')).toBe(256);
    expect(owners(nested(252, '(A)'))).toEqual([]);
    // Far past the bound, in a line longer than the bound.
    expect(owners(`${nested(400, '(A)')} and more`)).toEqual([]);
    // Within the bound, the pair is skipped and the label's own `]` is found.
    expect(owners(nested(251, '(A)'))).toEqual([link('A')]);
  });

  it('finds the end of a label longer than the bracket search reads', () => {
    expect(owners(`][${'x'.repeat(300)}](A)`)).toEqual([link('A')]);
  });

  it('reads brackets inside a label that is not a link as part of that label', () => {
    expect(owners('[a [b](c) d] x')).toEqual([]);
  });

  it('skips embeds, and reads a label that starts with an exclamation mark', () => {
    expect(owners('![a](A) [!](B)')).toEqual([link('B')]);
  });

  it('skips a link whose address is blank', () => {
    expect(owners('[a]( )')).toEqual([]);
  });

  it('skips external addresses, spaces around them included, but not a colon later in a path', () => {
    expect(owners('[A]( https://x)')).toEqual([]);
    expect(owners('[A](notes/x:y)')).toEqual([link('notes/x:y')]);
  });
});

describe('mentions as owners', () => {
  it('keeps a hyphen inside a name and drops only trailing ones', () => {
    expect(owners('@Anna-Lena')).toEqual([mention('Anna-Lena')]);
    expect(owners('@Anna-Lena-. x')).toEqual([mention('Anna-Lena')]);
  });
});
