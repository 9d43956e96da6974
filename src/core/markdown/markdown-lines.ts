import { FENCE, HEADING, isPlainText, readMarker, readQuotes, readTaskBox, skipSpaces, THEMATIC_BREAK, type Cursor, type TaskBox } from './line-syntax';

const MAX_ITEMS_PER_LINE = 10;

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
