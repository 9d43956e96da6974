// History that reads like notes (issue 15): a meeting's summary is the first line the user wrote, never
// the template's scaffolding.
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { CalendarDay } from '../../src/core/calendar/dates';
import { planMeetingNote, type MeetingPlanInput } from '../../src/core/start/meeting-plan';
import { BUILT_IN_TEMPLATE } from '../../src/core/start/template';
import { meetingSummary } from '../../src/core/view-models/meeting-summary';

function newNote(changes: Partial<MeetingPlanInput> = {}): string {
  return planMeetingNote({
    personName: 'Priya Raman',
    personPath: 'People/Priya Raman.md',
    personLinkText: 'Priya Raman',
    day: '2026-11-20' as CalendarDay,
    now: new Date(2026, 10, 20, 9),
    path: '1-1s/Priya Raman/2026-11-20.md',
    template: BUILT_IN_TEMPLATE,
    previous: { path: '1-1s/Priya Raman/2026-10-30.md', linkText: '2026-10-30', day: '2026-10-30' as CalendarDay, daysSince: 21 },
    cadence: 'weekly',
    agenda: [],
    carry: { lines: [], items: [], marks: [], count: 0, stale: 0 },
    points: { lines: [], items: [], marks: [], count: 0, stale: 0 },
    planned: false,
    questions: ['- How are you feeling about work overall these days?'],
    waiting: [],
    meetingTag: '1on1',
    actionsHeading: 'Action items',
    agendaHeading: 'Agenda',
    parseYaml: (text) => parse(text) as unknown,
    ...changes,
  }).content;
}

describe('meeting summaries', () => {
  it('has none for a note made from the built-in template that nobody wrote in', () => {
    expect(meetingSummary(newNote())).toBeNull();
    expect(meetingSummary(newNote({ previous: null }))).toBeNull();
  });

  it('is the first line written under Notes, after the scaffolding and empty sections', () => {
    const note = newNote().replace('## Notes\n', '## Notes\nShe wants to lead the ledger demo.\n');
    expect(meetingSummary(note)).toBe('She wants to lead the ledger demo.');
  });

  it('is the first point of the agenda when nothing was written under Notes', () => {
    const note = newNote({ agenda: [{ line: 0, endLine: 0, lines: ['- Rebook the lost 1:1'], text: 'Rebook the lost 1:1' }] });
    expect(meetingSummary(note)).toBe('Rebook the lost 1:1');
  });

  it('skips inline fields, labels standing for headings, and placeholders left for Templater', () => {
    expect(meetingSummary('Mood:: 7\n**Agenda**\nAgenda:\n<% tp.file.title %>\n{{unknown}}\nTalked about the offsite.\n')).toBe('Talked about the offsite.');
  });

  it('reads a word or two alone above a list as a heading: "Notes" then leads to the summary', () => {
    const note = '# Priya 1:1, Aug 14\n\nAgenda\n- ledger timeline\n\nNotes\n- Cutover stays late September.\n\nActions\n- [ ] @me budget\n';
    expect(meetingSummary(note)).toBe('Cutover stays late September.');
    // Prose above a list is a line the user wrote, and stays one.
    expect(meetingSummary('We went through the plan together.\n- step one\n')).toBe('We went through the plan together.');
    expect(meetingSummary('Quick sync\n- step one\n')).toBe('step one');
  });
});

describe('the first 1:1', () => {
  it('reads "First 1:1" where a later note names the previous one', () => {
    expect(newNote({ previous: null })).toContain('\nFirst 1:1 · cadence: weekly\n');
    expect(newNote()).toContain('\nPrevious 1:1: [[2026-10-30|Oct 30]] (21 days ago) · cadence: weekly\n');
  });
});
