import type { BlockKind } from './block-tree';
import { htmlBlockStart } from './html-blocks';
import { isSpaceOrTab } from './line-cursor';
import { listItem } from './list-item-start';
import { CODE_INDENT, indented, runLength, type BlockStart } from './start-context';

const blockQuote: BlockStart = (ctx) => {
  const c = ctx.cursor;
  if (indented(c) || c.charAt(c.nextNonspace) !== '>') return 0;
  const col = c.reportedColumn();
  c.advanceNextNonspace();
  c.advance(1, false);
  if (isSpaceOrTab(c.charAt(c.offset))) c.advance(1, true);
  ctx.closeUnmatched();
  const quote = ctx.addChild('blockquote', col);
  quote.callout = isCalloutTitle(c.text, c.offset);
  ctx.touch(quote, ctx.lineNo);
  return 1;
};

function isCalloutTitle(text: string, at: number): boolean {
  if (!text.startsWith('[!', at)) return false;
  const close = text.indexOf(']', at + 2);
  return close > at + 2;
}

const atxHeading: BlockStart = (ctx) => {
  const c = ctx.cursor;
  if (indented(c)) return 0;
  const text = c.text;
  const hashes = runLength(text, c.nextNonspace, '#');
  const after = text.charAt(c.nextNonspace + hashes);
  if (hashes < 1 || hashes > 6 || (after !== '' && !isSpaceOrTab(after))) return 0;
  const col = c.reportedColumn();
  ctx.closeUnmatched();
  const heading = ctx.addChild('heading', col);
  heading.level = hashes;
  let start = c.nextNonspace + hashes;
  while (isSpaceOrTab(text.charAt(start))) start += 1;
  heading.headingText = stripClosingSequence(text.slice(start));
  heading.spans.push({ line: ctx.lineNo, col: start });
  ctx.touch(heading, ctx.lineNo);
  c.offset = text.length;
  return 2;
};

/** `## Title ##` -> `Title`; surrounding spaces are trimmed. */
function stripClosingSequence(raw: string): string {
  const trimmed = raw.trim();
  let end = trimmed.length;
  while (end > 0 && trimmed.charAt(end - 1) === '#') end -= 1;
  if (end === 0) return '';
  if (end < trimmed.length && !isSpaceOrTab(trimmed.charAt(end - 1))) return trimmed;
  return trimmed.slice(0, end).trim();
}

const fencedCode: BlockStart = (ctx) => {
  const c = ctx.cursor;
  if (indented(c)) return 0;
  const ch = c.charAt(c.nextNonspace);
  if (ch !== '`' && ch !== '~') return 0;
  const length = runLength(c.text, c.nextNonspace, ch);
  if (length < 3) return 0;
  if (ch === '`' && c.text.indexOf('`', c.nextNonspace + length) >= 0) return 0;
  const col = c.reportedColumn();
  ctx.closeUnmatched();
  const code = ctx.addChild('code', col);
  code.fenceChar = ch;
  code.fenceLength = length;
  code.fenceOffset = c.indent;
  c.advanceNextNonspace();
  c.advance(length, false);
  return 2;
};

/** Obsidian `%%` comment blocks and `$$` math blocks: open on a line starting with the marker. */
function delimitedBlock(marker: string, kind: BlockKind): BlockStart {
  return (ctx) => {
    const c = ctx.cursor;
    if (indented(c) || !c.text.startsWith(marker, c.nextNonspace)) return 0;
    const col = c.reportedColumn();
    ctx.closeUnmatched();
    const block = ctx.addChild(kind, col);
    block.openAt = c.nextNonspace;
    return 2;
  };
}

const htmlBlock: BlockStart = (ctx, container) => {
  const c = ctx.cursor;
  if (indented(c) || c.charAt(c.nextNonspace) !== '<') return 0;
  const type = htmlBlockStart(c.rest());
  if (type === 0) return 0;
  const lazyParagraph = !ctx.allClosed && !c.blank && ctx.tip.kind === 'paragraph';
  if (type === 7 && (container.kind === 'paragraph' || lazyParagraph)) return 0;
  const col = c.reportedColumn();
  ctx.closeUnmatched();
  const html = ctx.addChild('html', col);
  html.htmlType = type;
  return 2;
};

function isSetextLine(text: string, at: number): boolean {
  const ch = text.charAt(at);
  if (ch !== '=' && ch !== '-') return false;
  return text.slice(at + runLength(text, at, ch)).trim() === '';
}

