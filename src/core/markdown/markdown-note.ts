import { scanMarkdown, type MarkdownScan } from './markdown-lines';
import { splitLines } from './text-lines';

/** A note's lines and block structure, read once; every reader of the note's text starts here. */
export interface MarkdownNote extends MarkdownScan {
  /** The note's lines without their endings (`\r\n`, `\n` or a lone `\r`). */
  readonly lines: readonly string[];
}

export function readMarkdown(text: string): MarkdownNote {
  const lines = splitLines(text);
  return { lines, ...scanMarkdown(lines) };
}

/** The YAML between the `---` lines at the top of the note, or null when it has no properties block. */
export function frontmatterYaml(note: MarkdownNote): string | null {
  return note.bodyStart === 0 ? null : note.lines.slice(1, note.bodyStart - 1).join('\n');
}

/** Characters that may follow `#` in a tag: letters, digits, `_`, `-`, `/`, and no punctuation. */
function isTagChar(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 45 || code === 47;
  if (code <= 0xbf || code === 0xfeff) return false;
  // General, supplemental and CJK punctuation, zero-width spaces, full-width ASCII punctuation.
  if ((code >= 0x2000 && code <= 0x206f) || (code >= 0x2e00 && code <= 0x2e7f) || (code >= 0x3000 && code <= 0x303f)) return false;
  return !(code >= 0xff00 && code <= 0xff20) && !(code >= 0xff3b && code <= 0xff40);
}

/** Characters after which a `#` starts a tag: white space, and the marks of emphasis. */
const TAG_OPENERS = ' \t\u00a0*_~=';

/** Where inline code or an inline HTML comment ends, if one starts at `i`; -1 when none does. */
function skipInline(line: string, i: number): number {
  const char = line.charAt(i);
  if (char === '`') {
    let run = 1;
    while (line.charAt(i + run) === '`') run++;
    const fence = '`'.repeat(run);
    // Only a run of exactly as many backticks closes the span; a longer run is skipped whole.
    let close = line.indexOf(fence, i + run);
    while (close !== -1) {
      let end = close;
      while (line.charAt(end) === '`') end++;
      if (end - close === run) return end;
      close = line.indexOf(fence, end);
    }
    return i + run;
  }
  if (line.startsWith('<!--', i)) {
    const close = line.indexOf('-->', i + 4);
    return close === -1 ? line.length : close + 3;
  }
  return -1;
}

const ASCII_PUNCTUATION = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';

/**
 * The tags written in one line of text, `#`-prefixed, in order. Obsidian reads them inside `%%`
 * comments on a text line too (only a `%%` block hides them), and after an escaped character.
 */
function lineTags(line: string, tags: string[]): void {
  let i = 0;
  let escapedEnd = -1;
  while (i < line.length) {
    const skipped = skipInline(line, i);
    if (skipped !== -1) {
      i = skipped;
      continue;
    }
    if (line.charAt(i) === '\\' && ASCII_PUNCTUATION.includes(line.charAt(i + 1)) && line.charAt(i + 1) !== '') {
      i += 2;
      escapedEnd = i;
      continue;
    }
    if (line.charAt(i) === '#' && (i === 0 || i === escapedEnd || TAG_OPENERS.includes(line.charAt(i - 1)))) {
      let end = i + 1;
      let word = false;
      while (end < line.length && isTagChar(line.charCodeAt(end))) {
        const code = line.charCodeAt(end);
        if (code < 48 || code > 57) word = true;
        end++;
      }
      if (word) tags.push(line.slice(i, end));
      i = Math.max(end, i + 1);
      continue;
    }
    i++;
  }
}

/**
 * The tags in the note's body, as Obsidian lists them in its cache: never in properties, code, HTML
 * comments or inline code. A heading's own `#` marks are not tags. Obsidian does read tags inside
 * `%%` comments (the real captures show it), so they count here too.
 */
export function bodyTags(note: MarkdownNote): string[] {
  const tags: string[] = [];
  const headingAt = new Map(note.headings.map((heading) => [heading.line, heading]));
  note.lines.forEach((line, number) => {
    const kind = note.kinds[number];
    if (kind === 'text' || kind === 'percent-comment') lineTags(line.replace(/^\uFEFF/, ''), tags);
    else if (kind === 'heading') lineTags(headingAt.get(number)?.text ?? '', tags);
  });
  return tags;
}
