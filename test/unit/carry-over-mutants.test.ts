import { describe, expect, it } from 'vitest';
import type { CalendarDay } from '../../src/core/calendar/dates';
import { planCarryOver, withoutUnmarked, type CarriedItem, type CarrySource } from '../../src/core/start/carry-over';
import type { PlannedEdit } from '../../src/core/tasks/task-edit';

// Behaviours pinned down by the mutation run over src/core/start/carry-over.ts; see
// test/mutation-survivors.md for the mutants there that no input can tell apart.
const source = (path: string, date: string | null, text: string): CarrySource => ({ path, date: date as CalendarDay | null, text });
const carried = (sources: readonly CarrySource[], markEarlier = true) => planCarryOver(sources, { markEarlier, agendaHeading: 'Agenda' });

describe('the link back to where an item came from', () => {
  it('names an undated note by its name', () => {
    expect(carried([source('1-1s/Al/Kick-off.md', null, '- [ ] call Bo\n')]).lines).toEqual(['- [ ] call Bo ([[1-1s/Al/Kick-off|from Kick-off]])']);
  });

  it('keeps the Tasks fields after the marker when the old marker came first', () => {
    const plan = carried([source('1-1s/Al/2026-10-16.md', '2026-10-16', '- [ ] ([[1-1s/Al/2026-10-09|from Oct 9]]) 📅 2026-11-01\n')]);
    expect(plan.lines).toEqual(['- [ ] ([[1-1s/Al/2026-10-09|from Oct 9]] ×2) 📅 2026-11-01']);
  });

  it('puts the marker before Tasks fields or a block id that start the text, so they stay at the end', () => {
    const plan = carried([source('1-1s/Al/2026-10-09.md', '2026-10-09', '- [ ] 📅 2026-11-01\n- [ ] ^abc\n')]);
    expect(plan.lines).toEqual(['- [ ] ([[1-1s/Al/2026-10-09|from Oct 9]]) 📅 2026-11-01', '- [ ] ([[1-1s/Al/2026-10-09|from Oct 9]]) ^abc']);
  });

  it('keeps a tab in the text of an item carried before, closing only the gap the old marker leaves', () => {
    const plan = carried([source('1-1s/Al/2026-10-16.md', '2026-10-16', '- [ ] call\tBo ([[1-1s/Al/2026-10-09|from Oct 9]]) today\n')]);
    expect(plan.lines).toEqual(['- [ ] call\tBo today ([[1-1s/Al/2026-10-09|from Oct 9]] ×2)']);
  });

  it('leaves one space after the box when the item is only the old marker', () => {
    const plan = carried([source('1-1s/Al/2026-10-16.md', '2026-10-16', '- [ ] ([[1-1s/Al/2026-10-09|from Oct 9]])\n')]);
    expect(plan.lines).toEqual(['- [ ] ([[1-1s/Al/2026-10-09|from Oct 9]] ×2)']);
  });

  it('closes the gap before the Tasks fields where the marker goes in', () => {
    const plan = carried([source('1-1s/Al/2026-10-09.md', '2026-10-09', '- [ ] call Bo  📅 2026-11-01\n')]);
    expect(plan.lines).toEqual(['- [ ] call Bo ([[1-1s/Al/2026-10-09|from Oct 9]]) 📅 2026-11-01']);
  });

  it('drops a no-break space right after the box, also before the Tasks fields', () => {
    const plan = carried([source('1-1s/Al/2026-10-09.md', '2026-10-09', '- [ ] \u00A0📅 2026-11-01\n')]);
    expect(plan.lines).toHaveLength(1);
    expect(plan.lines[0]).toContain('([[1-1s/Al/2026-10-09|from Oct 9]])');
    expect(plan.lines[0]).toContain('📅 2026-11-01');
    expect(plan.lines[0]).not.toContain('\u00A0');
  });
});

