import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { undoChange } from '../../src/core/markdown/undo-change';
import { runs } from '../support/mutation-run';

const before = '# 1:1\n\n- [ ] Send the offer\n- [ ] Book the room\n\nNotes\n';
const after = '# 1:1\n\n- [x] Send the offer ✅ 2026-11-30\n- [ ] Book the room\n\nNotes\n';

describe('undoChange', () => {
  it('gives the text before the write back when the note still reads as written', () => {
    expect(undoChange(after, before, after)).toBe(before);
  });

  it('puts back only the written line when the user typed elsewhere since', () => {
    const typed = after.replace('Notes\n', 'Notes\nShe asked about the budget.\n').replace('# 1:1', '# 1:1 with Alice');
    expect(undoChange(typed, before, after)).toBe(before.replace('Notes\n', 'Notes\nShe asked about the budget.\n').replace('# 1:1', '# 1:1 with Alice'));
  });

  it('refuses when the written line itself was changed since, so the new words are never lost', () => {
    const edited = after.replace('Send the offer', 'Send the signed offer');
    expect(undoChange(edited, before, after)).toBeNull();
  });

  it('finds the written line alone when a line beside it changed since, if it stands there once', () => {
    expect(undoChange(after.replace('Book the room', 'Book a room'), before, after)).toBe(before.replace('Book the room', 'Book a room'));
    const ticked = after.replace('- [ ] Book the room', '- [x] Book the room');
    expect(undoChange(ticked, before, after)).toBe(before.replace('- [ ] Book the room', '- [x] Book the room'));
    // Lines only taken out leave nothing to find without the lines around them.
    expect(undoChange('## Next 1:1\n- Budget changed\n- Offsite\n', '## Next 1:1\n- Budget\n- Hiring\n- Offsite\n', '## Next 1:1\n- Budget\n- Offsite\n')).toBeNull();
  });

  it('refuses when the written lines, with the lines around them, now appear twice', () => {
    const twice = `${after}Elsewhere:\n- [x] Send the offer ✅ 2026-11-30\n- [ ] Book the room\n`;
    const doubled = `${after}${after}`;
    expect(undoChange(twice, before, after)).not.toBeNull();
    expect(undoChange(doubled, before, after)).toBeNull();
  });

  it('keeps every line ending: CRLF, a lone CR and a byte order mark', () => {
    const crlf = (text: string) => `\uFEFF${text.replace(/\n/g, '\r\n')}`;
    const typed = `${crlf(after)}More\r`;
    expect(undoChange(typed, crlf(before), crlf(after))).toBe(`${crlf(before)}More\r`);
    const cr = (text: string) => text.replace(/\n/g, '\r');
    expect(undoChange(`Top\r${cr(after)}`, cr(before), cr(after))).toBe(`Top\r${cr(before)}`);
  });

  it('puts back a removed line (a talking point taken out of the queue)', () => {
    const queued = '## Next 1:1\n- Budget\n- Hiring\n- Offsite\n';
    const removed = '## Next 1:1\n- Budget\n- Offsite\n';
    expect(undoChange(`${removed}- Travel\n`, queued, removed)).toBe(`${queued}- Travel\n`);
  });

  it('takes out lines added at the end, and at the start', () => {
    expect(undoChange('a\nb\nc\n', 'a\nb\n', 'a\nb\nc\n')).toBe('a\nb\n');
    expect(undoChange('x\na\nb\nc\n', 'a\nb\n', 'a\nb\nc\n')).toBe('x\na\nb\n');
    expect(undoChange('a\nb\nc\nd\n', 'a\nb\n', 'a\nb\nc\n')).toBe('a\nb\nd\n');
    expect(undoChange('new\na\nb\nz\n', 'a\nb\n', 'new\na\nb\n')).toBe('a\nb\nz\n');
    expect(undoChange('z\nnew\na\nb\n', 'a\nb\n', 'new\na\nb\n')).toBe('z\na\nb\n');
    expect(undoChange('a\nb\nc\nb\nc\n', 'a\nb\n', 'a\nb\nc\n')).toBeNull();
  });

  it('leaves the note as it is when the write changed nothing', () => {
    expect(undoChange('typed since', 'same', 'same')).toBe('typed since');
  });

  it('undoes any one-region change after an unrelated line is added far from it', () => {
    const line = fc.constantFrom('- [ ] a', '- [x] b', '', '## H', 'text', '- c');
    fc.assert(
      fc.property(fc.array(line, { minLength: 3, maxLength: 8 }), fc.nat(), fc.array(line, { maxLength: 3 }), (lines, at, inserted) => {
        const where = at % lines.length;
        const was = `${lines.join('\n')}\n`;
        const now = `${[...lines.slice(0, where), ...inserted, 'written by the plugin', ...lines.slice(where + 1)].join('\n')}\n`;
        expect(undoChange(now, was, now)).toBe(was);
        expect(undoChange(`${now}added later\n`, was, now)).toBe(`${was}added later\n`);
      }),
      { numRuns: runs(300) },
    );
  });
});
