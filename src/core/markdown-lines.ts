/** The `[c]` box of a task: its status character and where things sit in the line text. */
export interface TaskBox {
  /** One character (one code point), exactly as written. */
  readonly status: string;
  /** Index of the status character in the line text. */
  readonly statusIndex: number;
  /** Index where the text after the box (and its following spaces) starts. */
  readonly textIndex: number;
}

/**
 * What a line is to Obsidian: part of the properties block, of code (fenced or indented), of a
 * comment (HTML or `%%`), blank, a heading, a thematic break, or text (paragraphs, list items,
 * quotes and callouts) — the lines where tasks, fields and questions are read.
 */
export type LineKind = 'frontmatter' | 'code' | 'html-comment' | 'percent-comment' | 'blank' | 'heading' | 'rule' | 'text';

export interface Heading {
  readonly line: number;
  /** 1 to 6, the number of `#`. */
  readonly level: number;
  /** The heading's text without its `#` marks, trimmed. */
  readonly text: string;
  /** How many blockquote or callout levels the heading sits in; 0 at the top of the note. */
  readonly quoteDepth: number;
}

/** A note's block structure, read once and shared by every reader of tasks, headings and tags. */
export interface MarkdownScan {
  readonly kinds: readonly LineKind[];
  readonly headings: readonly Heading[];
  readonly items: readonly ListItem[];
  /** The first line after the properties block (0 when there is none). */
  readonly bodyStart: number;
}

/** A list item: every task is one, and so is every plain `- item` that may hold tasks. */
export interface ListItem {
  readonly line: number;
  /** The list item this one is nested in (possibly on the same line, as in `- - [ ] x`). */
  readonly parentLine: number | null;
  /** Last line of the item with its continuation lines and nested items, trailing blanks excluded. */
  readonly endLine: number;
  readonly task: TaskBox | null;
}

interface Item {
  line: number;
  parentLine: number | null;
  endLine: number;
  task: TaskBox | null;
}
interface Open {
  readonly item: Item;
  readonly contentColumn: number;
}
type Block =
  | { readonly kind: 'fence'; readonly char: string; readonly length: number; readonly depth: number; readonly column: number }
  | { readonly kind: 'html'; readonly depth: number; readonly column: number }
  | { readonly kind: 'percent' };
type Previous = 'blank' | 'paragraph' | 'other';

/** A position in a line: string index and visual column (tabs stop every 4 columns). */
interface Cursor {
  index: number;
  column: number;
}

function skipSpaces(line: string, at: Cursor): Cursor {
  let { index, column } = at;
  for (;;) {
    const char = line.charAt(index);
    if (char === ' ') column += 1;
    else if (char === '\t') column += 4 - (column % 4);
    else return { index, column };
    index += 1;
  }
}

/** Blockquote markers (`>`, `> >`, callouts alike), up to `maxDepth`, and where the content starts. */
function readQuotes(line: string, start: number, maxDepth: number): { depth: number; at: Cursor; base: number } {
  let depth = 0;
  let at: Cursor = { index: start, column: 0 };
  let base = 0;
  while (depth < maxDepth) {
    let { index, column } = at;
    while (line.charAt(index) === ' ' && index - at.index < 3) [index, column] = [index + 1, column + 1];
    if (line.charAt(index) !== '>') break;
    depth += 1;
    [index, column] = [index + 1, column + 1];
    base = column + 1;
    // The one optional space after `>`; a tab there lends one column and keeps the rest as indent.
    if (line.charAt(index) === ' ') [index, column] = [index + 1, column + 1];
    else if (line.charAt(index) !== '\t') base = column;
    at = { index, column };
  }
  return { depth, at, base };
}

