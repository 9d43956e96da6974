import { describe, expect, it } from 'vitest';
import { isPlainText, readMarker, readQuotes, readTaskBox, skipSpaces } from '../../src/core/markdown/line-syntax';

// Behaviours pinned down by the mutation run over src/core/markdown/line-syntax.ts: what a Markdown
// line starts with — spaces and tabs, quote markers, list markers, a task's box.

describe('spaces and tabs before the text', () => {
  it('moves a tab to the next stop of four columns, counted from the column it starts in', () => {
    expect(skipSpaces(' \tx', { index: 0, column: 0 })).toEqual({ index: 2, column: 4 });
    expect(skipSpaces('\tx', { index: 0, column: 2 })).toEqual({ index: 1, column: 4 });
  });
});

describe('quote markers', () => {
  it('reads no more quote levels than asked for', () => {
    expect(readQuotes('>>> a', 0, 2)).toEqual({ depth: 2, at: { index: 2, column: 2 }, base: 2 });
  });

  it('reads a marker after up to three spaces, and none after four', () => {
    expect(readQuotes('   > a', 0, Infinity)).toEqual({ depth: 1, at: { index: 5, column: 5 }, base: 5 });
    expect(readQuotes('    > a', 0, Infinity)).toEqual({ depth: 0, at: { index: 0, column: 0 }, base: 0 });
  });

  it('counts the columns of the spaces before a marker', () => {
    expect(readQuotes(' > a', 0, Infinity)).toEqual({ depth: 1, at: { index: 3, column: 3 }, base: 3 });
  });

  it('reads a nested marker after spaces that follow the first one', () => {
    expect(readQuotes('>  > a', 0, Infinity)).toEqual({ depth: 2, at: { index: 5, column: 5 }, base: 5 });
  });

  it('takes one space after the marker as part of it', () => {
    expect(readQuotes('> a', 0, Infinity)).toEqual({ depth: 1, at: { index: 2, column: 2 }, base: 2 });
  });

  it('starts the content right after a marker with no space', () => {
    expect(readQuotes('>a', 0, Infinity)).toEqual({ depth: 1, at: { index: 1, column: 1 }, base: 1 });
  });

  it('lends one column of a tab after the marker and keeps the tab as indent', () => {
    expect(readQuotes('>\ta', 0, Infinity)).toEqual({ depth: 1, at: { index: 1, column: 1 }, base: 2 });
  });
});

describe('list markers', () => {
  it('reads a bullet at the end of the line, or before a space or a tab', () => {
    expect([readMarker('-', 0), readMarker('- a', 0), readMarker('*\ta', 0)]).toEqual([
      { width: 1, number: null },
      { width: 1, number: null },
      { width: 1, number: null },
    ]);
  });

  it('reads no marker when text follows it directly', () => {
    expect([readMarker('-a', 0), readMarker('1.a', 0)]).toEqual([null, null]);
  });

  it('reads an ordered marker with its number and width', () => {
    expect(readMarker('  12) x', 2)).toEqual({ width: 3, number: 12 });
  });
});

describe('the box of a task', () => {
  it('reads nothing when the line does not have `[` there', () => {
    expect(readTaskBox('(x] a', 0)).toBeNull();
  });

  it('reads a box at the end of the line, or before a space or a tab', () => {
    expect([readTaskBox('[ ]', 0), readTaskBox('[x] a', 0), readTaskBox('[/]\ta', 0)]).toEqual([
      { status: ' ', statusIndex: 1, textIndex: 3 },
      { status: 'x', statusIndex: 1, textIndex: 4 },
      { status: '/', statusIndex: 1, textIndex: 4 },
    ]);
  });

  it('reads no box closed by anything but `]`, or followed by text', () => {
    expect([readTaskBox('[x) a', 0), readTaskBox('[x]a', 0)]).toEqual([null, null]);
  });

  it('starts the task text after every space and tab following the box', () => {
    expect(readTaskBox('- [ ] \t b', 2)).toEqual({ status: ' ', statusIndex: 3, textIndex: 8 });
  });
});

describe('text that continues a paragraph', () => {
  it('is plain text when it starts no block', () => {
    expect(isPlainText('  just words', 2)).toBe(true);
  });

  it('is not plain text when a heading, a quote or a `%%` comment starts where it is read', () => {
    expect([isPlainText('  # x', 2), isPlainText('> a', 0), isPlainText('%% a', 0)]).toEqual([false, false, false]);
  });
});
