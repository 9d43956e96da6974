// The "1:1s due" sidebar redraws only what changed: after a note changes, the rows of people it does
// not touch stay the very same elements, the changed person's row shows the new text, rows move
// between sections as their people do, and a focused button keeps the focus.
import { describe, expect, it } from 'vitest';
import type { App } from '../fake-obsidian/app';
import { readDemoVault } from '../support/demo-vault';
import { afterRender, click, row, shownSections, sidebar } from '../support/due-sidebar';
import { onTheReferenceDay, settle, startPlugin } from '../support/plugin-harness';

onTheReferenceDay();

const PRIYA_LAST = '1-1s/Priya Raman/2026-10-16.md';

/** The sidebar with everyone shown, each row's element by name. */
async function openWithEveryone() {
  const started = await startPlugin({ userEnabled: true });
  await afterRender();
  click(sidebar(started.app).contentEl.find('[data-everyone]'));
  await afterRender();
  return started;
}

function rowsByName(app: App): Map<string, HTMLElement> {
  return new Map(sidebar(app).contentEl.findAll('.one-on-ones-due-row').map((el) => [el.find('.one-on-ones-due-name')?.getText() ?? '', el]));
}

async function edit(app: App, path: string, change: (text: string) => string): Promise<void> {
  const file = app.vault.getFileByPath(path);
  if (!file) throw new Error(`${path} is not in the demo vault`);
  await app.vault.modify(file, change(app.vault.peek(path) ?? ''));
  await settle(app);
  await afterRender();
}

describe('after one meeting note changes', () => {
  it('redraws the row of its person only: every other row is the same element as before', async () => {
    const { app } = await openWithEveryone();
    const before = rowsByName(app);
    const headers = sidebar(app).contentEl.findAll('.one-on-ones-due-section-header');
    expect(before.size).toBe(9);
    expect(row(app, 'Priya Raman').find('.one-on-ones-due-open')?.getText()).toBe('Open items: 3 theirs · 3 mine · 1 unassigned · 3 waiting > 14 days');

    await edit(app, PRIYA_LAST, (text) => `${text}- [ ] @me book the room for the team offsite\n`);

    expect(row(app, 'Priya Raman').find('.one-on-ones-due-open')?.getText()).toBe('Open items: 3 theirs · 4 mine · 1 unassigned · 3 waiting > 14 days');
    const after = rowsByName(app);
    expect([...after.keys()]).toEqual([...before.keys()]);
    const kept = [...after].filter(([name, el]) => before.get(name) === el).map(([name]) => name);
    expect(kept).toEqual([...before.keys()].filter((name) => name !== 'Priya Raman'));
    expect(sidebar(app).contentEl.findAll('.one-on-ones-due-section-header')).toEqual(headers);
  });

  it('moves a row to its new section, keeps the rest, and keeps the focus on its button', async () => {
    const { app } = await openWithEveryone();
    const before = rowsByName(app);
    const start = row(app, 'Kenji Watanabe').find('[data-action="start"]');
    start?.focus();
    expect(document.activeElement).toBe(start);

    // Kenji's first 1:1, today: he leaves "Never met" (which goes) for "Today".
    await app.vault.createFolder('1-1s/Kenji Watanabe');
    await app.vault.create('1-1s/Kenji Watanabe/2026-11-20.md', '---\nperson: "[[Kenji Watanabe]]"\ndate: 2026-11-20\n---\n## Notes\n- First week went well.\n');
    await settle(app);
    await afterRender();

    expect(shownSections(app)).toEqual([
      ['Today', ['Kenji Watanabe']],
      ['Overdue', ['Priya Raman']],
      ['Due', ['Daniel Kowalczyk', 'Rosa Delgado']],
      ['Due soon', ['Aisha Mensah']],
      ['Needs attention', ['Oliver Brandt']],
      ['On track', ['Margaret Okonkwo', 'Lucas Ferreira']],
      ['Paused', ['Hannah Lindqvist']],
    ]);
    expect(row(app, 'Kenji Watanabe').find('.one-on-ones-due-chip')?.getText()).toBe('1:1 today');
    const after = rowsByName(app);
    for (const [name, el] of after) if (name !== 'Kenji Watanabe') expect(el, name).toBe(before.get(name));
    expect(document.activeElement?.getAttr('aria-label')).toBe('Start 1:1: Kenji Watanabe');
    expect(document.activeElement?.isConnected).toBe(true);
  });

  it('keeps the focus on a row that survives while its section changes around it', async () => {
    const { app } = await openWithEveryone();
    const daniel = row(app, 'Daniel Kowalczyk');
    daniel.focus();
    // Rosa leaves "Due" (paused): Daniel's row stays the same element, and focused.
    const rosa = app.vault.getFileByPath('People/Rosa Delgado.md');
    if (!rosa) throw new Error('demo vault changed');
    await app.fileManager.processFrontMatter(rosa, (fm: Record<string, unknown>) => {
      fm.paused = true;
    });
    await settle(app);
    await afterRender();
    expect(shownSections(app)[1]).toEqual(['Due', ['Daniel Kowalczyk']]);
    expect(row(app, 'Daniel Kowalczyk')).toBe(daniel);
    expect(document.activeElement).toBe(daniel);
    expect(sidebar(app).contentEl.find('.one-on-ones-due-section.mod-due .one-on-ones-due-count')?.getText()).toBe('1');
  });
});

describe('drawn again from scratch', () => {
  it('looks the same as after a change that ended in the same place', async () => {
    const { app } = await openWithEveryone();
    const added = (text: string) => `${text}- [ ] @me book the room for the team offsite\n`;
    await edit(app, PRIYA_LAST, added);
    const updated = sidebar(app).contentEl.innerHTML;
    document.body.empty();
    // A sidebar opened on the vault as it now is draws every row from nothing.
    const { app: fresh } = await startPlugin({ files: { ...readDemoVault(), [PRIYA_LAST]: added(readDemoVault()[PRIYA_LAST] ?? '') }, userEnabled: true });
    await afterRender();
    click(sidebar(fresh).contentEl.find('[data-everyone]'));
    await afterRender();
    expect(sidebar(fresh).contentEl.innerHTML).toBe(updated);
  });
});

describe('a long list', () => {
  it('lets only rows past the first screen skip drawing while out of view, whichever rows those are', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 45; i++) files[`People/Person ${String(i).padStart(2, '0')}.md`] = '---\ncadence: weekly\n---\n';
    const { app } = await startPlugin({ files, userEnabled: true });
    await afterRender();
    const far = () => sidebar(app).contentEl.findAll('.one-on-ones-due-row').map((el) => el.hasClass('mod-far'));
    expect(far()).toEqual([...Array<boolean>(30).fill(false), ...Array<boolean>(15).fill(true)]);
    const thirtyFirst = sidebar(app).contentEl.findAll('.one-on-ones-due-row')[30];

    // Person 00 met yesterday and leaves "Never met": the row after the first thirty moves up among them.
    await app.vault.createFolder('1-1s');
    await app.vault.create('1-1s/2026-11-19 Person 00.md', '---\nperson: "[[Person 00]]"\ndate: 2026-11-19\n---\n');
    await settle(app);
    await afterRender();
    expect(far()).toEqual([...Array<boolean>(30).fill(false), ...Array<boolean>(14).fill(true)]);
    expect(sidebar(app).contentEl.findAll('.one-on-ones-due-row')[29]).toBe(thirtyFirst);
  });
});
