// The "1:1 cadence" Bases view (issue 18): each entry of the base, in the base's order, is a person
// with their state, dates, open items and check-ins, or a blank row; nothing it is given throws.
import { describe, expect, it } from 'vitest';
import { cadenceBaseRows, type BaseEntryRef } from '../../src/core/view-models/cadence-base-model';
import { DEMO_TODAY, indexOf } from '../support/demo-index';

const index = indexOf();
const entry = (path: string, name = path.slice(path.lastIndexOf('/') + 1).replace(/\.md$/, '')): BaseEntryRef => ({ path, name });
const rows = (entries: readonly BaseEntryRef[]) => cadenceBaseRows(index, entries, DEMO_TODAY);

describe('the 1:1 cadence view of a base', () => {
  it('shows each person with state, last and next 1:1, open items theirs · mine and check-ins', () => {
    const [priya] = rows([entry('People/Priya Raman.md')]);
    expect(priya).toEqual({
      path: 'People/Priya Raman.md',
      name: 'Priya Raman',
      person: {
        chip: { label: '14 days overdue', tone: 'red' },
        lastMet: 'Oct 30',
        nextDue: 'Nov 6',
        open: '3 · 3',
        openLabel: 'Open items: 3 theirs, 3 mine',
        waiting: '3',
        moods: [8, 8, 7, 6, 6, 5, 4],
      },
    });
  });

  it('counts what is waiting by the setting, and says – when nothing is', () => {
    const priya = [entry('People/Priya Raman.md')];
    expect(cadenceBaseRows(index, priya, DEMO_TODAY, { dueSoonDays: 2, waitingDays: 22 })[0]?.person?.waiting).toBe('1');
    expect(cadenceBaseRows(index, priya, DEMO_TODAY, { dueSoonDays: 2, waitingDays: 400 })[0]?.person?.waiting).toBe('–');
  });

  it('keeps the base’s own order and never re-sorts or drops an entry, duplicates included', () => {
    const order = ['People/Lucas Ferreira.md', 'People/Priya Raman.md', 'Dashboard.md', 'People/Kenji Watanabe.md', 'People/Priya Raman.md'];
    expect(rows(order.map((path) => entry(path))).map((row) => row.path)).toEqual(order);
  });

  it('shows a dash, not a blank, for a person with no 1:1 yet, and 0 · 0 when nothing is open', () => {
    const [kenji] = rows([entry('People/Kenji Watanabe.md')]);
    expect(kenji?.person).toMatchObject({ chip: { label: 'Never met' }, lastMet: '–', nextDue: '–', open: '0 · 0', moods: [] });
  });

  it('leaves every cell blank for entries that are not people: other notes, meetings, attachments, folders, the base itself', () => {
    const others = [
      entry('Dashboard.md'),
      entry('1-1s/Priya Raman/2026-10-30.md'),
      entry('People/photo.png', 'photo.png'),
      entry('People', 'People'),
      entry('People/Mentors', 'Mentors'),
      entry('1-1s.base', '1-1s.base'),
      entry('People/Nobody Here.md'),
      entry('', ''),
    ];
    expect(rows(others)).toEqual(others.map(({ path, name }) => ({ path, name, person: null })));
  });

  it('names a person as the index does, whatever the base calls the file', () => {
    const [priya] = rows([entry('People/Priya Raman.md', 'priya raman (renamed column)')]);
    expect(priya?.name).toBe('Priya Raman');
  });

  it('finds a person at an odd path exactly (case, accents, #, a CRLF note), and no one at a near miss', () => {
    const odd = indexOf({
      'People/C# Dev.md': '---\r\ncadence: weekly\r\n---\r\nNotes\r\n',
      'People/Łukasz Wróbel.md': '---\ncadence: monthly\n---\n',
      '1-1s/C# Dev/2026-11-18.md': '---\r\nperson: "[C# Dev](People/C%23%20Dev.md)"\r\ndate: 2026-11-18\r\nmood: 9\r\n---\r\n- [ ] @me answer the question\r\n',
    });
    const found = cadenceBaseRows(odd, [entry('People/C# Dev.md'), entry('People/Łukasz Wróbel.md'), entry('people/c# dev.md'), entry('People/C# Dev')], DEMO_TODAY);
    expect(found.map((row) => row.person?.chip.label ?? null)).toEqual(['Next Nov 25', 'Never met', null, null]);
    expect(found[0]?.person).toMatchObject({ open: '0 · 1', moods: [9] });
  });

  it('leaves every row blank while the index is first built (no index yet), people included', () => {
    const entries = [entry('People/Priya Raman.md'), entry('Dashboard.md')];
    expect(cadenceBaseRows(null, entries, DEMO_TODAY)).toEqual(entries.map(({ path, name }) => ({ path, name, person: null })));
  });

  it('gives nothing for an empty base', () => {
    expect(rows([])).toEqual([]);
  });

  it('handles a base of thousands of entries, people and not, in order', () => {
    const many = Array.from({ length: 5000 }, (_, i) => entry(i % 2 === 0 ? 'People/Priya Raman.md' : `Notes/${i}.md`));
    const result = rows(many);
    expect(result).toHaveLength(5000);
    expect(result.filter((row) => row.person !== null)).toHaveLength(2500);
    expect(result[4999]?.path).toBe('Notes/4999.md');
  });
});
