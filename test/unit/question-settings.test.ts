import { describe, expect, it } from 'vitest';
import { checkTemplateQuestionCount, checkTrigger } from '../../src/core/questions/question-settings';
import { checkVaultNote, DEFAULT_SETTINGS, repairSettings } from '../../src/core/settings/settings';

describe('question settings', () => {
  it('have the documented defaults', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      questionFile: '1-1s/Questions.md',
      hideBuiltInQuestions: false,
      questionTrigger: '??',
      questionTriggerScope: 'meetings',
      questionFormat: 'plain',
      templateQuestionCount: 3,
    });
  });

  it('check the trigger', () => {
    expect(checkTrigger(' ;; ')).toEqual({ trigger: ';;' });
    expect(checkTrigger('/q')).toEqual({ trigger: '/q' });
    expect(checkTrigger('')).toEqual({ problem: 'is empty' });
    expect(checkTrigger('? ?')).toEqual({ problem: 'contains a space' });
    expect(checkTrigger('??????')).toEqual({ problem: 'is longer than 5 characters' });
    expect(checkTrigger('qq')).toEqual({ problem: 'has only letters or digits, so ordinary words would open the suggester' });
  });

  it('check the question file like a folder, adding .md', () => {
    expect(checkVaultNote(' 1-1s/My questions ')).toEqual({ path: '1-1s/My questions.md' });
    expect(checkVaultNote('/Questions.MD')).toEqual({ path: 'Questions.MD' });
    expect(checkVaultNote('../outside.md')).toEqual({ problem: 'leads outside the vault' });
    expect(checkVaultNote('')).toEqual({ problem: 'is empty' });
  });

  it('check the template question count', () => {
    expect(checkTemplateQuestionCount('5')).toEqual({ count: 5 });
    expect(checkTemplateQuestionCount(0)).toEqual({ count: 0 });
    for (const bad of ['-1', '21', '2.5', 'three', '', null]) expect(checkTemplateQuestionCount(bad)).toHaveProperty('problem');
  });

  it('are repaired one by one from a hand-edited data.json, each bad one named', () => {
    const { settings, problems } = repairSettings({
      questionFile: '../x',
      hideBuiltInQuestions: 'yes',
      questionTrigger: 'ab',
      questionTriggerScope: 'nowhere',
      questionFormat: 'bold',
      templateQuestionCount: 99,
    });
    expect(settings).toMatchObject({
      questionFile: '1-1s/Questions.md',
      hideBuiltInQuestions: false,
      questionTrigger: '??',
      questionTriggerScope: 'meetings',
      questionFormat: 'plain',
      templateQuestionCount: 3,
    });
    expect(problems).toEqual([
      'questionFile "../x" leads outside the vault; using "1-1s/Questions.md"',
      'hideBuiltInQuestions is not true or false; using false',
      'questionTrigger "ab" has only letters or digits, so ordinary words would open the suggester; using "??"',
      'questionTriggerScope is not one of meetings, everywhere; using meetings',
      'questionFormat is not one of plain, list, heading; using plain',
      'templateQuestionCount is not a whole number from 0 to 20; using 3',
    ]);
  });

  it('keep good stored values, and read a note path without .md as the note', () => {
    const { settings, problems } = repairSettings({ questionFile: 'Q', questionTrigger: ';;', questionTriggerScope: 'everywhere', questionFormat: 'heading', templateQuestionCount: 0 });
    expect(settings).toMatchObject({ questionFile: 'Q.md', questionTrigger: ';;', questionTriggerScope: 'everywhere', questionFormat: 'heading', templateQuestionCount: 0 });
    expect(problems).toEqual(['questionFile "Q" was read as "Q.md"']);
  });
});
