import { describe, expect, it } from 'vitest';
import { buildQuestionBank, categoryOfId } from '../../src/core/questions/question-bank';

// Behaviours pinned down by the mutation run over src/core/questions/question-bank.ts: the category
// read from an id, and the shape of a built-in question.
describe('categoryOfId', () => {
  it('reads everything before the last dash, and a whole id without a dash', () => {
    expect(categoryOfId('feedback-me-03')).toBe('feedback-me');
    expect(categoryOfId('x-1')).toBe('x');
    expect(categoryOfId('growth')).toBe('growth');
  });
});

describe('built-in questions', () => {
  it('carry a field only when they fill one', () => {
    const bank = buildQuestionBank({ custom: null, hideBuiltIn: false });
    expect(bank.questions.slice(0, 2)).toStrictEqual([
      { id: 'check-in-01', text: 'On a scale from 1 to 10, how are you doing right now?', category: 'check-in', tags: ['mood', 'scale', 'score'], field: 'Mood', source: 'built-in' },
      { id: 'check-in-02', text: 'How has your week been, honestly?', category: 'check-in', tags: ['week'], source: 'built-in' },
    ]);
  });
});
