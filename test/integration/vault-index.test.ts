import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CalendarDay } from '../../src/core/calendar/dates';
import { peopleByUrgency } from '../../src/core/cadence/urgency';
import type { TFile } from '../fake-obsidian/vault';
import { shownNotices } from '../fake-obsidian/notice';
import { afterRender, settle, startPlugin } from '../support/plugin-harness';

const REFERENCE_DAY = '2026-11-20' as CalendarDay;

beforeEach(() => {
  shownNotices.length = 0;
});
afterEach(() => document.body.empty());


describe('the demo vault on 2026-11-20', () => {
  it('indexes every person to the state its README promises, most urgent first', async () => {
    const { app, plugin } = await startPlugin();
    await settle(app);
    const rows = peopleByUrgency(plugin.indexer.index, REFERENCE_DAY).map((s) => ({
      name: s.person.name,
      state: s.cadence.state,
      lastMet: s.cadence.lastMet,
      nextDue: s.cadence.nextDue,
      daysOverdue: s.cadence.daysOverdue,
      open: `${s.open.theirs}/${s.open.mine}/${s.open.unassigned}`,
    }));
    expect(rows).toEqual([
      { name: 'Priya Raman', state: 'overdue', lastMet: '2026-10-30', nextDue: '2026-11-06', daysOverdue: 14, open: '3/3/1' },
      { name: 'Daniel Kowalczyk', state: 'due', lastMet: '2026-10-28', nextDue: '2026-11-11', daysOverdue: 9, open: '1/2/0' },
      { name: 'Rosa Delgado', state: 'due', lastMet: '2026-10-09', nextDue: '2026-11-09', daysOverdue: 11, open: '1/1/0' },
      { name: 'Aisha Mensah', state: 'due-soon', lastMet: '2026-10-21', nextDue: '2026-11-21', daysOverdue: null, open: '1/1/1' },
      { name: 'Kenji Watanabe', state: 'never-met', lastMet: null, nextDue: null, daysOverdue: null, open: '0/0/0' },
      { name: 'Oliver Brandt', state: 'invalid-cadence', lastMet: '2026-10-20', nextDue: null, daysOverdue: null, open: '1/1/0' },
      { name: 'Margaret Okonkwo', state: 'on-track', lastMet: '2026-09-03', nextDue: '2026-12-03', daysOverdue: null, open: '1/1/0' },
      { name: 'Lucas Ferreira', state: 'on-track', lastMet: '2026-11-13', nextDue: '2026-12-04', daysOverdue: null, open: '1/1/0' },
      { name: 'Hannah Lindqvist', state: 'paused', lastMet: '2026-09-24', nextDue: null, daysOverdue: null, open: '0/1/0' },
    ]);
  });

  it('flags the cancelled 1:1 that was never rescheduled, and names the unreadable cadence', async () => {
    const { app, plugin } = await startPlugin();
    await settle(app);
    const byName = new Map(peopleByUrgency(plugin.indexer.index, REFERENCE_DAY).map((s) => [s.person.name, s]));
    expect(byName.get('Priya Raman')?.cadence.cancelledNotRescheduled).toBe('2026-11-06');
    expect([...byName.values()].filter((s) => s.cadence.cancelledNotRescheduled !== null).map((s) => s.person.name)).toEqual(['Priya Raman']);
    expect(byName.get('Oliver Brandt')?.person.problems.join(' ')).toContain('"sometimes"');
  });

  it('counts the vault totals of open items and reads only person and meeting notes', async () => {
    const { app, plugin } = await startPlugin();
    await settle(app);
    const open = plugin.indexer.index.openActions();
    expect(open).toHaveLength(22);
    const owners = open.map((a) => a.owner.kind);
    expect(owners.filter((k) => k === 'me')).toHaveLength(11);
    expect(owners.filter((k) => k === 'unassigned')).toHaveLength(2);
    const read = new Set(app.vault.reads);
    // The template carries the meeting tag, so it is read once to find it still holds placeholders.
    const outside = [...read].filter((path) => !path.startsWith('1-1s/') && !path.startsWith('Journal/'));
    expect(outside).toEqual(['Templates/1-1 meeting.md']);
    expect(read.has('Dashboard.md')).toBe(false);
    expect([...read].some((path) => path.startsWith('People/'))).toBe(false);
  });

  it('resolves a group meeting to each of its people, and an alias mention to its person', async () => {
    const { app, plugin } = await startPlugin();
    await settle(app);
    const index = plugin.indexer.index;
    const group = index.getMeeting('1-1s/2026-10-15 Daniel and Lucas.md');
    expect(group?.peoplePaths).toEqual(['People/Daniel Kowalczyk.md', 'People/Lucas Ferreira.md']);
    expect(index.resolvePerson('meg')?.name).toBe('Margaret Okonkwo');
    expect(index.resolvePerson('[[PRIYA RAMAN]]')?.name).toBe('Priya Raman');
    const legacy = index.getMeeting('1-1s/Priya Raman/2026-08-14.md');
    expect(legacy?.meeting.personSource).toBe('folder');
    expect(index.getMeeting('1-1s/Lucas Ferreira/Career plan.md')?.meeting.date).toBeNull();
    expect(index.getMeeting('1-1s/Questions.md')).toBeNull();
  });
});

