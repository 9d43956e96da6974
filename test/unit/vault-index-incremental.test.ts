import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CalendarDay } from '../../src/core/calendar/dates';
import { peopleByUrgency } from '../../src/core/cadence/urgency';
import { VaultIndex, type IndexedAction, type IndexOptions, type NoteInput } from '../../src/core/index/vault-index';
import { runs } from '../support/mutation-run';

/**
 * The index updates its person↔meeting lists one note at a time. Whatever the sequence of edits,
 * renames and deletions, every query must answer what an index built afresh from the final notes
 * answers, in the same order.
 */

const TODAY = '2026-10-20' as CalendarDay;
const OPTIONS: IndexOptions = { peopleFolder: 'People', meetingsFolder: '1-1s', meetingTag: '1on1', myName: 'Me Myself' };

const PERSON_PATHS = ['People/Alice.md', 'People/Bob.md', 'People/Cara.md', 'People/Team/Zed.md'];
const MEETING_PATHS = [
  '1-1s/Alice/2026-10-01.md',
  '1-1s/Alice/2026-10-08.md',
  '1-1s/Alice/Notes.md',
  '1-1s/Bob/2026-10-08.md',
  '1-1s/Bob/2026-10-15.md',
  '1-1s/Group/2026-10-15.md',
  '1-1s/Zed/2026-10-01.md',
  'Elsewhere/2026-10-22 Cara.md',
];
const ALL_PATHS = [...PERSON_PATHS, ...MEETING_PATHS];

const personFrontmatter = fc.constantFrom<unknown>(
  { cadence: 'weekly' },
  { cadence: 'biweekly', aliases: ['Al'] },
  { cadence: 'monthly', aliases: ['Bobby', 'Al'] },
  { cadence: 'every 3 weeks' },
  null,
);

const meetingFrontmatter = fc.constantFrom<unknown>(
  null,
  null,
  { person: ['[[Alice]]', '[[Bob]]'] },
  { person: ['[[Bob]]', '[[Cara]]'], tags: ['1on1'] },
  { person: '[[Al]]' },
  { person: '[[Cara]]', tags: ['1on1'] },
  { person: '[[Zed]]', date: '2026-10-12' },
  { date: '2026-10-03' },
  { status: 'cancelled' },
  { tags: ['1on1'] },
);

/** Few words, owners and origins, so copies of one item turn up in several meetings. */
const marker = fc.constantFrom(
  '',
  '',
  ' ([[1-1s/Alice/2026-10-01|from Oct 1]])',
  ' ([[1-1S/alice/2026-10-01.md|from Oct 1]] ×2)',
  ' (from [[1-1s/Alice/2026-10-08]])',
  ' ([[1-1s/Bob/2026-10-08|from Oct 8]])',
  ' ([[1-1s/Group/2026-10-15|from Oct 15]])',
  ' ([[1-1s/Alice/Notes|from Notes]])',
);
const task = fc
  .record({
    status: fc.constantFrom(' ', ' ', ' ', 'x', '-', '>', '/'),
    owner: fc.constantFrom('@Alice ', '@Bob ', '@me ', '@Me Myself ', '[[Cara]] ', '@Al ', ''),
    words: fc.constantFrom('send the draft', 'book a room'),
    marker,
    sub: fc.constantFrom('', '', '', '\n    - [ ] @me a sub-step', '\n    - [x] @Bob a sub-step'),
  })
  .map(({ status, owner, words, marker, sub }) => `- [${status}] ${owner}${words}${marker}${sub}`);
const meetingText = fc.array(fc.oneof({ weight: 4, arbitrary: task }, { weight: 1, arbitrary: fc.constantFrom('Notes.', '## Action items') }), { maxLength: 5 }).map((lines) => lines.join('\n') + '\n');

