/** What the user typed into a question picker, split into words and category filters. */
export interface QuestionQuery {
  /** Words to find, in order, each taken literally. */
  readonly words: readonly string[];
  /** Category names after `#` or `category:`, to be matched fuzzily against the bank's categories. */
  readonly categoryTerms: readonly string[];
}

/** Longer input is cut: nobody types 500 characters to find a question, and cost must stay flat. */
export const MAX_QUERY_CHARS = 120;
export const MAX_QUERY_WORDS = 8;
const CATEGORY_PREFIX = 'category:';

/**
 * Splits a query on white space. `#growth` or `category:growth` (also `category: growth`) names a
 * category; every other word is searched for as written. Nothing else is special: `! ^ = ' $ |`
 * and quotes are ordinary characters.
 */
export function parseQuestionQuery(input: string): QuestionQuery {
  const tokens = input.slice(0, MAX_QUERY_CHARS).split(/\s+/).filter((token) => token !== '');
  const words: string[] = [];
  const categoryTerms: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    if (token.startsWith('#')) {
      if (token.length > 1) categoryTerms.push(token.slice(1));
    } else if (token.toLowerCase().startsWith(CATEGORY_PREFIX)) {
      const value = token.slice(CATEGORY_PREFIX.length);
      if (value !== '') categoryTerms.push(value);
      else if (i + 1 < tokens.length) categoryTerms.push(tokens[++i] ?? '');
    } else if (words.length < MAX_QUERY_WORDS) {
      words.push(token);
    }
  }
  return { words, categoryTerms };
}
