import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locateEdit } from '../../src/core/tasks/locate-edit';
import { inlineOnly, splitCodeSpans } from '../../src/core/query/inert-text';
import { planToggle } from '../../src/core/query/plan-toggle';
import { scanActionItems } from '../../src/core/tasks/actions';
import type { CalendarDay } from '../../src/core/calendar/dates';
import { runs } from '../support/mutation-run';

const edit = (line: number, expectedText: string, newText: string) => ({ path: 'n.md', line, expectedText, newText });

describe('locateEdit', () => {
  it('writes at the planned line when it still reads as expected', () => {
    expect(locateEdit('a\n- [ ] x\nb', edit(1, '- [ ] x', '- [x] x'))).toEqual({ ok: true, text: 'a\n- [x] x\nb', line: 1 });
  });

  it('follows a line that moved when it is the only one reading the expected text', () => {
    expect(locateEdit('new\na\n- [ ] x\r\nb', edit(1, '- [ ] x', '- [x] x'))).toEqual({ ok: true, text: 'new\na\n- [x] x\r\nb', line: 2 });
  });

  it('refuses rather than guess between identical lines, or when the line is gone', () => {
    expect(locateEdit('top\n- [ ] x\n- [ ] x', edit(0, '- [ ] x', '- [x] x'))).toEqual({ ok: false, problem: 'ambiguous', count: 2 });
    expect(locateEdit('- [ ] y', edit(0, '- [ ] x', '- [x] x'))).toEqual({ ok: false, problem: 'not-found' });
    expect(locateEdit('- [ ] x', edit(5, '- [ ] y', '- [x] y'))).toEqual({ ok: false, problem: 'not-found' });
    expect(locateEdit('- [ ] x', edit(0, '- [ ] x', '- [x]\nx'))).toEqual({ ok: false, problem: 'invalid' });
  });

  it('changes at most one line and keeps every other byte', () => {
    const line = fc.constantFrom('- [ ] a', '- [ ] b', '- [x] a', 'text', '');
    const ending = fc.constantFrom('\n', '\r\n');
    fc.assert(
      fc.property(fc.array(fc.tuple(line, ending), { maxLength: 10 }), fc.nat(12), line, (parts, at, expected) => {
        const text = parts.map(([l, e]) => l + e).join('');
        const result = locateEdit(text, edit(at, expected, 'CHANGED'));
        if (!result.ok) return;
        const before = text.split('\n');
        const after = result.text.split('\n');
        expect(after).toHaveLength(before.length);
        const changed = before.flatMap((segment, i) => (segment === after[i] ? [] : [i]));
        expect(changed).toEqual([result.line]);
        expect(before[result.line]?.replace(/\r$/, '')).toBe(expected);
        expect(after[result.line]).toBe(`CHANGED${before[result.line]?.endsWith('\r') ? '\r' : ''}`);
      }),
      { numRuns: runs(3000) },
    );
  });
});

describe('planToggle', () => {
  const today = '2026-11-20' as CalendarDay;
  const item = (line: string) => scanActionItems(line, 'Agenda')[0] ?? (() => { throw new Error('no task'); })();
  it('completes with a done date, reopens without one', () => {
    expect(planToggle('n.md', item('- [ ] a 📅 2026-11-30'), today, true)?.newText).toBe('- [x] a 📅 2026-11-30 ✅ 2026-11-20');
    expect(planToggle('n.md', item('- [ ] a'), today, false)?.newText).toBe('- [x] a');
    expect(planToggle('n.md', item('- [/] a'), today, true)?.newText).toBe('- [x] a ✅ 2026-11-20');
    expect(planToggle('n.md', item('- [x] a ✅ 2026-11-02 ^id'), today, true)?.newText).toBe('- [ ] a ^id');
    expect(planToggle('n.md', item('- [X] a ✅ 2026-11-02'), today, false)?.newText).toBe('- [ ] a');
  });
});

describe('inert task text', () => {
  it('takes code spans out of the Markdown, and escapes backticks that open nothing', () => {
    expect(splitCodeSpans('run `= this.file.name` now')).toEqual([
      { kind: 'markdown', text: 'run ' },
      { kind: 'code', text: '= this.file.name' },
      { kind: 'markdown', text: ' now' },
    ]);
    expect(splitCodeSpans('```dataviewjs dv.paragraph(1)```')).toEqual([{ kind: 'code', text: 'dataviewjs dv.paragraph(1)' }]);
    expect(splitCodeSpans('```dataviewjs')).toEqual([{ kind: 'markdown', text: '\\`\\`\\`dataviewjs' }]);
  });

  it('keeps every piece inline: no heading, quote, list, fence or embed', () => {
    expect(inlineOnly('# not a heading')).toBe('\\# not a heading');
    expect(inlineOnly('  > quote')).toBe('\\> quote');
    expect(inlineOnly('12. item')).toBe('12\\. item');
    expect(inlineOnly('- [ ] nested')).toBe('\\- [ ] nested');
    expect(inlineOnly('---')).toBe('\\---');
    expect(inlineOnly('#urgent **call** ==now== 2026.')).toBe('#urgent **call** ==now== 2026.');
    expect(inlineOnly('~~~js')).toBe('\\~~~js');
    expect(inlineOnly('see ![[Secret note]] and ![](diagram.png)')).toBe('see [[Secret note]] and [](diagram.png)');
    expect(inlineOnly('plain [[Link]] text')).toBe('plain [[Link]] text');
    expect(inlineOnly('[[Priya Raman]] writes it up')).toBe('[[Priya Raman]] writes it up');
    expect(inlineOnly('[ref]: https://example.com')).toBe('\\[ref]: https://example.com');
  });

  it('never lets a backtick or a block start reach the renderer', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('`', '~', '#', '>', '-', ' ', 'a', '1', '.', '!', '[') }), (text) => {
        for (const piece of splitCodeSpans(text)) {
          if (piece.kind !== 'markdown') continue;
          const markdown = inlineOnly(piece.text);
          expect(markdown.replace(/\\`/g, '')).not.toContain('`');
          expect(markdown).not.toMatch(/^(?:#{1,6}(?:\s|$)|>|[-+*](?:[ \t]|$)|~~~|\d+[.)](?:[ \t]|$)|\[[^\]]*\]:)/);
          expect(markdown).not.toContain('![');
        }
      }),
      { numRuns: runs(3000) },
    );
  });
});
