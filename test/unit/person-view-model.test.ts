import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { movePoint, removePoint } from '../../src/core/talking-points/talking-point-order';
import { readQueue } from '../../src/core/talking-points/talking-points';
import { meetingSummary } from '../../src/core/view-models/meeting-summary';
import { trendCoordinates, trendSummary } from '../../src/core/view-models/mood-trend';
import { filterByRole, nextSort, overviewRows, rolesOf, sortOverview } from '../../src/core/view-models/overview-model';
import { historyPage, personViewModel } from '../../src/core/view-models/person-view-model';
import { DEMO_TODAY, indexOf } from '../support/demo-index';

const PRIYA = 'People/Priya Raman.md';

describe('personViewModel on the demo vault (2026-11-20)', () => {
  const index = indexOf();
  const model = personViewModel(index, PRIYA, DEMO_TODAY);
  if (!model) throw new Error('Priya is a person');

  it('says where Priya stands in the header', () => {
    expect(model.header).toMatchObject({
      name: 'Priya Raman',
      role: 'report',
      cadence: 'weekly',
      last: 'Last 1:1 Oct 30 · 21 days ago',
      next: 'Next due Nov 6',
      chip: { label: '14 days overdue', tone: 'red' },
      flag: 'Cancelled Nov 6, not rescheduled',
    });
  });

  it('groups her open items theirs / mine / unassigned, most pressing first', () => {
    const texts = Object.fromEntries(model.groups.map((group) => [group.id, group.rows.map((row) => row.action.item.text)]));
    expect(model.groups.map((group) => [group.id, group.rows.length])).toEqual([
      ['theirs', 3],
      ['mine', 3],
      ['unassigned', 1],
    ]);
    // All three of hers are waiting (first written 14 days ago or more): oldest first, then most pressing.
    expect(model.groups[0]?.waiting).toBe(3);
    expect(texts.theirs?.[0]).toContain('ledger reconciliation');
    expect(texts.theirs?.[1]).toContain('write up the cutover retro');
    expect(model.groups.slice(1).map((group) => group.waiting)).toEqual([0, 0]);
    const budget = model.groups[1]?.rows.find((row) => row.action.item.text.includes('conference trip'));
    expect(budget?.origin?.count).toBe(3);
    expect(budget?.dueState).toBe('overdue');
  });

  it('has her falling mood in date order, and all nine meetings newest first', () => {
    expect(model.mood.map((point) => point.mood)).toEqual([8, 8, 7, 6, 6, 5, 4]);
    expect(trendSummary(model.mood)).toBe('Falling: 8 → 4 over 7 check-ins');
    expect(model.history.map((row) => `${row.label}${row.status === 'held' ? '' : ` ${row.status}`}`)).toEqual([
      'Nov 6 cancelled', 'Oct 30', 'Oct 23', 'Oct 16', 'Oct 9', 'Sep 25', 'Sep 11', 'Aug 28', 'Aug 14',
    ]);
    expect(model.history[1]?.open).toBe(7);
  });

  it('is null for a path that is no person', () => {
    expect(personViewModel(index, 'People/Nobody.md', DEMO_TODAY)).toBeNull();
  });
});

describe('history pages and the trend geometry', () => {
  it('pages by 20 and clamps the page', () => {
    const rows = Array.from({ length: 45 }, (_, i) => ({ path: `m${i}.md`, target: `m${i}.md`, sectionLine: null, date: null, label: 'Undated', status: 'held' as const, mood: null, open: 0, group: false }));
    expect(historyPage(rows, 0)).toMatchObject({ page: 0, pages: 3 });
    expect(historyPage(rows, 2).rows).toHaveLength(5);
    expect(historyPage(rows, 9).page).toBe(2);
    expect(historyPage([], 0)).toMatchObject({ page: 0, pages: 1 });
  });

  it('puts 10 at the top and 1 at the bottom, evenly spaced, and never outside the box', () => {
    const coords = trendCoordinates([1, 10, 42], { width: 100, height: 50, pad: 5 });
    expect(coords).toEqual([{ x: 5, y: 45 }, { x: 50, y: 5 }, { x: 95, y: 5 }]);
  });
});

