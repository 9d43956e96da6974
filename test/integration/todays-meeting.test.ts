// Today's 1:1 (issue 15): right after "Start 1:1" the person is under "Today" in the sidebar, with a
// link to the note and how many points its agenda holds, and the 1:1 view shows that agenda.
import { describe, expect, it } from 'vitest';
import { openPersonView, PERSON_VIEW_TYPE } from '../../src/obsidian/person-view/person-view-host';
import type { App } from '../fake-obsidian/app';
import { afterRender, click, row, shownSections } from '../support/due-sidebar';
import { eventually } from '../support/eventually';
import { onTheReferenceDay, settle, startPlugin } from '../support/plugin-harness';

onTheReferenceDay();

const PRIYA = 'People/Priya Raman.md';
const TODAY_NOTE = '1-1s/Priya Raman/2026-11-20 Priya Raman.md';

function viewEl(app: App): HTMLElement {
  const leaf = app.workspace.getLeavesOfType(PERSON_VIEW_TYPE)[0];
  if (!leaf) throw new Error('no 1:1 view open');
  return (leaf.view as unknown as { contentEl: HTMLElement }).contentEl;
}

async function started() {
  const result = await startPlugin({ userEnabled: true });
  await settle(result.app);
  await result.plugin.startOneOnOne(PRIYA);
  await settle(result.app);
  await afterRender();
  return result;
}

describe("today's 1:1", () => {
  it('puts the person under "Today" in the sidebar, with a link to the note and its agenda count', async () => {
    const { app } = await started();
    expect(shownSections(app)[0]).toEqual(['Today', ['Priya Raman']]);
    const priya = row(app, 'Priya Raman');
    expect(priya.find('.one-on-ones-due-chip')?.getText()).toBe('1:1 today');
    const link = priya.find('.one-on-ones-due-today');
    expect(link?.getText()).toBe("Today's note · 4 agenda points");
    app.workspace.getLeaf(false).detach();
    click(link);
    await eventually(() => expect(app.workspace.getActiveFile()?.path).toBe(TODAY_NOTE));
  });

  it("shows today's agenda from the note at the top of the 1:1 view, and follows the note", async () => {
    const { app } = await started();
    await openPersonView(app as never, PRIYA);
    await settle(app);
    await afterRender();
    const section = () => viewEl(app).find('.one-on-ones-pv-section.mod-today');
    expect(section()?.find('h3')?.getText()).toBe("Today's agenda");
    // The point not reached on Oct 30 comes first, and says so.
    expect(section()?.findAll('.one-on-ones-pv-agenda li').map((li) => li.getText())).toEqual([
      "☐Kenji's onboardingnot reached last time",
      '☐Rebook the 1:1 we lost on Nov 6, and apologise for letting it slide',
      '☐How on-call has felt since the payout incidents',
      '☐Whether she still wants to give the conference talk in the spring',
    ]);
    const file = app.vault.getFileByPath(TODAY_NOTE);
    if (!file) throw new Error('no note');
    await app.vault.modify(file, (app.vault.peek(TODAY_NOTE) ?? '').replace('- [ ] How on-call has felt since the payout incidents\n', ''));
    await settle(app);
    await afterRender();
    await eventually(() => expect(section()?.findAll('.one-on-ones-pv-agenda li')).toHaveLength(3));
  });

  it('reads the agenda as the note means it: markers and markup rendered, empty points left out, a second Agenda heading read, a second note today named', async () => {
    const result = await startPlugin({
      userEnabled: true,
      files: {
        [PRIYA]: '---\ncadence: weekly\n---\n',
        'People/Kenji Watanabe.md': '---\ncadence: weekly\n---\n',
        [TODAY_NOTE]: [
          '---', 'person: "[[Priya Raman]]"', 'date: 2026-11-20', '---',
          '## Agenda', '- [ ] **Budget** for [[Kenji Watanabe]]', '- ', '- [x] ', '- [x] Hiring plan ([[1-1s/Priya Raman/2026-11-13|from Nov 13]])', '',
          '## Notes', 'talked', '',
          '## Agenda', '- Offsite dates', '',
        ].join('\n'),
        '1-1s/Priya Raman/2026-11-20 planning.md': '---\nperson: "[[Priya Raman]]"\ndate: 2026-11-20\nstatus: planned\n---\n',
      },
    });
    const { app } = result;
    await settle(app);
    await openPersonView(app as never, PRIYA);
    await settle(app);
    await afterRender();
    const section = () => viewEl(app).find('.one-on-ones-pv-section.mod-today');
    await eventually(() => expect(section()?.findAll('.one-on-ones-pv-agenda li').map((li) => li.getText())).toEqual(['☐Budget for Kenji Watanabe', '☑Hiring plannot reached last time', 'Offsite dates']));
    expect(section()?.find('.one-on-ones-pv-agenda li strong')?.getText()).toBe('Budget');
    // A ticked point reads as discussed; one carried from the last 1:1 says it was not reached then.
    expect(section()?.findAll('.one-on-ones-pv-agenda li').map((li) => li.className)).toEqual(['is-open', 'is-ticked', '']);
    expect(section()?.find('.one-on-ones-pv-tick')?.getAttr('aria-label')).toBe('Not discussed yet');
    expect(section()?.find('.one-on-ones-pv-count')?.getText()).toBe('3');
    // The held note is today's 1:1; the planned one is named, not hidden.
    expect(section()?.find('.one-on-ones-pv-today-link')?.getAttr('data-open')).toBe(TODAY_NOTE);
    expect(section()?.find('.one-on-ones-pv-today-also')?.getText()).toBe('Also dated today: 2026-11-20 planning');
  });

  it('shows no "Today" section and no agenda when no note is dated today', async () => {
    const result = await startPlugin({ userEnabled: true });
    await settle(result.app);
    await afterRender();
    expect(shownSections(result.app).map(([title]) => title)).not.toContain('Today');
    await openPersonView(result.app as never, PRIYA);
    await settle(result.app);
    expect(viewEl(result.app).find('.one-on-ones-pv-section.mod-today')).toBeNull();
  });
});
