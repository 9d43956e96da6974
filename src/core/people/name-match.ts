import { editDistance as editDistanceWithin } from '../query/did-you-mean';
/**
 * How a typed query matches one name, forgivingly: people type names from memory, so a transposed
 * or wrong letter, the words in another order, initials or a missing accent must still find them.
 * Scores order the kinds of match; a higher score is a better match.
 */

export type MatchRange = readonly [start: number, end: number];

export interface NameMatch {
  readonly score: number;
  /** What matched, as ranges of the original text, for highlighting. */
  readonly ranges: readonly MatchRange[];
  /** Each query word is a whole word of the name, as written or with a typo: a name that could be this one. */
  readonly close: boolean;
}

/** The score tiers; within a tier, details (order, typos, leftover words) subtract a little. */
export const SCORE = { exact: 1000, initials: 870, words: 800, initialsPrefix: 700, typos: 500, letters: 100 } as const;
/** The best a letters-in-order match scores: every other kind of match scores above it. */
export const LETTERS_TOP = SCORE.letters + 99;

/** Text lower-cased with accents removed, remembering where each character came from. */
interface Folded {
  readonly text: string;
  readonly from: readonly number[];
  readonly to: readonly number[];
}

interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface PreparedText {
  readonly folded: Folded;
  readonly words: readonly Word[];
  readonly key: string;
  readonly initials: string;
}

export interface PreparedQuery {
  readonly words: readonly string[];
  readonly key: string;
  /** The query without spaces, for initials and letter-by-letter matching. */
  readonly compact: string;
}

