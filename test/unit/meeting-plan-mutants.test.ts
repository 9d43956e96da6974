import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { CalendarDay } from '../../src/core/calendar/dates';
import type { CarryPlan } from '../../src/core/start/carry-over';
import { meetingPathFor, planMeetingNote, type MeetingPlanInput } from '../../src/core/start/meeting-plan';
import type { QueuedPoint } from '../../src/core/talking-points/talking-points';

// Behaviours pinned down by the mutation run over src/core/start/meeting-plan.ts: where a new note
// goes, and what the template's placeholders and the agenda and actions sections get.
const DAY = '2026-11-20' as CalendarDay;

function plan(changes: Partial<MeetingPlanInput>) {
  const input: MeetingPlanInput = {
    personName: 'Al',
    personPath: 'People/Al.md',
    personLinkText: 'Al',
    day: DAY,
    now: new Date(2026, 10, 20, 9, 30),
    path: '1-1s/Al/2026-11-20.md',
    template: '',
    previous: null,
    cadence: null,
    agenda: [],
    carry: { lines: [], items: [], marks: [], count: 0, stale: 0 },
    points: { lines: [], items: [], marks: [], count: 0, stale: 0 },
    planned: false,
    questions: [],
    waiting: [],
    meetingTag: '1on1',
    actionsHeading: 'Action items',
    agendaHeading: 'Agenda',
    parseYaml: (text) => parse(text) as unknown,
    ...changes,
  };
  return planMeetingNote(input);
}

/** The new note without the properties every note gets. */
const body = (changes: Partial<MeetingPlanInput>) => plan(changes).content.replace(/^---\n[\s\S]*?\n---\n/, '');

const point = (lines: string[]): QueuedPoint => ({ line: 0, endLine: lines.length - 1, lines, text: (lines[0] ?? '').replace(/^\s*[-*+]\s+/, '') });
const carrying = (lines: string[], stale: number): CarryPlan => ({ lines, items: [], marks: [], count: lines.length, stale });

describe('where a new note goes', () => {
  it('uses the default pattern when the pattern is only spaces', () => {
    expect(meetingPathFor('   ', '1-1s', 'Al', DAY)).toBe('1-1s/Al/2026-11-20 Al.md');
  });

  it('trims the format of a date placeholder', () => {
    expect(meetingPathFor('{{person}}/x{{date: YYYY }}', '1-1s', 'Al', DAY)).toBe('1-1s/Al/x2026.md');
  });

  it('skips empty and blank folder names', () => {
    expect(meetingPathFor('{{person}}//{{date}}', '1-1s', 'Al', DAY)).toBe('1-1s/Al/2026-11-20.md');
    expect(meetingPathFor('{{person}}/ /{{date}}', '1-1s', 'Al', DAY)).toBe('1-1s/Al/2026-11-20.md');
  });

  it('names the note after the day when the pattern leaves no name', () => {
    expect(meetingPathFor('/', '1-1s', 'Al', DAY)).toBe('1-1s/2026-11-20.md');
  });

  it('numbers a copy after the whole last name, not after the day', () => {
    expect(meetingPathFor('{{person}}/{{date}} notes', '1-1s', 'Al', DAY, 2)).toBe('1-1s/Al/2026-11-20 notes 2.md');
  });
});

describe('placeholders of the note', () => {
  it('fills {{time}} with the hour and minute, and {{cadence}} with "none" when there is none', () => {
    expect(body({ template: '{{time}} {{cadence}}\n' })).toBe('09:30 none\n');
  });

  it('fills {{agenda}} with "- " when nothing is queued', () => {
    expect(body({ template: 'A\n{{agenda}}\nB\n' })).toBe('A\n- \nB\n');
  });

  it('writes each queued point as a list item at the margin, its nested lines kept as they are', () => {
    const agenda = [point(['  - a', '    - b']), point(['- c'])];
    expect(body({ template: 'A\n{{agenda}}\nB\n', agenda })).toBe('A\n- a\n    - b\n- c\nB\n');
  });

  it('reads a template with old Mac or Windows line endings as lines', () => {
    expect(body({ template: 'a\rb\r\nc {{date}}\n' })).toBe('a\nb\nc 2026-11-20\n');
  });
});

