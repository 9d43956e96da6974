// An overview you can work from (issue 15): State sorts in urgency order and then by how late, as its
// chips read; ties fall back to the name; counts sort most first; a name filter narrows the rows.
import { describe, expect, it } from 'vitest';
import type { CalendarDay } from '../../src/core/calendar/dates';
import { VaultIndex } from '../../src/core/index/vault-index';
import { filterByName, nextSort, overviewRows, sortOverview } from '../../src/core/view-models/overview-model';

const TODAY = '2026-11-20' as CalendarDay;

function vault(people: Record<string, { cadence?: string; met?: string; paused?: string }>) {
  const index = new VaultIndex({ peopleFolder: 'People', meetingsFolder: '1-1s', meetingTag: '1on1' });
  for (const [name, { cadence, met, paused }] of Object.entries(people)) {
    index.upsert({ path: `People/${name}.md`, frontmatter: { ...(cadence ? { cadence } : {}), ...(paused ? { paused } : {}) }, tags: [], text: '' });
    if (met) index.upsert({ path: `1-1s/${name}/${met}.md`, frontmatter: { person: `[[${name}]]`, date: met }, tags: [], text: '' });
  }
  return overviewRows(index, TODAY);
}

describe('the overview order', () => {
  it('sorts State in urgency order, then the most days overdue first, as the chips read, then by name', () => {
    const rows = vault({
      // Weekly and monthly people overdue by different days: relative lateness would interleave them.
      Bea: { cadence: 'monthly', met: '2026-09-28' },
      Al: { cadence: 'weekly', met: '2026-10-21' },
      Cy: { cadence: 'weekly', met: '2026-10-30' },
      Di: { cadence: 'monthly', met: '2026-09-28' },
      Ed: { cadence: 'weekly', met: '2026-11-18' },
      Flo: { cadence: 'weekly', met: '2026-11-15' },
      Gus: { cadence: 'weekly' },
    });
    const order = sortOverview(rows, { column: 'state', descending: false }).map((row) => `${row.name}: ${row.chip.label}`);
    expect(order).toEqual([
      'Al: 23 days overdue',
      'Bea: 23 days overdue',
      'Di: 23 days overdue',
      'Cy: 14 days overdue',
      'Flo: Due in 2 days',
      'Gus: Never met',
      'Ed: Next Nov 25',
    ]);
  });

  it('breaks ties in any column by name', () => {
    const rows = vault({ Zed: { cadence: 'weekly' }, Amy: { cadence: 'weekly' }, Max: { cadence: 'weekly' } });
    expect(sortOverview(rows, { column: 'theirs', descending: true }).map((row) => row.name)).toEqual(['Amy', 'Max', 'Zed']);
    expect(sortOverview(rows, { column: 'cadence', descending: false }).map((row) => row.name)).toEqual(['Amy', 'Max', 'Zed']);
  });

  it('sorts counts most first on the first click, other columns A to Z', () => {
    expect(nextSort({ column: 'state', descending: false }, 'theirs')).toEqual({ column: 'theirs', descending: true });
    expect(nextSort({ column: 'state', descending: false }, 'mine')).toEqual({ column: 'mine', descending: true });
    expect(nextSort({ column: 'theirs', descending: true }, 'theirs')).toEqual({ column: 'theirs', descending: false });
    expect(nextSort({ column: 'state', descending: false }, 'name')).toEqual({ column: 'name', descending: false });
  });

  it('filters by any part of the name, ignoring case and accents', () => {
    const rows = vault({ 'Zoë Ünal': { cadence: 'weekly' }, 'Anna Berg': { cadence: 'weekly' } });
    expect(filterByName(rows, 'zoe').map((row) => row.name)).toEqual(['Zoë Ünal']);
    expect(filterByName(rows, ' UNAL ').map((row) => row.name)).toEqual(['Zoë Ünal']);
    expect(filterByName(rows, '').map((row) => row.name)).toHaveLength(2);
    expect(filterByName(rows, 'x')).toEqual([]);
  });

  it('filters by every typed word in any order, letters such as ł read as l, and by aliases', () => {
    const index = new VaultIndex({ peopleFolder: 'People', meetingsFolder: '1-1s', meetingTag: '1on1' });
    index.upsert({ path: 'People/Łukasz Wróbel.md', frontmatter: { cadence: 'weekly' }, tags: [], text: '' });
    index.upsert({ path: 'People/Margaret Okonkwo.md', frontmatter: { cadence: 'weekly', aliases: ['Meg'] }, tags: [], text: '' });
    const rows = overviewRows(index, TODAY);
    const found = (typed: string) => filterByName(rows, typed).map((row) => row.name);
    expect(found('lukasz')).toEqual(['Łukasz Wróbel']);
    expect(found('wrob luk')).toEqual(['Łukasz Wróbel']);
    expect(found('okonkwo margaret')).toEqual(['Margaret Okonkwo']);
    expect(found('meg')).toEqual(['Margaret Okonkwo']);
    // Every word must be found in one name: a word of one person and a word of another find no one.
    expect(found('lukasz meg')).toEqual([]);
  });

  it('sorts Cadence by its length in days: weekly, every 10 days, biweekly, monthly, quarterly', () => {
    const rows = vault({ A: { cadence: 'quarterly' }, B: { cadence: 'biweekly' }, C: { cadence: 'weekly' }, D: { cadence: 'monthly' }, E: { cadence: '10d' } });
    expect(sortOverview(rows, { column: 'cadence', descending: false }).map((row) => row.cadence)).toEqual(['weekly', 'every 10 days', 'biweekly', 'monthly', 'quarterly']);
  });
});
