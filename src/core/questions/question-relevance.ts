import { editDistance } from '../query/did-you-mean';
import { questionKey } from './question-text';
import type { Question, QuestionCategory } from './question-types';

/**
 * How closely a question matches what was typed, in terms a user can predict. `tier`, lower is
 * closer: 0 the words as a phrase in the question, 1 each word a whole word of the question, 2 each
 * a whole word of the question, its tags or category, 3 each the start of such a word (or the same
 * word with another ending: "blocked", "blocking"), 4 each a typo of one, 5 all but one word so (four
 * or more typed). `total` adds up how each word matched, so that of two questions in a tier the one
 * matching more words closely comes first. Fuzzy scores, and what was asked before, only order
 * questions equal in both.
 */
export interface Relevance {
  readonly tier: 0 | 1 | 2 | 3 | 4 | 5;
  readonly total: number;
}

/** How one typed word matches a question, closest first. */
type WordMatch = 'text word' | 'other word' | 'start' | 'typo';
const TIER_OF: Record<WordMatch, Relevance['tier']> = { 'text word': 1, 'other word': 2, start: 3, typo: 4 };
/** Endings taken off a word to find others with its stem. */
const ENDINGS = ['ing', 'ed', 'es', 's', 'er'];

/** The words of a question to match against, each in its comparable form. */
export interface QuestionWords {
  readonly text: readonly string[];
  readonly other: readonly string[];
}

function wordsOf(texts: readonly string[]): string[] {
  return texts.flatMap((text) => questionKey(text).split(' ')).filter((word) => word !== '');
}

/** A question's words: of its text, and of its tags and category's names. */
export function questionWords(question: Question, category: QuestionCategory | undefined): QuestionWords {
  return { text: wordsOf([question.text]), other: wordsOf([...question.tags, ...(category ? [category.label, ...category.aliases] : [])]) };
}

/** A typed word, with the words of the bank it starts (or shares a stem with) and those it is a typo of. */
export interface TypedWord {
  readonly text: string;
  readonly starts: ReadonlySet<string>;
  readonly typos: ReadonlySet<string>;
}

/** Every word of the questions, once: a typed word is compared with each only once per search. */
export function vocabularyOf(questions: readonly QuestionWords[]): string[] {
  return [...new Set(questions.flatMap((words) => [...words.text, ...words.other]))];
}

/** The typed words in their comparable form, single letters left out (`what's` is `what`). */
export function typedWords(words: readonly string[], vocabulary: readonly string[]): TypedWord[] {
  return wordsOf(words)
    .filter((word) => word.length > 1)
    .map((text) => {
      const root = stem(text);
      const limit = typoLimit(text);
      const starts = new Set(vocabulary.filter((word) => word.startsWith(text) || word.startsWith(root)));
      const typos = new Set(limit === 0 ? [] : vocabulary.filter((word) => !starts.has(word) && editDistance(text, word, limit) <= limit));
      return { text, starts, typos };
    });
}

/** The word without a common ending, when at least three letters are left. */
function stem(word: string): string {
  const ending = ENDINGS.find((end) => word.endsWith(end) && word.length - end.length >= 3);
  return ending === undefined ? word : word.slice(0, -ending.length);
}

/** Edits a word may differ by and still be a typo: none under four letters, one per four letters, at most three. */
function typoLimit(word: string): number {
  return Math.min(3, Math.floor(word.length / 4));
}

function matchOf(word: TypedWord, of: QuestionWords): WordMatch | null {
  if (of.text.includes(word.text)) return 'text word';
  if (of.other.includes(word.text)) return 'other word';
  const some = (found: ReadonlySet<string>) => of.text.some((w) => found.has(w)) || of.other.some((w) => found.has(w));
  if (some(word.starts)) return 'start';
  return some(word.typos) ? 'typo' : null;
}

function holdsPhrase(text: readonly string[], words: readonly TypedWord[]): boolean {
  for (let at = 0; at + words.length <= text.length; at++) if (words.every((word, i) => text[at + i] === word.text)) return true;
  return false;
}

/** How one question matches the typed words (see `Relevance`); null when it does not match them. */
export function relevance(words: readonly TypedWord[], of: QuestionWords): Relevance | null {
  if (words.length === 0) return null;
  let tier: Relevance['tier'] = 1;
  let total = 0;
  let missing = 0;
  for (const word of words) {
    const match = matchOf(word, of);
    if (match === null) {
      missing++;
      continue;
    }
    tier = Math.max(tier, TIER_OF[match]) as Relevance['tier'];
    total += TIER_OF[match];
  }
  if (missing > 0) return words.length >= 4 && missing === 1 ? { tier: 5, total } : null;
  return { tier: tier === 1 && words.length > 1 && holdsPhrase(of.text, words) ? 0 : tier, total };
}
