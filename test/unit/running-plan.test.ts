// Where today's section goes in a running note, what it holds, and how the lines around it move
// (issue 16): the pure rules of `core/start/running-plan.ts`, one by one.
import { describe, expect, it } from 'vitest';
import type { CalendarDay } from '../../src/core/calendar/dates';
import { VaultIndex } from '../../src/core/index/vault-index';
import { insertedLineCount, insertSection, runningNotePath, sectionLines, sectionPlace, shiftedEdits, shiftedPoints } from '../../src/core/start/running-plan';

const TODAY = '2026-11-20' as CalendarDay;

describe('where the section goes', () => {
  it('goes above the first section dated before today, at the level of the note\'s first dated heading', () => {
    expect(sectionPlace('# Alice\n\n### 2026-11-13\nx\n### 2026-11-06\n', true, TODAY)).toEqual({ line: 2, level: 3 });
    // A section dated later (planned) stays on top; today's goes under it.
    expect(sectionPlace('## 2026-12-04\nplanned\n## 2026-11-13\n', true, TODAY)).toEqual({ line: 2, level: 2 });
    // A section dated today already is not "before today".
    expect(sectionPlace('## 2026-11-20\n## 2026-11-13\n', true, TODAY)).toEqual({ line: 1, level: 2 });
  });

  it('goes at the end when newest-first is off, or when no section is earlier, and at ## without dated headings', () => {
    expect(sectionPlace('## 2026-11-13\nx\n', false, TODAY)).toEqual({ line: 3, level: 2 });
    expect(sectionPlace('## 2026-12-04\n', true, TODAY)).toEqual({ line: 2, level: 2 });
    expect(sectionPlace('Just text\n', true, TODAY)).toEqual({ line: 2, level: 2 });
    expect(sectionPlace('', true, TODAY)).toEqual({ line: 0, level: 2 });
  });
});

describe('the section\'s lines', () => {
  it('leaves the properties out, moves the template\'s headings one level under the day, and ends with a blank line', () => {
    const note = '---\nperson: "[[Al]]"\ndate: 2026-11-20\n---\n\nPrevious 1:1: x\n\n## Agenda\n- a\n### Deeper\n## Notes\n\n\n';
    expect(sectionLines(note, TODAY, 2)).toEqual(['## 2026-11-20', 'Previous 1:1: x', '', '### Agenda', '- a', '#### Deeper', '### Notes', '']);
    expect(sectionLines(note, TODAY, 3)).toEqual(['### 2026-11-20', 'Previous 1:1: x', '', '#### Agenda', '- a', '##### Deeper', '#### Notes', '']);
  });

  it('drops a dated heading of the template, keeps a quoted one as written, and writes headings past level 6 in bold', () => {
    expect(sectionLines('# 2026-11-20 · 1:1\n## Agenda\n> ## 2026-01-01 quoted\n', TODAY, 2)).toEqual(['## 2026-11-20', '#### Agenda', '> ## 2026-01-01 quoted', '']);
    expect(sectionLines('## Agenda\n### Deeper\ntext\n', TODAY, 5)).toEqual(['##### 2026-11-20', '###### Agenda', '**Deeper**', 'text', '']);
  });

  it('is the heading alone for a template with no body', () => {
    expect(sectionLines('---\na: 1\n---\n', TODAY, 2)).toEqual(['## 2026-11-20', '']);
    expect(sectionLines('\n\nx\n\n', TODAY, 2)).toEqual(['## 2026-11-20', 'x', '']);
  });
});