type Step =
  | { readonly kind: 'meeting'; readonly path: string; readonly frontmatter: unknown; readonly text: string }
  | { readonly kind: 'person'; readonly path: string; readonly frontmatter: unknown }
  | { readonly kind: 'remove'; readonly path: string }
  | { readonly kind: 'rename'; readonly from: string; readonly to: string }
  | { readonly kind: 'options'; readonly myName: string };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('meeting' as const), path: fc.constantFrom(...MEETING_PATHS), frontmatter: meetingFrontmatter, text: meetingText }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('person' as const), path: fc.constantFrom(...PERSON_PATHS), frontmatter: personFrontmatter }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('remove' as const), path: fc.constantFrom(...ALL_PATHS) }) },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('rename' as const), from: fc.constantFrom(...ALL_PATHS), to: fc.constantFrom(...ALL_PATHS, '1-1s/Cara/2026-10-09.md', 'Archive/old.md') }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('options' as const), myName: fc.constantFrom('Me Myself', 'Alice', '') }) },
);

/** The notes as the vault holds them, in the order the index last saw each (as its maps keep them). */
class Vault {
  readonly notes = new Map<string, NoteInput>();
  options: IndexOptions = OPTIONS;

  /** Applies one step to the vault and, as the Obsidian adapter does, to `index`. */
  apply(index: VaultIndex, s: Step): void {
    if (s.kind === 'meeting' || s.kind === 'person') {
      const note: NoteInput = { path: s.path, frontmatter: s.frontmatter, tags: [], text: s.kind === 'meeting' ? s.text : '' };
      this.notes.delete(note.path);
      this.notes.set(note.path, note);
      upsert(index, note);
    } else if (s.kind === 'remove') {
      this.notes.delete(s.path);
      index.remove(s.path);
    } else if (s.kind === 'rename') {
      const note = this.notes.get(s.from);
      if (!note || this.notes.has(s.to)) return;
      const moved = { ...note, path: s.to };
      this.notes.delete(s.from);
      this.notes.set(s.to, moved);
      if (!index.rename(s.from, { path: moved.path, frontmatter: moved.frontmatter, tags: moved.tags })) upsert(index, moved);
    } else {
      this.options = { ...OPTIONS, myName: s.myName };
      index.reset(this.options);
      index.batch(() => this.notes.forEach((note) => upsert(index, note)));
    }
  }

  fresh(): VaultIndex {
    const index = new VaultIndex(this.options);
    index.batch(() => this.notes.forEach((note) => upsert(index, note)));
    return index;
  }
}

/** Person notes are passed without their text, as the adapter does. */
function upsert(index: VaultIndex, note: NoteInput): void {
  index.upsert(index.kindOf(note.path, note.frontmatter, note.tags) === 'person' ? { ...note, text: null } : note);
}

const where = (action: IndexedAction) => `${action.meetingPath}:${action.item.line}`;

/** Everything the person↔meeting lists feed, in a form two indexes can be compared by. */
function answers(index: VaultIndex, paths: readonly string[]) {
  const meetings = paths.map((path) => index.getMeeting(path)).filter((m) => m !== null);
  return {
    people: paths.map((path) => ({
      path,
      meetings: index.meetingsOf(path),
      open: index.openCounts(path),
      actions: index.actionsOf(path).map(where),
      allActions: index.actionsOf(path, { includeClosed: true }).map(where),
      problems: index.problemsOf(path),
    })),
    superseded: meetings.flatMap((m) => m.actions.filter((a) => index.isSuperseded(a)).map(where)),
    unresolved: index.unresolvedMeetings(),
    unattributed: index.unattributedProblems(),
    openActions: index.openActions().map(where),
    urgency: peopleByUrgency(index, TODAY),
  };
}

