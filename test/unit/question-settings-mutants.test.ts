import { describe, expect, it } from 'vitest';
import { checkTemplateQuestionCount, checkTrigger } from '../../src/core/questions/question-settings';

// Behaviours pinned down by the mutation run over src/core/questions/question-settings.ts: the
// longest trigger allowed, which triggers read as a tag, and a blank template question count.
const TAG = { problem: "reads as a tag, so Obsidian's tag suggestions would open instead" };

describe('trigger length', () => {
  it('accepts a trigger of exactly five characters', () => {
    expect(checkTrigger('?????')).toEqual({ trigger: '?????' });
  });
});

describe('triggers that read as a tag', () => {
  it('rejects a lone #, which opens tag suggestions by itself', () => {
    expect(checkTrigger('#')).toEqual(TAG);
  });

  it('rejects # followed by several tag characters', () => {
    expect(checkTrigger('#q1')).toEqual(TAG);
    expect(checkTrigger('#a-/_')).toEqual(TAG);
  });

  it('rejects # followed by a non-ASCII letter, which tags may hold', () => {
    expect(checkTrigger('#é')).toEqual(TAG);
  });

  it('accepts # followed by punctuation, which ends a tag', () => {
    expect(checkTrigger('#?')).toEqual({ trigger: '#?' });
    expect(checkTrigger('#q?')).toEqual({ trigger: '#q?' });
    expect(checkTrigger('#«')).toEqual({ trigger: '#«' });
  });

  it('accepts a trigger with # after its first character', () => {
    expect(checkTrigger('?#')).toEqual({ trigger: '?#' });
    expect(checkTrigger('?#q')).toEqual({ trigger: '?#q' });
  });
});

describe('template question count', () => {
  it('rejects text of spaces only rather than reading it as 0', () => {
    expect(checkTemplateQuestionCount('  ')).toEqual({ problem: 'is not a whole number from 0 to 20' });
  });

  it('reads a number written with spaces around it', () => {
    expect(checkTemplateQuestionCount(' 20 ')).toEqual({ count: 20 });
  });
});
