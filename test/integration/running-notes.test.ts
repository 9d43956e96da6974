// Running notes in the plugin (issue 16): a person whose 1:1s are dated sections of one note has
// them in the sidebar, the 1:1 view (history by section, each link opening its section) and rollups.
import { describe, expect, it } from 'vitest';
import { openPersonView, PERSON_VIEW_TYPE } from '../../src/obsidian/person-view/person-view-host';
import type { App } from '../fake-obsidian/app';
import { afterRender, click } from '../support/due-sidebar';
import { eventually } from '../support/eventually';
import { onTheReferenceDay, settle, startSettled } from '../support/plugin-harness';
import { shownNotices } from '../fake-obsidian/notice';
import { MarkdownView } from '../fake-obsidian/workspace';

onTheReferenceDay();

const ALICE = 'People/Alice Smith.md';
const RUNNING = '1-1s/Alice Smith.md';
const TEXT = [
  '# 1:1s with Alice',
  '',
  '## 2026-11-13 — 1:1',
  'mood:: 7',
  'She wants to lead the offsite.',
  '- [ ] [[Alice Smith]] draft the plan',
  '',
  '## 2026-11-06',
  'status:: cancelled',
  'Pulled into the incident review.',
  '',
  '## 2026-10-30',
  'Talked about the migration.',
  '- [ ] @me send notes',
  '',
].join('\n');

function viewEl(app: App): HTMLElement {
  const leaf = app.workspace.getLeavesOfType(PERSON_VIEW_TYPE)[0];
  if (!leaf) throw new Error('no 1:1 view open');
  return (leaf.view as unknown as { contentEl: HTMLElement }).contentEl;
}

describe('a running note in the 1:1 view', () => {
  it('lists each section as a meeting with its own summary, and a click opens its section', async () => {
    const { app } = await startSettled({ files: { [ALICE]: '---\ncadence: weekly\n---\n', [RUNNING]: TEXT } });
    await openPersonView(app as never, ALICE);
    await settle(app);
    await afterRender();
    const rows = () => viewEl(app).findAll('.one-on-ones-pv-meeting');
    await eventually(() => expect(rows().map((row) => [row.find('.one-on-ones-pv-meeting-date')?.getText(), row.find('.one-on-ones-pv-summary')?.getText()])).toEqual([
      ['Nov 13', 'She wants to lead the offsite.'],
      ['Nov 6', 'Pulled into the incident review.'],
      ['Oct 30', 'Talked about the migration.'],
    ]));
    expect(viewEl(app).find('.one-on-ones-pv-header')?.getText() ?? viewEl(app).getText()).toContain('Last 1:1 Nov 13');
    click(rows()[0]?.find('.one-on-ones-pv-meeting-date'));
    await eventually(() => expect(app.workspace.getActiveFile()?.path).toBe(RUNNING));
    const leaf = app.workspace.getLeavesOfType('markdown').find((one) => (one.view as unknown as { file?: { path: string } }).file?.path === RUNNING);
    expect((leaf as unknown as { openedWith: unknown }).openedWith).toEqual({ subpath: '#2026-11-13 — 1:1' });
  });
});

describe('history summaries', () => {
  it('skip the lines a custom template writes into every note', async () => {
    const template = '---\nperson: "{{person_link}}"\ndate: {{date}}\n---\nWeekly sync, 30 minutes\n\n## Notes\n';
    const { app, plugin } = await startSettled({
      files: { [ALICE]: '---\ncadence: weekly\n---\n', 'Templates/1-1.md': template, '1-1s/Alice Smith/2026-11-13.md': '---\ndate: 2026-11-13\n---\nWeekly sync, 30 minutes\n\n## Notes\nShe is moving teams.\n' },
      dataJson: JSON.stringify({ templateFile: 'Templates/1-1.md' }),
    });
    await plugin.startOneOnOne(ALICE);
    await settle(app);
    await openPersonView(app as never, ALICE);
    await settle(app);
    await afterRender();
    await eventually(() => expect(viewEl(app).findAll('.one-on-ones-pv-meeting').map((row) => row.find('.one-on-ones-pv-summary')?.getText() ?? null)).toEqual([null, 'She is moving teams.']));
  });
});

