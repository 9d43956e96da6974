import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOpenState, scanActionItems } from '../../src/core/tasks/actions';
import type { CalendarDay } from '../../src/core/calendar/dates';
import { locateEdits } from '../../src/core/tasks/locate-edit';
import { planCarryOver, type CarrySource } from '../../src/core/start/carry-over';
import { splitLines } from '../../src/core/markdown/text-lines';
import { runs } from '../support/mutation-run';

const source = (path: string, date: string, text: string): CarrySource => ({ path, date: date as CalendarDay, text });
const open = (text: string) => scanActionItems(text, 'Agenda').filter((a) => isOpenState(a.state));
/** An item's words without the carry marker, so a copy and its original compare equal. */
const words = (text: string) => text.replace(/\s*\(\[\[[^\]]*\|from [^\]]*\]\](?: ×\d+)?\)/u, '').trim();

/** Applies a carry plan the way both writers do: all marks of a note in one pass, none refused. */
function applyMarks(sources: readonly CarrySource[], plan: ReturnType<typeof planCarryOver>): Map<string, string> {
  const after = new Map<string, string>();
  for (const s of sources) {
    const { text, results } = locateEdits(s.text, plan.marks.filter((m) => m.path === s.path));
    expect(results.every((r) => r.ok)).toBe(true);
    after.set(s.path, text);
  }
  return after;
}

describe('carry-over keeps its promise: each open item open in exactly one place', () => {
  it('reads a lone CR as a line break, so items split by one are marked as well as copied', () => {
    const text = '## Action items\r- [ ] @me book the venue\r- [ ] send the notes\r\n\rDone.\n';
    const sources = [source('1-1s/Al/2026-10-09.md', '2026-10-09', text)];
    const plan = planCarryOver(sources, { markEarlier: true, agendaHeading: 'Agenda' });
    expect(plan.lines).toEqual([
      '- [ ] @me book the venue ([[1-1s/Al/2026-10-09|from Oct 9]])',
      '- [ ] send the notes ([[1-1s/Al/2026-10-09|from Oct 9]])',
    ]);
    expect(applyMarks(sources, plan).get('1-1s/Al/2026-10-09.md')).toBe('## Action items\r- [>] @me book the venue\r- [>] send the notes\r\n\rDone.\n');
  });

  it('keeps a repeated item and an item whose text ends in a NUL and a number apart', () => {
    const text = '- [ ] call\n- [ ] call\n- [ ] call\u00002\n';
    const plan = planCarryOver([source('1-1s/Al/2026-10-09.md', '2026-10-09', text)], { markEarlier: true, agendaHeading: 'Agenda' });
    expect(plan.count).toBe(3);
    expect(plan.marks).toHaveLength(3);
  });

  it('never counts, carries or marks a checkbox with no text, as templates leave', () => {
    const text = '## Action items\n- [ ] \n- [ ]\n* [ ]\t\n- [ ] real one\n';
    expect(scanActionItems(text, 'Agenda').map((a) => a.text)).toEqual(['real one']);
    const plan = planCarryOver([source('1-1s/Al/2026-10-09.md', '2026-10-09', text)], { markEarlier: true, agendaHeading: 'Agenda' });
    expect(plan.lines).toEqual(['- [ ] real one ([[1-1s/Al/2026-10-09|from Oct 9]])']);
    expect(plan.marks.map((m) => m.line)).toEqual([4]);
  });

  const text = fc.stringMatching(/^[a-z]{1,3}( [a-z]{1,3}){0,2}$/);
  const status = fc.constantFrom(' ', ' ', ' ', '/', 'x', '-', '>', '?');
  const task = fc
    .record({ prefix: fc.constantFrom('', '    ', '  ', '\t', '> ', '>     ', '> > '), marker: fc.constantFrom('-', '*', '+', '1.'), status, text })
    .map(({ prefix, marker, status, text }) => `${prefix}${marker} [${status}] ${text}`);
  const line = fc.oneof(
    { weight: 6, arbitrary: task },
    { weight: 1, arbitrary: fc.constantFrom('- [ ] same', '- [ ] same', '    - [ ] same') },
    { weight: 3, arbitrary: fc.constantFrom('', 'Some notes.', '## Heading', '> [!todo] Follow up', '- plain item', '    - nested plain', '- [ ] ', '```', '<!--', '-->', '%%', '> quoted text') },
  );
  const ending = fc.constantFrom('\n', '\r\n', '\r');
  const note = fc
    .tuple(fc.boolean(), fc.array(fc.tuple(line, ending), { maxLength: 14 }))
    .map(([bom, lines]) => (bom ? '\uFEFF' : '') + lines.map(([l, e]) => l + e).join(''));

  it('holds for generated notes: mixed endings, nesting, callouts, quotes, identical lines, comments', () => {
    fc.assert(
      fc.property(fc.array(note, { minLength: 1, maxLength: 4 }), (texts) => {
        const sources = texts.map((t, i) => source(`1-1s/Al/2026-10-0${i + 1}.md`, `2026-10-0${i + 1}`, t));
        const plan = planCarryOver(sources, { markEarlier: true, agendaHeading: 'Agenda' });
        const after = applyMarks(sources, plan);
        for (const s of sources) {
          const now = after.get(s.path) ?? '';
          // Only status characters changed, each to `>`; every other byte is as it was.
          expect(now.length).toBe(s.text.length);
          for (let i = 0; i < s.text.length; i++) if (s.text[i] !== now[i]) expect(now[i]).toBe('>');
          expect(open(now)).toEqual([]);
        }
        const before = sources.flatMap((s) => open(s.text).map((a) => words(a.text))).sort();
        const carried = open(plan.lines.join('\n')).map((a) => words(a.text)).sort();
        expect(carried).toEqual(before);
        expect(plan.lines.some((l) => /[\r\n]/.test(l))).toBe(false);
      }),
      { numRuns: runs(1500) },
    );
  });

  it('holds on a huge note: 10,000 open items, each copied once and marked once, in linear time', () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => (i % 3 === 0 ? `- [ ] item ${i}` : i % 3 === 1 ? `    - [ ] sub ${i}` : `> - [/] quoted ${i}`));
    const big = lines.join(['\n', '\r\n', '\r'][lines.length % 3] ?? '\n');
    const sources = [source('1-1s/Al/2026-10-09.md', '2026-10-09', big)];
    const plan = planCarryOver(sources, { markEarlier: true, agendaHeading: 'Agenda' });
    const after = applyMarks(sources, plan);
    expect(plan.marks).toHaveLength(10_000);
    expect(open(after.get('1-1s/Al/2026-10-09.md') ?? '')).toEqual([]);
    expect(open(plan.lines.join('\n'))).toHaveLength(10_000);
    expect(splitLines(after.get('1-1s/Al/2026-10-09.md') ?? '')).toHaveLength(10_000);
  });
});

describe('a template that places the carried items twice', () => {
  it('fills the second {{carried_actions}} (and {{agenda}}) with nothing, so nothing is open twice', async () => {
    const { renderTemplate } = await import('../../src/core/start/template');
    const template = '## Action items\n{{carried_actions}}\n\n## Follow-up\n{{carried_actions}}\n{{agenda}}{{agenda}}\n{{person}} {{person}}\n';
    const rendered = renderTemplate(template, { carried_actions: '- [ ] x', agenda: '- point', person: 'Al' }, new Date(2026, 10, 20));
    expect(rendered).toBe('## Action items\n- [ ] x\n\n## Follow-up\n\n- point\nAl Al\n');
  });
});