describe('the index updated one note at a time', () => {
  it('answers every list query as an index built afresh from the same notes', () => {
    fc.assert(
      fc.property(fc.array(fc.array(step, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 30 }), (steps) => {
        const vault = new Vault();
        const index = new VaultIndex(OPTIONS);
        const paths = [...ALL_PATHS, '1-1s/Cara/2026-10-09.md', 'Archive/old.md'];
        for (const group of steps) {
          // A lone step arrives on its own; two or three arrive together, as a sync or a bulk edit does.
          if (group.length === 1) vault.apply(index, group[0] as Step);
          else index.batch(() => group.forEach((s) => vault.apply(index, s)));
          expect(answers(index, paths)).toEqual(answers(vault.fresh(), paths));
        }
      }),
      { numRuns: runs(400) },
    );
  });

  it('moves a renamed meeting from its old person to its new one, and its carried copy with it', () => {
    const vault = new Vault();
    const index = new VaultIndex(OPTIONS);
    const steps: Step[] = [
      { kind: 'person', path: 'People/Alice.md', frontmatter: { cadence: 'weekly' } },
      { kind: 'person', path: 'People/Bob.md', frontmatter: { cadence: 'weekly' } },
      { kind: 'meeting', path: '1-1s/Alice/2026-10-01.md', frontmatter: null, text: '- [ ] @Alice send the draft\n' },
      { kind: 'meeting', path: '1-1s/Alice/2026-10-08.md', frontmatter: null, text: '- [ ] @Alice send the draft ([[1-1s/Alice/2026-10-01|from Oct 1]])\n' },
    ];
    for (const s of steps) vault.apply(index, s);
    expect(index.openCounts('People/Alice.md').theirs).toBe(1);
    vault.apply(index, { kind: 'rename', from: '1-1s/Alice/2026-10-08.md', to: '1-1s/Bob/2026-10-08.md' });
    expect(index.meetingsOf('People/Alice.md').map((m) => m.meeting.path)).toEqual(['1-1s/Alice/2026-10-01.md']);
    expect(index.meetingsOf('People/Bob.md').map((m) => m.meeting.path)).toEqual(['1-1s/Bob/2026-10-08.md']);
    // Still carried on, now in Bob's meeting: Alice's copy is superseded, and the copy is Alice's task.
    expect(index.openCounts('People/Alice.md')).toEqual({ theirs: 0, mine: 0, unassigned: 0 });
    expect(index.openCounts('People/Bob.md')).toEqual({ theirs: 0, mine: 0, unassigned: 0 });
    expect(answers(index, ALL_PATHS)).toEqual(answers(vault.fresh(), ALL_PATHS));
  });

  it('supersedes across people: a copy in a group meeting closes the older copy in a 1:1 and its count', () => {
    const vault = new Vault();
    const index = new VaultIndex(OPTIONS);
    vault.apply(index, { kind: 'person', path: 'People/Alice.md', frontmatter: { cadence: 'weekly' } });
    vault.apply(index, { kind: 'person', path: 'People/Bob.md', frontmatter: { cadence: 'weekly' } });
    vault.apply(index, { kind: 'meeting', path: '1-1s/Bob/2026-10-08.md', frontmatter: null, text: '- [ ] @me book a room\n    - [ ] @me a sub-step\n' });
    expect(index.openCounts('People/Bob.md').mine).toBe(2);
    const copy = '- [ ] @me book a room ([[1-1s/Bob/2026-10-08|from Oct 8]])\n';
    vault.apply(index, { kind: 'meeting', path: '1-1s/Group/2026-10-15.md', frontmatter: { person: ['[[Alice]]', '[[Bob]]'] }, text: copy });
    expect(index.openCounts('People/Bob.md').mine).toBe(1);
    expect(index.openCounts('People/Alice.md').mine).toBe(1);
    vault.apply(index, { kind: 'remove', path: '1-1s/Group/2026-10-15.md' });
    expect(index.openCounts('People/Bob.md').mine).toBe(2);
    expect(index.openCounts('People/Alice.md').mine).toBe(0);
    expect(answers(index, ALL_PATHS)).toEqual(answers(vault.fresh(), ALL_PATHS));
  });
});
