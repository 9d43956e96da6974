import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOpenState, scanActionItems } from '../../src/core/tasks/actions';
import type { CalendarDay } from '../../src/core/calendar/dates';
import { planCarryOver, type CarrySource } from '../../src/core/start/carry-over';
import { appendPoint, readQueue, removePoints } from '../../src/core/talking-points/talking-points';
import { applyPlannedEdit } from '../support/planned-edit';
import { runs } from '../support/mutation-run';

const source = (path: string, date: string, text: string): CarrySource => ({ path, date: date as CalendarDay, text });
/** An item's text without the carry marker, so a copy and its original compare equal. */
const withoutOrigin = (text: string) => text.replace(/ \(\[\[[^\]]*\|from [^\]]*\]\](?: ×\d+)?\)/u, '');

describe('carry-over', () => {
  it('copies open items with their sub-items and a link to where they first came from, before the Tasks fields', () => {
    const plan = planCarryOver(
      [
        source(
          '1-1s/Al/2026-10-09.md',
          '2026-10-09',
          '## Action items\n- [ ] @me book the venue 📅 2026-11-13 ^venue\n    - [ ] ask for prices\n    - note\n- [x] done already\n- [/] [[Al]] draft the plan\n> [!todo]\n> - [ ] in a callout\n>     - [ ] nested in it\n```\n- [ ] in code\n```\n',
        ),
      ],
      { markEarlier: true, agendaHeading: 'Agenda' },
    );
    expect(plan.lines).toEqual([
      '- [ ] @me book the venue ([[1-1s/Al/2026-10-09|from Oct 9]]) 📅 2026-11-13 ^venue',
      '    - [ ] ask for prices',
      '    - note',
      '- [/] [[Al]] draft the plan ([[1-1s/Al/2026-10-09|from Oct 9]])',
      '- [ ] in a callout ([[1-1s/Al/2026-10-09|from Oct 9]])',
      '    - [ ] nested in it',
    ]);
    expect(plan.marks.map((m) => [m.line, m.newText])).toEqual([
      [1, '- [>] @me book the venue 📅 2026-11-13 ^venue'],
      [2, '    - [>] ask for prices'],
      [5, '- [>] [[Al]] draft the plan'],
      [7, '> - [>] in a callout'],
      [8, '>     - [>] nested in it'],
    ]);
    expect(plan.count).toBe(3);
  });

  it('counts carries, keeps the first origin, and flags items carried three times', () => {
    const plan = planCarryOver(
      [source('1-1s/Al/2026-10-30.md', '2026-10-30', '- [ ] call Bo ([[1-1s/Al/2026-10-09|from Oct 9]] ×2) 📅 2026-11-01\n')],
      { markEarlier: true, agendaHeading: 'Agenda' },
    );
    expect(plan.lines).toEqual(['- [ ] call Bo ([[1-1s/Al/2026-10-09|from Oct 9]] ×3) 📅 2026-11-01']);
    expect(plan.stale).toBe(1);
  });

  it('collapses copies left by "leave earlier notes untouched" into one, and marks nothing', () => {
    const plan = planCarryOver(
      [
        source('1-1s/Al/2026-10-09.md', '2026-10-09', '- [ ] call Bo\n'),
        source('1-1s/Al/2026-10-16.md', '2026-10-16', '- [ ] call Bo ([[1-1s/Al/2026-10-09|from Oct 9]])\n'),
      ],
      { markEarlier: false, agendaHeading: 'Agenda' },
    );
    expect(plan.lines).toEqual(['- [ ] call Bo ([[1-1s/Al/2026-10-09|from Oct 9]] ×2)']);
    expect(plan.marks).toEqual([]);
  });

  const taskLine = fc
    .record({
      indent: fc.constantFrom('', '    ', '  ', '> ', '\t'),
      status: fc.constantFrom(' ', ' ', '/', 'x', '-', '>'),
      text: fc.stringMatching(/^[a-z ]{1,12}$/),
      due: fc.boolean(),
    })
    .map(({ indent, status, text, due }) => `${indent}- [${status}] ${text.trim() || 'x'}${due ? ' 📅 2026-11-30' : ''}`);
  const noteText = fc
    .array(fc.oneof(taskLine, fc.constantFrom('', 'Some notes.', '## Heading', '```', '- plain item')), { maxLength: 12 })
    .chain((lines) => fc.constantFrom('\n', '\r\n').map((eol) => lines.join(eol)));

  it('leaves every open item open in exactly one place, changing no other byte of earlier notes', () => {
    fc.assert(
      fc.property(fc.array(noteText, { minLength: 1, maxLength: 4 }), (texts) => {
        const sources = texts.map((text, i) => source(`1-1s/Al/2026-10-0${i + 1}.md`, `2026-10-0${i + 1}`, text));
        const plan = planCarryOver(sources, { markEarlier: true, agendaHeading: 'Agenda' });
        const after = new Map(sources.map((s) => [s.path, s.text]));
        for (const mark of plan.marks) {
          const text = applyPlannedEdit(after.get(mark.path) ?? '', mark);
          expect(text).not.toBeNull();
          after.set(mark.path, text ?? '');
        }
        for (const s of sources) {
          const before = s.text;
          const now = after.get(s.path) ?? '';
          expect(now.length).toBe(before.length);
          for (let i = 0; i < before.length; i++) if (before[i] !== now[i]) expect([before[i], now[i]]).toEqual([expect.any(String), '>']);
          expect(scanActionItems(now, 'Agenda').filter((a) => isOpenState(a.state))).toEqual([]);
        }
        // Each open item is in the new note exactly once: the same items, none dropped, none doubled.
        const openBefore = sources.flatMap((s) => scanActionItems(s.text, 'Agenda').filter((a) => isOpenState(a.state)));
        const openInNew = scanActionItems(plan.lines.join('\n'), 'Agenda').filter((a) => isOpenState(a.state));
        expect(openInNew.map((a) => withoutOrigin(a.text)).sort()).toEqual(openBefore.map((a) => a.text).sort());
        expect(plan.marks.length).toBe(openBefore.length);
      }),
      { numRuns: runs(2000) },
    );
  });
});

