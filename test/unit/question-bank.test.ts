import { describe, expect, it } from 'vitest';
import { builtInRows } from '../../src/core/questions/built-in-questions';
import { BUILT_IN_CATEGORIES } from '../../src/core/questions/categories';
import { parseCustomQuestions } from '../../src/core/questions/custom-questions';
import { buildQuestionBank, categoryOfId } from '../../src/core/questions/question-bank';
import { questionKey } from '../../src/core/questions/question-text';

const bank = buildQuestionBank({ custom: null, hideBuiltIn: false });

describe('the built-in bank', () => {
  it('holds at least 200 questions in at least 15 categories', () => {
    expect(bank.questions.length).toBeGreaterThanOrEqual(200);
    expect(bank.categories.length).toBeGreaterThanOrEqual(15);
  });

  it('covers every category the product promises, each with at least ten questions', () => {
    const labels = bank.categories.map((category) => category.label);
    expect(labels).toEqual([
      'Check-in and mood',
      'Priorities and goals',
      'Blockers',
      'Workload and well-being',
      'Feedback for them',
      'Feedback for me',
      'Clarity and context',
      'Career and growth',
      'Skills and learning',
      'Recognition and wins',
      'Team and collaboration',
      'Engagement and motivation',
      'Remote work',
      'Conflict',
      'Getting to know each other',
      'Next steps',
    ]);
    for (const category of bank.categories) {
      expect(bank.questions.filter((question) => question.category === category.id).length, category.id).toBeGreaterThanOrEqual(10);
    }
  });

  it('gives every question a unique, stable id of the form <category>-NN in a known category', () => {
    const ids = builtInRows().map(([id]) => id);
    expect(new Set(ids).size).toBe(ids.length);
    const known = new Set(BUILT_IN_CATEGORIES.map((category) => category.id));
    for (const id of ids) {
      expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*-\d{2}$/);
      expect(known.has(categoryOfId(id)), id).toBe(true);
    }
  });

  it('has no two questions with the same words, and every question is one', () => {
    const keys = builtInRows().map(([, text]) => questionKey(text));
    const repeated = keys.filter((key, i) => keys.indexOf(key) !== i);
    expect(repeated).toEqual([]);
    for (const [id, text] of builtInRows()) {
      expect(text, id).toMatch(/^[A-Z].*\?$/);
      expect(text, id).toBe(text.trim());
      expect(text.length, id).toBeLessThanOrEqual(120);
    }
  });

  it('numbers each category from 01 without gaps, so a new question takes the next free number', () => {
    for (const category of BUILT_IN_CATEGORIES) {
      const numbers = builtInRows().map(([id]) => id).filter((id) => categoryOfId(id) === category.id).map((id) => Number(id.slice(-2)));
      expect(numbers, category.id).toEqual(numbers.map((_, i) => i + 1));
    }
  });

  it('has exactly one 1–10 check-in, which fills the Mood field', () => {
    const fields = bank.questions.filter((question) => question.field !== undefined);
    expect(fields.map((question) => [question.id, question.field])).toEqual([['check-in-01', 'Mood']]);
    expect(fields[0]?.text).toMatch(/1 to 10/);
  });

  it('gives tags as lower-case words without spaces', () => {
    for (const question of bank.questions) for (const tag of question.tags) expect(tag, question.id).toMatch(/^[a-z0-9-]+$/);
  });
});

describe('buildQuestionBank', () => {
  const custom = parseCustomQuestions('## Career and growth\n- Which talk would you like to give?\n## Onboarding\n- Who have you not met yet?\n- What is blocking you right now?\n');

  it('adds the user questions after the built-in ones, in built-in or new categories', () => {
    const merged = buildQuestionBank({ custom, hideBuiltIn: false });
    expect(merged.questions.length).toBe(bank.questions.length + 2);
    expect(merged.questions.find((q) => q.text === 'Which talk would you like to give?')?.category).toBe('growth');
    expect(merged.categories.map((category) => category.label)).toContain('Onboarding');
    expect(merged.categories.find((category) => category.id === 'custom-onboarding')?.label).toBe('Onboarding');
  });

  it('offers a question the user also wrote once, as the built-in one', () => {
    const merged = buildQuestionBank({ custom, hideBuiltIn: false });
    const blocking = merged.questions.filter((q) => questionKey(q.text) === questionKey('What is blocking you right now?'));
    expect(blocking.map((q) => q.id)).toEqual(['blockers-01']);
  });

  it('offers only the user questions when the built-in bank is hidden, and drops empty categories', () => {
    const own = buildQuestionBank({ custom, hideBuiltIn: true });
    expect(own.questions.map((q) => q.source)).toEqual(['custom', 'custom', 'custom']);
    expect(own.categories.map((category) => category.id)).toEqual(['growth', 'custom-onboarding']);
    expect(buildQuestionBank({ custom: null, hideBuiltIn: true })).toEqual({ questions: [], categories: [] });
  });
});
