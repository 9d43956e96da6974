// An edit inside one section of a running note re-reads that section alone (issue 16, "only the
// changed note is re-read", 2 ms on 500 sections). Whatever the edit, the index must read the note
// exactly as reading it whole would: this compares the two on random edits of random running notes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VaultIndex } from '../../src/core/index/vault-index';

const OPTIONS = { peopleFolder: 'People', meetingsFolder: '1-1s', meetingTag: '1on1' };
const ALICE = 'People/Alice Smith.md';
const RUNNING = '1-1s/Alice Smith.md';

function view(index: VaultIndex) {
  return index.meetingsOf(ALICE).map(({ meeting, actions, agenda, askedQuestions }) => ({
    date: meeting.date,
    status: meeting.status,
    mood: meeting.mood,
    section: meeting.section,
    problems: meeting.problems,
    agenda,
    askedQuestions,
    actions: actions.map(({ item }) => [item.line, item.endLine, item.parentLine, item.state, item.text]),
  }));
}

function indexWith(...texts: string[]): VaultIndex {
  const index = new VaultIndex(OPTIONS);
  index.upsert({ path: ALICE, frontmatter: { cadence: 'weekly' }, tags: [], text: null });
  for (const text of texts) {
    index.upsert({ path: RUNNING, frontmatter: {}, tags: [], text });
    index.openCounts(ALICE);
  }
  return index;
}

const PIECES = ['\n', '\r\n', '\r', '## ', '### ', '# ', '2026-11-0', '1', '- [ ] ', '- [x] task', '    - [ ] sub', '```', '%%', '<!--', '-->', '> ', 'mood:: 7', 'status:: cancelled', 'Why?', 'text', ' '];
const section = fc.record({
  level: fc.constantFrom(2, 3),
  day: fc.integer({ min: 1, max: 28 }),
  body: fc.array(fc.constantFrom('mood:: 6', 'status:: planned', '- [ ] @me a task', '- [ ] [[Alice Smith]] hers', '    - [ ] nested', '### Agenda', '- a point', 'Some prose.', 'How are you?', '```', 'code', '```', ''), { maxLength: 6 }),
});
const note = fc.tuple(fc.constantFrom('', '# Alice\n\n', '---\nrole: x\n---\n'), fc.array(section, { minLength: 1, maxLength: 5 }), fc.constantFrom('\n', '\r\n')).map(([head, sections, eol]) =>
  (head + sections.map((s) => [`${'#'.repeat(s.level)} 2026-10-${String(s.day).padStart(2, '0')}`, ...s.body, ''].join('\n')).join('\n')).replace(/\n/g, eol),
);
const edit = fc.record({ at: fc.nat(), remove: fc.integer({ min: 0, max: 12 }), insert: fc.array(fc.constantFrom(...PIECES), { maxLength: 4 }).map((parts) => parts.join('')) });

describe('re-reading one section of a running note', () => {
  it('reads the note as reading it whole does, for any edit', () => {
    fc.assert(
      fc.property(note, fc.array(edit, { minLength: 1, maxLength: 3 }), (text, edits) => {
        let current = text;
        const texts = [text];
        for (const { at, remove, insert } of edits) {
          const where = at % (current.length + 1);
          current = current.slice(0, where) + insert + current.slice(where + remove);
          texts.push(current);
        }
        expect(view(indexWith(...texts))).toEqual(view(indexWith(current)));
      }),
      { numRuns: 1500 },
    );
  });

  it('re-reads only the edited section: the other meetings stay the very same, in LF, CRLF and lone CR notes', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = ['## 2026-11-13', 'notes', '- [ ] @me a', '', '## 2026-11-06', 'more', '', '## 2026-10-30', '- [ ] @me b', ''].join(eol);
      const index = indexWith(text);
      const before = index.meetingsOf(ALICE);
      // A word typed in the middle section, and a line added there (the sections below move down).
      for (const edited of [text.replace('more', 'more words'), text.replace(`more${eol}`, `more${eol}and a line${eol}`)]) {
        index.upsert({ path: RUNNING, frontmatter: {}, tags: [], text: edited });
        const after = index.meetingsOf(ALICE);
        expect(after[0]).toBe(before[0]);
        expect(after[1]).not.toBe(before[1]);
        expect(view(index)).toEqual(view(indexWith(edited)));
        index.upsert({ path: RUNNING, frontmatter: {}, tags: [], text });
      }
      // Nothing changed: nothing is read again.
      index.upsert({ path: RUNNING, frontmatter: {}, tags: [], text });
      expect(index.meetingsOf(ALICE)[2]).toBe(index.meetingsOf(ALICE)[2]);
    }
  });

  it('reads the whole note when the line break before the next dated heading is deleted (found by a hostile pass)', () => {
    const text = '## 2026-11-13\nnotes\n### Questions to try\n## 2026-11-06\n- [ ] @me send the offer\n';
    const joined = text.replace('try\n## 2026-11-06', 'try## 2026-11-06');
    expect(view(indexWith(text, joined))).toEqual(view(indexWith(joined)));
  });

  it('reads a word typed into one section of a 500-section note, and a new task there, at the right lines', () => {
    const sections = Array.from({ length: 500 }, (_, i) => `## 2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}\nNotes ${i}.\n- [ ] @me item ${i}\n`);
    const text = sections.join('\n');
    const edited = text.replace('Notes 250.', 'Notes 250, and more.\n- [ ] @me a new one');
    expect(view(indexWith(text, edited))).toEqual(view(indexWith(edited)));
  });
});
