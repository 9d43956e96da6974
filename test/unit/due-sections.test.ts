import { describe, expect, it } from 'vitest';
import type { CalendarDay } from '../../src/core/calendar/dates';
import { shortDate, timeAgo } from '../../src/core/calendar/day-text';
import { dueRowText } from '../../src/core/view-models/due-row-text';
import { dueSections, dueSummary, sectionOf } from '../../src/core/view-models/due-sections';
import { parseSnoozeDate } from '../../src/core/cadence/snooze';
import { peopleByUrgency } from '../../src/core/cadence/urgency';
import { VaultIndex } from '../../src/core/index/vault-index';

const TODAY = '2026-11-20' as CalendarDay;

/** A small team as notes: each person's properties, and their meetings as [date, status]. */
function team(people: Record<string, { fm: Record<string, unknown>; meetings?: [string, string][] }>) {
  const index = new VaultIndex({ peopleFolder: 'People', meetingsFolder: '1-1s' });
  index.batch(() => {
    for (const [name, { fm, meetings = [] }] of Object.entries(people)) {
      index.upsert({ path: `People/${name}.md`, frontmatter: fm, tags: [], text: null });
      for (const [date, status] of meetings) {
        index.upsert({ path: `1-1s/${name}/${date}.md`, frontmatter: { person: `[[${name}]]`, date, status }, tags: [], text: '- [ ] @me a task\n' });
      }
    }
  });
  return peopleByUrgency(index, TODAY);
}

const names = (statuses: readonly { person: { name: string } }[]) => statuses.map((s) => s.person.name);

describe('dueSections', () => {
  const statuses = team({
    Weekly: { fm: { cadence: 'weekly' }, meetings: [['2026-10-30', 'held']] }, // 21 days on a 7-day rhythm: 3×
    Monthly: { fm: { cadence: 'monthly' }, meetings: [['2026-09-10', 'held']] }, // 71 days on 30: 2.4×
    Due: { fm: { cadence: 'biweekly' }, meetings: [['2026-11-04', 'held']] },
    Soon: { fm: { cadence: 'weekly' }, meetings: [['2026-11-14', 'held']] },
    New: { fm: { cadence: 'weekly' } },
    Odd: { fm: { cadence: 'sometimes' }, meetings: [['2026-11-01', 'held']] },
    Fine: { fm: { cadence: 'monthly' }, meetings: [['2026-11-18', 'held']] },
    Dropped: { fm: { cadence: 'monthly' }, meetings: [['2026-11-10', 'held'], ['2026-11-17', 'cancelled']] },
    Loose: { fm: {} },
    LooseCancelled: { fm: {}, meetings: [['2026-11-01', 'cancelled']] },
    Away: { fm: { cadence: 'weekly', paused: '2027-01-10' }, meetings: [['2026-09-01', 'held'], ['2026-09-08', 'cancelled']] },
  });

  it('groups people into sections in display order, most late first, hiding the quiet ones', () => {
    const { sections, counts, quietCount, total } = dueSections(statuses, false);
    expect(sections.map((s) => [s.title, names(s.people)])).toEqual([
      ['Overdue', ['Weekly', 'Monthly']],
      ['Due', ['Due']],
      ['Due soon', ['Soon']],
      ['Never met', ['New']],
      ['Cancelled and not rescheduled', ['Dropped', 'LooseCancelled']],
      ['Needs attention', ['Odd']],
    ]);
    expect(counts).toMatchObject({ overdue: 2, due: 1, 'due-soon': 1, 'on-track': 1, 'no-cadence': 1, paused: 1 });
    expect(quietCount).toBe(3);
    expect(total).toBe(11);
  });

  it('shows on track, no cadence and paused people with "Show everyone"', () => {
    const { sections } = dueSections(statuses, true);
    expect(sections.slice(-3).map((s) => [s.title, names(s.people), s.quiet])).toEqual([
      ['On track', ['Fine'], true],
      ['No cadence', ['Loose'], true],
      ['Paused', ['Away'], true],
    ]);
  });

  it('lists each person once: a cancellation flags an overdue person, it does not move them', () => {
    const flagged = team({ Late: { fm: { cadence: 'weekly' }, meetings: [['2026-10-30', 'held'], ['2026-11-06', 'cancelled']] } });
    expect(flagged[0]?.cadence.cancelledNotRescheduled).toBe('2026-11-06');
    expect(sectionOf(flagged[0] as never)).toBe('overdue');
    expect(dueSections(flagged, true).sections.map((s) => s.id)).toEqual(['overdue']);
  });

  it('has nothing to show for nobody, and says so in the summary', () => {
    expect(dueSections([], true)).toMatchObject({ sections: [], quietCount: 0, total: 0 });
    expect(dueSummary(dueSections([], false).counts)).toBeNull();
  });

  it('summarises the counts for the header', () => {
    expect(dueSummary(dueSections(statuses, false).counts)).toBe('2 overdue · 1 due · 1 due soon · 1 never met · 2 cancelled · 1 needs attention');
  });
});

