import { describe, expect, it } from 'vitest';
import type { IndexedAction, IndexedMeeting } from '../../src/core/index/index-types';
import { VaultIndex } from '../../src/core/index/vault-index';
import { CarriedCopies } from '../../src/core/tasks/carried-copies';

// Behaviours pinned down by the mutation run over src/core/tasks/carried-copies.ts: which earlier
// copies of a carried item are superseded, kept right as notes change one at a time, and which
// meetings a change reports. See test/mutation-survivors.md for the mutants no input can tell apart.
const ALICE = 'People/Alice.md';
const from = (text: string) => `- [ ] @Alice ${text} ([[1-1s/Alice/2026-10-09|from Oct 9]])\n`;

/** Alice's notes: a date names `1-1s/Alice/<date>.md` dated so; anything else is a path, dated by its file name. */
function meetingPath(name: string): string {
  return name.includes('/') ? name : `1-1s/Alice/${name}.md`;
}

function put(index: VaultIndex, name: string, text: string): void {
  const path = meetingPath(name);
  const date = name.includes('/') ? undefined : name;
  index.upsert({ path, frontmatter: { person: '[[Alice]]', date }, tags: [], text });
}

function indexOf(notes: Record<string, string>): VaultIndex {
  const index = new VaultIndex({ peopleFolder: 'People', meetingsFolder: '1-1s' });
  index.batch(() => {
    index.upsert({ path: ALICE, frontmatter: { cadence: 'weekly' }, tags: [], text: null });
    for (const [name, text] of Object.entries(notes)) put(index, name, text);
  });
  return index;
}

/** The open tasks listed, as note and line, in that order. */
const open = (index: VaultIndex) =>
  index
    .openActions()
    .map((a) => `${a.meetingPath}:${a.item.line}`)
    .sort();

describe('which copies are superseded', () => {
  it('supersedes every equal task in the meeting an item came from', () => {
    const index = indexOf({ '2026-10-09': '- [ ] @Alice send the draft\n- [ ] @Alice send the draft\n', '2026-10-16': from('send the draft') });
    expect(open(index)).toEqual(['1-1s/Alice/2026-10-16.md:0']);
  });

  it('leaves the other tasks of the earlier meeting alone, before and after the copied one', () => {
    const earlier = '- [ ] @me book a room\n- [ ] @Alice send the draft\n- [ ] @me call Bob\n';
    const index = indexOf({ '2026-10-09': earlier, '2026-10-16': from('send the draft') });
    expect(open(index)).toEqual(['1-1s/Alice/2026-10-09.md:0', '1-1s/Alice/2026-10-09.md:2', '1-1s/Alice/2026-10-16.md:0']);
  });

  it('leaves the earlier task listed when the copy\'s words were changed', () => {
    const index = indexOf({ '2026-10-09': '- [ ] @Alice send the draft\n', '2026-10-16': from('send the final draft') });
    expect(open(index)).toEqual(['1-1s/Alice/2026-10-09.md:0', '1-1s/Alice/2026-10-16.md:0']);
  });

  it('finds the meeting an item came from by its path in lower case, as the item\'s identity does', () => {
    // U+212A KELVIN SIGN is "k" in lower case but stays itself in upper case.
    const copy = '- [ ] @Alice send the draft ([[1-1s/kate/2026-10-09|from Oct 9]])\n';
    const index = indexOf({ '1-1s/\u212Aate/2026-10-09.md': '- [ ] @Alice send the draft\n', '2026-10-16': copy });
    expect(open(index)).toEqual(['1-1s/Alice/2026-10-16.md:0']);
  });

  it('leaves an open sub-item under a done earlier copy alone', () => {
    const index = indexOf({ '2026-10-09': '- [x] @Alice send the draft\n    - [ ] @me read it\n', '2026-10-16': from('send the draft') });
    expect(open(index)).toEqual(['1-1s/Alice/2026-10-09.md:1', '1-1s/Alice/2026-10-16.md:0']);
  });
});

