import type { CalendarDay } from '../calendar/dates';
import { fuzzyFind } from './fuzzy-word';
import { QuestionIndex, type WordMatches } from './question-index';
import { categoriesByCoverage, type PersonMemory } from './question-memory';
import { parseQuestionQuery } from './question-query';
import { questionKey } from './question-text';
import { questionWords, relevance, typedWords, vocabularyOf, type QuestionWords } from './question-relevance';
import type { Question, QuestionBank, QuestionCategory } from './question-types';

/** `[start, end)` of matched characters in a question's text. */
export type TextRange = readonly [start: number, end: number];

export interface QuestionHit {
  readonly question: Question;
  readonly category: QuestionCategory;
  /** Where the query matched the question's text, for highlighting; empty on an empty query. */
  readonly matches: readonly TextRange[];
  /** The last day this question was asked of the person, or null when it is fresh. */
  readonly lastAsked: CalendarDay | null;
}

export interface QuestionResults {
  readonly hits: readonly QuestionHit[];
  /** The categories a `#cat` / `category:` filter narrowed to; null without a filter. */
  readonly narrowedTo: readonly QuestionCategory[] | null;
  /** Why there are no hits, when the query itself is the reason (an unknown category). */
  readonly problem: string | null;
}

/** How much a match in each key counts: the question's words, then its tags, then its category. */
const KEY_WEIGHTS = [3 / 5.5, 1.5 / 5.5, 1 / 5.5] as const;
/** Stands in for a perfect score (0) so that products stay comparable. */
const PERFECT = 0.001;

/** Typos allowed per letter of a category term; categories this much less close than the best are dropped. */
const CATEGORY_THRESHOLD = 0.4;
const CATEGORY_MARGIN = 0.1;
/** More than a picker can show; the ranking of the rest is not worth building. */
const DEFAULT_LIMIT = 100;
const NOT_WORD = /[^\p{L}\p{N}]+/u;

function mergeRanges(ranges: TextRange[]): TextRange[] {
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of ranges) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** One word's match in one question: the keys it matched, each weighted, multiplied. */
function wordScore(matches: WordMatches, at: number): number {
  let score = 1;
  for (let key = 0; key < 3; key++) {
    const value = matches.scores[3 * at + key] ?? Infinity;
    if (value !== Infinity) score *= Math.pow(Math.max(value, PERFECT), KEY_WEIGHTS[key] ?? 1);
  }
  return score;
}

/** Fuzzy search over one question bank; build once per bank, query on every keystroke. */
export class QuestionSearch {
  private readonly index: QuestionIndex;
  private readonly categoryById: Map<string, QuestionCategory>;
  /** Each question's words, in the order of the bank, for its relevance tier. */
  private readonly words: readonly QuestionWords[];
  private readonly vocabulary: readonly string[];

  constructor(readonly bank: QuestionBank) {
    this.index = new QuestionIndex(bank);
    this.categoryById = new Map(bank.categories.map((category) => [category.id, category]));
    this.words = bank.questions.map((question) => questionWords(question, this.categoryById.get(question.category)));
    this.vocabulary = vocabularyOf(this.words);
  }

  /** The best `limit` questions for what the user typed; an empty query lists them all by category. */
  search(input: string, memory: PersonMemory | null = null, limit = DEFAULT_LIMIT): QuestionResults {
    const query = parseQuestionQuery(input);
    let allowed: Set<string> | null = null;
    let narrowedTo: QuestionCategory[] | null = null;
    if (query.categoryTerms.length > 0) {
      narrowedTo = this.categoriesFor(query.categoryTerms);
      if (narrowedTo.length === 0) {
        const names = query.categoryTerms.map((term) => `"${term}"`).join(', ');
        const labels = this.bank.categories.map((category) => category.label).join(', ');
        return { hits: [], narrowedTo, problem: `No category matches ${names}${labels === '' ? '' : `. The categories: ${labels}`}` };
      }
      allowed = new Set(narrowedTo.map((category) => category.id));
    }
    const hits = query.words.length === 0 ? this.browse(allowed, memory) : this.find(query.words, allowed, memory, limit);
    return { hits, narrowedTo, problem: null };
  }

  /** Every question by category: least covered with this person first, fresh before asked. */
  private browse(allowed: Set<string> | null, memory: PersonMemory | null): QuestionHit[] {
    const order = memory ? categoriesByCoverage(this.bank, memory) : this.bank.categories.map((category) => category.id);
    const hits: QuestionHit[] = [];
    for (const id of order) {
      if (allowed && !allowed.has(id)) continue;
      const inCategory = this.bank.questions.filter((question) => question.category === id).map((question) => this.hit(question, [], memory));
      const fresh = inCategory.filter((hit) => hit.lastAsked === null);
      const asked = inCategory.filter((hit) => hit.lastAsked !== null).sort((a, b) => (a.lastAsked ?? '').localeCompare(b.lastAsked ?? ''));
      hits.push(...fresh, ...asked);
    }
    return hits;
  }

