import { describe, expect, it } from 'vitest';
import { didYouMean } from '../../src/core/query/did-you-mean';
import { resolveOwnerName, resolvePersonRefs } from '../../src/core/query/query-context';
import type { PersonRef } from '../../src/core/query/query-types';
import { indexOf } from '../support/demo-index';

// Behaviours pinned down by the mutation run over src/core/query/did-you-mean.ts and query-context.ts:
// which typo a problem message suggests. Fixtures are built inside each test.

describe('didYouMean: edit distance', () => {
  it('suggests nothing for one letter two edits away from a two-letter word', () => {
    expect(didYouMean('x', ['ab'])).toBeNull();
  });

  it('counts two swapped neighbours as one edit', () => {
    expect(didYouMean('teh', ['the'])).toBe('the');
  });

  it('counts a swap only when both letters cross over', () => {
    expect(didYouMean('ab', ['ca'])).toBeNull();
    expect(didYouMean('ab', ['bc'])).toBeNull();
    expect(didYouMean('aa', ['bb'])).toBeNull();
  });

  it('counts a swap of the last two letters as one edit', () => {
    expect(didYouMean('abdc', ['abcd'])).toBe('abcd');
  });

  it('counts a swap of the first two letters as one edit', () => {
    expect(didYouMean('bacd', ['abcd'])).toBe('abcd');
  });

  it('keeps the first of two words at the same distance, a swap counting one', () => {
    expect(didYouMean('abdc', ['abdx', 'abcd'])).toBe('abdx');
  });

  it('adds a swap to the edits before it', () => {
    expect(didYouMean('xbcdfe', ['xbcdxx', 'abcdef'])).toBe('xbcdxx');
    expect(didYouMean('xbcdfe', ['abcdef'])).toBe('abcdef');
  });

  it('counts letters typed before the word as edits, and prefers the closer word', () => {
    expect(didYouMean('abcdef', ['xxabcdef', 'abcdeg'])).toBe('abcdeg');
  });
});

describe('didYouMean: what is typed', () => {
  it('ignores surrounding spaces and case', () => {
    expect(didYouMean('  TEH ', ['the'])).toBe('the');
  });

  it('suggests nothing for blank text, even with a one-letter word known', () => {
    expect(didYouMean('  ', ['a'])).toBeNull();
  });

  it('completes a word from its first three letters', () => {
    expect(didYouMean('ove', ['owner', 'overdue'])).toBe('overdue');
  });

  it('does not complete a word from two letters', () => {
    expect(didYouMean('ov', ['overdue'])).toBeNull();
  });
});

function people(): ReturnType<typeof indexOf> {
  return indexOf({
    'People/Priya Raman.md': '---\ncadence: weekly\n---\n',
    'People/Pru.md': '---\ncadence: weekly\n---\n',
  });
}

const ownerMessage = (index: ReturnType<typeof indexOf>, name: string) => {
  const result = resolveOwnerName(index, name, 3);
  return 'problems' in result ? result.problems : result.value;
};

describe('closest person in owner problems', () => {
  it('suggests the person one of whose names is typed, in any case', () => {
    expect(ownerMessage(people(), 'Raman')).toEqual([{ line: 3, message: "owner: no person note is called 'Raman' — did you mean 'Priya Raman'?" }]);
  });

  it('suggests the one person whose name begins with three typed letters over a near typo', () => {
    expect(ownerMessage(people(), 'pri')).toEqual([{ line: 3, message: "owner: no person note is called 'pri' — did you mean 'Priya Raman'?" }]);
  });

  it('does not complete a name from two letters', () => {
    expect(ownerMessage(indexOf({ 'People/Priya Raman.md': '---\ncadence: weekly\n---\n' }), 'pr')).toEqual([
      { line: 3, message: "owner: no person note is called 'pr'; use me, them, unassigned, anyone or a person’s name" },
    ]);
  });

  it('suggests nobody when nothing is close, even with only one person', () => {
    expect(ownerMessage(indexOf({ 'People/Priya Raman.md': '---\ncadence: weekly\n---\n' }), 'zzz')).toEqual([
      { line: 3, message: "owner: no person note is called 'zzz'; use me, them, unassigned, anyone or a person’s name" },
    ]);
  });

  it('falls back to a typo when several names begin with the typed letters', () => {
    const index = indexOf({ 'People/Priya Raman.md': '---\ncadence: weekly\n---\n', 'People/Prisha.md': '---\ncadence: weekly\n---\n' });
    expect(ownerMessage(index, 'Prishe')).toEqual([{ line: 3, message: "owner: no person note is called 'Prishe' — did you mean 'Prisha'?" }]);
  });
});

describe('closest person in person problems', () => {
  const refs = (...names: string[]) => ({ line: 2, value: names.map((name): PersonRef => (name === 'this' ? { kind: 'this' } : { kind: 'name', name })) });

  it('says names, aliases and links all work when nothing is close', () => {
    expect(resolvePersonRefs(people(), refs('zzz'), 'Dash.md')).toEqual({
      problems: [{ line: 2, message: "person: no person note is called 'zzz' (names, aliases and links all work)" }],
    });
  });

  it('suggests the person a part of whose name is typed', () => {
    expect(resolvePersonRefs(people(), refs('raman'), 'Dash.md')).toEqual({
      problems: [{ line: 2, message: "person: no person note is called 'raman' — did you mean 'Priya Raman'?" }],
    });
  });

  it('ignores spaces around the typed name when looking for a close one', () => {
    expect(resolvePersonRefs(people(), refs(' Raman '), 'Dash.md')).toEqual({
      problems: [{ line: 2, message: "person: no person note is called ' Raman ' — did you mean 'Priya Raman'?" }],
    });
  });

  it('suggests nobody for an empty name, even when a name has two spaces in a row', () => {
    const index = indexOf({ 'People/Priya  Raman.md': '---\ncadence: weekly\n---\n' });
    expect(resolveOwnerName(index, '', 3)).toEqual({
      problems: [{ line: 3, message: "owner: no person note is called ''; use me, them, unassigned, anyone or a person’s name" }],
    });
  });

  it('lists a person named twice once', () => {
    expect(resolvePersonRefs(people(), refs('Pru', 'Pru'), 'Dash.md')).toEqual({ value: ['People/Pru.md'] });
  });

  it('lists the person of the note once for this named twice', () => {
    expect(resolvePersonRefs(people(), refs('this', 'this'), 'People/Pru.md')).toEqual({ value: ['People/Pru.md'] });
  });
});
