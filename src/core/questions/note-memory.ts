import type { CalendarDay } from '../calendar/dates';
import type { IndexedMeeting, VaultIndex } from '../index/vault-index';
import { questionMemory, type PersonMemory } from './question-memory';
import type { QuestionBank } from './question-types';

/**
 * What was asked before of the people in a meeting note (everyone in a group meeting), or null when
 * the note is not an indexed meeting with a known person. The note's own questions do not count.
 */
export function memoryForNote(index: VaultIndex, notePath: string, bank: QuestionBank, today: CalendarDay): PersonMemory | null {
  // A person note (the picker queueing for them) asks about them; a meeting note about its people.
  const people = index.getPerson(notePath) ? [notePath] : (index.getMeeting(notePath)?.peoplePaths ?? []);
  if (people.length === 0) return null;
  const meetings: IndexedMeeting[] = [];
  for (const person of people) meetings.push(...index.meetingsOf(person));
  return questionMemory(bank, meetings, { today, excludePath: notePath });
}
