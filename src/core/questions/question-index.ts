import { fuzzyFind, type FuzzyFind } from './fuzzy-word';
import type { QuestionBank } from './question-types';

/**
 * The questions one query word matched, in flat arrays: a keystroke can touch most of a large bank,
 * and an object per question would cost more than the matching itself.
 */
export interface WordMatches {
  /** Indices (in the bank) of the matched questions, each once. */
  readonly questions: readonly number[];
  /** Three scores per matched question (its text, tags, category): typos per letter of the word, 0 when exact, Infinity where that key did not match. */
  readonly scores: readonly number[];
  /** Per matched question, `start, end` pairs of matched characters in its text, or undefined. */
  readonly ranges: readonly (readonly number[] | undefined)[];
  /** Question index → its position in `questions`, or -1. */
  readonly slotOf: Int32Array;
}

/** Typos allowed per letter of the query word. */
const THRESHOLD = 0.3;

/**
 * With no typo allowed, a match is a plain substring search. A single letter matches only at the
 * start of a word: it is someone starting to type, and "g" inside every "going" and "thing" would
 * bury what they are after.
 */
function exactMatch(word: string, candidate: string): FuzzyFind | null {
  const at = word.length === 1 ? (candidate.startsWith(word) ? 0 : -1) : candidate.indexOf(word);
  return at === -1 ? null : { edits: 0, ranges: [at, at + word.length] };
}

/** One bit per letter a–z, the rest of the characters folded into the remaining six bits. */
function maskOf(text: string): number {
  let mask = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    mask |= 1 << (code >= 97 && code <= 122 ? code - 97 : 26 + (code % 6));
  }
  return mask;
}

function bitCount(value: number): number {
  let count = 0;
  for (let rest = value; rest !== 0; rest &= rest - 1) count++;
  return count;
}
const WORD_CACHE_SIZE = 64;
const WHITE_SPACE = /\S+/g;

interface Postings {
  /** Flat pairs: question index, offset of the word in the question's text. */
  readonly text: number[];
  readonly tags: number[];
  readonly categories: string[];
}

/**
 * The bank's distinct words (from question texts, tags and category names), each with the questions
 * that use it. A query word is matched, typos allowed, against these words, not against every sentence:
 * a bank of 2,000 questions has far fewer distinct words than characters, so a keystroke costs a
 * fraction of a whole-sentence search, and "late words in long questions" match like early ones.
 * Words are split on white space only, so punctuation stays literal (`what's`, `$`, `1:1`).
 */
export class QuestionIndex {
  private readonly words: string[] = [];
  private readonly postings: Postings[] = [];
  private readonly byCategory = new Map<string, number[]>();
  /** Per word, which characters it holds (see `maskOf`), to skip words that cannot match. */
  private readonly masks: number[] = [];
  private readonly cache = new Map<string, WordMatches>();
  private readonly size: number;

  constructor(bank: QuestionBank) {
    this.size = bank.questions.length;
    const slots = new Map<string, Postings>();
    const slot = (word: string): Postings => {
      let found = slots.get(word);
      if (!found) {
        found = { text: [], tags: [], categories: [] };
        slots.set(word, found);
        this.words.push(word);
        this.masks.push(maskOf(word));
        this.postings.push(found);
      }
      return found;
    };
    bank.questions.forEach((question, index) => {
      for (const match of question.text.matchAll(WHITE_SPACE)) slot(match[0].toLowerCase()).text.push(index, match.index);
      for (const tag of question.tags) slot(tag.toLowerCase()).tags.push(index);
      const list = this.byCategory.get(question.category);
      if (list) list.push(index);
      else this.byCategory.set(question.category, [index]);
    });
    for (const category of bank.categories) {
      for (const name of [category.label, ...category.aliases]) {
        for (const match of name.matchAll(WHITE_SPACE)) {
          const categories = slot(match[0].toLowerCase()).categories;
          if (!categories.includes(category.id)) categories.push(category.id);
        }
      }
    }
  }

  get vocabularySize(): number {
    return this.words.length;
  }

  /** Every question the word matches, by question index. Recent words are cached: typing repeats them. */
  match(word: string): WordMatches {
    const key = word.toLowerCase();
    const cached = this.cache.get(key);
    if (cached) return cached;
    const hits = this.compute(key);
    if (this.cache.size >= WORD_CACHE_SIZE) this.cache.clear();
    this.cache.set(key, hits);
    return hits;
  }

  private compute(word: string): WordMatches {
    const questions: number[] = [];
    const scores: number[] = [];
    const ranges: (number[] | undefined)[] = [];
    const slotOf = new Int32Array(this.size).fill(-1);
    const slot = (index: number): number => {
      let at = slotOf[index] ?? -1;
      if (at === -1) {
        at = questions.length;
        slotOf[index] = at;
        questions.push(index);
        scores.push(Infinity, Infinity, Infinity);
        ranges.push(undefined);
      }
      return at;
    };
    const better = (at: number, key: number, score: number) => {
      if (score < (scores[3 * at + key] ?? Infinity)) scores[3 * at + key] = score;
    };
    // Typos are allowed in proportion to the word's length; a word of the bank missing more of
    // the query's characters than that, or too short to hold it, cannot match and is skipped.
    const errors = Math.floor(THRESHOLD * word.length);
    const wanted = maskOf(word);
    for (let w = 0; w < this.words.length; w++) {
      const candidate = this.words[w] ?? '';
      if (candidate.length < word.length - errors || bitCount(wanted & ~(this.masks[w] ?? 0)) > errors) continue;
      const match = errors === 0 ? exactMatch(word, candidate) : fuzzyFind(word, candidate, errors);
      if (!match) continue;
      const postings = this.postings[w];
      if (!postings) continue;
      const score = match.edits / word.length;
      // A lone matched letter between typos is noise to the eye, so only runs are highlighted
      // (unless the word is one letter).
      const runs: number[] = [];
      for (let r = 0; r + 1 < match.ranges.length; r += 2) {
        const [start = 0, end = 0] = [match.ranges[r], match.ranges[r + 1]];
        if (end - start > 1 || word.length === 1) runs.push(start, end);
      }
      for (let i = 0; i < postings.text.length; i += 2) {
        const at = slot(postings.text[i] ?? 0);
        better(at, 0, score);
        if (runs.length === 0) continue;
        const offset = postings.text[i + 1] ?? 0;
        const list = ranges[at] ?? (ranges[at] = []);
        for (const position of runs) list.push(offset + position);
      }
      for (const index of postings.tags) better(slot(index), 1, score);
      for (const category of postings.categories) for (const index of this.byCategory.get(category) ?? []) better(slot(index), 2, score);
    }
    return { questions, scores, ranges, slotOf };
  }
}
