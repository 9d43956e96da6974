import { describe, expect, it } from 'vitest';
import { locateEdit, locateEdits } from '../../src/core/tasks/locate-edit';

// Behaviours pinned down by the mutation run over src/core/tasks/locate-edit.ts: which line an edit
// lands on when the note changed since the edit was planned.
const edit = (line: number, expectedText: string, newText: string) => ({ path: 'n.md', line, expectedText, newText });

describe('which line an edit lands on', () => {
  it('writes the planned line when it still reads as expected, even if another line reads the same', () => {
    expect(locateEdit('- [ ] x\n- [ ] x', edit(1, '- [ ] x', '- [x] x'))).toEqual({ ok: true, text: '- [ ] x\n- [x] x', line: 1 });
  });
});

describe('several edits to one note', () => {
  it('refuses a replacement holding a line break and still makes the other edits', () => {
    expect(locateEdits('a\nb', [edit(0, 'a', 'x\ny'), edit(1, 'b', 'c')])).toEqual({
      text: 'a\nc',
      results: [{ ok: false, problem: 'invalid' }, { ok: true, line: 1 }],
    });
  });

  it('looks up by text an edit planned for a line past the end of the note', () => {
    // The note lost lines since the edit was planned: the planned line no longer exists.
    expect(locateEdits('a\n- [ ] x', [edit(5, '- [ ] x', '- [x] x')])).toEqual({
      text: 'a\n- [x] x',
      results: [{ ok: true, line: 1 }],
    });
  });

  it('follows a line rewritten by an earlier edit, and no longer finds its old text', () => {
    // Line 0 moved to line 1, so lines are looked up by text; the second edit then expects the new text.
    const result = locateEdits('new\na\nb', [edit(0, 'a', 'A'), edit(0, 'A', 'AA'), edit(0, 'a', 'z')]);
    expect(result).toEqual({
      text: 'new\nAA\nb',
      results: [
        { ok: true, line: 1 },
        { ok: true, line: 1 },
        { ok: false, problem: 'not-found' },
      ],
    });
  });
});
