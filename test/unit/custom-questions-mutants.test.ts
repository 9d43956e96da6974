import { describe, expect, it } from 'vitest';
import { parseCustomQuestions } from '../../src/core/questions/custom-questions';

// Behaviours pinned down by the mutation run over src/core/questions/custom-questions.ts: how the
// user's questions file names categories, splits trailing tags and words the problems it reports.
const parse = (...lines: string[]) => parseCustomQuestions(lines.join('\n'));

describe('categories named by headings', () => {
  it('files questions under a built-in category named by its label alone', () => {
    const parsed = parse('## Feedback for them', '- What should I hear more often?');
    expect(parsed.categories).toEqual([]);
    expect(parsed.questions.map((q) => [q.id, q.category])).toEqual([['custom-feedback-them-1', 'feedback-them']]);
  });

  it('files questions under a built-in category named by its id alone', () => {
    const parsed = parse('## feedback-them', '- What should I hear more often?');
    expect(parsed.categories).toEqual([]);
    expect(parsed.questions.map((q) => q.category)).toEqual(['feedback-them']);
  });

  it('names a category whose heading has no letters or digits "custom-category"', () => {
    const parsed = parse('## ???', '- Why not?');
    expect(parsed.categories).toEqual([{ id: 'custom-category', label: '???', aliases: [] }]);
    expect(parsed.questions.map((q) => q.id)).toEqual(['custom-category-1']);
  });

  it('adds to the same new category when its heading comes back later in the file', () => {
    const parsed = parse('## Rituals', '- One?', '## Growth', '- Two?', '## rituals!', '- Three?');
    expect(parsed.categories).toEqual([{ id: 'custom-rituals', label: 'Rituals', aliases: [] }]);
    expect(parsed.questions.map((q) => [q.id, q.category])).toEqual([
      ['custom-rituals-1', 'custom-rituals'],
      ['custom-growth-1', 'growth'],
      ['custom-rituals-2', 'custom-rituals'],
    ]);
    expect(parsed.problems).toEqual([]);
  });

  it('does not read a heading inside a block quote as a category', () => {
    const parsed = parse('## Rituals', '> ## Quoted', '- One?');
    expect(parsed.categories.map((c) => c.label)).toEqual(['Rituals']);
    expect(parsed.questions.map((q) => q.category)).toEqual(['custom-rituals']);
  });

  it('reports a heading with no name', () => {
    const parsed = parse('## ', '- Lost?');
    expect(parsed.problems[0]).toEqual({ line: 1, message: 'heading has no name, so its questions have no category' });
  });

  it('reports the last category of the file when it has no questions', () => {
    const parsed = parse('## Rituals', '- One?', '## Empty');
    expect(parsed.problems).toEqual([{ line: 3, message: 'category "Empty" has no questions under it' }]);
  });

  it('does not report a category that has questions', () => {
    expect(parse('## Rituals', '- One?', '- Two?').problems).toEqual([]);
  });
});

describe('trailing tags', () => {
  it('drops every space between the question and its tags', () => {
    const parsed = parse('## Rituals', '- Why now?   #a  #b');
    expect(parsed.questions.map((q) => [q.text, q.tags])).toEqual([['Why now?', ['a', 'b']]]);
  });
});

describe('list items', () => {
  it('reports an empty list item', () => {
    expect(parse('## Rituals', '- One?', '- ').problems).toEqual([{ line: 3, message: 'empty list item' }]);
  });

  it('accepts a question of exactly 500 characters', () => {
    const text = `${'a'.repeat(499)}?`;
    const parsed = parse('## Rituals', `- ${text}`);
    expect(parsed.problems).toEqual([]);
    expect(parsed.questions.map((q) => q.text)).toEqual([text]);
  });

  it('reports a question longer than 500 characters', () => {
    const parsed = parse('## Rituals', '- One?', `- ${'a'.repeat(500)}?`);
    expect(parsed.problems).toEqual([{ line: 3, message: 'question is longer than 500 characters' }]);
  });
});

describe('questions written as prose', () => {
  it('reports a question with trailing spaces, quoted without them', () => {
    const parsed = parse('## Rituals', '- One?', 'Why not a list item?   ');
    expect(parsed.problems).toEqual([{ line: 3, message: '"Why not a list item?" is not a list item; start it with "- " to use it' }]);
  });

  it('quotes a question of 60 characters in full', () => {
    const text = `${'b'.repeat(59)}?`;
    const parsed = parse('## Rituals', '- One?', text);
    expect(parsed.problems).toEqual([{ line: 3, message: `"${text}" is not a list item; start it with "- " to use it` }]);
  });

  it('cuts a longer question to its first 57 characters and an ellipsis', () => {
    const text = `${'c'.repeat(57)}dddd?`;
    const parsed = parse('## Rituals', '- One?', text);
    expect(parsed.problems).toEqual([{ line: 3, message: `"${'c'.repeat(57)}…" is not a list item; start it with "- " to use it` }]);
  });
});
