import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CUSTOM_QUESTIONS_EXAMPLE, parseCustomQuestions } from '../../src/core/questions/custom-questions';
import { readDemoVault } from '../support/demo-vault';
import { runs } from '../support/mutation-run';

describe('parseCustomQuestions', () => {
  it("reads the demo vault's file: three headings, eight questions, nothing reported", () => {
    const parsed = parseCustomQuestions(readDemoVault()['1-1s/Questions.md'] ?? '');
    expect(parsed.problems).toEqual([]);
    expect(parsed.questions).toHaveLength(8);
    // "Warm-up", "Growth" and "Feedback for me" are names of built-in categories.
    expect([...new Set(parsed.questions.map((q) => q.category))]).toEqual(['check-in', 'growth', 'feedback-me']);
    expect(parsed.categories).toEqual([]);
    expect(parsed.questions[3]).toEqual({
      id: 'custom-growth-1',
      text: 'Which skill do you want to be known for a year from now?',
      category: 'growth',
      tags: [],
      source: 'custom',
    });
  });

  it('reads the example that "Open question bank" writes, without problems', () => {
    const parsed = parseCustomQuestions(CUSTOM_QUESTIONS_EXAMPLE);
    expect(parsed.problems).toEqual([]);
    expect(parsed.categories.map((c) => c.label)).toEqual(['Onboarding']);
    expect(parsed.questions.map((q) => [q.category, q.tags])).toEqual([
      ['custom-onboarding', ['new-hire']],
      ['custom-onboarding', []],
      ['growth', []],
    ]);
  });

  it('takes any list marker, task boxes and deeper headings, and trailing #tags', () => {
    const parsed = parseCustomQuestions(
      ['## Team rituals', '* First?', '+ Second? #retro #team', '1. Third #1on1 question?', '   - [ ] Fourth?', '### Sub part', '- Fifth?'].join('\n'),
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.questions.map((q) => [q.text, q.tags, q.category])).toEqual([
      ['First?', [], 'custom-team-rituals'],
      ['Second?', ['retro', 'team'], 'custom-team-rituals'],
      ['Third #1on1 question?', [], 'custom-team-rituals'],
      ['Fourth?', [], 'custom-team-rituals'],
      ['Fifth?', [], 'custom-sub-part'],
    ]);
    expect(parsed.questions.map((q) => q.id)).toEqual(['custom-team-rituals-1', 'custom-team-rituals-2', 'custom-team-rituals-3', 'custom-team-rituals-4', 'custom-sub-part-1']);
  });

  it('reports each line it cannot use, with its line number, and keeps the rest', () => {
    const text = [
      '# My questions', // 1: the title
      'Some words about this file.', // 2: prose before any category is fine
      '- Orphan question?', // 3
      '## ', // 4
      '- Under a nameless heading?', // 5
      '## Growth', // 6
      '- ', // 7
      'Is this a question without a dash?', // 8
      '- Where next?', // 9
      '- where   NEXT?', // 10
      'A note about the growth questions.', // 11: prose is allowed
      `- ${'long '.repeat(120)}?`, // 12
      '## Empty one', // 13
      '## Last', // 14
      '- Fine?', // 15
    ].join('\n');
    const parsed = parseCustomQuestions(text);
    expect(parsed.questions.map((q) => q.text)).toEqual(['Where next?', 'Fine?']);
    expect(parsed.problems.map((p) => p.line)).toEqual([3, 4, 5, 7, 8, 10, 12, 13]);
    expect(parsed.problems.find((p) => p.line === 3)?.message).toBe('"Orphan question?" is not under a "## Category" heading, so it has no category');
    expect(parsed.problems.find((p) => p.line === 8)?.message).toBe('"Is this a question without a dash?" is not a list item; start it with "- " to use it');
    expect(parsed.problems.find((p) => p.line === 10)?.message).toBe('"where   NEXT?" repeats line 9');
    expect(parsed.problems.find((p) => p.line === 13)?.message).toBe('category "Empty one" has no questions under it');
  });

  it('skips front matter, code blocks and comments', () => {
    const text = ['---', 'tags: [x]', '---', '## A', '```', '- not a question?', '```', '<!--', '- hidden?', '-->', '%% - secret? %%', '%%', '- also hidden?', '%%', '- Shown?'].join('\r\n');
    const parsed = parseCustomQuestions(text);
    expect(parsed.questions.map((q) => q.text)).toEqual(['Shown?']);
    expect(parsed.problems).toEqual([]);
  });

  it('reads an empty file as no questions', () => {
    expect(parseCustomQuestions('')).toEqual({ questions: [], categories: [], problems: [] });
  });

  it('never throws; every question comes from a list item, every problem names a real line', () => {
    const line = fc.oneof(
      fc.constantFrom('## Growth', '## Team', '# Title', '- What?', '* Why? #tag', '1. How?', '```', '%%', '<!--', '-->', '---', '', '- ', '- [ ] Task?', 'Prose?'),
      fc.string({ maxLength: 30 }),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
        const text = lines.join(eol);
        const parsed = parseCustomQuestions(text);
        const source = text.split('\n');
        for (const question of parsed.questions) {
          expect(question.text).toBe(question.text.trim());
          expect(question.text).not.toBe('');
          expect(source.some((l) => l.includes(question.text))).toBe(true);
        }
        for (const problem of parsed.problems) {
          expect(problem.line).toBeGreaterThanOrEqual(1);
          expect(problem.line).toBeLessThanOrEqual(source.length);
        }
        expect(new Set(parsed.questions.map((q) => q.id)).size).toBe(parsed.questions.length);
      }),
      { numRuns: runs(500) },
    );
  });
});
