import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzyFind } from '../../src/core/questions/fuzzy-word';
import { QuestionIndex } from '../../src/core/questions/question-index';
import { QuestionSearch } from '../../src/core/questions/question-search';
import { runs } from '../support/mutation-run';

/** The text's characters each range covers, to read what a match highlights. */
function highlighted(text: string, ranges: readonly number[]): string[] {
  const parts: string[] = [];
  for (let i = 0; i + 1 < ranges.length; i += 2) parts.push(text.slice(ranges[i], ranges[i + 1]));
  return parts;
}

/** Edits between two whole strings (wrong, missing, extra letter, swap of neighbours), the plain way. */
function editsBetween(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const cell = (i: number, j: number) => d[i]?.[j] ?? Infinity;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      let value = Math.min(cell(i - 1, j) + 1, cell(i, j - 1) + 1, cell(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, cell(i - 2, j - 2) + 1);
      const row = d[i];
      if (row) row[j] = value;
    }
  }
  return cell(a.length, b.length);
}

/** The fewest edits between the word and any part of the text, trying every part. */
function fewestEditsInside(word: string, text: string): number {
  let best = Infinity;
  for (let start = 0; start <= text.length; start++) {
    for (let end = start; end <= text.length; end++) best = Math.min(best, editsBetween(word, text.slice(start, end)));
  }
  return best;
}

describe('fuzzyFind: typos', () => {
  it.each([
    ['exact, inside a longer word', 'grow', 'growth', 1, 0, ['grow']],
    ['two letters swapped', 'wokrload', 'workload', 2, 1, ['workload']],
    ['a letter missing', 'meetngs', 'meetings', 2, 1, ['meet', 'ngs']],
    ['a letter too many', 'grrowth', 'growth', 2, 1, ['growth']],
    ['a wrong letter', 'grawth', 'growth', 1, 1, ['gr', 'wth']],
    ['inside a word, with a typo', 'blokc', 'unblocking', 1, 1, ['block']],
    ['two typos', 'remot meetng', 'remote meeting', 3, 2, ['remot', ' meet', 'ng']],
  ])('%s: %j in %j', (_, word, text, maxEdits, edits, parts) => {
    const found = fuzzyFind(word, text, maxEdits);
    expect(found?.edits).toBe(edits);
    expect(highlighted(text, found?.ranges ?? [])).toEqual(parts);
  });

  it('finds nothing past the edits allowed', () => {
    expect(fuzzyFind('grawth', 'growth', 0)).toBeNull();
    expect(fuzzyFind('zzzz', 'growth', 1)).toBeNull();
    expect(fuzzyFind('wokrlaod', 'workload', 1)).toBeNull();
  });

  it('finds nothing in a text too short to hold the word with the edits allowed', () => {
    expect(fuzzyFind('growth', 'gro', 2)).toBeNull();
    expect(fuzzyFind('growth', 'grow', 2)).toEqual({ edits: 2, ranges: [0, 4] });
  });

  it('takes the closest place, the first of equally close ones', () => {
    expect(fuzzyFind('grow', 'grew grow', 1)?.ranges).toEqual([5, 9]);
    expect(fuzzyFind('grow', 'grow grow', 0)?.ranges).toEqual([0, 4]);
    expect(fuzzyFind('grow', 'grew graw', 1)).toEqual({ edits: 1, ranges: [0, 2, 3, 4] });
  });
});

describe('fuzzyFind: case, accents and odd characters', () => {
  it('compares case and accents as given: the index lower-cases both sides first', () => {
    expect(fuzzyFind('Grow', 'grow', 0)).toBeNull();
    expect(fuzzyFind('Grow', 'grow', 1)).toEqual({ edits: 1, ranges: [1, 4] });
    expect(fuzzyFind('cafe', 'café', 1)).toEqual({ edits: 1, ranges: [0, 3] });
    // NFD: "é" as "e" and a combining accent is one letter more.
    expect(fuzzyFind('café', 'cafe\u0301', 1)?.edits).toBe(1);
  });

  it('counts an emoji as its two UTF-16 units, and highlights both', () => {
    expect(fuzzyFind('🙂', 'a🙂b', 0)).toEqual({ edits: 0, ranges: [1, 3] });
    expect(fuzzyFind('🙂x', 'a🙂b', 1)).toEqual({ edits: 1, ranges: [1, 3] });
  });

  it('reads punctuation, CR and a BOM as ordinary characters', () => {
    expect(fuzzyFind("what's", "\ufeffwhat's\r\n", 0)).toEqual({ edits: 0, ranges: [1, 7] });
    expect(fuzzyFind('a\rb', 'xa\rbx', 0)?.ranges).toEqual([1, 4]);
  });
});