describe('putting the section in', () => {
  const lines = ['## 2026-11-20', 'new', ''];

  it('puts it in at a line, in the note\'s own line endings, and counts the lines it added', () => {
    expect(insertSection('# A\n## 2026-11-13\nx\n', lines, { line: 1, level: 2 })).toBe('# A\n## 2026-11-20\nnew\n\n## 2026-11-13\nx\n');
    expect(insertSection('# A\r\n## 2026-11-13\r\n', lines, { line: 1, level: 2 })).toBe('# A\r\n## 2026-11-20\r\nnew\r\n\r\n## 2026-11-13\r\n');
    expect(insertedLineCount('# A\n## 2026-11-13\nx\n', lines, { line: 1, level: 2 })).toBe(3);
  });

  it('at the end: after the last line ended, a blank line apart, even without a final line break', () => {
    expect(insertSection('x\n', lines, { line: 2, level: 2 })).toBe('x\n\n## 2026-11-20\nnew\n\n');
    expect(insertSection('x', lines, { line: 1, level: 2 })).toBe('x\n\n## 2026-11-20\nnew\n\n');
    expect(insertSection('x\n\n', lines, { line: 3, level: 2 })).toBe('x\n\n## 2026-11-20\nnew\n\n');
    expect(insertedLineCount('x', lines, { line: 1, level: 2 })).toBe(5);
  });

  it('makes a new note of the lines alone, and keeps a byte order mark first', () => {
    expect(insertSection('', lines, { line: 0, level: 2 })).toBe('## 2026-11-20\nnew\n\n');
    expect(insertSection('\uFEFF## 2026-11-13\n', lines, { line: 0, level: 2 })).toBe('\uFEFF## 2026-11-20\nnew\n\n## 2026-11-13\n');
    expect(insertedLineCount('', lines, { line: 0, level: 2 })).toBe(3);
  });

  it('moves only the edits and queued points of that note at or below the section', () => {
    const edit = (path: string, line: number) => ({ path, line, expectedText: 'x', newText: 'y' });
    expect(shiftedEdits([edit('R.md', 1), edit('R.md', 5), edit('Other.md', 5)], 'R.md', 2, 3)).toEqual([edit('R.md', 1), edit('R.md', 8), edit('Other.md', 5)]);
    const point = (line: number) => ({ line, endLine: line + 1, lines: ['- p', '  more'], text: 'p' });
    expect(shiftedPoints([point(0), point(4)], 2, 3)).toEqual([point(0), { ...point(7), endLine: 8 }]);
    expect(shiftedPoints([point(2)], 2, 3)).toEqual([{ ...point(5), endLine: 6 }]);
  });
});

describe('which note is the running note', () => {
  const index = () => {
    const built = new VaultIndex({ peopleFolder: 'People', meetingsFolder: '1-1s', meetingTag: '1on1' });
    built.upsert({ path: 'People/Al.md', frontmatter: {}, tags: [], text: null });
    built.upsert({ path: 'People/Bo.md', frontmatter: {}, tags: [], text: null });
    return built;
  };
  const al = (built: VaultIndex) => built.getPerson('People/Al.md') ?? (() => { throw new Error('no Al'); })();

  it('is where their newest dated section is, else the meetings folder\'s note of their name', () => {
    const built = index();
    expect(runningNotePath(built, al(built), '1-1s', () => false)).toBe('1-1s/Al.md');
    built.upsert({ path: 'Notes/al running.md', frontmatter: { person: '[[Al]]', tags: ['1on1'] }, tags: [], text: '## 2026-11-13\n' });
    built.upsert({ path: '1-1s/Al/2026-11-19.md', frontmatter: {}, tags: [], text: '' });
    expect(runningNotePath(built, al(built), '1-1s', () => true)).toBe('Notes/al running.md');
  });

  it('takes a note at that name that holds nothing of anyone, or their meetings, and numbers past someone else\'s', () => {
    const built = index();
    built.upsert({ path: '1-1s/Al.md', frontmatter: { person: '[[Bo]]' }, tags: [], text: '## 2026-11-13\n' });
    expect(runningNotePath(built, al(built), '1-1s', (path) => path === '1-1s/Al.md')).toBe('1-1s/Al 2.md');
    const empty = index();
    expect(runningNotePath(empty, al(empty), '1-1s', (path) => path === '1-1s/Al.md')).toBe('1-1s/Al.md');
    const taken = index();
    expect(() => runningNotePath(taken, al(taken), '1-1s', () => true)).not.toThrow();
    const full = index();
    for (let copy = 1; copy < 100; copy++) full.upsert({ path: `1-1s/Al${copy > 1 ? ` ${copy}` : ''}.md`, frontmatter: { person: '[[Bo]]' }, tags: [], text: '## 2026-11-13\n' });
    expect(() => runningNotePath(full, al(full), '1-1s', () => true)).toThrow('no free name for a running note with Al');
  });
});