const setextHeading: BlockStart = (ctx, container) => {
  const c = ctx.cursor;
  if (indented(c) || container.kind !== 'paragraph' || !isSetextLine(c.text, c.nextNonspace)) return 0;
  ctx.closeUnmatched();
  container.kind = 'heading';
  container.level = c.charAt(c.nextNonspace) === '=' ? 1 : 2;
  container.headingText = container.spans.map((span) => ctx.spanText(span)).join('\n').trim();
  ctx.touch(container, ctx.lineNo);
  c.offset = c.text.length;
  return 2;
};

/** A GFM delimiter row (`| --- | :-: |`); returns its cell count, or 0. */
export function delimiterRowCells(rest: string): number {
  for (let i = 0; i < rest.length; i += 1) {
    if (!'|:- \t'.includes(rest.charAt(i))) return 0;
  }
  const trimmed = rest.trim();
  if (!trimmed.includes('-')) return 0;
  const inner = trimmed.replace(/^\|/, '').replace(/\|$/, '');
  const cells = inner.split('|');
  for (const cell of cells) {
    if (!/^\s*:?-+:?\s*$/.test(cell)) return 0;
  }
  if (cells.length === 1 && !trimmed.includes('|')) return 0;
  return cells.length;
}

/** Cells of a table row, ignoring escaped pipes and one leading and trailing pipe. */
export function rowCells(row: string): number {
  const trimmed = row.trim();
  let count = 1;
  for (let i = 0; i < trimmed.length; i += 1) {
    const ch = trimmed.charAt(i);
    if (ch === '\\') i += 1;
    else if (ch === '|' && i > 0 && i < trimmed.length - 1) count += 1;
  }
  return count;
}

const table: BlockStart = (ctx, container) => {
  const c = ctx.cursor;
  if (indented(c) || container.kind !== 'paragraph' || container.spans.length !== 1) return 0;
  const first = c.charAt(c.nextNonspace);
  const maybeRow = (first === '|' || first === '-' || first === ':') && c.text.includes('-', c.nextNonspace);
  const cells = maybeRow ? delimiterRowCells(c.rest()) : 0;
  const header = container.spans[0];
  if (cells === 0 || header === undefined || rowCells(ctx.spanText(header)) !== cells) return 0;
  ctx.closeUnmatched();
  container.kind = 'table';
  ctx.touch(container, ctx.lineNo);
  c.offset = c.text.length;
  return 2;
};

function isThematicBreak(text: string, at: number): boolean {
  const ch = text.charAt(at);
  if (ch !== '*' && ch !== '-' && ch !== '_') return false;
  let count = 0;
  for (let i = at; i < text.length; i += 1) {
    const x = text.charAt(i);
    if (x === ch) count += 1;
    else if (!isSpaceOrTab(x)) return false;
  }
  return count >= 3;
}

const thematicBreak: BlockStart = (ctx) => {
  const c = ctx.cursor;
  if (indented(c) || !isThematicBreak(c.text, c.nextNonspace)) return 0;
  const col = c.reportedColumn();
  ctx.closeUnmatched();
  const hr = ctx.addChild('thematicBreak', col);
  ctx.touch(hr, ctx.lineNo);
  c.offset = c.text.length;
  return 2;
};

const footnoteDefinition: BlockStart = (ctx, container) => {
  const c = ctx.cursor;
  if (indented(c) || container.kind === 'paragraph') return 0;
  if (!c.startsWith('[^') || !/^\[\^[^\]\s]+\]:/.test(c.rest(1000))) return 0;
  const col = c.reportedColumn();
  ctx.closeUnmatched();
  ctx.addChild('footnoteDefinition', col);
  return 2;
};

const indentedCode: BlockStart = (ctx) => {
  const c = ctx.cursor;
  if (!indented(c) || ctx.tip.kind === 'paragraph' || c.blank) return 0;
  const col = c.reportedColumn();
  c.advance(CODE_INDENT, true);
  ctx.closeUnmatched();
  ctx.addChild('code', col);
  return 2;
};

/** Block starts in the order they are tried (CommonMark's order plus Obsidian's own blocks). */
export const BLOCK_STARTS: readonly BlockStart[] = [
  blockQuote,
  atxHeading,
  fencedCode,
  delimitedBlock('%%', 'comment'),
  delimitedBlock('$$', 'math'),
  htmlBlock,
  table,
  setextHeading,
  thematicBreak,
  listItem,
  footnoteDefinition,
  indentedCode,
];
