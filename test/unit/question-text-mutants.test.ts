import { describe, expect, it } from 'vitest';
import { askedQuestionKeys } from '../../src/core/questions/question-text';

// Behaviours pinned down by the mutation run over src/core/questions/question-text.ts.
describe('askedQuestionKeys', () => {
  it('keeps at most 400 questions of one note', () => {
    const lines = Array.from({ length: 410 }, (_, i) => `- Question number ${i}?`);
    const keys = askedQuestionKeys(lines.join('\n'));
    expect(keys).toHaveLength(400);
    expect(keys[399]).toBe('question number 399');
  });

  it('does not read questions inside code blocks or properties', () => {
    const note = ['---', 'title: What is this note about?', '---', '```', 'Is this code a question?', '```', 'What is asked here?'].join('\n');
    expect(askedQuestionKeys(note)).toEqual(['what is asked here']);
  });
});
