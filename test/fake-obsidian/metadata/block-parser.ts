import {
  acceptsLines,
  countCommentMarkers,
  isContainer,
  lastChild,
  newBlock,
  type Block,
  type BlockKind,
  type TextSpan,
} from './block-tree';
import { BLOCK_STARTS } from './block-starts';
import { htmlBlockEnds } from './html-blocks';
import { isSpaceOrTab, LineCursor } from './line-cursor';
import { lineText, type SourceLines } from './source-lines';
import type { StartContext } from './start-context';

/** 0: the line continues the block; 1: it does not; 2: the line was used up (closing fence). */
type ContinueResult = 0 | 1 | 2;

function canContain(parent: BlockKind, child: BlockKind): boolean {
  if (parent === 'list') return child === 'item';
  return isContainer(parent) && child !== 'item';
}

/** Leaves whose lines are inline text, continued by any non-blank line that starts no block. */
function isTextLeaf(kind: BlockKind): boolean {
  return kind === 'paragraph' || kind === 'table' || kind === 'footnoteDefinition';
}

/**
 * A CommonMark-style block parser (the two-phase container algorithm of commonmark.js), extended
 * with Obsidian's blocks: `%%` comments, `$$` math, callouts and `[c]` task checkboxes. One pass,
 * linear in the length of the note.
 */
export class BlockParser implements StartContext {
  readonly cursor = new LineCursor();
  readonly doc: Block;
  tip: Block;
  allClosed = true;
  lineNo = 0;
  private oldTip: Block;
  private lastMatched: Block;

  constructor(private readonly src: SourceLines) {
    this.doc = newBlock('document', null, 0, 0);
    this.tip = this.doc;
    this.oldTip = this.doc;
    this.lastMatched = this.doc;
  }

  /** Parses lines `first..last` (inclusive) and returns the document block. */
  parse(first: number, last: number): Block {
    for (let line = first; line <= last; line += 1) this.incorporateLine(line);
    while (this.tip !== this.doc) this.finalize(this.tip);
    return this.doc;
  }

  spanText(span: TextSpan): string {
    return lineText(this.src, span.line).slice(span.col);
  }

  private incorporateLine(line: number): void {
    const c = this.cursor;
    this.lineNo = line;
    c.reset(lineText(this.src, line));
    this.oldTip = this.tip;

    let container = this.doc;
    let child = lastChild(container);
    while (child !== undefined && child.open) {
      c.findNextNonspace();
      const result = this.continueBlock(child);
      if (result === 2) return;
      if (result === 1) break;
      container = child;
      child = lastChild(container);
    }
    this.allClosed = container === this.oldTip;
    this.lastMatched = container;

    const insideComment = this.oldTip.kind === 'paragraph' && this.oldTip.commentOpen;
    let matchedLeaf = acceptsLines(container.kind);
    while (!matchedLeaf) {
      c.findNextNonspace();
      if (insideComment && !c.blank) break;
      let result = 0;
      for (const start of BLOCK_STARTS) {
        result = start(this, container);
        if (result !== 0) break;
      }
      if (result === 0) break;
      container = this.tip;
      if (result === 2) matchedLeaf = true;
    }
    c.findNextNonspace();
    this.addText(container);
  }

  /** Adds what is left of the line to the right block (lazy continuation, leaf, or new paragraph). */
  private addText(container: Block): void {
    const c = this.cursor;
    if (!this.allClosed && !c.blank && this.tip.kind === 'paragraph') {
      this.addLine(this.tip);
      return;
    }
    this.closeUnmatched();
    if (acceptsLines(container.kind)) {
      this.addLine(container);
      this.closeIfEnded(container);
    } else if (isTextLeaf(container.kind)) {
      this.addLine(container);
    } else if (!c.blank && c.offset < c.text.length) {
      const paragraph = this.addChild('paragraph', c.reportedColumn());
      this.addLine(paragraph);
    }
  }

  private addLine(block: Block): void {
    const c = this.cursor;
    if (c.blank) return;
    const col = isTextLeaf(block.kind) ? c.nextNonspace : c.offset;
    block.spans.push({ line: this.lineNo, col });
    if (block.kind === 'paragraph' && countCommentMarkers(c.text.slice(col)) % 2 === 1) {
      block.commentOpen = !block.commentOpen;
    }
    this.touch(block, this.lineNo);
  }