describe('talking points', () => {
  const note = '---\ncadence: weekly\n---\nBio.\n\n## Next 1:1\n- first\n    - detail\n- second\n\nA paragraph of my own.\n\n## Later\n- not queued\n';

  it('reads the points under the heading, with what is nested under them', () => {
    const queue = readQueue(note, 'Next 1:1');
    expect(queue.headingLine).toBe(5);
    expect(queue.points.map((p) => [p.line, p.endLine, p.text])).toEqual([[6, 7, 'first'], [8, 8, 'second']]);
  });

  it('appends after the last point, or adds the heading when missing, keeping CRLF', () => {
    expect(appendPoint(note, 'Next 1:1', 'third')).toContain('- second\n- third\n\nA paragraph');
    expect(appendPoint('Bio.\r\n', 'Next 1:1', 'first')).toBe('Bio.\r\n\r\n## Next 1:1\r\n- first\r\n');
  });

  it('removes only the points it read, and refuses when one changed', () => {
    const { points } = readQueue(note, 'Next 1:1');
    expect(removePoints(note, points)).toBe('---\ncadence: weekly\n---\nBio.\n\n## Next 1:1\n\nA paragraph of my own.\n\n## Later\n- not queued\n');
    expect(removePoints(note.replace('- second', '- second, edited'), points)).toBeNull();
  });
});

