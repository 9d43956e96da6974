// The one "Start 1:1" sequence, against notes kept in memory: what it writes, in which order, and
// what it reports when the vault changes under it or a write fails. Each item ends open in one place.
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { CalendarDay } from '../../src/core/calendar/dates';
import { VaultIndex } from '../../src/core/index/vault-index';
import { DEFAULT_SETTINGS } from '../../src/core/settings/settings';
import type { StartHost } from '../../src/core/start/start-plan';
import { startMeeting, type EditResult, type RewriteOutcome, type StartWrites } from '../../src/core/start/start-sequence';
import { locateEdits } from '../../src/core/tasks/locate-edit';
import type { PlannedEdit } from '../../src/core/tasks/task-edit';

const DAY = '2026-11-20' as CalendarDay;
const NOW = new Date(2026, 10, 20, 9, 30);
const PERSON = 'People/Alice Smith.md';
const EARLIER = '1-1s/Alice Smith/2026-10-09.md';
const NEW = '1-1s/Alice Smith/2026-11-20 Alice Smith.md';
const PERSON_TEXT = '---\ncadence: weekly\n---\n## Next 1:1\n- ask about the offsite\n';
const EARLIER_TEXT = '---\ndate: 2026-10-09\n---\n## Action items\n- [ ] [[Alice Smith]] send the roadmap draft\n- [ ] @me book a room\n- [x] done already\n';
const ROADMAP = '[[Alice Smith]] send the roadmap draft';
const ROOM = '@me book a room';

function frontmatterOf(text: string): unknown {
  const block = /^---\n([\s\S]*?)\n?---(\n|$)/.exec(text);
  return block ? (parse(block[1] ?? '') as unknown) : undefined;
}

/**
 * Notes in memory, written the way the start sequence asks: exclusive creation, line edits each
 * checked against the line as it is now, rewrites refused when the change does. `failing` notes
 * refuse every write; `beforeCreate` and `afterCreate` change the notes around the creation, as a
 * sync or another device would. `log` lists the writes made, in order.
 */
class MemoryNotes implements StartWrites<string> {
  readonly texts: Map<string, string>;
  readonly failing = new Set<string>();
  readonly log: string[] = [];
  beforeCreate: () => void = () => undefined;
  afterCreate: () => void = () => undefined;

  constructor(files: Record<string, string>) {
    this.texts = new Map(Object.entries(files));
  }

  create(path: string, content: string): Promise<{ created: boolean; path: string } | { failed: string }> {
    this.beforeCreate();
    if (this.failing.has(path)) return Promise.resolve({ failed: `Could not create "${path}": EACCES.` });
    if (this.texts.has(path)) return Promise.resolve({ created: false, path });
    this.texts.set(path, content);
    this.log.push(`create ${path}`);
    this.afterCreate();
    return Promise.resolve({ created: true, path });
  }

  applyEdits(edits: readonly PlannedEdit[]): Promise<EditResult<string>[]> {
    return Promise.resolve(
      edits.map((edit) => {
        const text = this.texts.get(edit.path);
        if (text === undefined || this.failing.has(edit.path)) return { ok: false, reason: `cannot write ${edit.path}` };
        const located = locateEdits(text, [edit]);
        if (located.results[0]?.ok !== true) return { ok: false, reason: `changed: ${edit.expectedText}` };
        this.texts.set(edit.path, located.text);
        this.log.push(`edit ${edit.path}`);
        return { ok: true };
      }),
    );
  }

  rewrite(path: string, change: (text: string) => string | null): Promise<RewriteOutcome<string>> {
    const text = this.texts.get(path);
    if (text === undefined) return Promise.resolve('missing');
    if (this.failing.has(path)) return Promise.resolve({ failed: `cannot write ${path}` });
    const after = change(text);
    if (after === null) return Promise.resolve('refused');
    this.texts.set(path, after);
    this.log.push(`rewrite ${path}`);
    return Promise.resolve('written');
  }

  text(path: string): string | undefined {
    return this.texts.get(path);
  }

  /** How many notes hold the item open (`- [ ] `). */
  openCopies(item: string): number {
    return [...this.texts.values()].flatMap((text) => text.split('\n')).filter((line) => line.startsWith('- [ ] ') && line.includes(item)).length;
  }
}

/** The vault as planning reads it: indexed once, before the start, then read from the notes as they are. */
function setup(files: Record<string, string> = { [PERSON]: PERSON_TEXT, [EARLIER]: EARLIER_TEXT }) {
  const notes = new MemoryNotes(files);
  const index = new VaultIndex({ peopleFolder: 'People', meetingsFolder: '1-1s' });
  for (const [path, text] of Object.entries(files)) index.upsert({ path, frontmatter: frontmatterOf(text), tags: [], text });
  const host: StartHost = {
    index,
    settings: DEFAULT_SETTINGS,
    parseYaml: (text) => parse(text) as unknown,
    read: (path) => Promise.resolve(notes.text(path) ?? null),
    exists: (path) => notes.texts.has(path),
    unwritable: () => null,
    linkText: (target) => target.slice(target.lastIndexOf('/') + 1).replace(/\.md$/, ''),
    findTemplate: () => null,
    questionsFor: () => [],
  };
  const person = index.getPerson(PERSON);
  if (!person) throw new Error('Alice is not indexed as a person');
  return { notes, start: () => startMeeting(host, notes, person, DAY, NOW) };
}

