/** The question pickers' settings: their values and how typed input is checked. */

/** Where the inline trigger opens the question suggester. */
export type TriggerScope = 'meetings' | 'everywhere';
export const TRIGGER_SCOPES: readonly TriggerScope[] = ['meetings', 'everywhere'];

/** How an inserted question is written: as it is, as a list item, or as a `###` heading. */
export type QuestionFormat = 'plain' | 'list' | 'heading';
export const QUESTION_FORMATS: readonly QuestionFormat[] = ['plain', 'list', 'heading'];

export const MAX_TEMPLATE_QUESTIONS = 20;
const MAX_TRIGGER_LENGTH = 5;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * A trigger must not turn up in ordinary writing: one to five characters, no spaces, and at least
 * one that is not a letter or digit (`??`, `;;`, `/q`), so no word ever opens the suggester. Nor may
 * Obsidian's link or tag suggestions, which open before any plugin's, hold on to it (`[[?`, `#q`).
 */
export function checkTrigger(input: string): { trigger: string } | { problem: string } {
  const trigger = input.trim();
  if (trigger === '') return { problem: 'is empty' };
  if (/\s/.test(trigger)) return { problem: 'contains a space' };
  if (Array.from(trigger).length > MAX_TRIGGER_LENGTH) return { problem: `is longer than ${MAX_TRIGGER_LENGTH} characters` };
  if (Array.from(trigger).every((ch) => WORD_CHARACTER.test(ch))) return { problem: 'has only letters or digits, so ordinary words would open the suggester' };
  // Obsidian's own suggesters come first: `[[` opens link suggestions until closed, and `#` followed
  // only by tag characters (letters, digits, `_ - /`, most non-ASCII) keeps tag suggestions open.
  if (trigger.includes('[[')) return { problem: `contains "[[", so Obsidian's link suggestions would open instead` };
  if (/^#(?:[\w\-/]|[^\p{ASCII}\p{P}\p{Z}])*$/u.test(trigger)) return { problem: "reads as a tag, so Obsidian's tag suggestions would open instead" };
  return { trigger };
}

export function checkTemplateQuestionCount(input: unknown): { count: number } | { problem: string } {
  const count = typeof input === 'string' && input.trim() !== '' ? Number(input.trim()) : input;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0 || count > MAX_TEMPLATE_QUESTIONS) {
    return { problem: `is not a whole number from 0 to ${MAX_TEMPLATE_QUESTIONS}` };
  }
  return { count };
}