const FENCE = /^(`{3,}|~{3,})(.*)$/;
const HEADING = /^#{1,6}(?:[ \t]|$)/;
const THEMATIC_BREAK = /^(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const ORDERED = /^(\d{1,9})[.)]/;
const MAX_ITEMS_PER_LINE = 10;

/** A list marker at `at`: its width and its number (null for bullets). */
function readMarker(line: string, at: number): { width: number; number: number | null } | null {
  const char = line.charAt(at);
  let marker: { width: number; number: number | null } | null = null;
  if (char === '-' || char === '*' || char === '+') marker = { width: 1, number: null };
  else {
    const ordered = ORDERED.exec(line.slice(at, at + 11));
    if (ordered) marker = { width: ordered[0].length, number: Number(ordered[1]) };
  }
  if (marker === null) return null;
  const after = line.charAt(at + marker.width);
  return after === '' || after === ' ' || after === '\t' ? marker : null;
}

function readTaskBox(line: string, at: number): TaskBox | null {
  if (line.charAt(at) !== '[') return null;
  const code = line.codePointAt(at + 1);
  if (code === undefined) return null;
  const status = String.fromCodePoint(code);
  const close = at + 1 + status.length;
  const after = line.charAt(close + 1);
  if (line.charAt(close) !== ']' || (after !== '' && after !== ' ' && after !== '\t')) return null;
  let textIndex = close + 1;
  while (line.charAt(textIndex) === ' ' || line.charAt(textIndex) === '\t') textIndex += 1;
  return { status, statusIndex: at + 1, textIndex };
}

/**
 * Reads a note's block structure in one pass over its lines, the way Obsidian's metadata cache
 * does (CommonMark blocks, plus `%% %%` comments and frontmatter): list items and tasks with any
 * marker and indentation, inside blockquotes and callouts; headings; and what each line is, so
 * nothing inside fenced or indented code, HTML comments, `%%` comments or frontmatter is read as
 * a task, a tag or a heading.
 */
export function scanMarkdown(lines: readonly string[]): MarkdownScan {
  const items: Item[] = [];
  const headings: Heading[] = [];
  const kinds: LineKind[] = new Array<LineKind>(lines.length).fill('text');
  const stack: Open[] = [];
  let block: Block | null = null;
  let depth = 0;
  let previous: Previous = 'blank';
  const first = lines[0]?.startsWith('\uFEFF') ? 1 : 0;

  const pop = (): void => {
    const open = stack.pop();
    const parent = stack[stack.length - 1];
    if (open && parent) parent.item.endLine = Math.max(parent.item.endLine, open.item.endLine);
  };
  const touch = (line: number): void => {
    const top = stack[stack.length - 1];
    if (top) top.item.endLine = line;
  };

  let start = 0;
  if (lines[0]?.slice(first).trimEnd() === '---') {
    const close = lines.findIndex((line, i) => i > 0 && line.trimEnd() === '---');
    if (close !== -1) start = close + 1;
  }
  kinds.fill('frontmatter', 0, start);

  for (let number = start; number < lines.length; number++) {
    const line = lines[number] ?? '';
    const lineStart = number === 0 ? first : 0;
    if (block?.kind === 'percent') {
      kinds[number] = 'percent-comment';
      touch(number);
      if (line.includes('%%')) block = null;
      continue;
    }
    const quotes = readQuotes(line, lineStart, block ? block.depth : Infinity);
    let at = skipSpaces(line, quotes.at);
    const blank = at.index === line.length;
    const indent = at.column - quotes.base;

    if (block) {
      const left = quotes.depth < block.depth || (!blank && indent < block.column);
      if (!left) {
        kinds[number] = block.kind === 'fence' ? 'code' : 'html-comment';
        touch(number);
        if (block.kind === 'html' ? line.includes('-->', quotes.at.index) : closesFence(block, line, at, indent)) {
          block = null;
          previous = 'other';
        }
        continue;
      }
      block = null;
    }

    if (quotes.depth !== depth) {
      const lazy = quotes.depth < depth && previous === 'paragraph' && !blank && isPlainText(line, at.index);
      if (lazy) {
        touch(number);
        continue;
      }
      while (stack.length > 0) pop();
      depth = quotes.depth;
      previous = 'blank';
    }
    if (blank) {
      kinds[number] = 'blank';
      previous = 'blank';
      continue;
    }

    const top = stack[stack.length - 1];
    if (previous === 'paragraph' && top && indent < top.contentColumn && isPlainText(line, at.index)) {
      touch(number);
      continue;
    }
    while (stack.length > 0 && (stack[stack.length - 1]?.contentColumn ?? 0) > indent) pop();
    const interrupting = previous === 'paragraph' && stack[stack.length - 1] === top;
    let column = indent;

    // One line may open several nested items (`- - [ ] x`), so this loops instead of recursing;
    // the cap keeps a pathological line linear, far above any nesting a person writes on one line.
    for (let opened = 0; ; opened++) {
      const container = stack[stack.length - 1]?.contentColumn ?? 0;
      if (column - container >= 4) {
        touch(number);
        if (previous !== 'paragraph') {
          kinds[number] = 'code';
          previous = 'other';
        }
        break;
      }
      const rest = line.slice(at.index);
      const marker = opened < MAX_ITEMS_PER_LINE && !THEMATIC_BREAK.test(rest) ? readMarker(line, at.index) : null;
      const markerEnd = { index: at.index + (marker?.width ?? 0), column: at.column + (marker?.width ?? 0) };
      const content = skipSpaces(line, markerEnd);
      const empty = content.index === line.length;
      const blocked = interrupting && opened === 0 && (empty || (marker?.number ?? 1) !== 1);
      if (marker && !blocked) {
        const parentLine = stack[stack.length - 1]?.item.line ?? null;
        const item: Item = { line: number, parentLine, endLine: number, task: null };
        items.push(item);
        const code = !empty && content.column - markerEnd.column >= 5;
        const contentColumn = (empty || code ? markerEnd.column + 1 : content.column) - quotes.base;
        stack.push({ item, contentColumn });
        item.task = empty || code ? null : readTaskBox(line, content.index);
        if (empty || code || item.task) {
          previous = empty ? 'blank' : code ? 'other' : 'paragraph';
          break;
        }
        [at, column] = [content, contentColumn];
        continue;
      }
      touch(number);
      const fence = FENCE.exec(rest);
      if (fence && !(fence[1]?.startsWith('`') && fence[2]?.includes('`'))) {
        const run = fence[1] ?? '';
        block = { kind: 'fence', char: run.charAt(0), length: run.length, depth, column: container };
        kinds[number] = 'code';
        previous = 'other';
      } else if (rest.startsWith('<!--')) {
        if (!rest.includes('-->', 4)) block = { kind: 'html', depth, column: container };
        kinds[number] = 'html-comment';
        previous = 'other';
      } else if (rest.startsWith('%%')) {
        if (!rest.includes('%%', 2)) block = { kind: 'percent' };
        kinds[number] = 'percent-comment';
        previous = 'other';
      } else if (HEADING.test(rest)) {
        const marks = /^#+/.exec(rest)?.[0].length ?? 1;
        headings.push({ line: number, level: marks, text: rest.slice(marks).replace(/[ \t]+#+[ \t]*$|^[ \t]*#+[ \t]*$/, '').trim(), quoteDepth: depth });
        kinds[number] = 'heading';
        previous = 'other';
      } else if (THEMATIC_BREAK.test(rest)) {
        kinds[number] = 'rule';
        previous = 'other';
      } else {
        previous = 'paragraph';
      }
      break;
    }
  }
  while (stack.length > 0) pop();
  return { kinds, headings, items, bodyStart: start };
}

function closesFence(block: Extract<Block, { kind: 'fence' }>, line: string, at: Cursor, indent: number): boolean {
  if (indent - block.column > 3) return false;
  let end = at.index;
  while (line.charAt(end) === block.char) end += 1;
  return end - at.index >= block.length && line.slice(end).trim() === '';
}

/** Text that can continue a paragraph lazily, i.e. that does not start a block of its own. */
function isPlainText(line: string, at: number): boolean {
  const rest = line.slice(at);
  return !(
    readMarker(line, at) !== null ||
    FENCE.test(rest) ||
    HEADING.test(rest) ||
    THEMATIC_BREAK.test(rest) ||
    rest.startsWith('>') ||
    rest.startsWith('<!--') ||
    rest.startsWith('%%')
  );
}