describe('dueRowText', () => {
  const [late, , due, soon, fresh, odd] = team({
    Late: { fm: { cadence: 'weekly' }, meetings: [['2026-10-30', 'held'], ['2026-11-06', 'cancelled']] },
    Monthly: { fm: { cadence: 'monthly' }, meetings: [['2026-09-10', 'held']] },
    Due: { fm: { cadence: 'biweekly' }, meetings: [['2026-11-04', 'held']] },
    Soon: { fm: { cadence: 'weekly' }, meetings: [['2026-11-14', 'held']] },
    New: { fm: { cadence: 'every 3 weeks' } },
    Odd: { fm: { cadence: 'sometimes' }, meetings: [['2026-11-01', 'held']] },
  });

  it('shows the waiting label it is given, and none by default', () => {
    expect(dueRowText(late as never, TODAY, '2 waiting > 14 days').waiting).toBe('2 waiting > 14 days');
    expect(dueRowText(late as never, TODAY).waiting).toBeNull();
  });

  it('describes an overdue person with a cancelled, unrescheduled 1:1', () => {
    expect(dueRowText(late as never, TODAY)).toEqual({
      meta: 'Last 1:1 21 days ago · weekly',
      chip: { label: '14 days overdue', tone: 'red' },
      flag: 'Cancelled Nov 6, not rescheduled',
      open: 'Open items: 2 mine',
      waiting: null,
      today: null,
    });
  });

  it('words each state', () => {
    expect(dueRowText(due as never, TODAY).chip).toEqual({ label: 'Due 2 days ago', tone: 'yellow' });
    expect(dueRowText(soon as never, TODAY).chip).toEqual({ label: 'Due tomorrow', tone: 'muted' });
    expect(dueRowText(fresh as never, TODAY)).toMatchObject({ meta: 'No 1:1 yet · every 3 weeks', chip: { label: 'Never met' }, open: null });
  });

  it('leaves an unreadable cadence out of the meta: the chip says so, the problem lines name it', () => {
    const text = dueRowText(odd as never, TODAY);
    expect(text.meta).toBe('Last 1:1 19 days ago');
    expect(text.chip).toEqual({ label: 'Unreadable cadence', tone: 'orange' });
  });

  it('says when a paused person is back and when an on-track person is next due', () => {
    const [fine, loose, away] = team({
      Away: { fm: { cadence: 'weekly', paused: '2027-01-10' } },
      Fine: { fm: { cadence: 'monthly' }, meetings: [['2026-11-18', 'held']] },
      Loose: { fm: {} },
    });
    expect(dueRowText(fine as never, TODAY).chip).toEqual({ label: 'Next Dec 18', tone: 'green' });
    expect(dueRowText(loose as never, TODAY)).toMatchObject({ meta: 'No 1:1 yet · no cadence', chip: { label: 'No cadence' } });
    expect(dueRowText(away as never, TODAY).chip.label).toBe('Paused until Jan 10, 2027');
    const forever = peopleByUrgency(
      (() => {
        const index = new VaultIndex({ peopleFolder: 'People', meetingsFolder: '1-1s' });
        index.upsert({ path: 'People/X.md', frontmatter: { cadence: 'weekly', paused: true }, tags: [], text: null });
        return index;
      })(),
      TODAY,
    );
    expect(dueRowText(forever[0] as never, TODAY).chip.label).toBe('Paused');
  });

  it('counts time in days, then months and years', () => {
    expect([0, 1, 2, 59, 60, 364, 365, 800].map(timeAgo)).toEqual([
      'today',
      'yesterday',
      '2 days ago',
      '59 days ago',
      '2 months ago',
      '12 months ago',
      '1 year ago',
      '2 years ago',
    ]);
    expect(shortDate('2026-01-05' as CalendarDay, TODAY)).toBe('Jan 5');
  });

});

describe('parseSnoozeDate', () => {
  it('accepts a real day after today', () => {
    expect(parseSnoozeDate(' 2026-12-04 ', TODAY)).toEqual({ day: '2026-12-04' });
  });
  it.each([
    ['', /year-month-day/],
    ['next week', /year-month-day/],
    ['04/12/2026', /year-month-day/],
    ['2026-02-30', /not a day in the calendar/],
    ['2026-11-20', /after today/],
    ['2025-01-01', /after today/],
  ])('refuses %j with a reason', (input, reason) => {
    const result = parseSnoozeDate(input, TODAY);
    expect('problem' in result && result.problem).toMatch(reason);
  });
});

