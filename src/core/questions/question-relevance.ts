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

/** The typed words in their comparable form, single letters left out (`what's` is `what`). */
export function typedWords(words: readonly string[]): string[] {
  return wordsOf(words).filter((word) => word.length > 1);
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

function matchOf(word: string, of: QuestionWords): WordMatch | null {
  if (of.text.includes(word)) return 'text word';
  if (of.other.includes(word)) return 'other word';
  const all = [...of.text, ...of.other];
  const root = stem(word);
  if (all.some((candidate) => candidate.startsWith(word) || candidate.startsWith(root))) return 'start';
  const limit = typoLimit(word);
  if (limit > 0 && all.some((candidate) => editDistance(word, candidate, limit) <= limit)) return 'typo';
  return null;
}

function holdsPhrase(text: readonly string[], words: readonly string[]): boolean {
  for (let at = 0; at + words.length <= text.length; at++) if (words.every((word, i) => text[at + i] === word)) return true;
  return false;
}

/** How one question matches the typed words (see `Relevance`); null when it does not match them. */
export function relevance(words: readonly string[], of: QuestionWords): Relevance | null {
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