describe('copies kept right as notes change one at a time', () => {
  // Each test reads the index once before the change, so the change is applied to what it holds
  // instead of everything being read again from scratch.
  const TWO = '- [ ] @Alice send the draft\n- [ ] @Alice book a room\n';

  it('re-decides every item that came from a meeting when that meeting changes', () => {
    const index = indexOf({ '2026-10-09': TWO, '2026-10-16': from('send the draft') + from('book a room') });
    expect(open(index)).toEqual(['1-1s/Alice/2026-10-16.md:0', '1-1s/Alice/2026-10-16.md:1']);
    put(index, '2026-10-09', `# Notes\n${TWO}`);
    expect(open(index)).toEqual(['1-1s/Alice/2026-10-16.md:0', '1-1s/Alice/2026-10-16.md:1']);
  });

  it('still re-decides the other items of a meeting after one item lost its last copy', () => {
    const index = indexOf({ '2026-10-09': TWO, '2026-10-16': from('send the draft'), '2026-10-23': from('book a room') });
    expect(open(index)).toEqual(['1-1s/Alice/2026-10-16.md:0', '1-1s/Alice/2026-10-23.md:0']);
    index.remove('1-1s/Alice/2026-10-16.md');
    expect(open(index)).toEqual(['1-1s/Alice/2026-10-09.md:0', '1-1s/Alice/2026-10-23.md:0']);
    put(index, '2026-10-09', `# Notes\n${TWO}`);
    expect(open(index)).toEqual(['1-1s/Alice/2026-10-09.md:1', '1-1s/Alice/2026-10-23.md:0']);
  });

  it('keeps the first copy superseded while another copy is left', () => {
    const index = indexOf({ '2026-10-09': TWO, '2026-10-16': from('send the draft'), '2026-10-23': from('send the draft') });
    expect(open(index)).toEqual(['1-1s/Alice/2026-10-09.md:1', '1-1s/Alice/2026-10-23.md:0']);
    index.remove('1-1s/Alice/2026-10-23.md');
    expect(open(index)).toEqual(['1-1s/Alice/2026-10-09.md:1', '1-1s/Alice/2026-10-16.md:0']);
  });

  it('treats equal tasks in two meetings at one path (case aside) as two items once the copy naming it goes', () => {
    const index = indexOf({
      '1-1s/Alice/2026-10-09.md': '- [ ] @Alice send the draft\n',
      '1-1s/alice/2026-10-09.md': '- [ ] @Alice send the draft\n',
      '2026-10-16': from('send the draft'),
    });
    expect(open(index)).toEqual(['1-1s/Alice/2026-10-16.md:0']);
    index.remove('1-1s/Alice/2026-10-16.md');
    expect(open(index)).toEqual(['1-1s/Alice/2026-10-09.md:0', '1-1s/alice/2026-10-09.md:0']);
  });

  it('lists a copy again once the newer meeting it came from is deleted', () => {
    const index = indexOf({ '2026-10-09': '- [ ] @Alice send the draft\n', '1-1s/Alice/Notes.md': from('send the draft') });
    expect(open(index)).toEqual(['1-1s/Alice/2026-10-09.md:0']);
    index.remove('1-1s/Alice/2026-10-09.md');
    expect(open(index)).toEqual(['1-1s/Alice/Notes.md:0']);
  });

  it('lists the earlier copy again when the only newer copy is deleted after its note was saved again', () => {
    const index = indexOf({ '2026-10-09': '- [ ] @Alice send the draft\n', '2026-10-16': from('send the draft') });
    expect(open(index)).toEqual(['1-1s/Alice/2026-10-16.md:0']);
    put(index, '2026-10-16', from('send the draft'));
    expect(open(index)).toEqual(['1-1s/Alice/2026-10-16.md:0']);
    index.remove('1-1s/Alice/2026-10-16.md');
    expect(open(index)).toEqual(['1-1s/Alice/2026-10-09.md:0']);
  });

  it('supersedes the earlier copy again when a deleted copy comes back', () => {
    const index = indexOf({ '2026-10-09': '- [ ] @Alice send the draft\n', '2026-10-16': from('send the draft') });
    expect(open(index)).toEqual(['1-1s/Alice/2026-10-16.md:0']);
    index.remove('1-1s/Alice/2026-10-16.md');
    expect(open(index)).toEqual(['1-1s/Alice/2026-10-09.md:0']);
    put(index, '2026-10-16', from('send the draft'));
    expect(open(index)).toEqual(['1-1s/Alice/2026-10-16.md:0']);
  });
});

describe('the meetings a change reports', () => {
  /** The meetings as the index reads them, by date. */
  function meetingsOf(notes: Record<string, string>): Record<string, IndexedMeeting> {
    const index = indexOf(notes);
    return Object.fromEntries(Object.keys(notes).map((name) => [name, index.getMeeting(meetingPath(name)) as IndexedMeeting]));
  }

  it('reports the meeting whose task a new copy supersedes', () => {
    const m = meetingsOf({ '2026-10-09': '- [ ] @Alice send the draft\n', '2026-10-16': from('send the draft') });
    const copies = new CarriedCopies([m['2026-10-09'] as IndexedMeeting]);
    expect(copies.replace(null, m['2026-10-16'] as IndexedMeeting)).toEqual(new Set([m['2026-10-09']]));
  });

  it('reports only the meeting whose copy a newer one now supersedes, not those superseded before', () => {
    const m = meetingsOf({
      '2026-10-09': '- [ ] @Alice send the draft\n',
      '2026-10-16': from('send the draft'),
      '2026-10-23': from('send the draft'),
    });
    const copies = new CarriedCopies([m['2026-10-09'] as IndexedMeeting, m['2026-10-16'] as IndexedMeeting]);
    expect(copies.replace(null, m['2026-10-23'] as IndexedMeeting)).toEqual(new Set([m['2026-10-16']]));
  });

  it('reports the meeting whose task is no longer superseded when the copy goes', () => {
    const m = meetingsOf({ '2026-10-09': '- [ ] @Alice send the draft\n', '2026-10-16': from('send the draft') });
    const copies = new CarriedCopies([m['2026-10-09'] as IndexedMeeting, m['2026-10-16'] as IndexedMeeting]);
    expect(copies.replace(m['2026-10-16'] as IndexedMeeting, null)).toEqual(new Set([m['2026-10-09']]));
    expect(copies.has(m['2026-10-09']?.actions[0] as IndexedAction)).toBe(false);
  });

  it('reports nothing for a copy whose first meeting is not there', () => {
    const m = meetingsOf({ '2026-10-16': from('send the draft') });
    expect(new CarriedCopies([]).replace(null, m['2026-10-16'] as IndexedMeeting)).toEqual(new Set());
  });
});
