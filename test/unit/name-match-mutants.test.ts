import { describe, expect, it } from 'vitest';
import { editDistance, matchName, prepareQuery, prepareText, type NameMatch } from '../../src/core/people/name-match';

// Behaviours pinned down by the mutation run over src/core/people/name-match.ts: the exact score,
// highlight and closeness of each kind of match (exact, words, typos, initials, letters in order).
const match = (query: string, name: string): NameMatch | null => matchName(prepareQuery(query), prepareText(name));

describe('empty and exact queries', () => {
  it('matches everything with score 0 and no highlight when the query is empty', () => {
    expect(match('', 'Priya')).toEqual({ score: 0, ranges: [], close: false });
  });

  it('scores the whole name typed in another case as exact, highlighting every word', () => {
    expect(match('priya raman', 'Priya Raman')).toEqual({ score: 1000, ranges: [[0, 5], [6, 11]], close: true });
  });

  it('does not take a query without words for an exact match of a name without words', () => {
    expect(match('!!', '!!')).toEqual({ score: 198, ranges: [[0, 2]], close: false });
  });

  it('finds nothing for punctuation that is not in the name', () => {
    expect(match('-', 'Priya Raman')).toBeNull();
  });
});

describe('matching words', () => {
  it('scores a whole short word of the name without a penalty, and calls it close', () => {
    expect(match('kim', 'Kim Lee')).toEqual({ score: 858, ranges: [[0, 3]], close: true });
  });

  it('scores the second word alone lower than the first, for not starting the name', () => {
    expect(match('raman', 'Priya Raman')).toEqual({ score: 838, ranges: [[6, 11]], close: true });
  });

  it('takes a word with its last letter left off as the whole word, at a cost of one', () => {
    expect(match('Hanna', 'Hannah')).toEqual({ score: 859, ranges: [[0, 5]], close: true });
  });

  it('does not call a word with two letters left off close', () => {
    expect(match('Hann', 'Hannah Lindqvist')).toEqual({ score: 857, ranges: [[0, 4]], close: false });
  });

  it('does not call a name close when one typed word is only the start of a word', () => {
    expect(match('Priya Ra', 'Priya Raman')).toEqual({ score: 859, ranges: [[0, 5], [6, 8]], close: false });
  });

  it('scores words typed in another order below the same words in order', () => {
    expect(match('Raman Priya', 'Priya Raman')).toEqual({ score: 800, ranges: [[6, 11], [0, 5]], close: true });
  });

  it('counts words out of order even when the first typed word is not the first of the name', () => {
    expect(match('Jones Mary', 'Anne Mary Jones')).toEqual({ score: 798, ranges: [[10, 15], [5, 9]], close: true });
  });

  it('rewards three words typed in order, less the one word left out', () => {
    expect(match('anne mary jones', 'Anne Mary Jones Smith')).toEqual({ score: 858, ranges: [[0, 4], [5, 9], [10, 15]], close: true });
  });

  it('gives a word matching two words of the name equally to the first of them', () => {
    expect(match('anna', 'Anna Anna')).toEqual({ score: 858, ranges: [[0, 4]], close: true });
  });

  it('prefers the word typed right over an earlier word it matches only with a typo', () => {
    expect(match('anne', 'Ann Anne')).toEqual({ score: 838, ranges: [[4, 8]], close: true });
  });

  it('matches words of a name of eight words', () => {
    expect(match('a', 'a b c d e f g h')).toEqual({ score: 846, ranges: [[0, 1]], close: true });
  });

  it('matches a name of more than eight words by its letters only', () => {
    expect(match('a', 'a b c d e f g h i')).toEqual({ score: 198, ranges: [[0, 1]], close: false });
  });
});