  /**
   * Questions matching the words, closest first (see `Relevance`); within a tier, fresh
   * questions before asked ones, then by the fuzzy score of their words, then in bank order.
   */
  private find(words: readonly string[], allowed: Set<string> | null, memory: PersonMemory | null, limit: number): QuestionHit[] {
    const typed = typedWords(words, this.vocabulary);
    const perWord = words.flatMap((w) => this.literalOrParts(w)).map((word) => this.index.match(word));
    // Per question, over the words fuzzy search matched: how many, and the product of their scores.
    const size = this.bank.questions.length;
    const count = new Uint8Array(size);
    const product = new Float64Array(size).fill(1);
    for (const matches of perWord) {
      matches.questions.forEach((index, at) => {
        count[index] = (count[index] ?? 0) + 1;
        product[index] = (product[index] ?? 1) * wordScore(matches, at);
      });
    }
    const ranked: { index: number; tier: number; total: number; asked: number; score: number }[] = [];
    this.bank.questions.forEach((question, index) => {
      if (allowed && !allowed.has(question.category)) return;
      const match = relevance(typed, this.words[index] ?? { text: [], other: [] });
      if (match === null) return;
      const n = count[index] ?? 0;
      const asked = memory?.lastAsked.has(question.id) === true ? 1 : 0;
      ranked.push({ index, tier: match.tier, total: match.total, asked, score: n > 0 ? Math.pow(product[index] ?? 1, 1 / n) : 1 });
    });
    ranked.sort((a, b) => a.tier - b.tier || a.total - b.total || a.asked - b.asked || a.score - b.score || a.index - b.index);
    const hits: QuestionHit[] = [];
    for (const { index } of ranked.slice(0, limit)) {
      const question = this.bank.questions[index];
      if (question) hits.push(this.hit(question, this.rangesOf(index, perWord), memory));
    }
    return hits;
  }

  /** The matched characters of one question's text, from every word; built only for the hits shown. */
  private rangesOf(index: number, perWord: readonly WordMatches[]): TextRange[] {
    const ranges: TextRange[] = [];
    for (const matches of perWord) {
      const list = matches.ranges[matches.slotOf[index] ?? -1] ?? [];
      for (let i = 0; i + 1 < list.length; i += 2) ranges.push([list[i] ?? 0, list[i + 1] ?? 0]);
    }
    return mergeRanges(ranges);
  }

  /**
   * A word is first matched as typed, punctuation included. When that finds nothing (`what's`
   * against "What is", `!important`), its runs of letters and digits are tried instead.
   */
  private literalOrParts(word: string): string[] {
    if (this.index.match(word).questions.length > 0) return [word];
    const parts = word.split(NOT_WORD).filter((part) => part.length >= 2);
    return parts.length > 0 && parts[0] !== word ? parts : [word];
  }

  /** Categories a `#term` names: by part of a name first, else fuzzily, keeping near-best matches. */
  private categoriesFor(terms: readonly string[]): QuestionCategory[] {
    const found = new Set<QuestionCategory>();
    for (const term of terms) {
      const key = questionKey(term);
      if (key === '') continue;
      const byName = this.bank.categories.filter((category) => [category.label, category.id, ...category.aliases].some((name) => questionKey(name).includes(key)));
      if (byName.length > 0) {
        byName.forEach((category) => found.add(category));
        continue;
      }
      const typos = Math.floor(CATEGORY_THRESHOLD * key.length);
      const scores = this.bank.categories.map((category) =>
        Math.min(...[category.label, category.id, ...category.aliases].map((name) => (fuzzyFind(key, questionKey(name), typos)?.edits ?? Infinity) / key.length)),
      );
      const best = Math.min(...scores);
      this.bank.categories.forEach((category, i) => {
        const score = scores[i] ?? Infinity;
        if (score !== Infinity && score <= best + CATEGORY_MARGIN) found.add(category);
      });
    }
    return this.bank.categories.filter((category) => found.has(category));
  }

  private hit(question: Question, matches: readonly TextRange[], memory: PersonMemory | null): QuestionHit {
    const category = this.categoryById.get(question.category) ?? { id: question.category, label: question.category, aliases: [] };
    return { question, category, matches, lastAsked: memory?.lastAsked.get(question.id) ?? null };
  }
}