describe('overview', () => {
  const rows = overviewRows(indexOf(), DEMO_TODAY);

  it('lists everyone most urgent first, with open counts and moods', () => {
    expect(rows.slice(0, 3).map((row) => row.name)).toEqual(['Priya Raman', 'Daniel Kowalczyk', 'Rosa Delgado']);
    expect(rows[0]).toMatchObject({ theirs: 3, mine: 3, moods: [8, 8, 7, 6, 6, 5, 4], lastMet: '2026-10-30' });
  });

  it('sorts by a column (empty values last, either way) and filters by role', () => {
    const byLast = sortOverview(rows, { column: 'last', descending: true });
    expect(byLast[0]?.name).toBe('Lucas Ferreira');
    expect(byLast[byLast.length - 1]?.name).toBe('Kenji Watanabe');
    expect(sortOverview(rows, { column: 'name', descending: false })[0]?.name).toBe('Aisha Mensah');
    expect(rolesOf(rows)).toEqual(['manager', 'mentor', 'peer', 'report', 'skip-level'].filter((role) => rows.some((row) => row.role === role)));
    expect(filterByRole(rows, 'peer').map((row) => row.name)).toEqual(['Rosa Delgado']);
    expect(nextSort({ column: 'name', descending: false }, 'name')).toEqual({ column: 'name', descending: true });
    expect(nextSort({ column: 'name', descending: true }, 'mine')).toEqual({ column: 'mine', descending: true });
  });
});

describe('meetingSummary', () => {
  it('prefers the first line of Notes, skipping properties, headings and tasks', () => {
    const text = '---\nmood: 4\n---\n## Agenda\n- How are you?\n\n## Notes\n- Lowest check-in score so far.\n- [ ] @me follow up\n';
    expect(meetingSummary(text)).toBe('Lowest check-in score so far.');
  });
  it('falls back to the first line of prose, and skips comments and code', () => {
    expect(meetingSummary('%%\nsecret\n%%\n```\ncode\n```\nCancelled: pulled into an incident.')).toBe('Cancelled: pulled into an incident.');
    expect(meetingSummary('---\na: 1\n---\n- [x] done\n')).toBeNull();
  });
});

const HEADING = 'Next 1:1';
const lineText = fc.stringMatching(/^[a-z][a-z ]{0,10}$/);
const queueNote = fc.record({
  before: fc.array(lineText, { maxLength: 3 }),
  points: fc.array(fc.record({ text: lineText, nested: fc.array(lineText, { maxLength: 2 }) }), { minLength: 1, maxLength: 6 }),
  after: fc.array(lineText, { maxLength: 3 }),
  eol: fc.constantFrom('\n', '\r\n'),
  finalEol: fc.boolean(),
});

function build(note: { before: string[]; points: { text: string; nested: string[] }[]; after: string[]; eol: string; finalEol: boolean }): string {
  const lines = [...note.before.map((l) => `x${l}`), `## ${HEADING}`, ...note.points.flatMap((p) => [`- ${p.text}`, ...p.nested.map((n) => `    - ${n}`)]), '', '## Later', ...note.after];
  return lines.join(note.eol) + (note.finalEol ? note.eol : '');
}

describe('talking point edits (property)', () => {
  it('a move reorders only the points between from and to; every other byte stays', () => {
    fc.assert(
      fc.property(queueNote, fc.nat(), fc.nat(), (note, a, b) => {
        const text = build(note);
        const points = readQueue(text, HEADING).points;
        const from = a % points.length;
        const to = b % points.length;
        const moving = points[from];
        if (!moving) return;
        const moved = movePoint(text, HEADING, moving, to);
        expect(moved).not.toBeNull();
        const after = readQueue(moved ?? '', HEADING).points.map((p) => p.lines.join('|'));
        const expected = points.map((p) => p.lines.join('|'));
        expected.splice(to, 0, ...expected.splice(from, 1));
        expect(after).toEqual(expected);
        const first = Math.min(moving.line, points[to]?.line ?? 0);
        const last = Math.max(moving.endLine, points[to]?.endLine ?? 0);
        const [x, y] = [text.split(/(\r?\n)/), (moved ?? '').split(/(\r?\n)/)];
        expect(y.length).toBe(x.length);
        x.forEach((piece, i) => {
          if (i % 2 === 1 || i / 2 < first || i / 2 > last) expect(y[i]).toBe(piece);
        });
      }),
    );
  });

  it('a removal deletes exactly the point and its nested lines', () => {
    fc.assert(
      fc.property(queueNote, fc.nat(), (note, a) => {
        const text = build(note);
        const points = readQueue(text, HEADING).points;
        const target = points[a % points.length];
        if (!target) return;
        const removed = removePoint(text, HEADING, target) ?? '';
        const lines = text.split(note.eol);
        lines.splice(target.line, target.endLine - target.line + 1);
        expect(removed).toBe(lines.join(note.eol));
      }),
    );
  });

  it('refuses when the point changed since it was shown', () => {
    const text = `## ${HEADING}\n- one\n- two\n`;
    const [one] = readQueue(text, HEADING).points;
    if (!one) throw new Error('no point');
    const edited = text.replace('- one', '- one, edited');
    expect(movePoint(edited, HEADING, one, 1)).toBeNull();
    expect(removePoint(edited, HEADING, one)).toBeNull();
  });
});
