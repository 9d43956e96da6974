import { describe, expect, it } from 'vitest';
import { inlineOnly, splitCodeSpans } from '../../src/core/query/inert-text';

// Behaviours pinned down by the mutation run over src/core/query/inert-text.ts.

describe('splitCodeSpans: one space stripped from each side', () => {
  it('strips one space from each side of a span that has both', () => {
    expect(splitCodeSpans('` a `')).toEqual([{ kind: 'code', text: 'a' }]);
  });

  it('keeps a span without spaces whole', () => {
    expect(splitCodeSpans('`abc`')).toEqual([{ kind: 'code', text: 'abc' }]);
  });

  it('keeps the space of a span with a space only at the start', () => {
    expect(splitCodeSpans('` ab`')).toEqual([{ kind: 'code', text: ' ab' }]);
  });

  it('keeps the space of a span with a space only at the end', () => {
    expect(splitCodeSpans('`ab `')).toEqual([{ kind: 'code', text: 'ab ' }]);
  });

  it('keeps a span of only spaces whole', () => {
    expect(splitCodeSpans('`   `')).toEqual([{ kind: 'code', text: '   ' }]);
  });
});

describe('splitCodeSpans: closing runs', () => {
  it('closes a span only on a run of the same length, past a longer run inside', () => {
    expect(splitCodeSpans('x `a``b` y')).toEqual([
      { kind: 'markdown', text: 'x ' },
      { kind: 'code', text: 'a``b' },
      { kind: 'markdown', text: ' y' },
    ]);
  });
});

describe('inlineOnly', () => {
  it('drops every ! before an embed, however many', () => {
    expect(inlineOnly('!![[x]]')).toBe('[[x]]');
  });

  it('escapes the bracket of a link reference definition with a number', () => {
    expect(inlineOnly('[1]: x')).toBe('\\[1]: x');
  });
});
