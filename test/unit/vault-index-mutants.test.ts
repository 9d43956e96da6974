import { describe, expect, it } from 'vitest';
import { VaultIndex, type IndexOptions } from '../../src/core/index/vault-index';

// Behaviours pinned down by the mutation run over src/core/index/vault-index.ts; the mutants there that
// no input can tell apart are listed with the reason in the mutation notes.
const OPTIONS: IndexOptions = { peopleFolder: 'People', meetingsFolder: '1-1s', meetingTag: 'sync', myName: 'Sam Lee' };

function indexWith(notes: [string, Record<string, unknown>, string?][] = []): { index: VaultIndex; events: () => number } {
  const index = new VaultIndex(OPTIONS);
  for (const [path, frontmatter, text] of notes) index.upsert({ path, frontmatter, tags: [], text: text ?? '' });
  let count = 0;
  index.onChange(() => count++);
  return { index, events: () => count };
}

const paths = (meetings: readonly { meeting: { path: string } }[]): string[] => meetings.map((m) => m.meeting.path);

describe('what the index reports about meeting notes that name nobody it knows', () => {
  it('lists three unknown people with commas and "and"', () => {
    const { index } = indexWith([['1-1s/Group/2026-11-02.md', { person: ['[[Ann]]', '[[Ben]]', '[[Cy]]'] }]]);
    expect(index.unattributedProblems().map((p) => p.problem)).toEqual(['people "Ann", "Ben" and "Cy" match no person note']);
  });

  it('keeps a dated note in the meetings folder that names no person, so its problem shows', () => {
    const { index } = indexWith([['1-1s/2026-11-02.md', {}]]);
    expect(paths(index.unresolvedMeetings())).toEqual(['1-1s/2026-11-02.md']);
  });

  it('keeps a note in the meetings folder with the meeting tag among its tags, though it names no person or date', () => {
    const index = new VaultIndex(OPTIONS);
    index.upsert({ path: '1-1s/Agenda.md', frontmatter: {}, tags: ['sync'], text: '' });
    expect(index.getMeeting('1-1s/Agenda.md')).not.toBeNull();
  });
});

describe('what the index counts and what it takes a note to be', () => {
  it('counts its people and meetings', () => {
    const { index } = indexWith([
      ['People/Mia.md', { cadence: 'weekly' }],
      ['People/Raj.md', {}],
      ['1-1s/Mia/2026-11-02.md', {}],
    ]);
    expect([index.peopleCount, index.meetingCount]).toEqual([2, 1]);
  });

  it('takes only a Markdown file to be a note, even in the people folder', () => {
    const index = new VaultIndex(OPTIONS);
    expect(index.kindOf('People/Mia.png', {}, [])).toBeNull();
    expect(index.kindOf('People/Mia.md', {}, [])).toBe('person');
  });

  it('takes a note elsewhere to be a meeting by the configured tag, given with the note', () => {
    const index = new VaultIndex(OPTIONS);
    expect(index.kindOf('Notes/Catch-up.md', {}, ['sync'])).toBe('meeting');
  });

  it('reports no problems for a person it does not know', () => {
    const { index } = indexWith();
    expect(index.problemsOf('People/Nobody.md')).toEqual([]);
  });
});

