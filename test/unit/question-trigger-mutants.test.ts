import { describe, expect, it } from 'vitest';
import { findTrigger } from '../../src/core/questions/question-trigger';

// Behaviours pinned down by the mutation run over src/core/questions/question-trigger.ts.
describe('findTrigger', () => {
  it('finds nothing for an empty trigger', () => {
    expect(findTrigger('ask ', '')).toBeNull();
  });

  it('keeps a query of exactly 120 characters open', () => {
    const query = 'a'.repeat(120);
    expect(findTrigger(`??${query}`, '??')).toEqual({ start: 0, query });
    expect(findTrigger(`??${query}b`, '??')).toBeNull();
  });

  it('closes on a tab right after the trigger, but not on one later in the query', () => {
    expect(findTrigger('??\tgrow', '??')).toBeNull();
    expect(findTrigger('??grow\t', '??')).toEqual({ start: 0, query: 'grow\t' });
  });
});
