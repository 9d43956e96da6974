import { describe, expect, it } from 'vitest';
import { findCarryMarker } from '../../src/core/tasks/carry-marker';

// Behaviours pinned down by the mutation run over src/core/tasks/carry-marker.ts: which marker a
// task's text holds when it has two, and how the target and label are read.

describe('a text with both kinds of marker', () => {
  it('reads the typed marker when it comes first', () => {
    const text = 'x (from [[A|Jan 5]]) ([[B|from Feb 6]])';
    expect(findCarryMarker(text)).toEqual({ target: 'A', label: 'Jan 5', count: 1, start: 2, end: 20 });
  });

  it('reads the labelled marker when it comes first', () => {
    const text = 'x ([[B|from Feb 6]]) (from [[A|Jan 5]])';
    expect(findCarryMarker(text)).toEqual({ target: 'B', label: 'Feb 6', count: 1, start: 2, end: 20 });
  });
});

describe('the target and label of a marker', () => {
  it('are trimmed of the spaces around them', () => {
    expect(findCarryMarker('([[ 1-1s/A |from  Jan 5 ]] ×2)')).toEqual({ target: '1-1s/A', label: 'Jan 5', count: 2, start: 0, end: 30 });
  });
});