describe('an edited note', () => {
  it('drops a meeting that loses its tag', () => {
    const index = new VaultIndex(OPTIONS);
    index.upsert({ path: 'Notes/Catch-up.md', frontmatter: { person: '[[Mia]]', date: '2026-11-02' }, tags: ['sync'], text: '' });
    expect(index.getMeeting('Notes/Catch-up.md')).not.toBeNull();
    index.upsert({ path: 'Notes/Catch-up.md', frontmatter: { person: '[[Mia]]', date: '2026-11-02' }, tags: [], text: '' });
    expect(index.getMeeting('Notes/Catch-up.md')).toBeNull();
    expect(index.meetingCount).toBe(0);
  });

  it('is not a meeting when it is neither in the meetings folder nor tagged, whatever its properties', () => {
    const { index } = indexWith([['People/Mia.md', {}], ['Notes/Mia.md', { person: '[[Mia]]', date: '2026-11-02' }]]);
    expect(index.getMeeting('Notes/Mia.md')).toBeNull();
    expect(index.getMeeting('People/Mia.md')).toBeNull();
    expect(index.meetingCount).toBe(0);
  });

  it('is a person, not also a meeting, when a person note carries the meeting tag', () => {
    const index = new VaultIndex(OPTIONS);
    index.upsert({ path: 'People/Mia.md', frontmatter: { date: '2026-11-02' }, tags: ['sync'], text: '' });
    expect(index.getPerson('People/Mia.md')).not.toBeNull();
    expect(index.getMeeting('People/Mia.md')).toBeNull();
    expect(index.meetingCount).toBe(0);
  });

  it('as a new meeting is listed for the person at once, and says so', () => {
    const { index, events } = indexWith([['People/Mia.md', {}], ['1-1s/Mia/2026-11-02.md', {}]]);
    expect(paths(index.meetingsOf('People/Mia.md'))).toEqual(['1-1s/Mia/2026-11-02.md']);
    index.upsert({ path: '1-1s/Mia/2026-11-09.md', frontmatter: {}, tags: [], text: '' });
    expect(paths(index.meetingsOf('People/Mia.md'))).toEqual(['1-1s/Mia/2026-11-09.md', '1-1s/Mia/2026-11-02.md']);
    expect(events()).toBe(1);
  });

  it('as a new person is found by name at once, after earlier lookups', () => {
    const { index } = indexWith([['People/Mia.md', {}]]);
    expect(index.resolvePerson('Raj')).toBeNull();
    index.upsert({ path: 'People/Raj.md', frontmatter: {}, tags: [], text: null });
    expect(index.resolvePerson('Raj')?.path).toBe('People/Raj.md');
  });

  it('as a meeting leaves the other meetings as they were read', () => {
    const { index } = indexWith([['People/Mia.md', {}], ['1-1s/Mia/2026-11-02.md', {}]]);
    const before = index.getMeeting('1-1s/Mia/2026-11-02.md');
    index.upsert({ path: '1-1s/Mia/2026-11-09.md', frontmatter: {}, tags: [], text: '' });
    expect(index.getMeeting('1-1s/Mia/2026-11-02.md')).toBe(before);
  });
});

describe('a renamed note', () => {
  it('moves a meeting: gone from the old path, listed at the new one, and says so', () => {
    const { index, events } = indexWith([['People/Mia.md', {}], ['1-1s/Mia/2026-11-02.md', {}]]);
    expect(paths(index.meetingsOf('People/Mia.md'))).toEqual(['1-1s/Mia/2026-11-02.md']);
    const other = index.getMeeting('1-1s/Mia/2026-11-02.md');
    expect(index.rename('1-1s/Mia/2026-11-02.md', { path: '1-1s/Mia/2026-11-03.md', frontmatter: {}, tags: [] })).toBe(true);
    expect(index.getMeeting('1-1s/Mia/2026-11-02.md')).toBeNull();
    expect(paths(index.meetingsOf('People/Mia.md'))).toEqual(['1-1s/Mia/2026-11-03.md']);
    expect(index.allPeople().map((p) => p.path)).toEqual(['People/Mia.md']);
    expect(index.meetingCount).toBe(1);
    expect(events()).toBe(1);
    expect(other).not.toBeNull();
  });

  it('as a meeting leaves the other meetings as they were read', () => {
    const { index } = indexWith([['People/Mia.md', {}], ['1-1s/Mia/2026-11-02.md', {}], ['1-1s/Mia/2026-11-09.md', {}]]);
    const before = index.getMeeting('1-1s/Mia/2026-11-02.md');
    index.rename('1-1s/Mia/2026-11-09.md', { path: '1-1s/Mia/2026-11-10.md', frontmatter: {}, tags: [] });
    expect(index.getMeeting('1-1s/Mia/2026-11-02.md')).toBe(before);
  });

  it('moves a person, found by the new name at once, and needs no text', () => {
    const { index, events } = indexWith([['People/Mia.md', {}]]);
    expect(index.resolvePerson('Mia')?.path).toBe('People/Mia.md');
    expect(index.rename('People/Mia.md', { path: 'People/Mia Wong.md', frontmatter: {}, tags: [] })).toBe(true);
    expect(index.resolvePerson('Mia Wong')?.path).toBe('People/Mia Wong.md');
    expect(events()).toBe(1);
  });

  it('moved into the people folder is a person, found by name at once, after earlier lookups', () => {
    const { index, events } = indexWith([['People/Mia.md', {}]]);
    expect(index.resolvePerson('Raj')).toBeNull();
    expect(index.rename('Notes/Raj.md', { path: 'People/Raj.md', frontmatter: {}, tags: [] })).toBe(true);
    expect(index.resolvePerson('Raj')?.path).toBe('People/Raj.md');
    expect(events()).toBe(1);
  });

  it('moved from the meetings folder into the people folder is a person, not also a meeting, even with the meeting tag', () => {
    const { index } = indexWith([['1-1s/Mia/2026-11-02.md', {}]]);
    index.rename('1-1s/Mia/2026-11-02.md', { path: 'People/Raj.md', frontmatter: { date: '2026-11-02' }, tags: ['sync'] });
    expect(index.getPerson('People/Raj.md')).not.toBeNull();
    expect(index.getMeeting('People/Raj.md')).toBeNull();
    expect(index.meetingCount).toBe(0);
  });

  it('needs its text when it becomes a meeting at the new path', () => {
    const { index } = indexWith();
    expect(index.rename('Notes/Draft.md', { path: '1-1s/Mia/2026-11-02.md', frontmatter: {}, tags: [] })).toBe(false);
  });

  it('needs no text when it is neither a person nor a meeting at the new path', () => {
    const { index } = indexWith();
    expect(index.rename('Notes/Draft.md', { path: 'Notes/Old draft.md', frontmatter: {}, tags: [] })).toBe(true);
  });
});