describe('the start sequence', () => {
  it('creates the note, then marks the earlier copies, then takes the agenda out of the queue', async () => {
    const { notes, start } = setup();
    const started = await start();
    expect(started).toMatchObject({ kind: 'created', path: NEW, problems: [], takenBack: null, dequeued: 'written' });
    expect(notes.log).toEqual([`create ${NEW}`, `edit ${EARLIER}`, `edit ${EARLIER}`, `rewrite ${PERSON}`]);
    expect(notes.text(EARLIER)).toBe(EARLIER_TEXT.replaceAll('- [ ] ', '- [>] '));
    expect(notes.text(NEW)).toContain('- [ ] ask about the offsite');
    expect(notes.text(PERSON)).toBe('---\ncadence: weekly\n---\n## Next 1:1\n');
    expect(notes.openCopies(ROADMAP)).toBe(1);
    expect(notes.openCopies(ROOM)).toBe(1);
  });

  it("opens today's note when it is there already, and writes nothing", async () => {
    const today = '---\ndate: 2026-11-20\n---\n';
    const { notes, start } = setup({ [PERSON]: PERSON_TEXT, [EARLIER]: EARLIER_TEXT, [NEW]: today });
    expect(await start()).toEqual({ kind: 'existing', path: NEW });
    expect(notes.log).toEqual([]);
  });

  it('takes an item back out of the new note when its earlier copy changed between the plan and the mark', async () => {
    const { notes, start } = setup();
    notes.afterCreate = () => notes.texts.set(EARLIER, (notes.text(EARLIER) ?? '').replace('book a room', 'book a bigger room'));
    const started = await start();
    if (started.kind !== 'created') throw new Error(`not created: ${started.kind}`);
    expect(started.marks.map(({ result }) => result)).toEqual([{ ok: true }, { ok: false, reason: `changed: - [ ] ${ROOM}` }]);
    expect(started.takenBack).toBe('written');
    expect(notes.text(EARLIER)).toContain('- [ ] @me book a bigger room');
    expect(notes.text(NEW)).not.toContain('book a room');
    expect(notes.text(NEW)).toContain(`- [ ] ${ROADMAP}`);
    expect(notes.openCopies(ROADMAP)).toBe(1);
    expect(notes.openCopies('book a bigger room')).toBe(1);
    expect(started.dequeued).toBe('written');
  });

  it("takes a note that appeared at the path meanwhile as today's note: nothing marked, nothing dequeued", async () => {
    const { notes, start } = setup();
    notes.beforeCreate = () => notes.texts.set(NEW, 'synced from the phone\n');
    expect(await start()).toEqual({ kind: 'appeared', path: NEW, problems: [] });
    expect(notes.log).toEqual([]);
    expect(notes.text(NEW)).toBe('synced from the phone\n');
    expect(notes.text(EARLIER)).toBe(EARLIER_TEXT);
    expect(notes.text(PERSON)).toBe(PERSON_TEXT);
  });

  it('reports a mark write that fails, and loses nothing: the items stay open where they were, once', async () => {
    const { notes, start } = setup();
    notes.failing.add(EARLIER);
    const started = await start();
    if (started.kind !== 'created') throw new Error(`not created: ${started.kind}`);
    expect(started.marks.map(({ edit, result }) => [edit.path, result])).toEqual([
      [EARLIER, { ok: false, reason: `cannot write ${EARLIER}` }],
      [EARLIER, { ok: false, reason: `cannot write ${EARLIER}` }],
    ]);
    expect(started.takenBack).toBe('written');
    expect(notes.text(EARLIER)).toBe(EARLIER_TEXT);
    expect(notes.openCopies(ROADMAP)).toBe(1);
    expect(notes.openCopies(ROOM)).toBe(1);
    // The rest of the note, and the agenda leaving the queue, go ahead.
    expect(notes.text(NEW)).toContain('- [ ] ask about the offsite');
    expect(started.dequeued).toBe('written');
    expect(notes.text(PERSON)).not.toContain('offsite');
  });

  it('reports an item it could not take back, which then stays open in both notes rather than in none', async () => {
    const { notes, start } = setup();
    notes.afterCreate = () => {
      notes.failing.add(EARLIER);
      notes.failing.add(NEW);
    };
    const started = await start();
    expect(started).toMatchObject({ kind: 'created', takenBack: { failed: `cannot write ${NEW}` } });
    expect(notes.openCopies(ROADMAP)).toBe(2);
  });

  it('keeps the talking points queued when the queue changed meanwhile', async () => {
    const { notes, start } = setup();
    const changed = PERSON_TEXT.replace('the offsite', 'the offsite in March');
    notes.afterCreate = () => notes.texts.set(PERSON, changed);
    expect(await start()).toMatchObject({ kind: 'created', dequeued: 'refused' });
    expect(notes.text(PERSON)).toBe(changed);
  });

  it('writes nothing more when the note cannot be created', async () => {
    const { notes, start } = setup();
    notes.failing.add(NEW);
    expect(await start()).toEqual({ kind: 'not-created', path: NEW, problems: [], failed: `Could not create "${NEW}": EACCES.` });
    expect(notes.log).toEqual([]);
    expect(notes.text(EARLIER)).toBe(EARLIER_TEXT);
    expect(notes.text(PERSON)).toBe(PERSON_TEXT);
  });
});
