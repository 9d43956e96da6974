import { describe, expect, it } from 'vitest';
import { movePoint, removePoint } from '../../src/core/talking-points/talking-point-order';

// Behaviours pinned down by the mutation run over src/core/talking-points/talking-point-order.ts:
// a point is moved or removed only when the queue still holds it exactly where and as it was shown.

describe('moving a point', () => {
  it('moves a point asked to go past the end to the last place', () => {
    expect(movePoint('## Q\n- a\n- b\n- c\n', 'Q', { line: 1, endLine: 1, lines: ['- a'] }, 99)).toBe('## Q\n- b\n- c\n- a\n');
  });

  it('refuses a point shown with more lines than it spans', () => {
    expect(movePoint('## Q\n- a\n- b\n', 'Q', { line: 1, endLine: 1, lines: ['- a', '- b'] }, 1)).toBeNull();
  });

  it('refuses a point shown as ending further down than the queue\'s point does', () => {
    expect(movePoint('## Q\n- a\n- b\n', 'Q', { line: 1, endLine: 2, lines: ['- a', '- b'] }, 1)).toBeNull();
  });

  it('refuses a point shown as starting elsewhere, though it ends on the same line', () => {
    expect(movePoint('## Q\n- a\n- a\n- b\n', 'Q', { line: 1, endLine: 2, lines: ['- a', '- a'] }, 2)).toBeNull();
  });
});

describe('removing a point', () => {
  it('removes the point the queue holds as shown', () => {
    expect(removePoint('## Q\n- a\n  - x\n- b\n', 'Q', { line: 1, endLine: 2, lines: ['- a', '  - x'] })).toBe('## Q\n- b\n');
  });

  it('refuses when one of the point\'s lines changed', () => {
    expect(removePoint('## Q\n- a\n  - x\n- b\n', 'Q', { line: 1, endLine: 2, lines: ['- a', '  - y'] })).toBeNull();
  });

  it('refuses a point shown as ending further down than the queue\'s point does', () => {
    expect(removePoint('## Q\n- a\n- b\n', 'Q', { line: 1, endLine: 2, lines: ['- a', '- b'] })).toBeNull();
  });

  it('refuses a point shown as starting elsewhere, though it ends on the same line', () => {
    expect(removePoint('## Q\n- a\n- a\n', 'Q', { line: 1, endLine: 2, lines: ['- a', '- a'] })).toBeNull();
  });
});