describe('a removed note', () => {
  it('removing a person leaves their meetings attributed to nobody, and says so', () => {
    const { index, events } = indexWith([['People/Mia.md', {}], ['1-1s/Mia/2026-11-02.md', {}]]);
    expect(index.unresolvedMeetings()).toEqual([]);
    index.remove('People/Mia.md');
    expect(paths(index.unresolvedMeetings())).toEqual(['1-1s/Mia/2026-11-02.md']);
    expect(events()).toBe(1);
  });

  it('removing a meeting drops it from the person, and says so', () => {
    const { index, events } = indexWith([['People/Mia.md', {}], ['1-1s/Mia/2026-11-02.md', {}]]);
    expect(index.meetingsOf('People/Mia.md')).toHaveLength(1);
    index.remove('1-1s/Mia/2026-11-02.md');
    expect(index.meetingsOf('People/Mia.md')).toEqual([]);
    expect(events()).toBe(1);
  });
});

describe('reset', () => {
  it('forgets every person and meeting, and says so', () => {
    const { index, events } = indexWith([['People/Mia.md', {}], ['1-1s/Mia/2026-11-02.md', {}]]);
    expect(index.meetingsOf('People/Mia.md')).toHaveLength(1);
    index.reset(OPTIONS);
    expect(index.allPeople()).toEqual([]);
    expect(index.meetingsOf('People/Mia.md')).toEqual([]);
    expect(index.resolvePerson('Mia')).toBeNull();
    expect(events()).toBe(1);
  });
});

describe('listeners', () => {
  it('stops telling a listener about changes once it unsubscribes', () => {
    const index = new VaultIndex(OPTIONS);
    let count = 0;
    const unsubscribe = index.onChange(() => count++);
    index.touch();
    unsubscribe();
    index.touch();
    expect(count).toBe(1);
    expect(index.revision).toBe(2);
  });
});

describe('a batch of changes', () => {
  it('says so once, at the end', () => {
    const { index, events } = indexWith();
    const during: number[] = [];
    index.batch(() => {
      index.upsert({ path: 'People/Mia.md', frontmatter: {}, tags: [], text: null });
      index.batch(() => index.upsert({ path: 'People/Raj.md', frontmatter: {}, tags: [], text: null }));
      during.push(events());
      index.upsert({ path: '1-1s/Mia/2026-11-02.md', frontmatter: {}, tags: [], text: '' });
      during.push(events());
    });
    expect(during).toEqual([0, 0]);
    expect(events()).toBe(1);
    expect(index.revision).toBe(1);
  });

  it('says nothing when nothing changed, before or after a batch that did', () => {
    const { index, events } = indexWith();
    index.batch(() => undefined);
    expect([events(), index.revision]).toEqual([0, 0]);
    index.batch(() => index.touch());
    index.batch(() => undefined);
    expect([events(), index.revision]).toEqual([1, 1]);
  });
});

describe('who a task is for', () => {
  const owners = (text: string): string[] => {
    const { index } = indexWith([['People/Mia.md', {}], ['1-1s/Mia/2026-11-02.md', {}, text]]);
    return index.actionsOf('People/Mia.md').map((a) => (a.owner.kind === 'person' ? a.owner.path : a.owner.kind));
  };

  it('is me when it names me by my name', () => {
    expect(owners('- [ ] [[Sam Lee]] send the deck\n- [ ] [[sam lee.md]] book a room\n')).toEqual(['me', 'me']);
  });

  it('is the person it names, when that is not me', () => {
    expect(owners('- [ ] [[Mia]] send the deck\n')).toEqual(['People/Mia.md']);
  });

  it('is the first owner it names that the index knows', () => {
    expect(owners('- [ ] [[Nobody]] [[Mia]] send the deck\n- [ ] [[Nobody]] book a room\n')).toEqual(['People/Mia.md', 'unassigned']);
  });
});
