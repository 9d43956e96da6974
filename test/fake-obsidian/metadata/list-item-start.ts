import type { Block } from './block-tree';
import { isSpaceOrTab, type LineCursor } from './line-cursor';
import type { BlockStart } from './start-context';

interface Marker {
  /** What keeps items in one list: the bullet (`-`, `*`, `+`), or `ordered.` / `ordered)`. */
  readonly listType: string;
  readonly length: number;
}

function readMarker(c: LineCursor, container: Block): Marker | null {
  const text = c.text;
  const at = c.nextNonspace;
  const ch = text.charAt(at);
  if (ch === '-' || ch === '*' || ch === '+') return { listType: ch, length: 1 };
  let i = at;
  while (i - at < 9 && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i += 1;
  if (i === at) return null;
  const delimiter = text.charAt(i);
  if (delimiter !== '.' && delimiter !== ')') return null;
  if (container.kind === 'paragraph' && text.slice(at, i) !== '1') return null;
  return { listType: 'ordered' + delimiter, length: i - at + 1 };
}

/**
 * A `[c]` checkbox right after the marker makes the item a task. The rest of the line after the
 * checkbox is item content in which further blocks may open (Obsidian reads `- [ ] 1. x` as a
 * task holding a numbered list).
 */
function readCheckbox(c: LineCursor): string | undefined {
  const text = c.text;
  const at = c.offset;
  if (c.partialTab || text.charAt(at) !== '[') return undefined;
  const code = text.charCodeAt(at + 1);
  const width = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
  if (Number.isNaN(code) || text.charAt(at + 1 + width) !== ']') return undefined;
  const after = text.charAt(at + 2 + width);
  if (after !== '' && !isSpaceOrTab(after)) return undefined;
  const status = text.slice(at + 1, at + 1 + width);
  if (status === '\t') return undefined;
  c.advance(2 + width, false);
  if (isSpaceOrTab(text.charAt(c.offset))) c.advance(1, true);
  return status;
}

export const listItem: BlockStart = (ctx, container) => {
  const c = ctx.cursor;
  if (c.indent >= 4) return 0;
  const marker = readMarker(c, container);
  if (marker === null) return 0;
  const afterMarker = c.text.charAt(c.nextNonspace + marker.length);
  if (afterMarker !== '' && !isSpaceOrTab(afterMarker)) return 0;
  const restAfter = c.text.slice(c.nextNonspace + marker.length);
  if (container.kind === 'paragraph' && restAfter.trim() === '') return 0;

  const col = c.reportedColumn();
  const markerOffset = c.indent;
  c.advanceNextNonspace();
  c.advance(marker.length, true);
  const spacesStartCol = c.column;
  const spacesStartOffset = c.offset;
  do {
    c.advance(1, true);
  } while (c.column - spacesStartCol < 5 && isSpaceOrTab(c.charAt(c.offset)));
  const blankItem = c.offset >= c.text.length;
  const spaces = c.column - spacesStartCol;
  let padding: number;
  if (spaces >= 5 || spaces < 1 || blankItem) {
    padding = marker.length + 1;
    c.column = spacesStartCol;
    c.offset = spacesStartOffset;
    c.partialTab = false;
    if (isSpaceOrTab(c.charAt(c.offset))) c.advance(1, true);
  } else {
    padding = marker.length + spaces;
  }

  ctx.closeUnmatched();
  const tip = ctx.tip;
  const list =
    tip.kind === 'list' && tip.listType === marker.listType ? tip : ctx.addChild('list', col);
  list.listType = marker.listType;
  const item = ctx.addChild('item', col);
  item.listType = marker.listType;
  item.markerOffset = markerOffset;
  item.padding = padding;
  item.task = readCheckbox(c);
  ctx.touch(item, ctx.lineNo);
  return 1;
};
