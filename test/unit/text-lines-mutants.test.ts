import { describe, expect, it } from 'vitest';
import { lineEndingOf } from '../../src/core/markdown/text-lines';

// Behaviours pinned down by the mutation run over src/core/markdown/text-lines.ts: the line ending a
// line added to a note gets.

describe('the line ending of a new line', () => {
  it('is `\\n` in a note of one line', () => {
    expect(lineEndingOf('only line')).toBe('\n');
  });

  it('is the first ending the note uses', () => {
    expect([lineEndingOf('a\r\nb\nc'), lineEndingOf('a\rb')]).toEqual(['\r\n', '\r']);
  });
});