/** Letters that Unicode does not take apart into a base letter and a mark, read as their base letters. */
const PLAIN_LETTERS: Readonly<Record<string, string>> = { ł: 'l', ø: 'o', đ: 'd', ð: 'd', ħ: 'h', ı: 'i', ŧ: 't', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th' };

function fold(text: string): Folded {
  let out = '';
  const from: number[] = [];
  const to: number[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    const lower = ch.toLowerCase();
    const folded = PLAIN_LETTERS[lower] ?? lower.normalize('NFD').replace(/\p{M}/gu, '');
    for (let k = 0; k < folded.length; k++) {
      from.push(i);
      to.push(i + ch.length);
    }
    out += folded;
    i += ch.length;
  }
  return { text: out, from, to };
}

function wordsOf(folded: string): Word[] {
  return Array.from(folded.matchAll(/[\p{L}\p{N}]+/gu), (m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

export function prepareText(text: string): PreparedText {
  const folded = fold(text);
  const words = wordsOf(folded.text);
  return { folded, words, key: words.map((w) => w.text).join(' '), initials: words.map((w) => w.text.charAt(0)).join('') };
}

export function prepareQuery(query: string): PreparedQuery {
  const { text } = fold(query.trim());
  const words = wordsOf(text).map((w) => w.text);
  return { words, key: words.join(' '), compact: text.replace(/\s+/g, '') };
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
export function editDistance(a: string, b: string): number {
  return editDistanceWithin(a, b, Number.POSITIVE_INFINITY);
}

/** Short words must be typed right: "Kim" is not "Tim". */
function allowedEdits(typed: string): number {
  return typed.length <= 3 ? 0 : typed.length <= 7 ? 1 : 2;
}

interface WordHit {
  readonly cost: number;
  readonly typo: boolean;
  readonly whole: boolean;
  /** How much of the name's word to highlight, from its start. */
  readonly length: number;
}

function matchWord(typed: string, word: string): WordHit | null {
  if (typed === word) return { cost: 0, typo: false, whole: true, length: word.length };
  const edits = allowedEdits(typed);
  // A word with its last letter or two left off ("Hanna" for Hannah) is the name with a slip in it.
  if (word.startsWith(typed)) return { cost: 1, typo: false, whole: edits > 0 && word.length - typed.length <= edits, length: typed.length };
  if (edits === 0) return null;
  const whole = editDistance(typed, word);
  if (whole <= edits) return { cost: 3 * whole, typo: true, whole: true, length: word.length };
  // Still typing a word with a slip in it: "Lindvq" for Lindqvist.
  if (word.length > typed.length && editDistance(typed, word.slice(0, typed.length)) <= 1) return { cost: 4, typo: true, whole: false, length: typed.length };
  return null;
}

/** The cheapest way to give each typed word its own word of the name (names are short: exhaustive). */
function assignWords(typed: readonly string[], words: readonly Word[]): { picks: number[]; hits: WordHit[] } | null {
  if (typed.length === 0 || typed.length > words.length || words.length > 8) return null;
  const table = typed.map((t) => words.map((w) => matchWord(t, w.text)));
  let best: { picks: number[]; hits: WordHit[]; cost: number } | null = null;
  const picks: number[] = [];
  const hits: WordHit[] = [];
  const visit = (i: number, cost: number): void => {
    if (best !== null && cost >= best.cost) return;
    if (i === typed.length) {
      best = { picks: [...picks], hits: [...hits], cost };
      return;
    }
    (table[i] ?? []).forEach((hit, j) => {
      if (hit === null || picks.includes(j)) return;
      picks.push(j);
      hits.push(hit);
      visit(i + 1, cost + hit.cost);
      picks.pop();
      hits.pop();
    });
  };
  visit(0, 0);
  return best;
}

function original(text: PreparedText, start: number, end: number): MatchRange {
  const { from, to } = text.folded;
  return [from[start] ?? 0, to[end - 1] ?? 0];
}

function byWords(query: PreparedQuery, text: PreparedText): NameMatch | null {
  const found = assignWords(query.words, text.words);
  if (!found) return null;
  const { picks, hits } = found;
  const inOrder = picks.every((pick, i) => i === 0 || pick > (picks[i - 1] ?? 0));
  const typos = hits.some((hit) => hit.typo);
  const cost = hits.reduce((sum, hit) => sum + hit.cost, 0);
  const bonus = (inOrder ? 40 : 0) + (picks[0] === 0 ? 20 : 0) - 2 * (text.words.length - picks.length);
  const score = typos ? SCORE.typos + bonus - 5 * cost : SCORE.words + bonus - cost;
  const ranges = picks.map((pick, i) => {
    const word = text.words[pick] as Word;
    return original(text, word.start, word.start + (hits[i] as WordHit).length);
  });
  return { score, ranges, close: hits.every((hit) => hit.whole) };
}

function byInitials(query: PreparedQuery, text: PreparedText): NameMatch | null {
  const typed = query.compact;
  if (typed.length < 2 || !/^[\p{L}\p{N}]+$/u.test(typed) || !text.initials.startsWith(typed)) return null;
  const ranges = text.words.slice(0, typed.length).map((word) => original(text, word.start, word.start + 1));
  const score = typed.length === text.initials.length ? SCORE.initials : SCORE.initialsPrefix;
  return { score, ranges, close: false };
}

/** Obsidian's own fuzzy rule, the letters in order anywhere, as the weakest match. */
function byLetters(query: PreparedQuery, text: PreparedText): NameMatch | null {
  const haystack = text.folded.text;
  const ranges: [number, number][] = [];
  let from = 0;
  let gaps = 0;
  for (const ch of query.compact) {
    const at = haystack.indexOf(ch, from);
    if (at < 0) return null;
    gaps += at - from;
    const last = ranges[ranges.length - 1];
    if (last && last[1] === at) last[1] = at + 1;
    else ranges.push([at, at + 1]);
    from = at + 1;
  }
  return { score: SCORE.letters + Math.max(0, LETTERS_TOP - SCORE.letters - gaps - ranges.length), ranges: ranges.map(([s, e]) => original(text, s, e)), close: false };
}

/** The best way `query` matches `text`, or null when it does not. An empty query matches everything. */
export function matchName(query: PreparedQuery, text: PreparedText): NameMatch | null {
  if (query.compact === '') return { score: 0, ranges: [], close: false };
  if (query.key !== '' && query.key === text.key) {
    return { score: SCORE.exact, ranges: text.words.map((w) => original(text, w.start, w.end)), close: true };
  }
  const words = byWords(query, text);
  let best: NameMatch | null = null;
  for (const found of [words, byInitials(query, text), byLetters(query, text)]) {
    if (found && (best === null || found.score > best.score)) best = found;
  }
  // Closeness is about the words, even when initials or letters matched better.
  return best && { ...best, close: words?.close ?? false };
}
