import type { Block, BlockKind, TextSpan } from './block-tree';
import type { LineCursor } from './line-cursor';

/** What a block start sees of the parser. */
export interface StartContext {
  readonly cursor: LineCursor;
  readonly tip: Block;
  readonly allClosed: boolean;
  readonly lineNo: number;
  closeUnmatched(): void;
  addChild(kind: BlockKind, col: number): Block;
  touch(block: Block, line: number): void;
  spanText(span: TextSpan): string;
}

/** 0: no match; 1: a container was opened (keep looking); 2: a leaf was opened (stop). */
export type StartResult = 0 | 1 | 2;
export type BlockStart = (ctx: StartContext, container: Block) => StartResult;

export const CODE_INDENT = 4;

export function indented(c: LineCursor): boolean {
  return c.indent >= CODE_INDENT;
}

export function runLength(text: string, at: number, ch: string): number {
  let i = at;
  while (text.charAt(i) === ch) i += 1;
  return i - at;
}
