import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { askedQuestionKeys, questionKey } from '../../src/core/questions/question-text';
import { runs } from '../support/mutation-run';

describe('questionKey', () => {
  it('ignores case, punctuation, emphasis and spacing', () => {
    expect(questionKey('**What is blocking you right now?**')).toBe('what is blocking you right now');
    expect(questionKey("What's  next — for   you?")).toBe(questionKey('whats next for you'.replace('whats', "what's")));
    expect(questionKey('Zoë?')).toBe(questionKey('Zoe\u0308?'));
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(questionKey(questionKey(text))).toBe(questionKey(text));
      }),
    );
  });
});

describe('askedQuestionKeys', () => {
  it('finds questions however they were written in the note', () => {
    const note = [
      '---',
      'person: "[[Alice]]"',
      '---',
      'What is blocking you right now?',
      '- How has your week been, honestly? Pretty good, busy.',
      '  * [ ] Which deadline are you most worried about?',
      '### Where do you want your career to be in two years?',
      '> 1. Do you feel safe disagreeing with me?',
      'Mood:: 7',
      'Ok?',
      'We talked about the move. Any questions? None.',
    ].join('\n');
    expect(askedQuestionKeys(note)).toEqual([
      'what is blocking you right now',
      'how has your week been honestly',
      'which deadline are you most worried about',
      'where do you want your career to be in two years',
      'do you feel safe disagreeing with me',
      'we talked about the move any questions',
    ]);
  });

  it('keeps both the first and the last question of a line', () => {
    expect(askedQuestionKeys('- What slowed you down? And what helped? Meetings.')).toEqual(['what slowed you down', 'what slowed you down and what helped']);
  });

  it('finds nothing in a note without a question mark, and lists a question once', () => {
    expect(askedQuestionKeys('# Notes\n- all good\n')).toEqual([]);
    expect(askedQuestionKeys('Who covers QA?\r\n- who covers QA?\r\n')).toEqual(['who covers qa']);
  });

  it('never throws, and every key is a normalised question from a line holding a question mark', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom('- Why?', '## How so?', 'x?y?', '?', '\r')), { maxLength: 30 }), (lines) => {
        const text = lines.join('\n');
        for (const key of askedQuestionKeys(text)) {
          expect(questionKey(key)).toBe(key);
          expect(key.length).toBeGreaterThanOrEqual(8);
          expect(text.split('\n').some((line) => line.includes('?') && questionKey(line).startsWith(key))).toBe(true);
        }
      }),
      { numRuns: runs(300) },
    );
  });
});
