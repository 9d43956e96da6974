import type { BlockCache, HeadingCache, ListItemCache, Pos, SectionCache } from 'obsidian';
import type { Block, BlockKind } from './block-tree';
import { scanInline, type InlineFindings } from './inline-scan';
import { lineEnd, lineText, linesPos, locAt, type SourceLines } from './source-lines';

export interface BodyMetadata extends InlineFindings {
  readonly sections: SectionCache[];
  readonly headings: HeadingCache[];
  readonly listItems: ListItemCache[];
  readonly blocks: Record<string, BlockCache>;
}

const SECTION_TYPES: Partial<Record<BlockKind, string>> = {
  paragraph: 'paragraph',
  heading: 'heading',
  list: 'list',
  code: 'code',
  html: 'html',
  comment: 'comment',
  math: 'math',
  table: 'table',
  thematicBreak: 'thematicBreak',
  footnoteDefinition: 'footnoteDefinition',
};

/** Leaves whose text Obsidian scans for tags and links (not code, HTML or math). */
const INLINE_KINDS = new Set<BlockKind>(['paragraph', 'heading', 'table', 'footnoteDefinition', 'comment']);

/** A trailing ` ^block-id` on a line. */
function blockId(line: string): string | undefined {
  const match = /(?:^|\s)\^([A-Za-z0-9-]+)\s*$/.exec(line);
  return match?.[1];
}

function parentLine(item: Block): number {
  for (let b = item.parent; b !== null; b = b.parent) {
    if (b.kind === 'item') return b.startLine;
  }
  const listLine = item.parent?.startLine ?? 0;
  return listLine === 0 ? -1 : -listLine;
}

/**
 * Where Obsidian ends a list item: at the end of its own content (items nested on later lines
 * excluded); when blank lines separate it from the next item of the same list, at the start of
 * the first blank line.
 */
function itemEnd(src: SourceLines, item: Block, next: Block | undefined): Pos['end'] {
  const own = item.ownEndLine;
  if (next !== undefined && own === item.endLine && own + 1 < next.startLine) {
    if (lineText(src, own + 1).trim() === '') return locAt(src, own + 1, 0);
  }
  return lineEnd(src, own);
}

export function assemble(src: SourceLines, doc: Block): BodyMetadata {
  const meta: BodyMetadata = {
    sections: [],
    headings: [],
    listItems: [],
    blocks: {},
    tags: [],
    links: [],
    embeds: [],
  };
  for (const block of doc.children) {
    const position = linesPos(src, block.startLine, block.endLine);
    const type = block.kind === 'blockquote' ? (block.callout ? 'callout' : 'blockquote') : SECTION_TYPES[block.kind];
    if (type === undefined) continue;
    const section: SectionCache = { type, position };
    const id = block.kind === 'paragraph' ? blockId(lineText(src, block.endLine)) : undefined;
    if (id !== undefined) {
      section.id = id;
      meta.blocks[id] = { id, position };
    }
    meta.sections.push(section);
  }
  // Depth-first, in document order, without recursion (nesting can be as deep as a line is long).
  const stack: [Block, Block | undefined][] = [[doc, undefined]];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const [block, next] = top;
    if (block.kind === 'item') addItem(src, block, next, meta);
    if (block.kind === 'heading') {
      meta.headings.push({
        heading: block.headingText,
        level: block.level,
        position: { start: locAt(src, block.startLine, block.startCol), end: lineEnd(src, block.endLine) },
      });
    }
    if (INLINE_KINDS.has(block.kind)) scanInline(src, block.spans, meta);
    for (let i = block.children.length - 1; i >= 0; i -= 1) {
      const child = block.children[i];
      if (child !== undefined) stack.push([child, block.children[i + 1]]);
    }
  }
  return meta;
}

function addItem(src: SourceLines, item: Block, next: Block | undefined, meta: BodyMetadata): void {
  const position: Pos = { start: locAt(src, item.startLine, item.startCol), end: itemEnd(src, item, next) };
  const entry: ListItemCache = { parent: parentLine(item), position };
  if (item.task !== undefined) entry.task = item.task;
  const id = blockId(lineText(src, item.ownEndLine));
  if (id !== undefined) {
    entry.id = id;
    meta.blocks[id] = { id, position };
  }
  meta.listItems.push(entry);
}
