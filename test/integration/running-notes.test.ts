// Running notes in the plugin (issue 16): a person whose 1:1s are dated sections of one note has
// them in the sidebar, the 1:1 view (history by section, each link opening its section) and rollups.
import { describe, expect, it } from 'vitest';
import { openPersonView, PERSON_VIEW_TYPE } from '../../src/obsidian/person-view/person-view-host';
import type { App } from '../fake-obsidian/app';
import { afterRender, click } from '../support/due-sidebar';
import { eventually } from '../support/eventually';
import { onTheReferenceDay, settle, startSettled } from '../support/plugin-harness';

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
