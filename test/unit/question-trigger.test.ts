import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildQuestionBank } from '../../src/core/questions/question-bank';
import { isListMarkerOnly, questionInsertText } from '../../src/core/questions/question-insert';
import { findTrigger } from '../../src/core/questions/question-trigger';

const bank = buildQuestionBank({ custom: null, hideBuiltIn: false });
const question = bank.questions.find((q) => q.id === 'blockers-01')!;
const mood = bank.questions.find((q) => q.id === 'check-in-01')!;

describe('findTrigger', () => {
  it.each([
    ['??grow', { start: 0, query: 'grow' }],
    ['??', { start: 0, query: '' }],
    ['- ??grow career', { start: 2, query: 'grow career' }],
    ['Notes ??#growth', { start: 6, query: '#growth' }],
    ['\t??x', { start: 1, query: 'x' }],
    ['first ?? then ??last', { start: 14, query: 'last' }],
  ])('finds the trigger in %j', (line, expected) => {
    expect(findTrigger(line, '??')).toEqual(expected);
  });

  it.each([['Really??'], ['?? grow'], ['no trigger'], ['???'], [''], [`??${'x'.repeat(121)}`]])('stays closed for %j', (line) => {
    expect(findTrigger(line, '??')).toBeNull();
  });

  it('works with any trigger, and never with an empty one', () => {
    expect(findTrigger('- ;;team', ';;')).toEqual({ start: 2, query: 'team' });
    expect(findTrigger('/qgrow', '/q')).toEqual({ start: 0, query: 'grow' });
    expect(findTrigger('??grow', '')).toBeNull();
  });

  it('never throws; a match always starts with the trigger and ends at the cursor', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.constantFrom('??', ';;', '/q', '@@@'), (line, trigger) => {
        const found = findTrigger(line, trigger);
        if (found) {
          expect(line.startsWith(trigger, found.start)).toBe(true);
          expect(line.slice(found.start + trigger.length)).toBe(found.query);
        }
      }),
    );
  });
});

describe('questionInsertText', () => {
  it.each([
    ['plain', '', 'What is blocking you right now?'],
    ['list', '', '- What is blocking you right now?'],
    ['heading', '  ', '### What is blocking you right now?'],
    ['list', '- ', 'What is blocking you right now?'],
    ['heading', '1. [ ] ', 'What is blocking you right now?'],
    ['list', 'Then I asked: ', 'What is blocking you right now?'],
  ] as const)('writes a %s question after %j', (format, prefix, expected) => {
    expect(questionInsertText(question, format, prefix)).toBe(expected);
  });

  it('writes the 1–10 check-in as the Mood field, never as a heading', () => {
    expect(questionInsertText(mood, 'plain', '')).toBe('Mood:: ');
    expect(questionInsertText(mood, 'list', '')).toBe('- Mood:: ');
    expect(questionInsertText(mood, 'heading', '')).toBe('Mood:: ');
  });

  it('knows a bare list marker', () => {
    expect(isListMarkerOnly('  - ')).toBe(true);
    expect(isListMarkerOnly('> 3) [x] ')).toBe(true);
    expect(isListMarkerOnly('- text')).toBe(false);
    expect(isListMarkerOnly('')).toBe(false);
  });
});
