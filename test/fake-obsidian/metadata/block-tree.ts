/** The block tree the parser builds: containers (quotes, lists, items) and leaves. */
export type BlockKind =
  | 'document'
  | 'blockquote'
  | 'list'
  | 'item'
  | 'paragraph'
  | 'heading'
  | 'code'
  | 'html'
  | 'comment'
  | 'math'
  | 'table'
  | 'thematicBreak'
  | 'footnoteDefinition';

/** Where the text of one line of a leaf starts (for the inline scan of tags and links). */
export interface TextSpan {
  readonly line: number;
  readonly col: number;
}

export interface Block {
  kind: BlockKind;
  parent: Block | null;
  readonly children: Block[];
  open: boolean;
  readonly startLine: number;
  /** Character column where the block was opened (after the prefixes of its containers). */
  readonly startCol: number;
  /** Last line holding content of this block or of anything inside it. */
  endLine: number;
  /** Lines of inline text (paragraphs, headings, tables, comments). */
  readonly spans: TextSpan[];
  /** blockquote: the first line is `[!type]`. */
  callout: boolean;
  /** list and item: marker data. */
  listType: string;
  markerOffset: number;
  padding: number;
  /** item: the `[c]` status character, if it is a task. */
  task: string | undefined;
  /** item: last line of the item's own content (not inside items nested on later lines). */
  ownEndLine: number;
  /** code: fence data (fenceLength 0 = indented code). */
  fenceChar: string;
  fenceLength: number;
  fenceOffset: number;
  /** html: CommonMark html block type 1..7. */
  htmlType: number;
  /** heading: level and text. */
  level: number;
  headingText: string;
  /** Last line touched, and the deepest item start line of that touch (see BlockParser.touch). */
  touchedLine: number;
  touchedDeepest: number;
  /** comment and math: character offset of the opening `%%` or `$$` on the first line. */
  openAt: number;
  /** paragraph: an Obsidian `%%` comment opened and not yet closed. */
  commentOpen: boolean;
}

export function newBlock(kind: BlockKind, parent: Block | null, line: number, col: number): Block {
  return {
    kind,
    parent,
    children: [],
    open: true,
    startLine: line,
    startCol: col,
    endLine: line,
    spans: [],
    callout: false,
    listType: '',
    markerOffset: 0,
    padding: 0,
    task: undefined,
    ownEndLine: line,
    fenceChar: '',
    fenceLength: 0,
    fenceOffset: 0,
    htmlType: 0,
    level: 0,
    headingText: '',
    openAt: 0,
    touchedLine: -1,
    touchedDeepest: -1,
    commentOpen: false,
  };
}

/** Leaves that take every line given to them raw (no block starts are tried inside). */
export function acceptsLines(kind: BlockKind): boolean {
  return kind === 'code' || kind === 'html' || kind === 'comment' || kind === 'math';
}

export function isContainer(kind: BlockKind): boolean {
  return kind === 'document' || kind === 'blockquote' || kind === 'list' || kind === 'item';
}

export function lastChild(block: Block): Block | undefined {
  return block.children[block.children.length - 1];
}

/** Count of `%%` markers in a string (used to follow comments across lines). */
export function countCommentMarkers(text: string): number {
  let count = 0;
  let i = text.indexOf('%%');
  while (i >= 0) {
    count += 1;
    i = text.indexOf('%%', i + 2);
  }
  return count;
}