describe('fuzzyFind: empty, one-letter and very long words', () => {
  it('finds an empty word anywhere, with nothing to highlight', () => {
    expect(fuzzyFind('', 'abc', 0)).toEqual({ edits: 0, ranges: [] });
    expect(fuzzyFind('', '', 0)).toEqual({ edits: 0, ranges: [] });
  });

  it('matches a word against an empty text only by dropping all its letters', () => {
    expect(fuzzyFind('ab', '', 1)).toBeNull();
    expect(fuzzyFind('ab', '', 2)).toEqual({ edits: 2, ranges: [] });
  });

  it('finds a one-letter word anywhere, or anything with one edit', () => {
    expect(fuzzyFind('g', 'big', 0)).toEqual({ edits: 0, ranges: [2, 3] });
    expect(fuzzyFind('x', 'big', 0)).toBeNull();
    expect(fuzzyFind('x', 'big', 1)).toEqual({ edits: 1, ranges: [] });
  });

  it('matches a 1,000-letter word with typos spread along it', () => {
    const word = 'abcdefghij'.repeat(100);
    const typed = `x${word.slice(1, 500)}${word.slice(501, 998)}${word[999] ?? ''}${word[998] ?? ''}`;
    const found = fuzzyFind(typed, `  ${word}  `, 3);
    expect(found?.edits).toBe(3);
    expect(highlighted(`  ${word}  `, found?.ranges ?? []).join('')).toBe(word.slice(1, 500) + word.slice(501));
    expect(fuzzyFind(typed, word, 2)).toBeNull();
  });
});

describe('fuzzyFind against every part of the text, compared the plain way', () => {
  const letters = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é', '\r'), maxLength: 9 });

  it('finds the fewest edits of any part, within the edits allowed, and highlights only matching letters', () => {
    fc.assert(
      fc.property(letters, letters, fc.integer({ min: 0, max: 4 }), (word, text, maxEdits) => {
        const fewest = fewestEditsInside(word, text);
        const found = fuzzyFind(word, text, maxEdits);
        if (fewest > maxEdits) {
          expect(found).toBeNull();
          return;
        }
        expect(found?.edits).toBe(fewest);
        const ranges = found?.ranges ?? [];
        let covered = 0;
        for (let i = 0; i < ranges.length; i += 2) {
          const [start = 0, end = 0] = [ranges[i], ranges[i + 1]];
          expect(start).toBeGreaterThanOrEqual(i === 0 ? 0 : (ranges[i - 1] ?? 0) + 1);
          expect(end).toBeGreaterThan(start);
          expect(end).toBeLessThanOrEqual(text.length);
          for (const letter of text.slice(start, end)) expect(word).toContain(letter);
          covered += end - start;
        }
        // Each edit costs at most one matched letter; the rest of the word's letters are highlighted.
        expect(covered).toBeGreaterThanOrEqual(word.length - fewest);
        expect(covered).toBeLessThanOrEqual(word.length);
      }),
      { numRuns: runs(2000) },
    );
  });
});

describe('the question index, with the matcher', () => {
  it('counts a swap of neighbours as one typo, and highlights the whole word', () => {
    const index = new QuestionIndex({ questions: [{ id: 'a-1', text: 'Your workload?', category: 'a', tags: [], source: 'custom' }], categories: [] });
    const found = index.match('wokrload');
    expect([found.questions, found.scores.slice(0, 3), found.ranges]).toEqual([[0], [1 / 8, Infinity, Infinity], [[5, 13]]]);
  });

  it('matches in any case, and an accent as a typo, as the bank words are lower-cased', () => {
    const index = new QuestionIndex({ questions: [{ id: 'a-1', text: 'Your Éducation?', category: 'a', tags: [], source: 'custom' }], categories: [] });
    expect(index.match('EDUCATION').scores.slice(0, 1)).toEqual([1 / 9]);
    expect(index.match('ÉDUCATION').scores.slice(0, 1)).toEqual([0]);
  });
});

describe('category terms, with the matcher', () => {
  const search = new QuestionSearch({
    questions: [],
    categories: [
      { id: 'one', label: 'Abcdefghij', aliases: [] },
      { id: 'two', label: 'Abcdefgh', aliases: [] },
      { id: 'three', label: 'Abcdefg', aliases: [] },
    ],
  });

  it('keeps the closest category and those within a tenth of a typo per letter of it', () => {
    // One typo in ten letters for "one", two for "two" (0.1 + 0.1), three for "three".
    expect(search.search('#abcdefghiz').narrowedTo?.map((category) => category.id)).toEqual(['one', 'two']);
  });

  it('matches a category by its id too', () => {
    expect(search.search('#twp').narrowedTo?.map((category) => category.id)).toEqual(['two']);
  });

  it('finds no category past four typos in ten letters', () => {
    expect(search.search('#abcdezzzzz').problem).toBe('No category matches "abcdezzzzz". The categories: Abcdefghij, Abcdefgh, Abcdefg');
  });
});
