import type { Instruction } from 'obsidian';
import type { CalendarDay } from '../../core/calendar/dates';
import { askedAgo } from '../../core/calendar/day-text';
import type { QuestionHit } from '../../core/questions/question-search';

/**
 * One question in a picker: its text with the matched characters highlighted, when it was last
 * asked of this person (if ever), and its category at the side. Used by the modal and the inline
 * suggester alike, so both read the same.
 */
export function renderQuestionHit(el: HTMLElement, hit: QuestionHit, today: CalendarDay, marks: { readonly held: string | null; readonly head: boolean } = { held: null, head: false }): void {
  el.addClass('one-on-ones-question');
  // Browsing the whole bank, the first question of each category carries the category's name above it.
  if (marks.head) el.createDiv({ cls: 'one-on-ones-question-head', text: hit.category.label });
  el.toggleClass('is-asked', hit.lastAsked !== null);
  const content = el.createDiv({ cls: 'suggestion-content' });
  const title = content.createDiv({ cls: 'suggestion-title' });
  const text = hit.question.text;
  let at = 0;
  for (const [start, end] of hit.matches) {
    if (start < at || end > text.length) continue;
    title.appendText(text.slice(at, start));
    title.createSpan({ cls: 'suggestion-highlight', text: text.slice(start, end) });
    at = end;
  }
  title.appendText(text.slice(at));
  if (hit.question.field !== undefined) content.createDiv({ cls: 'suggestion-note', text: `Inserts ${hit.question.field}:: for the answer` });
  if (marks.held !== null) content.createDiv({ cls: 'suggestion-note one-on-ones-question-in-note', text: marks.held });
  else if (hit.lastAsked !== null) content.createDiv({ cls: 'suggestion-note one-on-ones-question-asked', text: askedAgo(hit.lastAsked, today) });
  el.createDiv({ cls: 'suggestion-aux' }).createSpan({ cls: 'one-on-ones-question-category', text: hit.category.label });
}

/** The keys both pickers list at their foot, with any of the picker's own after Enter's. */
export function pickerInstructions(own: readonly Instruction[] = [], verb = 'insert'): Instruction[] {
  return [
    { command: '↑↓', purpose: 'to navigate' },
    { command: '↵', purpose: `to ${verb}` },
    ...own,
    { command: '#', purpose: 'to narrow to a category' },
    { command: 'esc', purpose: 'to dismiss' },
  ];
}
