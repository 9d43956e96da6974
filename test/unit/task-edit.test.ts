import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanActionItems, type ActionItem } from '../../src/core/tasks/actions';
import { findCarryMarker, formatCarryMarker } from '../../src/core/tasks/carry-marker';
import { parseCalendarDay, type CalendarDay } from '../../src/core/calendar/dates';
import { planStatusChange } from '../../src/core/tasks/task-edit';
import { replaceLine, splitLines } from '../../src/core/markdown/text-lines';
import { applyPlannedEdit } from '../support/planned-edit';

const done = parseCalendarDay('2026-11-28') as CalendarDay;

function item(text: string, index = 0): ActionItem {
  const found = scanActionItems(text, 'Agenda')[index];
  if (!found) throw new Error(`no task ${index} in ${text}`);
  return found;
}

function change(line: string, status: string, doneDate?: CalendarDay | null): string | undefined {
  return planStatusChange('note.md', item(line), status, doneDate)?.newText;
}

describe('planStatusChange', () => {
  it('changes only the status character', () => {
    expect(planStatusChange('1-1s/A/2026-01-05.md', item('  > - [ ] send it 📅 2026-11-30'), 'x')).toEqual({
      path: '1-1s/A/2026-01-05.md',
      line: 0,
      expectedText: '  > - [ ] send it 📅 2026-11-30',
      newText: '  > - [x] send it 📅 2026-11-30',
    });
    expect(change('- [🔥] hot', '>')).toBe('- [>] hot');
    expect(change('- [x] back', ' ')).toBe('- [ ] back');
  });

  it('adds, updates or removes the done date on request', () => {
    expect(change('- [ ] send it 📅 2026-11-30', 'x', done)).toBe('- [x] send it 📅 2026-11-30 ✅ 2026-11-28');
    expect(change('- [ ] send it   ', 'x', done)).toBe('- [x] send it ✅ 2026-11-28   ');
    expect(change('- [ ] send it ^abc', 'x', done)).toBe('- [x] send it ✅ 2026-11-28 ^abc');
    expect(change('- [ ] a', 'x', done)).toBe('- [x] a ✅ 2026-11-28');
    expect(change('- [x] send it ✅ 2026-01-01 ^abc', 'x', done)).toBe('- [x] send it ✅ 2026-11-28 ^abc');
    expect(change('- [x] send it ✅ 2026-01-01 ^abc', ' ', null)).toBe('- [ ] send it ^abc');
    expect(change('- [x] send it', ' ', null)).toBe('- [ ] send it');
    expect(change('- [x] send it ✅ 2026-01-01', '-')).toBe('- [-] send it ✅ 2026-01-01');
  });

  it('refuses a status that cannot sit in a checkbox', () => {
    for (const status of ['', 'xx', ']', '\n', '\r']) expect(change('- [ ] a', status)).toBeUndefined();
  });
});

describe('a planned edit, applied', () => {
  it('edits the right one of identical lines and keeps \\r\\n', () => {
    const text = '- [ ] same\r\n- [ ] same\r\n- [ ] same\r\n';
    const second = item(text, 1);
    const edit = planStatusChange('n.md', second, 'x');
    expect(edit && applyPlannedEdit(text, edit)).toBe('- [ ] same\r\n- [x] same\r\n- [ ] same\r\n');
  });

  it('refuses when the line no longer reads as planned', () => {
    const edit = planStatusChange('n.md', item('- [ ] a\n- [ ] b', 1), 'x');
    expect(edit && applyPlannedEdit('- [ ] a\n- [ ] B', edit)).toBeNull();
    expect(edit && applyPlannedEdit('- [ ] b', edit)).toBeNull();
    expect(edit && applyPlannedEdit('- [ ] a\n- [ ] b', edit)).toBe('- [ ] a\n- [x] b');
  });

  it('changes only the target line and keeps every other byte', () => {
    const line = fc.oneof(
      fc.constantFrom('- [ ] task', '  * [x] done ✅ 2026-01-02', '> - [/] quoted ^id', '1) [-] n', '```', '', '- [>] c'),
      fc.string(),
    );
    const note = fc.tuple(fc.array(line, { maxLength: 12 }), fc.array(fc.constantFrom('\n', '\r\n'), { minLength: 12, maxLength: 12 }), fc.boolean());
    const status = fc.constantFrom(' ', 'x', 'X', '/', '-', '>', '!');
    const date = fc.constantFrom<CalendarDay | null | undefined>(undefined, null, done);
    fc.assert(
      fc.property(note, fc.nat(), status, date, ([lines, endings, finalEnding], pick, newStatus, doneDate) => {
        const text = lines.map((l, i) => l + (i < lines.length - 1 || finalEnding ? (endings[i] ?? '\n') : '')).join('');
        const items = scanActionItems(text, 'Agenda');
        if (items.length === 0) return;
        const target = items[pick % items.length] as ActionItem;
        const edit = planStatusChange('n.md', target, newStatus, doneDate);
        expect(edit).not.toBeNull();
        if (!edit) return;
        const result = applyPlannedEdit(text, edit);
        expect(result).not.toBeNull();
        const before = text.split('\n');
        const after = (result ?? '').split('\n');
        expect(after).toHaveLength(before.length);
        before.forEach((segment, i) => {
          if (i !== target.line) expect(after[i]).toBe(segment);
        });
        expect(splitLines(result ?? '')[target.line]).toBe(edit.newText);
        expect(after[target.line]?.endsWith('\r')).toBe(before[target.line]?.endsWith('\r'));
        const reread = scanActionItems(result ?? '', 'Agenda').find((found) => found.line === target.line);
        expect(reread?.status).toBe(newStatus);
      }),
    );
  });
});

describe('replaceLine', () => {
  it('reads a lone \\r as a line break, as Obsidian\'s editor does, and keeps it', () => {
    expect(splitLines('a\r\nb\r')).toEqual(['a', 'b', '']);
    expect(splitLines('a\rb\n\rc')).toEqual(['a', 'b', '', 'c']);
    expect(replaceLine('a\r\nb\r', 1, 'b', 'c')).toBe('a\r\nc\r');
    expect(replaceLine('a\rb\rc', 2, 'c', 'd')).toBe('a\rb\rd');
    expect(replaceLine('a\nb', 2, '', 'c')).toBeNull();
    expect(replaceLine('a\nb', -1, 'a', 'c')).toBeNull();
    expect(replaceLine('a\nb', 0, 'a', 'c\nd')).toBeNull();
  });
});

describe('carry marker', () => {
  it('writes what it reads', () => {
    const once = formatCarryMarker('1-1s/Alice Smith/2026-01-05', 'Jan 5');
    expect(once).toBe('([[1-1s/Alice Smith/2026-01-05|from Jan 5]])');
    const thrice = formatCarryMarker('1-1s/Alice Smith/2026-01-05', 'Jan 5', 3);
    expect(thrice).toBe('([[1-1s/Alice Smith/2026-01-05|from Jan 5]] ×3)');
    expect(findCarryMarker(`do it ${thrice} 📅 2026-02-01`)).toEqual({
      target: '1-1s/Alice Smith/2026-01-05',
      label: 'Jan 5',
      count: 3,
      start: 6,
      end: 6 + thrice.length,
    });
    expect(findCarryMarker('([[x|Jan 5]])')).toBeNull();
  });
});
