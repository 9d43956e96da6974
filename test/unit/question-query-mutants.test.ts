import { describe, expect, it } from 'vitest';
import { parseQuestionQuery } from '../../src/core/questions/question-query';

// Behaviours pinned down by the mutation run over src/core/questions/question-query.ts.
describe('category: at the end of a query', () => {
  it('names no category when nothing follows "category:"', () => {
    expect(parseQuestionQuery('grow category:')).toEqual({ words: ['grow'], categoryTerms: [] });
  });

  it('takes the next word when "category:" stands alone', () => {
    expect(parseQuestionQuery('category: growth plans')).toEqual({ words: ['plans'], categoryTerms: ['growth'] });
  });
});
