import { readMarkdown, type MarkdownNote } from '../markdown/markdown-note';

/**
 * How a question is recognised in a meeting note: by its words, whatever the list marker, heading
 * marks, emphasis, punctuation or case around it. The bank and the notes use the same key, so a
 * question inserted by the picker and one typed by hand are the same question.
 */

const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const PLAIN_ASCII = /^[\x20-\x7e]*$/;
// Quote markers, then one list marker, task box or heading mark, as written before a question.
const LINE_PREFIX = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?(?:\[.\][ \t]+)?(?:#{1,6}[ \t]+)?/;
/** Keys shorter than this are noise ("ok?"), not questions worth remembering. */
const MIN_KEY_LENGTH = 8;
/** A note with thousands of question marks is not a 1:1; keep its cost bounded. */
const MAX_KEYS_PER_NOTE = 400;

/** The comparable form of a question: lower case, composed, words only, single spaces. */
export function questionKey(text: string): string {
  const lower = text.toLowerCase();
  const composed = PLAIN_ASCII.test(lower) ? lower : lower.normalize('NFC');
  return composed.replace(NOT_WORD, ' ').trim();
}

function addKey(keys: string[], seen: Set<string>, text: string): void {
  const key = questionKey(text);
  if (key.length >= MIN_KEY_LENGTH && !seen.has(key)) {
    seen.add(key);
    keys.push(key);
  }
}

/**
 * Keys of the questions a note asks: each line of text or heading holding a `?` (never code,
 * comments or properties), read up to its first and its last `?` (an answer may follow on the same
 * line), without list markers or heading marks.
 */
export function askedQuestionKeys(noteText: string): string[] {
  return questionKeysOf(readMarkdown(noteText));
}

/** The same, for a note already read. */
export function questionKeysOf(note: MarkdownNote): string[] {
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const [number, line] of note.lines.entries()) {
    if (keys.length >= MAX_KEYS_PER_NOTE) break;
    const kind = note.kinds[number];
    if ((kind !== 'text' && kind !== 'heading') || !line.includes('?')) continue;
    const body = line.slice(LINE_PREFIX.exec(line)?.[0].length ?? 0);
    const first = body.indexOf('?');
    const last = body.lastIndexOf('?');
    if (first !== -1) addKey(keys, seen, body.slice(0, first + 1));
    if (last !== first) addKey(keys, seen, body.slice(0, last + 1));
  }
  return keys;
}