  /** `%%` comments, `$$` math and HTML blocks of types 1..5 end on a line holding their marker. */
  private closeIfEnded(block: Block): void {
    const c = this.cursor;
    let ended = false;
    if (block.kind === 'comment' || block.kind === 'math') {
      const marker = block.kind === 'comment' ? '%%' : '$$';
      const from = block.startLine === this.lineNo ? block.openAt + 2 : c.offset;
      ended = c.text.indexOf(marker, from) >= 0;
    } else if (block.kind === 'html') {
      ended = htmlBlockEnds(block.htmlType, c.text.slice(c.offset));
    }
    if (ended) {
      this.touch(block, this.lineNo);
      this.finalize(block);
    }
  }

  private continueBlock(block: Block): ContinueResult {
    const c = this.cursor;
    switch (block.kind) {
      case 'blockquote':
        if (c.indent >= 4 || c.charAt(c.nextNonspace) !== '>') return 1;
        c.advanceNextNonspace();
        c.advance(1, false);
        if (isSpaceOrTab(c.charAt(c.offset))) c.advance(1, true);
        this.touch(block, this.lineNo);
        return 0;
      case 'list':
        return 0;
      case 'item':
        if (c.blank) {
          if (block.children.length === 0) return 1;
          c.advanceNextNonspace();
        } else if (c.indent >= block.markerOffset + block.padding) {
          c.advance(block.markerOffset + block.padding, true);
        } else {
          return 1;
        }
        return 0;
      case 'code':
        return this.continueCode(block);
      case 'html':
        return c.blank && block.htmlType >= 6 ? 1 : 0;
      case 'comment':
      case 'math':
        return 0;
      case 'paragraph':
      case 'table':
      case 'footnoteDefinition':
        return c.blank ? 1 : 0;
      default:
        return 1;
    }
  }

  private continueCode(block: Block): ContinueResult {
    const c = this.cursor;
    if (block.fenceLength === 0) {
      if (c.indent >= 4) c.advance(4, true);
      else if (c.blank) c.advanceNextNonspace();
      else return 1;
      return 0;
    }
    const text = c.text;
    if (c.indent <= 3 && c.charAt(c.nextNonspace) === block.fenceChar) {
      let end = c.nextNonspace;
      while (text.charAt(end) === block.fenceChar) end += 1;
      if (end - c.nextNonspace >= block.fenceLength && text.slice(end).trim() === '') {
        this.touch(block, this.lineNo);
        this.finalize(block);
        return 2;
      }
    }
    let skip = block.fenceOffset;
    while (skip > 0 && isSpaceOrTab(c.charAt(c.offset))) {
      c.advance(1, true);
      skip -= 1;
    }
    return 0;
  }

  closeUnmatched(): void {
    if (this.allClosed) return;
    while (this.oldTip !== this.lastMatched) {
      const parent = this.oldTip.parent ?? this.doc;
      this.finalize(this.oldTip);
      this.oldTip = parent;
    }
    this.allClosed = true;
  }

  addChild(kind: BlockKind, col: number): Block {
    while (!canContain(this.tip.kind, kind)) this.finalize(this.tip);
    const block = newBlock(kind, this.tip, this.lineNo, col);
    this.tip.children.push(block);
    this.tip = block;
    return block;
  }

  private finalize(block: Block): void {
    block.open = false;
    if (this.tip === block) this.tip = block.parent ?? this.doc;
  }

  /**
   * Records that `line` holds content of `block`, for the block and its ancestors. An item's own
   * end moves only when the content is not inside an item nested on a later line.
   */
  touch(block: Block, line: number): void {
    let deepestItemLine = -1;
    for (let b: Block | null = block; b !== null; b = b.parent) {
      if (b.kind === 'item') {
        if (deepestItemLine < 0) deepestItemLine = b.startLine;
        if (deepestItemLine === b.startLine && b.ownEndLine < line) b.ownEndLine = line;
      }
      // The same walk from here up was already done on this line: nothing more can change.
      if (b.touchedLine === line && b.touchedDeepest === deepestItemLine) return;
      b.touchedLine = line;
      b.touchedDeepest = deepestItemLine;
      if (b.endLine < line) b.endLine = line;
    }
  }
}
