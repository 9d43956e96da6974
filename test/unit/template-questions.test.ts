// `{{questions}}` in a new meeting note: one core function picks and writes the questions for the
// plugin and the command line alike, in the question format setting.
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { CalendarDay } from '../../src/core/calendar/dates';
import { buildQuestionBank } from '../../src/core/questions/question-bank';
import { freshQuestionsFor } from '../../src/core/questions/question-memory';
import { askedQuestionKeys } from '../../src/core/questions/question-text';
import { templateQuestionLines, templateQuestionsFor } from '../../src/core/questions/template-questions';
import { planMeetingNote, type MeetingPlanInput } from '../../src/core/start/meeting-plan';
import { BUILT_IN_TEMPLATE } from '../../src/core/start/template';

const TODAY = '2026-11-20' as CalendarDay;
const bank = buildQuestionBank({ custom: null, hideBuiltIn: false });
const byId = (id: string) => bank.questions.find((q) => q.id === id)!;
const [blocking, growth, mood] = [byId('blockers-01'), byId('growth-01'), byId('check-in-01')];

/** A new note from the built-in template, with `questions` as the lines of `{{questions}}`. */
function noteWith(questions: readonly string[]): string {
  const input: MeetingPlanInput = {
    personName: 'Ann',
    personPath: 'People/Ann.md',
    personLinkText: 'Ann',
    day: TODAY,
    now: new Date(2026, 10, 20, 9),
    path: '1-1s/Ann/2026-11-20.md',
    template: BUILT_IN_TEMPLATE,
    previous: null,
    cadence: null,
    agenda: [],
    carry: { lines: [], items: [], marks: [], count: 0, stale: 0 },
    points: { lines: [], items: [], marks: [], count: 0, stale: 0 },
    planned: false,
    questions,
    waiting: [],
    meetingTag: '1on1',
    actionsHeading: 'Action items',
    agendaHeading: 'Agenda',
    parseYaml,
  };
  return planMeetingNote(input).content;
}

describe('templateQuestionLines', () => {
  it('writes "plain" and "list" as one list item per question, as {{questions}} always did', () => {
    const expected = [`- ${blocking.text}`, `- ${growth.text}`];
    expect(templateQuestionLines([blocking, growth], 'plain')).toEqual(expected);
    expect(templateQuestionLines([blocking, growth], 'list')).toEqual(expected);
  });

  it('writes "heading" as ### headings with a blank line between them', () => {
    expect(templateQuestionLines([blocking, growth], 'heading')).toEqual([`### ${blocking.text}`, '', `### ${growth.text}`]);
    expect(templateQuestionLines([blocking], 'heading')).toEqual([`### ${blocking.text}`]);
  });

  it('writes a question with a field as its text, in every format', () => {
    expect(mood.field).toBe('Mood');
    expect(templateQuestionLines([mood], 'plain')).toEqual([`- ${mood.text}`]);
    expect(templateQuestionLines([mood], 'heading')).toEqual([`### ${mood.text}`]);
  });

  it('writes nothing for no questions', () => {
    for (const format of ['plain', 'list', 'heading'] as const) expect(templateQuestionLines([], format)).toEqual([]);
  });
});

describe('{{questions}} in a new note from the built-in template', () => {
  it('reads byte for byte as before with the default format, and as headings with "heading"', () => {
    const picked = [blocking, growth, byId('workload-04')];
    const before = noteWith(picked.map((q) => `- ${q.text}`));
    expect(noteWith(templateQuestionLines(picked, 'plain'))).toBe(before);
    expect(before.endsWith(`## Questions to try\n- ${blocking.text}\n- ${growth.text}\n- ${picked[2]!.text}\n`)).toBe(true);
    expect(noteWith(templateQuestionLines(picked, 'heading')).endsWith(`## Questions to try\n### ${blocking.text}\n\n### ${growth.text}\n\n### ${picked[2]!.text}\n`)).toBe(true);
    expect(noteWith(templateQuestionLines([], 'heading'))).toBe(noteWith([]));
  });
});

describe('templateQuestionsFor', () => {
  const asked = [{ meeting: { path: '1-1s/Ann/2026-11-13.md', date: '2026-11-13' as CalendarDay, mood: 7 }, askedQuestions: askedQuestionKeys('- What is blocking you right now?') }];

  it('writes the fresh questions the count asks for, in the format', () => {
    const fresh = freshQuestionsFor(bank, asked, 3, TODAY);
    expect(fresh).toHaveLength(3);
    expect(templateQuestionsFor(bank, asked, { templateQuestionCount: 3, questionFormat: 'plain' }, TODAY)).toEqual(fresh.map((q) => `- ${q.text}`));
    expect(templateQuestionsFor(bank, asked, { templateQuestionCount: 3, questionFormat: 'heading' }, TODAY)).toEqual(templateQuestionLines(fresh, 'heading'));
    expect(templateQuestionsFor(bank, asked, { templateQuestionCount: 0, questionFormat: 'heading' }, TODAY)).toEqual([]);
  });
});