describe('carry-over, review cases', () => {
  it('keeps two identical open tasks of one note apart, each with its own sub-items', () => {
    const plan = planCarryOver(
      [source('1-1s/Al/2026-10-09.md', '2026-10-09', '## X\n- [ ] follow up\n    - [ ] ask Bob\n## Y\n- [ ] follow up\n    - [ ] ask Carol\n')],
      { markEarlier: true, agendaHeading: 'Agenda' },
    );
    expect(plan.lines.filter((line) => line.includes('ask'))).toEqual(['    - [ ] ask Bob', '    - [ ] ask Carol']);
    expect(plan.count).toBe(2);
    expect(plan.marks).toHaveLength(4);
  });

  it('does not bring back an item whose newer copy was ticked off', () => {
    const plan = planCarryOver(
      [
        source('1-1s/Al/2026-01-05.md', '2026-01-05', '- [ ] send doc\n'),
        source('1-1s/Al/2026-01-12.md', '2026-01-12', '- [x] send doc ([[1-1s/Al/2026-01-05|from Jan 5]]) ✅ 2026-01-13\n'),
      ],
      { markEarlier: false, agendaHeading: 'Agenda' },
    );
    expect(plan.lines).toEqual([]);
  });

  it('leaves behind the tasks a group meeting excludes (other people\'s)', () => {
    const plan = planCarryOver([{ ...source('1-1s/2026-10-15 Al and Bo.md', '2026-10-15', '- [ ] @Bo one\n- [ ] @me two\n'), excludeLines: new Set([0]) }], { markEarlier: true, agendaHeading: 'Agenda' });
    expect(plan.lines).toEqual(['- [ ] @me two ([[1-1s/2026-10-15 Al and Bo|from Oct 15]])']);
    expect(plan.marks.map((m) => m.line)).toEqual([1]);
  });
});

describe('talking points, review cases', () => {
  it('never takes list lines inside a code block or comment under the heading', () => {
    const note = '## Next 1:1\n- real one\n```\n- not a point\n```\n<!--\n- hidden\n-->\n%% - nor this %%\n- real two\n    ```\n    - code of real two\n    ```\n';
    const { points } = readQueue(note, 'Next 1:1');
    expect(points.map((p) => p.text)).toEqual(['real one', 'real two']);
    expect(points[1]?.endLine).toBe(12);
    expect(removePoints(note, points)).toBe('## Next 1:1\n```\n- not a point\n```\n<!--\n- hidden\n-->\n%% - nor this %%\n');
  });

  it('keeps every line ending as it was in a note with mixed endings', () => {
    const note = '## Next 1:1\r\n- one\n- two\r\n\rafter\n';
    expect(appendPoint(note, 'Next 1:1', 'three')).toBe('## Next 1:1\r\n- one\n- two\r\n- three\r\n\rafter\n');
    const { points } = readQueue(note, 'Next 1:1');
    expect(removePoints(note, points.slice(0, 1))).toBe('## Next 1:1\r\n- two\r\n\rafter\n');
    // Unindented text right after an item continues it, as in Obsidian: it travels with the point.
    expect(readQueue('## Next 1:1\n- two\nstill two\n', 'Next 1:1').points.map((p) => p.lines)).toEqual([['- two', 'still two']]);
    expect(appendPoint('## Next 1:1\n- one', 'Next 1:1', 'two')).toBe('## Next 1:1\n- one\n- two');
  });
});

describe('moving a talking point past a blank line or a comment', () => {
  it('moves only the points: the lines between them stay where they were', async () => {
    const { movePoint } = await import('../../src/core/talking-points/talking-point-order');
    const { readQueue: read } = await import('../../src/core/talking-points/talking-points');
    const note = '## Next 1:1\n- Alpha\n\n- Beta\n%% keep %%\n- Gamma\n    - detail\n';
    const [alpha, , gamma] = read(note, 'Next 1:1').points;
    if (!alpha || !gamma) throw new Error('no points');
    expect(movePoint(note, 'Next 1:1', alpha, 1)).toBe('## Next 1:1\n- Beta\n\n- Alpha\n%% keep %%\n- Gamma\n    - detail\n');
    expect(movePoint(note, 'Next 1:1', gamma, 0)).toBe('## Next 1:1\n- Gamma\n    - detail\n\n- Alpha\n%% keep %%\n- Beta\n');
  });
});
