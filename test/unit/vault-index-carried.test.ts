import { describe, expect, it } from 'vitest';
import { findCarryMarker, carryIdentity } from '../../src/core/tasks/carry-marker';
import { VaultIndex } from '../../src/core/index/vault-index';

const ALICE = 'People/Alice.md';

/** Alice's notes, path by date: with "Leave earlier notes untouched" the earlier copies stay open. */
function indexOf(notes: Record<string, string>): VaultIndex {
  const index = new VaultIndex({ peopleFolder: 'People', meetingsFolder: '1-1s' });
  index.batch(() => {
    index.upsert({ path: ALICE, frontmatter: { cadence: 'weekly' }, tags: [], text: null });
    for (const [date, text] of Object.entries(notes)) {
      const path = date.includes('/') ? date : `1-1s/Alice/${date}.md`;
      index.upsert({ path, frontmatter: { person: '[[Alice]]', date: date.includes('/') ? undefined : date }, tags: [], text });
    }
  });
  return index;
}

const COPY = '- [ ] @Alice send the draft ([[1-1s/Alice/2026-10-09|from Oct 9]])\n';

describe('carryIdentity', () => {
  it('is the origin meeting (case ignored) and the words without the marker', () => {
    const text = '@Alice send  the draft ([[1-1s/Alice/2026-10-09|from Oct 9]] ×2)';
    const copy = carryIdentity({ text, carriedFrom: findCarryMarker(text) }, '1-1s/Alice/2026-10-23.md');
    const original = carryIdentity({ text: '@Alice send the draft', carriedFrom: null }, '1-1S/alice/2026-10-09.md');
    expect(copy).toBe(original);
    expect(carryIdentity({ text: '@Alice send the draft', carriedFrom: null }, '1-1s/Alice/2026-10-16.md')).not.toBe(original);
  });
});

describe('the index with items carried without marking the earlier copies', () => {
  it('counts an item copied from 10-09 into 10-16 once, at its newest copy', () => {
    const index = indexOf({ '2026-10-09': '- [ ] @Alice send the draft\n- [ ] @me book a room\n', '2026-10-16': COPY });
    expect(index.openCounts(ALICE)).toEqual({ theirs: 1, mine: 1, unassigned: 0 });
    const open = index.openActions();
    expect(open.map((a) => [a.meetingPath, a.item.line])).toEqual([
      ['1-1s/Alice/2026-10-09.md', 1],
      ['1-1s/Alice/2026-10-16.md', 0],
    ]);
    expect(index.actionsOf(ALICE).map((a) => a.meetingPath)).toEqual(['1-1s/Alice/2026-10-16.md', '1-1s/Alice/2026-10-09.md']);
    expect(index.actionsOf(ALICE).map((a) => a.item.line)).toEqual([0, 1]);
  });

  it('keeps the copy in the newest meeting whatever order the notes arrive in, undated counting as oldest', () => {
    const index = indexOf({
      '2026-10-23': COPY.replace('Oct 9]]', 'Oct 9]] ×2'),
      '2026-10-09': '- [ ] @Alice send the draft\n',
      '1-1s/Alice/Notes.md': COPY,
      '2026-10-16': COPY,
    });
    expect(index.openCounts(ALICE).theirs).toBe(1);
    expect(index.openActions().map((a) => a.meetingPath)).toEqual(['1-1s/Alice/2026-10-23.md']);
  });

  it('matches the origin case-insensitively and ignores spacing around the marker', () => {
    const copy = '- [ ] @Alice  send the draft   ([[1-1S/alice/2026-10-09.md|from Oct 9]])\n';
    const index = indexOf({ '2026-10-09': '- [ ] @Alice send the draft\n', '2026-10-16': copy });
    expect(index.openActions().map((a) => a.meetingPath)).toEqual(['1-1s/Alice/2026-10-16.md']);
  });

  it('counts two equal open tasks in one note as two items', () => {
    const index = indexOf({ '2026-10-09': '- [ ] @Alice send the draft\n- [ ] @Alice send the draft\n' });
    expect(index.openCounts(ALICE).theirs).toBe(2);
    expect(index.openActions()).toHaveLength(2);
    expect(index.actionsOf(ALICE)).toHaveLength(2);
  });

  it('closes the item when its newest copy is ticked off: the older open copy is no longer counted or listed', () => {
    const index = indexOf({ '2026-10-09': '- [ ] @Alice send the draft\n', '2026-10-16': COPY.replace('[ ]', '[x]') });
    expect(index.openCounts(ALICE).theirs).toBe(0);
    expect(index.openActions()).toEqual([]);
    const listed = index.actionsOf(ALICE, { includeClosed: true });
    expect(listed.map((a) => [a.meetingPath, a.item.state])).toEqual([['1-1s/Alice/2026-10-16.md', 'done']]);
  });

  it('counts the sub-items carried with a task once, at the newest copy', () => {
    const index = indexOf({
      '2026-10-09': '- [ ] @Alice send the draft\n    - [ ] @me read it first\n- [ ] @me book a room\n',
      '2026-10-16': `${COPY}    - [ ] @me read it first\n`,
    });
    expect(index.openCounts(ALICE)).toEqual({ theirs: 1, mine: 2, unassigned: 0 });
    expect(index.actionsOf(ALICE).map((a) => `${a.meetingPath.slice(-13, -3)}:${a.item.line}`)).toEqual(['2026-10-16:0', '2026-10-16:1', '2026-10-09:2']);
  });

  it('leaves closed tasks listed when asked, and items marked [>] are not open anyway', () => {
    const index = indexOf({ '2026-10-09': '- [>] @Alice send the draft\n- [x] @me done\n', '2026-10-16': COPY });
    expect(index.openCounts(ALICE)).toEqual({ theirs: 1, mine: 0, unassigned: 0 });
    expect(index.actionsOf(ALICE, { includeClosed: true })).toHaveLength(3);
  });
});

describe('a copy edited after it was carried (leave earlier notes untouched)', () => {
  it('stays the same item when its due date, priority or done date moves, so the original is not counted again', () => {
    const original = '- [ ] @Alice send the draft 📅 2026-10-20\n';
    const moved = '- [ ] @Alice send the draft ([[1-1s/Alice/2026-10-09|from Oct 9]]) 📅 2026-12-01 ⏫ [priority:: high]\n';
    const index = indexOf({ '2026-10-09': original, '2026-10-16': moved });
    expect(index.openCounts(ALICE).theirs).toBe(1);
    expect(index.openActions().map((a) => a.meetingPath)).toEqual(['1-1s/Alice/2026-10-16.md']);
  });
});