describe('keeping the index current', () => {
  async function started() {
    const result = await startPlugin();
    await settle(result.app);
    return { ...result, index: result.plugin.indexer.index };
  }

  it('re-indexes one edited meeting note, moving the revision', async () => {
    const { app, index } = await started();
    const file = app.vault.getFileByPath('1-1s/Priya Raman/2026-10-30.md') as TFile;
    const before = index.revision;
    const text = app.vault.peek(file.path) ?? '';
    await app.vault.modify(file, text.replace('- [ ] @me find budget', '- [x] @me find budget'));
    await settle(app);
    expect(index.revision).toBeGreaterThan(before);
    expect(index.openActions()).toHaveLength(21);
  });

  it('a new held meeting today moves the person from overdue to on track', async () => {
    const { app, index } = await started();
    await app.vault.create('1-1s/Priya Raman/2026-11-20.md', '---\nperson: "[[Priya Raman]]"\ndate: 2026-11-20\ntags: [1on1]\n---\n');
    await settle(app);
    const priya = peopleByUrgency(index, REFERENCE_DAY).find((s) => s.person.name === 'Priya Raman');
    expect(priya?.cadence.state).toBe('on-track');
  });

  it('follows a renamed person note and its meetings folder without reading them again', async () => {
    const { app, index } = await started();
    const readsBefore = app.vault.reads.length;
    await app.fileManager.renameFile(app.vault.getFileByPath('People/Priya Raman.md') as TFile, 'People/Priya Raman-Shah.md');
    await app.fileManager.renameFile(app.vault.getFolderByPath('1-1s/Priya Raman') as never, '1-1s/Priya Raman-Shah');
    await settle(app);
    expect(app.vault.reads.length).toBe(readsBefore);
    const priya = peopleByUrgency(index, REFERENCE_DAY).find((s) => s.person.name === 'Priya Raman-Shah');
    expect(priya?.cadence.state).toBe('overdue');
    expect(index.meetingsOf('People/Priya Raman-Shah.md').length).toBeGreaterThan(5);
  });

  it('drops a deleted meeting and a deleted person', async () => {
    const { app, index } = await started();
    await app.vault.delete(app.vault.getFileByPath('Journal/2026-10-09 coffee with Rosa Delgado.md') as TFile);
    await settle(app);
    const rosa = peopleByUrgency(index, REFERENCE_DAY).find((s) => s.person.name === 'Rosa Delgado');
    expect(rosa?.cadence).toMatchObject({ state: 'overdue', lastMet: '2026-09-10' });
    await app.vault.delete(app.vault.getFileByPath('People/Kenji Watanabe.md') as TFile);
    await settle(app);
    expect(index.allPeople().map((p) => p.name)).not.toContain('Kenji Watanabe');
  });

  it('re-indexes everything when the meetings folder setting changes', async () => {
    const { app, plugin, index } = await started();
    plugin.settings.meetingsFolder = 'Journal';
    await plugin.saveSettings();
    await afterRender();
    await settle(app);
    expect(index.getMeeting('1-1s/Priya Raman/2026-08-14.md')).toBeNull();
    expect(index.getMeeting('Journal/2026-10-09 coffee with Rosa Delgado.md')).not.toBeNull();
  });
});
