// What's waiting, through the real plugin on the fake vault: the sidebar row's "2 waiting > 14 days"
// and the 1:1 view listing waiting items first among theirs, each with its age; both follow edits
// and the waitingDays setting.
import { describe, expect, it } from 'vitest';
import { PERSON_VIEW_TYPE } from '../../src/obsidian/person-view/person-view-host';
import type { App } from '../fake-obsidian/app';
import type { TFile } from '../fake-obsidian/vault';
import { afterRender, row } from '../support/due-sidebar';
import { onTheReferenceDay, settle, startPlugin } from '../support/plugin-harness';

onTheReferenceDay();

const OCT = '1-1s/Ann Lee/2026-10-02.md';
const NOV = '1-1s/Ann Lee/2026-11-13.md';

const FILES: Record<string, string> = {
  'People/Ann Lee.md': '---\ncadence: weekly\naliases: [Ann]\n---\n',
  'People/Bo.md': '---\ncadence: weekly\n---\n',
  [OCT]: '---\nperson: "[[Ann Lee]]"\ndate: 2026-10-02\n---\r\n- [>] @Ann draft the proposal\r\n- [x] @Ann done long ago\r\n- [-] @Ann dropped\r\n- [ ] @me my old promise\r\n- [ ] nobody owns this\r\n',
  [NOV]: [
    '---',
    'person: "[[Ann Lee]]"',
    'date: 2026-11-13',
    '---',
    '- [ ] @Ann draft the proposal ([[1-1s/Ann Lee/2026-10-02|from Oct 2]] ×5)',
    '- [ ] @Ann fresh item 📅 2026-11-01',
    '- [/] @Ann started ➕ 2026-10-20',
    '- [ ] @Ann gone link ([[1-1s/Ann Lee/Kickoff|from Kickoff]])',
  ].join('\n'),
  '1-1s/Bo/2026-11-13.md': '---\nperson: "[[Bo]]"\ndate: 2026-11-13\n---\n- [ ] @Bo only a week old\n',
};

async function started(dataJson?: string) {
  const result = await startPlugin({ files: FILES, ...(dataJson === undefined ? {} : { dataJson }) });
  await settle(result.app);
  result.app.commands.executeCommandById('one-on-ones:open-due-sidebar');
  await afterRender();
  return result;
}

const waitingShown = (app: App, name: string) => row(app, name).find('.one-on-ones-due-waiting')?.getText() ?? null;

async function openAnn(app: App): Promise<HTMLElement> {
  const leaf = app.workspace.getLeaf(false);
  await leaf.setViewState({ type: PERSON_VIEW_TYPE, state: { person: 'People/Ann Lee.md' }, active: true });
  await settle(app);
  return (leaf.view as unknown as { contentEl: HTMLElement }).contentEl;
}

function theirs(el: HTMLElement): string[] {
  const group = el.find('.one-on-ones-pv-group.mod-theirs');
  return group.findAll('.one-on-ones-pv-task').map((li) => {
    const text = li.find('.one-on-ones-pv-task-text')?.getText().trim() ?? '';
    const chip = li.findAll('.one-on-ones-pv-tag.mod-waiting').map((c) => c.getText());
    return chip.length > 0 ? `${text} [${chip.join(', ')}]` : text;
  });
}

describe('the sidebar row', () => {
  it('says how many of their open items wait longer than the setting, next to the open counts', async () => {
    const { app } = await started();
    expect(row(app, 'Ann Lee').find('.one-on-ones-due-open')?.getText()).toBe('Open items: 4 theirs · 1 mine · 1 unassigned · 2 waiting > 14 days');
    expect(waitingShown(app, 'Ann Lee')).toBe(' · 2 waiting > 14 days');
  });

  it('says nothing about waiting when nothing is', async () => {
    const { app } = await started();
    expect(row(app, 'Bo').find('.one-on-ones-due-open')?.getText()).toBe('Open items: 1 theirs');
    expect(waitingShown(app, 'Bo')).toBeNull();
  });

  it('follows the setting and an edit to a note', async () => {
    const { app, plugin } = await started(JSON.stringify({ waitingDays: 7 }));
    expect(waitingShown(app, 'Ann Lee')).toBe(' · 4 waiting > 7 days');
    expect(waitingShown(app, 'Bo')).toBe(' · 1 waiting > 7 days');
    plugin.settings.waitingDays = 60;
    await plugin.saveSettings();
    await afterRender();
    expect(waitingShown(app, 'Ann Lee')).toBeNull();
    plugin.settings.waitingDays = 14;
    await plugin.saveSettings();
    const file = app.vault.getFileByPath(NOV) as TFile;
    await app.vault.modify(file, (app.vault.peek(NOV) ?? '').replace('- [ ] @Ann draft', '- [x] @Ann draft'));
    await settle(app);
    await afterRender();
    expect(waitingShown(app, 'Ann Lee')).toBe(' · 1 waiting > 14 days');
  });
});

describe('the 1:1 view', () => {
  it('lists waiting items first among theirs, oldest first, each with its age; the rest by due date', async () => {
    const { app } = await started();
    const el = await openAnn(app);
    expect(theirs(el)).toEqual(['@Ann draft the proposal [Waiting 49 days]', '@Ann started ➕ 2026-10-20 [Waiting 31 days]', '@Ann fresh item', '@Ann gone link']);
  });
});

describe('Start 1:1 with a template holding {{waiting}}', () => {
  it('lists what waits on them as plain lines, while the items themselves are carried as tasks once', async () => {
    const files = { ...FILES, 'Templates/1-1.md': '## Waiting on them\n{{waiting}}\n\n## Action items\n{{carried_actions}}\n', 'People/Bo.md': '---\ncadence: weekly\n---\n' };
    const { app, plugin } = await startPlugin({ files, dataJson: JSON.stringify({ templateFile: 'Templates/1-1.md' }) });
    await settle(app);
    await plugin.startOneOnOne('People/Ann Lee.md');
    const note = app.vault.peek('1-1s/Ann Lee/2026-11-20 Ann Lee.md') ?? '';
    const waiting = note.slice(note.indexOf('## Waiting on them'), note.indexOf('## Action items'));
    expect(waiting.split('\n')).toEqual(['## Waiting on them', '- @Ann draft the proposal — waiting 49 days', '- @Ann started ➕ 2026-10-20 — waiting 31 days', '', '']);
    expect(note.match(/draft the proposal/g)).toHaveLength(2);
    expect(note).toContain('- [ ] @Ann draft the proposal ([[1-1s/Ann Lee/2026-10-02|from Oct 2]] ×6)');
  });

  it('gets nothing for someone with nothing waiting', async () => {
    const files = { ...FILES, 'Templates/1-1.md': '## Waiting on them\n{{waiting}}\n## Notes\n' };
    const { app, plugin } = await startPlugin({ files, dataJson: JSON.stringify({ templateFile: 'Templates/1-1.md' }) });
    await settle(app);
    await plugin.startOneOnOne('People/Bo.md');
    expect(app.vault.peek('1-1s/Bo/2026-11-20 Bo.md')).toContain('## Waiting on them\n\n## Notes\n');
  });
});