describe('words with typos', () => {
  it('scores a name with one wrong letter in the typo tier, and calls it close', () => {
    expect(match('Priya Ramen', 'Priya Raman')).toEqual({ score: 545, ranges: [[0, 5], [6, 11]], close: true });
    expect(match('Ramen', 'Priya Raman')).toEqual({ score: 523, ranges: [[6, 11]], close: true });
  });

  it('forgives a missing letter in a four-letter word', () => {
    expect(match('Prya', 'Priya')).toEqual({ score: 545, ranges: [[0, 5]], close: true });
  });

  it('forgives two swaps in a word of eight letters, at three points per edit', () => {
    expect(match('Mragaert', 'Margaret')).toEqual({ score: 530, ranges: [[0, 8]], close: true });
  });

  it('does not forgive two edits in a word of seven letters', () => {
    expect(match('Oknokow', 'Okonkwo')).toBeNull();
    expect(match('Okonkow', 'Okonkwo')).toEqual({ score: 545, ranges: [[0, 7]], close: true });
  });

  it('takes the start of a word typed with a slip as a word still being typed', () => {
    expect(match('Lindvq', 'Hannah Lindqvist')).toEqual({ score: 518, ranges: [[7, 13]], close: false });
  });

  it('counts a substitution next to a swap as two edits', () => {
    expect(editDistance('xab', 'yba')).toBe(2);
  });

  it('counts only a real swap of neighbours as one edit, not a letter that repeats', () => {
    expect(editDistance('aab', 'a')).toBe(2);
    expect(editDistance('ab', 'ba')).toBe(1);
  });
});

describe('initials', () => {
  it('matches all initials, with or without spaces between them, above a word typed in part', () => {
    expect(match('pr', 'Priya Raman')).toEqual({ score: 870, ranges: [[0, 1], [6, 7]], close: false });
    expect(match('p r', 'Priya Raman')).toEqual({ score: 870, ranges: [[0, 1], [6, 7]], close: false });
  });

  it('does not take a single letter for the initial of a one-word name', () => {
    expect(match('p', 'Priya')).toEqual({ score: 859, ranges: [[0, 1]], close: false });
  });

  it('matches initials that include a digit', () => {
    expect(match('a2', 'Anna 2nd')).toEqual({ score: 870, ranges: [[0, 1], [5, 6]], close: false });
  });

  it('matches the first initials of a name in the prefix tier, highlighting only those words', () => {
    expect(match('pr', 'P Raman Jones')).toEqual({ score: 700, ranges: [[0, 1], [2, 3]], close: false });
    expect(match('prj', 'P Raman Jones')).toEqual({ score: 870, ranges: [[0, 1], [2, 3], [8, 9]], close: false });
  });

  it('does not match the last initials of a name as initials', () => {
    expect(match('rj', 'Priya Raman Jones')).toEqual({ score: 186, ranges: [[1, 2], [12, 13]], close: false });
  });

  it('does not match initials from a query holding half of a character', () => {
    expect(match('a\ud835', 'Ann \u{1d401}en')).toEqual({ score: 857, ranges: [[0, 1]], close: false });
    expect(match('\ud835a', '\u{1d401}en Ann')).toEqual({ score: 837, ranges: [[5, 6]], close: false });
  });
});

describe('letters in order', () => {
  it('scores scattered letters low, less one per gap and per highlighted run', () => {
    expect(match('sam', 'Aisha Mensah')).toEqual({ score: 192, ranges: [[2, 3], [4, 5], [6, 7]], close: false });
    expect(match('dnlkwl', 'Daniel Kowalczyk')).toEqual({
      score: 187,
      ranges: [[0, 1], [2, 3], [5, 6], [7, 8], [9, 10], [11, 12]],
      close: false,
    });
  });

  it('joins neighbouring letters into one highlight', () => {
    expect(match('!!', 'x!!')).toEqual({ score: 197, ranges: [[1, 3]], close: false });
  });

  it('uses each letter of the name once', () => {
    expect(match('aa', 'xa')).toBeNull();
  });
});
