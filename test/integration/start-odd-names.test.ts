import { describe, expect, it } from 'vitest';
import type { CalendarDay } from '../../src/core/calendar/dates';
import { personStatus } from '../../src/core/cadence/urgency';
import { shownNotices } from '../fake-obsidian/notice';
import { onTheReferenceDay, settle, startSettled } from '../support/plugin-harness';

const TODAY = '2026-11-20' as CalendarDay;
const PERSON = '---\ncadence: weekly\n---\n\n## Next 1:1\n';

onTheReferenceDay(new Date(2026, 10, 20, 9, 30));

/**
 * Names Obsidian lets a user give a note on Linux and macOS, each a person. The fake vault refuses
 * `|`, `"` and `:` in names and stores names composed (NFC), so `A|B`, `Say "Hi"`, `Re: Q3` and a
 * decomposed `Ünal` are covered by the core's tests (test/unit/person-names.test.ts) only.
 */
const NAMES = [
  'C# Dev',
  'Anna [Ops]',
  'R^2',
  "O'Brien",
  'Ünal',
  '100% Sure',
  '#2 [x] ^y (z)',
  'Jo .NET',
  'Zoë 🚀',
  'Team A/Sam',
  'Team B/Sam',
];
const PEOPLE = Object.fromEntries(NAMES.map((name) => [`People/${name}.md`, PERSON]));

async function vault(files: Record<string, string> = {}) {
  const started = await startSettled({ files: { ...PEOPLE, ...files } });
  const { app, plugin } = started;
  const notes = () => app.vault.getMarkdownFiles().map((f) => f.path);
  /** Runs "Start 1:1" as the sidebar and the picker do, and returns the notes it created. */
  const start = async (path: string) => {
    const before = new Set(notes());
    await plugin.startOneOnOne(path);
    await settle(app);
    return notes().filter((p) => !before.has(p));
  };
  const state = (path: string) => {
    const person = plugin.indexer.index.getPerson(path);
    return person ? personStatus(plugin.indexer.index, person, TODAY).cadence.state : 'not a person';
  };
  return { ...started, start, state };
}

describe('Start 1:1 with a person whose name holds characters links treat specially', () => {
  it.each(NAMES)('%j: one note, it names them, they are met, and starting again opens it', async (name) => {
    const path = `People/${name}.md`;
    const { app, plugin, start, state } = await vault();
    expect(state(path)).toBe('never-met');
    const created = await start(path);
    expect(created).toHaveLength(1);
    const note = created[0] ?? '';
    // Soft, so that one run shows every way a misread name hurts: unlinked, never met, a second note.
    expect.soft(plugin.indexer.index.getMeeting(note)?.peoplePaths).toEqual([path]);
    expect.soft(plugin.indexer.index.meetingsOf(path).map((m) => m.meeting.path)).toEqual([note]);
    expect.soft(state(path)).toBe('on-track');
    expect.soft(await start(path)).toEqual([]);
    expect.soft(app.workspace.getActiveFile()?.path).toBe(note);
    // The one notice is the first start's, with its Undo; starting again only opens the note.
    expect(shownNotices).toEqual([`One-on-ones: started your 1:1 with ${name.split('/').pop() ?? ''}.Undo`]);
  });

  it('names the person with a link that resolves to them, and each of two people named Sam to their own note', async () => {
    const { app, start } = await vault();
    const [dev] = await start('People/C# Dev.md');
    const [samA] = await start('People/Team A/Sam.md');
    const [samB] = await start('People/Team B/Sam.md');
    expect(app.vault.peek(dev ?? '')).toMatch(/^---\nperson: "\[C# Dev\]\(People\/C%23%20Dev\.md\)"\n/);
    expect(app.vault.peek(samA ?? '')).toMatch(/^---\nperson: "\[\[People\/Team A\/Sam\]\]"\n/);
    expect(app.vault.peek(samB ?? '')).toMatch(/^---\nperson: "\[\[People\/Team B\/Sam\]\]"\n/);
    expect(samA).not.toBe(samB);
    expect(await start('People/Team A/Sam.md')).toEqual([]);
    expect(app.workspace.getActiveFile()?.path).toBe(samA);
  });

  it('an earlier note filed only in the folder made from the name belongs to them, and its open items carry', async () => {
    const earlier = '1-1s/C Dev/2026-11-13.md';
    const { app, start, state } = await vault({ [earlier]: '# Notes\n\n- [ ] @me send the slides\n' });
    expect(state('People/C# Dev.md')).toBe('due');
    const [note] = await start('People/C# Dev.md');
    expect(app.vault.peek(note ?? '')).toContain('- [ ] @me send the slides');
    expect(app.vault.peek(earlier)).toBe('# Notes\n\n- [>] @me send the slides\n');
  });
});
