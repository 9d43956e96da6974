import { MAX_QUERY_CHARS } from './question-query';

export interface TriggerMatch {
  /** Index in the line where the trigger starts. */
  readonly start: number;
  /** What follows the trigger, up to the cursor. */
  readonly query: string;
}

/**
 * The trigger and query the cursor is in, from the line's text before the cursor, or null. Runs on
 * every keystroke, so it only searches that text backwards once, with no regular expression.
 * The trigger counts at the start of a line or after a space (not in "really??"), and a space right
 * after it ("?? ") or a query longer than anyone types closes the suggester.
 */
export function findTrigger(lineBeforeCursor: string, trigger: string): TriggerMatch | null {
  if (trigger === '') return null;
  const start = lineBeforeCursor.lastIndexOf(trigger);
  if (start === -1) return null;
  if (start > 0) {
    const before = lineBeforeCursor.charAt(start - 1);
    if (before !== ' ' && before !== '\t') return null;
  }
  const query = lineBeforeCursor.slice(start + trigger.length);
  if (query.length > MAX_QUERY_CHARS || query.startsWith(' ') || query.startsWith('\t')) return null;
  return { start, query };
}
