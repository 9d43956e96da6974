import { describe, expect, it } from 'vitest';
import { QuestionIndex } from '../../src/core/questions/question-index';
import type { Question, QuestionBank } from '../../src/core/questions/question-types';

// Behaviours pinned down by the mutation run over src/core/questions/question-index.ts: which bank
// words a query word matches, with what score per key, where in the text, and the word cache.
function question(id: string, text: string, tags: readonly string[] = [], category = 'a'): Question {
  return { id, text, category, tags, source: 'custom' };
}

function indexOf(questions: readonly Question[], categories = [{ id: 'a', label: 'Alpha', aliases: [] as string[] }]): QuestionIndex {
  return new QuestionIndex({ questions, categories } satisfies QuestionBank);
}

/** What one word matched: per question, its three key scores and its text ranges. */
function matched(index: QuestionIndex, word: string) {
  const { questions, scores, ranges } = index.match(word);
  return questions.map((q, at) => ({ q, scores: scores.slice(3 * at, 3 * at + 3), ranges: ranges[at] }));
}

describe('short words, matched without errors', () => {
  it('finds a word of two or three letters anywhere inside a bank word, and marks where', () => {
    const index = indexOf([question('a-1', 'we grow'), question('a-2', 'rowing')]);
    expect(matched(index, 'row')).toEqual([
      { q: 0, scores: [0, Infinity, Infinity], ranges: [4, 7] },
      { q: 1, scores: [0, Infinity, Infinity], ranges: [0, 3] },
    ]);
  });

  it('matches a single letter only at the start of a word, and marks that letter', () => {
    const index = indexOf([question('a-1', 'we grow'), question('a-2', 'bug'), question('a-3', 'ox')]);
    expect(matched(index, 'g')).toEqual([{ q: 0, scores: [0, Infinity, Infinity], ranges: [3, 4] }]);
    expect(matched(index, 'o')).toEqual([{ q: 2, scores: [0, Infinity, Infinity], ranges: [0, 1] }]);
    expect(matched(index, 'x')).toEqual([]);
  });
});

describe('keys a word matches', () => {
  it('matches tags in any case, with no text ranges', () => {
    const index = indexOf([question('a-1', 'Why?', ['Retro']), question('a-2', 'How?')]);
    expect(matched(index, 'retro')).toEqual([{ q: 0, scores: [Infinity, 0, Infinity], ranges: undefined }]);
    expect(index.match('retro').ranges).toStrictEqual([undefined]);
  });

  it('matches every question of a category by a word of its name', () => {
    const index = indexOf([question('a-1', 'Why?'), question('b-1', 'How?', [], 'b'), question('a-2', 'When?')], [
      { id: 'a', label: 'Alpha', aliases: [] },
      { id: 'b', label: 'Beta', aliases: ['second'] },
    ]);
    expect(matched(index, 'alpha')).toEqual([
      { q: 0, scores: [Infinity, Infinity, 0], ranges: undefined },
      { q: 2, scores: [Infinity, Infinity, 0], ranges: undefined },
    ]);
    expect(matched(index, 'second')).toEqual([{ q: 1, scores: [Infinity, Infinity, 0], ranges: undefined }]);
  });

  it('matches no question by the name of a category that has none', () => {
    const index = indexOf([question('a-1', 'Why?')], [
      { id: 'a', label: 'Alpha', aliases: [] },
      { id: 'e', label: 'Empty', aliases: [] },
    ]);
    expect(matched(index, 'empty')).toEqual([]);
  });

  it('keeps the best score when several words of one question match, in its text or its tags', () => {
    const index = indexOf([question('a-1', 'growth groth'), question('a-2', 'x', ['growth', 'groth'])]);
    expect(matched(index, 'growths')).toEqual([
      { q: 0, scores: [1 / 7, Infinity, Infinity], ranges: [0, 6, 7, 12] },
      { q: 1, scores: [Infinity, 1 / 7, Infinity], ranges: undefined },
    ]);
  });

  it('marks only runs of matched characters, not a lone one', () => {
    const index = indexOf([question('a-1', 'so abcdefgh')]);
    expect(matched(index, 'axcdefgh')).toEqual([{ q: 0, scores: [0.125, Infinity, Infinity], ranges: [5, 11] }]);
  });
});

describe('long words', () => {
  it('does not match a bank word too short to hold the query word', () => {
    const index = indexOf([question('a-1', 'abcdefghijklmnopabcdefghijklmnop')]);
    expect(matched(index, `abcdefghijklmnopabcdefghijklmnop${'x'.repeat(68)}`)).toEqual([]);
  });

  it('does not match a bank word that lacks more of the query word’s characters than errors allowed', () => {
    const index = indexOf([question('a-1', 'abcdefghijklmnopabcdefghijklmnop')]);
    expect(matched(index, 'abcdqfghijrlmnopabcsefghtjklmnouvwxyz012')).toEqual([]);
  });
});

describe('vocabulary', () => {
  it('counts each distinct word of texts, tags and category names once', () => {
    const index = indexOf([question('a-1', 'Why now?', ['why', 'team']), question('a-2', 'why NOW? team')], [{ id: 'a', label: 'Team alpha', aliases: ['alpha', 'why'] }]);
    expect(index.vocabularySize).toBe(4); // why, now?, team, alpha
  });
});

describe('the word cache', () => {
  it('answers a word asked again with the same result, in any case', () => {
    const index = indexOf([question('a-1', 'we grow')]);
    const first = index.match('grow');
    expect(index.match('other')).not.toBe(first);
    expect(index.match('GROW')).toBe(first);
  });

  it('keeps 64 words and starts over when a 65th comes', () => {
    const index = indexOf([question('a-1', 'we grow')]);
    const first = index.match('w0');
    for (let i = 1; i < 64; i++) index.match(`w${i}`);
    expect(index.match('w0')).toBe(first);
    index.match('w64');
    expect(index.match('w0')).not.toBe(first);
    expect(index.match('w0')).toEqual(first);
  });
});