describe('sub-items carried with their task', () => {
  it('take off the task\'s own indent, and keep what is deeper', () => {
    const plan = carried([source('1-1s/Al/2026-10-09.md', '2026-10-09', '- notes\n  - [ ] parent\n    - [ ] child\n      - grandchild\n')]);
    expect(plan.lines).toEqual(['- [ ] parent ([[1-1s/Al/2026-10-09|from Oct 9]])', '  - [ ] child', '    - grandchild']);
  });

  it('take off the callout\'s quote, down to an empty quote line inside the item', () => {
    const plan = carried([source('1-1s/Al/2026-10-09.md', '2026-10-09', '> [!todo]\n> - [ ] parent\n>   - [ ] child\n>\n>   more\n')]);
    expect(plan.lines).toEqual(['- [ ] parent ([[1-1s/Al/2026-10-09|from Oct 9]])', '  - [ ] child', '', '  more']);
  });

  it('keep a %% comment inside the item as written, a > in it included', () => {
    const plan = carried([source('1-1s/Al/2026-10-09.md', '2026-10-09', '- [ ] parent\n  %% left\n> hidden\n%%\n')]);
    expect(plan.lines).toEqual(['- [ ] parent ([[1-1s/Al/2026-10-09|from Oct 9]])', '  %% left', '> hidden', '%%']);
  });

  it('lose the task\'s quote and one more inside a %% comment, and no > further in', () => {
    const plan = carried([source('1-1s/Al/2026-10-09.md', '2026-10-09', '> - [ ] parent\n>   %% a > b\n> >nested\n> > two\n> %%\n')]);
    expect(plan.lines).toEqual(['- [ ] parent ([[1-1s/Al/2026-10-09|from Oct 9]])', '  %% a > b', 'nested', 'two', '%%']);
  });

  it('keep a line that continues the quoted task without the quote as it is', () => {
    const plan = carried([source('1-1s/Al/2026-10-09.md', '2026-10-09', '> - [ ] call Bo\nabout the venue\n')]);
    expect(plan.lines).toEqual(['- [ ] call Bo ([[1-1s/Al/2026-10-09|from Oct 9]])', 'about the venue']);
  });

  it('take off the quote and indent of a task on a first line that starts with a byte-order mark', () => {
    const quoted = carried([source('1-1s/Al/2026-10-09.md', '2026-10-09', '\uFEFF> - [ ] parent\n>   - child\n')]);
    expect(quoted.lines).toEqual(['- [ ] parent ([[1-1s/Al/2026-10-09|from Oct 9]])', '  - child']);
    const indented = carried([source('1-1s/Al/2026-10-09.md', '2026-10-09', '\uFEFF  - [ ] parent\n    - child\n')]);
    expect(indented.lines).toEqual(['- [ ] parent ([[1-1s/Al/2026-10-09|from Oct 9]])', '  - child']);
  });
});