describe('Start 1:1 into a running note', () => {
  const PERSON = '---\ncadence: weekly\none-on-one-layout: running\n---\n## Next 1:1\n- budget for the offsite\n';

  async function started(files: Record<string, string>, dataJson?: string) {
    const result = await startSettled({ files, ...(dataJson ? { dataJson } : {}) });
    await result.plugin.startOneOnOne(ALICE);
    await settle(result.app);
    return result;
  }

  it('puts today\'s section on top, its headings under the day, the queue as agenda, open items carried from their sections and marked [>]', async () => {
    const { app } = await started({ [ALICE]: PERSON, [RUNNING]: TEXT });
    const note = app.vault.peek(RUNNING) ?? '';
    const top = note.slice(0, note.indexOf('## 2026-11-13 — 1:1'));
    expect(top.startsWith('# 1:1s with Alice\n\n## 2026-11-20\nPrevious 1:1: ')).toBe(true);
    expect(top).toContain('\n### Agenda\n- [ ] budget for the offsite\n');
    expect(top).toContain('- [ ] [[Alice Smith]] draft the plan ([[1-1s/Alice Smith#2026-11-13 — 1:1|from Nov 13]])');
    expect(top).toContain('- [ ] @me send notes ([[1-1s/Alice Smith#2026-10-30|from Oct 30]])');
    expect(top).not.toMatch(/^## (?!2026-11-20)/m);
    expect(top.endsWith('\n\n')).toBe(true);
    // Everything below is as it was, but for the two marks.
    expect(note.slice(top.length)).toBe(TEXT.slice(TEXT.indexOf('## 2026-11-13')).replace('- [ ] [[Alice Smith]] draft', '- [>] [[Alice Smith]] draft').replace('- [ ] @me send notes', '- [>] @me send notes'));
    expect(app.vault.peek(ALICE)).toBe('---\ncadence: weekly\none-on-one-layout: running\n---\n## Next 1:1\n');
    const leaf = app.workspace.getLeavesOfType('markdown').find((one) => (one.view as unknown as { file?: { path: string } }).file?.path === RUNNING);
    expect((leaf as unknown as { openedWith: unknown }).openedWith).toEqual({ subpath: '#2026-11-20' });
  });

  it('opens today\'s section when started again the same day, and writes nothing', async () => {
    const { app, plugin } = await started({ [ALICE]: PERSON, [RUNNING]: TEXT });
    const once = app.vault.peek(RUNNING);
    await plugin.startOneOnOne(ALICE);
    await settle(app);
    expect(app.vault.peek(RUNNING)).toBe(once);
    expect(plugin.indexer.index.meetingsOf(ALICE).filter(({ meeting }) => meeting.date === '2026-11-20')).toHaveLength(1);
  });

  it('counts the new section as met, with its items open in one place', async () => {
    const { plugin } = await started({ [ALICE]: PERSON, [RUNNING]: TEXT });
    const [newest] = plugin.indexer.index.meetingsOf(ALICE);
    expect(newest?.meeting.section?.heading).toBe('2026-11-20');
    expect(plugin.indexer.index.openCounts(ALICE)).toEqual({ theirs: 1, mine: 1, unassigned: 0 });
  });

  it('creates the running note when the person has none, following the setting', async () => {
    const { app } = await started({ [ALICE]: '---\ncadence: weekly\n---\n' }, JSON.stringify({ newMeetingLayout: 'running' }));
    const note = app.vault.peek(RUNNING) ?? '';
    // It names its person, so a namesake in another folder never reads it as theirs.
    expect(note.startsWith('---\nperson: "[[Alice Smith]]"\n---\n## 2026-11-20\nFirst 1:1 · cadence: weekly\n')).toBe(true);
    expect(note).toContain('\n### Agenda\n');
  });

  it('adds the section at the end when newest-first is off, keeping CRLF endings', async () => {
    const crlf = TEXT.replace(/\n/g, '\r\n');
    const { app } = await started({ [ALICE]: PERSON, [RUNNING]: crlf }, JSON.stringify({ runningNewestFirst: false }));
    const note = app.vault.peek(RUNNING) ?? '';
    expect(note.startsWith(crlf.slice(0, crlf.indexOf('- [ ] [[Alice')))).toBe(true);
    // A blank line apart from the last section.
    expect(note.slice(crlf.length - 2)).toMatch(/^\r\n\r\n## 2026-11-20\r\n/);
    expect(note).not.toMatch(/[^\r]\n/);
  });

  it('writes into the person note when it is their running note, taking the queue out of the same note', async () => {
    const own = `${PERSON}\n${TEXT}`;
    const { app } = await started({ [ALICE]: own });
    const note = app.vault.peek(ALICE) ?? '';
    expect(note.startsWith('---\ncadence: weekly\none-on-one-layout: running\n---\n## Next 1:1\n\n# 1:1s with Alice\n\n## 2026-11-20\n')).toBe(true);
    expect(note).toContain('### Agenda\n- [ ] budget for the offsite\n');
    expect(note.match(/budget for the offsite/g)).toHaveLength(1);
    expect(note).toContain('- [>] @me send notes');
  });
});

describe('a tick on a section that changed meanwhile', () => {
  it('is refused with a notice when the section was deleted, and writes nothing; a renamed heading keeps its items', async () => {
    const { app } = await startSettled({ files: { [ALICE]: '---\ncadence: weekly\n---\n', [RUNNING]: TEXT } });
    await openPersonView(app as never, ALICE);
    await settle(app);
    await afterRender();
    const task = () => viewEl(app).findAll('.one-on-ones-pv-task').find((li) => li.getText().includes('draft the plan'));
    expect(task()).toBeDefined();
    const file = app.vault.getFileByPath(RUNNING);
    if (!file) throw new Error('no note');
    // The section goes while the view still shows its item.
    const without = TEXT.replace(/## 2026-11-13 — 1:1[\s\S]*?\n\n/, '');
    await app.vault.modify(file, without);
    click(task()?.find('input[type="checkbox"]'));
    await eventually(() => expect(shownNotices.some((notice) => notice.includes(`"${RUNNING}"`))).toBe(true));
    expect(app.vault.peek(RUNNING)).toBe(without);

    // A heading renamed under the item: the item is the same, and the tick goes through.
    await app.vault.modify(file, TEXT.replace('## 2026-11-13 — 1:1', '## 2026-11-13 — the offsite one'));
    await settle(app);
    await afterRender();
    click(task()?.find('input[type="checkbox"]'));
    await eventually(() => expect(app.vault.peek(RUNNING)).toContain('- [x] [[Alice Smith]] draft the plan ✅ 2026-11-20'));
  });
});

describe('Start 1:1 into a running note, the cases a hostile pass found', () => {
  const RUNNER = '---\ncadence: weekly\none-on-one-layout: running\n---\n';

  it('gives a namesake in another folder a running note of their own, never the other one\'s', async () => {
    const { app, plugin } = await startSettled({
      files: { 'People/Alex Kim.md': '---\ncadence: weekly\n---\n', 'People/Contractors/Alex Kim.md': RUNNER, '1-1s/Alex Kim.md': '## 2026-11-13\n- [ ] @me theirs\n' },
    });
    await plugin.startOneOnOne('People/Contractors/Alex Kim.md');
    await settle(app);
    await plugin.startOneOnOne('People/Contractors/Alex Kim.md');
    await settle(app);
    expect(app.vault.peek('1-1s/Alex Kim.md')).toBe('## 2026-11-13\n- [ ] @me theirs\n');
    const own = app.vault.peek('1-1s/Alex Kim 2.md') ?? '';
    expect(own.startsWith('---\nperson: "[[People/Contractors/Alex Kim]]"\n---\n## 2026-11-20\n')).toBe(true);
    expect(own.match(/^## 2026-11-20/gm)).toHaveLength(1);
    expect(plugin.indexer.index.meetingsOf('People/Contractors/Alex Kim.md').map(({ meeting }) => meeting.date)).toEqual(['2026-11-20']);
    expect(plugin.indexer.index.meetingsOf('People/Alex Kim.md').map(({ meeting }) => meeting.date)).toEqual(['2026-11-13']);
  });

  it('keeps a byte order mark first when the note starts with a dated heading, and the earlier meeting with it', async () => {
    const text = '\uFEFF## 2026-11-13\nmood:: 6\n- [ ] @me x\n';
    const { app, plugin } = await startSettled({ files: { [ALICE]: RUNNER, [RUNNING]: text } });
    await plugin.startOneOnOne(ALICE);
    await settle(app);
    const note = app.vault.peek(RUNNING) ?? '';
    expect(note.startsWith('\uFEFF## 2026-11-20\n')).toBe(true);
    expect(note.endsWith('\n## 2026-11-13\nmood:: 6\n- [>] @me x\n')).toBe(true);
    expect(plugin.indexer.index.meetingsOf(ALICE).map(({ meeting }) => [meeting.date, meeting.mood])).toEqual([['2026-11-20', null], ['2026-11-13', 6]]);
  });

  it('leaves out a dated title of the template, and keeps headings a level 6 section cannot hold in bold', async () => {
    const template = '---\nperson: "{{person_link}}"\ndate: {{date}}\n---\n# {{date}} · 1:1 with {{person}}\n## Agenda\n{{agenda}}\n## Action items\n{{carried_actions}}\n';
    const { app, plugin } = await startSettled({
      files: { [ALICE]: RUNNER, [RUNNING]: '###### 2026-11-13\n- [ ] @me carried one\n', 'Templates/1-1.md': template },
      dataJson: JSON.stringify({ templateFile: 'Templates/1-1.md' }),
    });
    await plugin.startOneOnOne(ALICE);
    await settle(app);
    const note = app.vault.peek(RUNNING) ?? '';
    expect(note).not.toContain('· 1:1 with');
    expect(note.startsWith('###### 2026-11-20\n**Agenda**\n')).toBe(true);
    expect(plugin.indexer.index.meetingsOf(ALICE).map(({ meeting }) => meeting.date)).toEqual(['2026-11-20', '2026-11-13']);
    expect(plugin.indexer.index.openCounts(ALICE).mine).toBe(1);
  });

  it('puts today below a planned section dated later, above the earlier ones', async () => {
    const { app, plugin } = await startSettled({ files: { [ALICE]: RUNNER, [RUNNING]: '## 2026-12-04\nstatus:: planned\n\n## 2026-11-13\nx\n' } });
    await plugin.startOneOnOne(ALICE);
    await settle(app);
    const note = app.vault.peek(RUNNING) ?? '';
    expect([note.indexOf('## 2026-12-04'), note.indexOf('## 2026-11-20'), note.indexOf('## 2026-11-13')]).toEqual([...[note.indexOf('## 2026-12-04'), note.indexOf('## 2026-11-20'), note.indexOf('## 2026-11-13')]].sort((a, b) => a - b));
  });

  it('names an impossible dated heading on the person when it is the note\'s only one', async () => {
    const { plugin } = await startSettled({ files: { [ALICE]: '---\ncadence: weekly\n---\n', [RUNNING]: '## 2026-02-30\n- [ ] @me thing\n' } });
    expect(plugin.indexer.index.problemsOf(ALICE).map((problem) => problem.problem)).toContain('heading "2026-02-30" (line 1) is not a day in the calendar; it is not read as a meeting');
  });
});

describe('Start 1:1 into a running note open with unsaved typing', () => {
  it('plans from the editor\'s text: typing kept, and each item and sub-item open in one place', async () => {
    const text = '# Alice\n\n## 2026-11-13\n- [ ] @me parent\n  - [ ] sub one\n';
    const { app, plugin } = await startSettled({ files: { [ALICE]: '---\ncadence: weekly\none-on-one-layout: running\n---\n', [RUNNING]: text } });
    const file = app.vault.getFileByPath(RUNNING);
    if (!file) throw new Error('no note');
    await app.workspace.getLeaf(false).openFile(file);
    const view = app.workspace.getActiveViewOfType(MarkdownView);
    if (!view) throw new Error('no editor');
    view.editor.replaceRange('typed, not saved\n', { line: 1, ch: 0 });
    await plugin.startOneOnOne(ALICE);
    await settle(app);
    const after = view.editor.getValue();
    expect(after).toContain('# Alice\ntyped, not saved\n');
    expect(after.match(/^ {2}- \[ \] sub one$/gm)).toHaveLength(1);
    expect(after.match(/^ {2}- \[>\] sub one$/gm)).toHaveLength(1);
    expect(after).toContain('- [>] @me parent\n');
    await view.save();
    await settle(app);
    expect(plugin.indexer.index.openCounts(ALICE)).toEqual({ theirs: 0, mine: 1, unassigned: 1 });
  });
});

describe('Undo after a start into a running note', () => {
  it('puts back every byte when the section went at the end of a note with no final line break, its last line marked [>]', async () => {
    const text = '# 1:1s with Alice\n\n## 2026-11-13\n- [ ] @me send notes';
    const { app, plugin } = await startSettled({ files: { [ALICE]: '---\ncadence: weekly\none-on-one-layout: running\n---\n', [RUNNING]: text }, dataJson: JSON.stringify({ runningNewestFirst: false }) });
    await plugin.startOneOnOne(ALICE);
    await settle(app);
    (document.body.findAll('.notice button').find((button) => button.getText() === 'Undo') as HTMLElement).click();
    await eventually(() => expect(shownNotices.at(-1)).toBe('One-on-ones: undone.'));
    expect(app.workspace.getActiveViewOfType(MarkdownView)?.editor.getValue()).toBe(text);
  });
});
