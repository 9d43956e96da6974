import { describe, expect, it } from 'vitest';
import { unattributedNotes } from '../../src/core/index/problem-lines';

// Behaviours pinned down by the mutation run over src/core/index/problem-lines.ts.

describe('unattributedNotes', () => {
  it('lists notes in path order, each once with all its problems, and names the folder', () => {
    const problems = [
      { path: 'b/Sam/2026-01-02.md', problem: 'no person' },
      { path: 'a.md', problem: 'mood "x" is bad' },
      { path: 'c.md', problem: 'late' },
      { path: 'b/Sam/2026-01-02.md', problem: 'date missing' },
    ];
    expect(unattributedNotes(problems)).toEqual([
      {
        path: 'a.md',
        name: 'a',
        meta: 'Meeting note',
        reasons: ['Mood "x" is bad'],
        lines: [{ path: 'a.md', note: 'a', problem: 'mood "x" is bad', text: 'a: mood "x" is bad' }],
      },
      {
        path: 'b/Sam/2026-01-02.md',
        name: '2026-01-02',
        meta: 'Meeting note · b/Sam',
        reasons: ['No person', 'Date missing'],
        lines: [
          { path: 'b/Sam/2026-01-02.md', note: '2026-01-02', problem: 'no person', text: '2026-01-02: no person' },
          { path: 'b/Sam/2026-01-02.md', note: '2026-01-02', problem: 'date missing', text: '2026-01-02: date missing' },
        ],
      },
      { path: 'c.md', name: 'c', meta: 'Meeting note', reasons: ['Late'], lines: [{ path: 'c.md', note: 'c', problem: 'late', text: 'c: late' }] },
    ]);
  });

  it('sorts notes given in reverse path order', () => {
    const problems = [
      { path: 'z.md', problem: 'p' },
      { path: 'm.md', problem: 'p' },
      { path: 'a.md', problem: 'p' },
    ];
    expect(unattributedNotes(problems).map((note) => note.path)).toEqual(['a.md', 'm.md', 'z.md']);
  });
});
