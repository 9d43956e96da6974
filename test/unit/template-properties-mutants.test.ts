import { describe, expect, it } from 'vitest';
import { renderWithProperties } from '../../src/core/start/template-properties';

// Behaviours pinned down by the mutation run over src/core/start/template-properties.ts: where a
// quoted property value ends, so that a name is escaped for the quoting it lands in.
const render = (line: string, person: string) => renderWithProperties(`---\n${line}\n---\n`, { person }, new Date(2026, 10, 20));

describe('where a double-quoted value ends', () => {
  it('goes on past a quote escaped with a backslash', () => {
    expect(render('title: "say \\"hi\\" {{person}}"', 'A"B')).toBe('---\ntitle: "say \\"hi\\" A\\"B"\n---\n');
  });

  it('ends at the first quote of two in a row', () => {
    expect(render('a: "{{person}}"" x', 'A"B')).toBe('---\na: "A\\"B"" x\n---\n');
  });

  it('ends at a quote followed by an apostrophe', () => {
    expect(render('a: "{{person}}"\' x', 'A"B')).toBe('---\na: "A\\"B"\' x\n---\n');
  });

  it('leaves a value that never closes as plain text', () => {
    expect(render('a: "{{person}}', 'A"B')).toBe('---\na: "A"B\n---\n');
  });
});

describe('where a single-quoted value ends', () => {
  it('ends at a quote right after a backslash, which escapes nothing there', () => {
    expect(render("tags: ['C:\\', '{{person}}']", "O'Neil")).toBe("---\ntags: ['C:\\', 'O''Neil']\n---\n");
  });

  it('goes on past a quote doubled inside it', () => {
    expect(render("a: '{{person}}'' x", "O'Neil")).toBe("---\na: 'O'Neil'' x\n---\n");
  });
});