describe('the warning about items carried many times', () => {
  it('speaks of one item as "it"', () => {
    expect(body({ template: '{{carried_actions}}\n', carry: carrying(['- [ ] x'], 1) })).toBe(
      '> [!warning] 1 item has been carried 3 times or more: do it, hand it over, or drop it.\n\n- [ ] x\n',
    );
  });

  it('speaks of several items as "them"', () => {
    expect(body({ template: '{{carried_actions}}\n', carry: carrying(['- [ ] x', '- [ ] y'], 2) })).toBe(
      '> [!warning] 2 items have been carried 3 times or more: do them, hand them over, or drop them.\n\n- [ ] x\n- [ ] y\n',
    );
  });
});

describe('lines put under a heading when the template has no placeholder for them', () => {
  it('puts the agenda under its heading even when the heading is the first line', () => {
    expect(body({ template: '## Agenda\nend\n', agenda: [point(['- a'])] })).toBe('## Agenda\n- [ ] a\nend\n');
  });

  it('finds the heading whatever its level and case', () => {
    expect(body({ template: 'x\n#### agenda\nend\n', agenda: [point(['- a'])] })).toBe('x\n#### agenda\n- [ ] a\nend\n');
  });

  it('finds the heading with spaces after it, past other headings', () => {
    expect(body({ template: '## Notes\n## Agenda  \nend\n', agenda: [point(['- a'])] })).toBe('## Notes\n## Agenda  \n- [ ] a\nend\n');
  });

  it('adds the section after the last text, one blank line apart, when the heading is missing', () => {
    expect(body({ template: 'Hi\n\n\n', agenda: [point(['- a']), point(['- b'])] })).toBe('Hi\n\n## Agenda\n- [ ] a\n- [ ] b\n');
  });

  it('does not take a line of seven #s for the heading', () => {
    expect(body({ template: '####### Agenda\n', agenda: [point(['- a'])] })).toBe('####### Agenda\n\n## Agenda\n- [ ] a\n');
  });

  it('puts carried items under the actions heading', () => {
    expect(body({ template: '## Action items\nend\n', carry: carrying(['- [ ] x'], 0) })).toBe('## Action items\n- [ ] x\nend\n');
  });
});

describe('a placeholder split by Templater code', () => {
  it('places nothing, so the queued points go under the agenda heading instead of being lost', () => {
    const note = body({ template: '## Agenda\n{{<% "" %>agenda}}\n', agenda: [point(['- Budget'])] });
    expect(note).toContain('{{<% "" %>agenda}}');
    expect(note).toContain('- [ ] Budget');
  });
});

describe('{{waiting}}', () => {
  const waiting = ['- Draft the proposal — waiting 21 days', '- \\[ ] Boxed — waiting 14 days'];

  it('lists what is waiting on them as plain lines, never tasks, and nothing when nothing waits', () => {
    expect(body({ template: '## Waiting on them\n{{waiting}}\n## Notes\n', waiting })).toBe(`## Waiting on them\n${waiting.join('\n')}\n## Notes\n`);
    expect(body({ template: '## Waiting on them\n{{waiting}}\n', waiting: [] })).toBe('## Waiting on them\n\n');
    expect(plan({ template: '{{waiting}}', waiting }).carry.count).toBe(0);
  });

  it('is left empty in the properties, with a warning, as every placeholder of lines is', () => {
    const result = plan({ template: '---\nnote: "{{waiting}}"\n---\nbody\n', waiting });
    expect(result.content).not.toContain('Draft the proposal');
    expect(result.problems).toEqual(["the template's properties hold {{waiting}}, which only the note's body can hold, so they are empty there"]);
  });
});