describe('the order of carried items', () => {
  it('is oldest meeting first, whatever order the meetings come in, undated ones last', () => {
    const plan = carried([
      source('1-1s/Al/Kick-off.md', null, '- [ ] undated\n'),
      source('1-1s/Al/2026-10-16.md', '2026-10-16', '- [ ] newer\n'),
      source('1-1s/Al/2026-10-09.md', '2026-10-09', '- [ ] older\n'),
      source('1-1s/Al/Later.md', null, '- [ ] undated too\n'),
    ]);
    expect(plan.lines.map((line) => line.replace(/ \(\[\[.*$/, ''))).toEqual(['- [ ] older', '- [ ] newer', '- [ ] undated', '- [ ] undated too']);
  });

  it('keeps two meetings of one day in the order they come', () => {
    const plan = carried([source('1-1s/Al/2026-10-09.md', '2026-10-09', '- [ ] first\n'), source('1-1s/Al/2026-10-09 2.md', '2026-10-09', '- [ ] second\n')]);
    expect(plan.lines.map((line) => line.replace(/ \(\[\[.*$/, ''))).toEqual(['- [ ] first', '- [ ] second']);
  });

  it('lets the newest copy of an item decide, whichever order the meetings come in', () => {
    const older = source('1-1s/Al/2026-10-09.md', '2026-10-09', '- [ ] call Bo\n');
    const newer = source('1-1s/Al/2026-10-16.md', '2026-10-16', '- [x] call Bo ([[1-1s/Al/2026-10-09|from Oct 9]])\n');
    expect(carried([newer, older], false).lines).toEqual([]);
    expect(carried([older, newer], false).lines).toEqual([]);
    // An undated note counts as the newest.
    const dated = source('1-1s/Al/2026-10-16.md', '2026-10-16', '- [ ] call Bo\n');
    const undated = source('1-1s/Al/Kick-off.md', null, '- [x] call Bo ([[1-1s/Al/2026-10-16|from Oct 16]])\n');
    expect(carried([undated, dated], false).lines).toEqual([]);
  });
});

describe('a newer copy settles an item', () => {
  const older = source('1-1s/Al/2026-10-09.md', '2026-10-09', '- [ ] call Bo\n');
  const newer = (status: string) => source('1-1s/Al/2026-10-16.md', '2026-10-16', `- [${status}] call Bo ([[1-1s/Al/2026-10-09|from Oct 9]])\n`);

  it('when it is done or dropped', () => {
    expect(carried([older, newer('x')], false).count).toBe(0);
    expect(carried([older, newer('-')], false).count).toBe(0);
  });

  it('but not when it was only marked carried: the open copy still travels', () => {
    expect(carried([older, newer('>')], false).lines).toEqual(['- [ ] call Bo ([[1-1s/Al/2026-10-09|from Oct 9]])']);
  });
});

describe('the new note without the items whose earlier copy could not be marked', () => {
  const mark = (line: number): PlannedEdit => ({ path: 'a.md', line, expectedText: '- [ ] x', newText: '- [>] x' });
  const [m1, m2] = [mark(1), mark(2)];
  const item = (lines: string[], marks: PlannedEdit[]): CarriedItem => ({ lines, marks });

  it('keeps items with no marks, and items with at least one mark that landed', () => {
    const text = '## Action items\n- [ ] a\n- [ ] b\n';
    expect(withoutUnmarked(text, [item(['- [ ] a'], []), item(['- [ ] b'], [m1, m2])], new Set([m1]))).toBe(text);
  });

  it('takes out an item all of whose marks were refused, with its sub-items, wherever it is', () => {
    const text = '- [ ] a\n- [ ] b\n  - sub\n- [ ] c\n';
    expect(withoutUnmarked(text, [item(['- [ ] b', '  - sub'], [m1, m2])], new Set([m1, m2]))).toBe('- [ ] a\n- [ ] c\n');
    expect(withoutUnmarked('- [ ] b\n  - sub\n', [item(['- [ ] b', '  - sub'], [m1])], new Set([m1]))).toBe('');
  });

  it('matches the item\'s lines in a row, not any one of them', () => {
    const text = '  - sub\n- [ ] b\n- [ ] other\n- [ ] b\n  - sub\n';
    expect(withoutUnmarked(text, [item(['- [ ] b', '  - sub'], [m1])], new Set([m1]))).toBe('  - sub\n- [ ] b\n- [ ] other\n');
  });

  it('is null when the item is no longer in the note, even when its first line ends the note', () => {
    expect(withoutUnmarked('- [ ] a\n- [ ] c\n', [item(['- [ ] b'], [m1])], new Set([m1]))).toBeNull();
    expect(withoutUnmarked('- [ ] a\n- [ ] b', [item(['- [ ] b', '  - sub'], [m1])], new Set([m1]))).toBeNull();
  });
});

describe('the [>] marks on the earlier copy', () => {
  it('marks the open item and its open sub-tasks, never a sub-task already done or cancelled', () => {
    const plan = carried([source('1-1s/Al/2026-10-09.md', '2026-10-09', '- [ ] ship it\n  - [x] write it\n  - [-] drop it\n  - [ ] test it\n')]);
    expect(plan.marks.map((mark) => [mark.line, mark.newText])).toEqual([
      [0, '- [>] ship it'],
      [3, '  - [>] test it'],
    ]);
  });
});
