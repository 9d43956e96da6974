// Relevance you can predict (issue 15): a phrase or whole-word match ranks above a looser one, what
// was asked before only orders questions of equal relevance, and a query nothing matches finds nothing.
import { describe, expect, it } from 'vitest';
import type { CalendarDay } from '../../src/core/calendar/dates';
import { buildQuestionBank } from '../../src/core/questions/question-bank';
import type { PersonMemory } from '../../src/core/questions/question-memory';
import { QuestionSearch } from '../../src/core/questions/question-search';

const TODAY = '2026-11-20' as CalendarDay;

function search() {
  return new QuestionSearch(buildQuestionBank({ custom: null, hideBuiltIn: false }));
}

function asked(ids: string[]): PersonMemory {
  return { today: TODAY, lastAsked: new Map(ids.map((id) => [id, '2026-11-06' as CalendarDay])), recentCount: new Map(), categoryLastAsked: new Map() };
}

const texts = (query: string, memory: PersonMemory | null = null) => search().search(query, memory).hits.map((hit) => hit.question.text);

describe('relevance', () => {
  it('puts the question holding the typed phrase first, even when it was asked last time', () => {
    expect(texts('how are you doing', asked(['check-in-01']))[0]).toBe('On a scale from 1 to 10, how are you doing right now?');
    expect(texts('how are you doing')[0]).toBe('On a scale from 1 to 10, how are you doing right now?');
  });

  it('ranks a word of the question above a tag or category, and those above the start of a word', () => {
    const inText = (text: string) => /\bworkload\b/i.test(text);
    const found = texts('workload');
    const firstWithout = found.findIndex((text) => !inText(text));
    expect(firstWithout).toBeGreaterThan(0);
    expect(found.slice(firstWithout).filter(inText)).toEqual([]);
    // "burn" starts "burning" in a question and "burnout" in tags: the question's own word comes first.
    expect(texts('burning')[0]).toBe('What early signs tell you that you are getting close to burning out?');
    expect(texts('sustain')[0]).toBe('How sustainable does your workload feel right now?');
  });

  it('lets memory order only questions that match equally well: fresh ones first among those', () => {
    const fresh = texts('career');
    const first = fresh[0];
    const second = fresh[1];
    const ids = search().search('career').hits.map((hit) => hit.question.id);
    expect(texts('career', asked([ids[0] ?? '']))).toEqual([second, first, ...fresh.slice(2)]);
  });

  it('finds nothing for words no question holds, rather than something loosely like one of them', () => {
    expect(texts('zebra quantum')).toEqual([]);
    expect(texts('zebra')).toEqual([]);
  });

  it('still finds a question with a typo in a word', () => {
    expect(texts('feedbak from me')[0]).toContain('feedback from me');
  });
});
