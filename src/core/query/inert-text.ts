/** A piece of task text: Markdown to render, or a code span to show as code and never run. */
export type TextPiece = { readonly kind: 'markdown' | 'code'; readonly text: string };

/**
 * Splits task text into code spans and the Markdown around them. Code spans never reach the
 * Markdown renderer, because that is where code runs in Obsidian: Dataview evaluates inline
 * queries (`` `= …` ``, `` `$= …` ``) and fences start code blocks that plugins execute. A
 * backtick run with no closing run of the same length is literal text and is escaped.
 */
export function splitCodeSpans(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let markdown = '';
  let i = 0;
  while (i < text.length) {
    if (text.charAt(i) !== '`') {
      markdown += text.charAt(i);
      i++;
      continue;
    }
    let run = 1;
    while (text.charAt(i + run) === '`') run++;
    const close = findRun(text, i + run, run);
    if (close === -1) {
      markdown += '\\`'.repeat(run);
      i += run;
      continue;
    }
    if (markdown !== '') pieces.push({ kind: 'markdown', text: markdown });
    markdown = '';
    const inner = text.slice(i + run, close);
    // CommonMark strips one space from each side of a code span that has both.
    const stripped = inner.length > 2 && inner.startsWith(' ') && inner.endsWith(' ') && inner.trim() !== '' ? inner.slice(1, -1) : inner;
    pieces.push({ kind: 'code', text: stripped });
    i = close + run;
  }
  if (markdown !== '') pieces.push({ kind: 'markdown', text: markdown });
  return pieces;
}

function findRun(text: string, from: number, length: number): number {
  let i = text.indexOf('`', from);
  while (i !== -1) {
    let run = 1;
    while (text.charAt(i + run) === '`') run++;
    if (run === length) return i;
    i = text.indexOf('`', i + run);
  }
  return -1;
}

// What turns a line into a block: a heading, quote, list item, rule, fence, math block, or a link
// reference definition (`[x]: …`, which would vanish). `#tag`, `**bold**` and `==mark==` stay inline.
const BLOCK_START = /^(?:#{1,6}(?=\s|$)|>|[-+*](?=[ \t]|$)|([-*_])[ \t]*\1[ \t]*\1|~~~|\$\$|\d{1,9}[.)](?=[ \t]|$)|\[[^\]]*\]:)/;

/**
 * A piece of text rendered on its own must stay inline, and must not embed other notes: a leading `#`, `>`, `-`, `1.` or `~~~`
 * would make it a heading, quote, list or fence. The first character is backslash-escaped, which
 * Markdown shows as the character itself. Leading spaces are dropped (four would make a code block).
 */
export function inlineOnly(markdown: string): string {
  // `![[note]]` and `![](note.md)` embed a whole note, whose code blocks would run: show links instead.
  const text = markdown.trimStart().replace(/!+(?=\[)/g, '');
  const start = BLOCK_START.exec(text);
  if (!start) return text;
  // Escape the character that makes the block: the first, or the `.` or `)` after a number.
  const at = /\d/.test(start[0].charAt(0)) ? start[0].search(/[.)]/) : 0;
  return `${text.slice(0, at)}\\${text.slice(at)}`;
}
