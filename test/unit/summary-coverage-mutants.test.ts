import { describe, expect, it } from 'vitest';
import type { CalendarDay } from '../../src/core/calendar/dates';
import type { QuestionBank } from '../../src/core/questions/question-types';
import { meetingSummary } from '../../src/core/view-models/meeting-summary';
import { questionCoverage } from '../../src/core/view-models/question-coverage';

// Behaviours pinned down by the mutation run over src/core/view-models/meeting-summary.ts and
// question-coverage.ts. Fixtures are built inside each test.

describe('meetingSummary', () => {
  it('squeezes spaces and tabs and trims the line', () => {
    expect(meetingSummary('Talked\t\tabout  the   plan  \n')).toBe('Talked about the plan');
  });

  it('keeps a line of exactly 140 characters whole', () => {
    const line = 'x'.repeat(140);
    expect(meetingSummary(`${line}\n`)).toBe(line);
  });

  it('clips a longer line without a space before the ellipsis', () => {
    expect(meetingSummary(`${'x'.repeat(138)} ${'y'.repeat(10)}\n`)).toBe(`${'x'.repeat(138)}…`);
  });

  it('prefers the summary section to prose before it', () => {
    expect(meetingSummary('intro\n\n## Summary\n\nthe summary\n')).toBe('the summary');
  });

  it('has no summary when the only prose is an empty list item', () => {
    expect(meetingSummary('- \n')).toBeNull();
  });
});

describe('questionCoverage: recent questions', () => {
  it('lists the five asked most recently, newest first, same-day ones by text', () => {
    const texts = ['a', 'g', 'f', 'e', 'd', 'c', 'b'];
    const bank = {
      categories: [{ id: 'c1', label: 'Growth', aliases: [] }],
      questions: texts.map((text) => ({ id: `q-${text}`, text, category: 'c1', tags: [] })),
    } as unknown as QuestionBank;
    const meetings = [
      { meeting: { path: 'm1.md', date: '2026-11-10' as CalendarDay, mood: null }, askedQuestions: ['d', 'e', 'f'] },
      { meeting: { path: 'm2.md', date: '2026-11-19' as CalendarDay, mood: null }, askedQuestions: ['g', 'a'] },
      { meeting: { path: 'm3.md', date: '2026-11-18' as CalendarDay, mood: null }, askedQuestions: ['c', 'b'] },
    ];
    expect(questionCoverage(bank, meetings, '2026-11-20' as CalendarDay)).toEqual({
      recent: [
        { text: 'a', category: 'Growth', when: 'asked yesterday' },
        { text: 'g', category: 'Growth', when: 'asked yesterday' },
        { text: 'b', category: 'Growth', when: 'asked 2 days ago' },
        { text: 'c', category: 'Growth', when: 'asked 2 days ago' },
        { text: 'd', category: 'Growth', when: 'asked 10 days ago' },
      ],
      uncovered: [],
    });
  });
});
