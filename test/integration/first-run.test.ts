// A first run that leads somewhere (issue 15): with nobody yet, the sidebar, the pickers and the
// overview each say what to do next, "Add person…" asks for name, role and cadence and writes the
// note, and the first 1:1 note reads "First 1:1".
import { describe, expect, it } from 'vitest';
import { OVERVIEW_VIEW_TYPE } from '../../src/obsidian/person-view/person-view-host';
import type { App } from '../fake-obsidian/app';
import { shownNotices } from '../fake-obsidian/notice';
import { afterRender, click, sidebar } from '../support/due-sidebar';
import { eventually } from '../support/eventually';
import { onTheReferenceDay, settle, startPlugin } from '../support/plugin-harness';

onTheReferenceDay();

async function emptyVault() {
  const started = await startPlugin({ files: { 'Welcome.md': 'hello' }, userEnabled: true });
  await settle(started.app);
  await afterRender();
  return started;
}

function modal(app: App): HTMLElement {
  const found = app.dom.find('.modal');
  if (!found) throw new Error('no modal open');
  return found;
}

function fill(app: App, values: string[]): void {
  const inputs = modal(app).findAll('input') as HTMLInputElement[];
  values.forEach((value, i) => {
    const input = inputs[i];
    if (input) input.value = value;
  });
}

const button = (app: App, text: string) => modal(app).findAll('button').find((b) => b.getText() === text) as HTMLElement;

describe('a first run', () => {
  it('"Add person…" from the empty sidebar writes the person note with role and cadence, opens it, and offers Undo', async () => {
    const { app } = await emptyVault();
    click(sidebar(app).contentEl.find('[data-add-person]'));
    expect(modal(app).find('.modal-title')?.getText()).toBe('Add person');
    expect((modal(app).findAll('input') as HTMLInputElement[]).map((input) => input.value)).toEqual(['', '', 'biweekly']);

    fill(app, ['', '', 'biweekly']);
    click(button(app, 'Add'));
    expect(modal(app).find('[role="alert"]')?.getText()).toBe("Write the person's name first.");
    fill(app, ['Alex Chen', 'Senior engineer, platform', 'sometimes']);
    click(button(app, 'Add'));
    expect(modal(app).find('[role="alert"]')?.getText()).toBe('Cadence "sometimes" is not a cadence (try weekly, biweekly, monthly, 2w, 10d).');
    fill(app, ['Alex Chen', 'Senior engineer, platform', 'every 3 weeks']);
    click(button(app, 'Add'));

    await eventually(() => expect(app.workspace.getActiveFile()?.path).toBe('People/Alex Chen.md'));
    expect(app.vault.peek('People/Alex Chen.md')).toBe('---\nrole: "Senior engineer, platform"\ncadence: every 3 weeks\n---\n\n## Next 1:1\n');
    expect(shownNotices.at(-1)).toBe('One-on-ones: added Alex Chen (People/Alex Chen.md).Undo');
    await settle(app);
    await afterRender();
    expect(sidebar(app).contentEl.findAll('.one-on-ones-due-name').map((el) => el.getText())).toEqual(['Alex Chen']);
  });

  it('"Add person…" refuses a name someone has (in any case, or as an alias, or as the same file name), and keeps a name a file cannot hold as an alias', async () => {
    const { app } = await startPlugin({
      files: { 'People/Priya Raman.md': '---\ncadence: weekly\naliases: [PR]\n---\n', 'People/Team/C Dev.md': '---\ncadence: weekly\n---\n' },
      userEnabled: true,
    });
    await settle(app);
    app.commands.executeCommandById('one-on-ones:add-person');
    for (const [typed, problem] of [
      ['priya  RAMAN', 'Priya Raman is already someone (People/Priya Raman.md): add a surname or another word, so each name means one person.'],
      ['pr', '"PR" is an alias of Priya Raman (People/Priya Raman.md): add a surname or another word, so each name means one person.'],
      ['C# Dev', '"C# Dev" would be saved as a note named "C Dev", as People/Team/C Dev.md is: choose a name that differs in letters or digits.'],
      // A zero-width space pasted with the name changes nothing a person can see.
      ['Priya\u200B Raman', 'Priya Raman is already someone (People/Priya Raman.md): add a surname or another word, so each name means one person.'],
    ]) {
      fill(app, [typed ?? '', '', 'weekly']);
      click(button(app, 'Add'));
      expect(modal(app).find('[role="alert"]')?.getText()).toBe(problem);
    }
    fill(app, ['C# Lead: Anna?', '', 'weekly']);
    click(button(app, 'Add'));
    await eventually(() => expect(app.vault.peek('People/C Lead Anna.md')).toBe('---\ncadence: weekly\naliases: ["C# Lead: Anna?"]\n---\n\n## Next 1:1\n'));
    await settle(app);
    // The name as typed finds them.
    app.commands.executeCommandById('one-on-ones:open-person-view');
    const input = app.dom.find('.prompt-input') as HTMLInputElement;
    input.value = 'C# Lead: Anna?';
    input.dispatchEvent(new Event('input'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(app.dom.find('.suggestion-item.is-selected .one-on-ones-person-name')?.getText()).toBe('C Lead Anna');
  });

  it('the pickers say how to add the first person before anything is typed, and name what was typed after', async () => {
    const { app } = await emptyVault();
    app.commands.executeCommandById('one-on-ones:start');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(app.dom.find('.suggestion-empty')?.getText()).toBe('No people yet: type a name and press Enter to add them.');
    app.dom.findAll('.modal-container').forEach((el) => el.detach());
    app.commands.executeCommandById('one-on-ones:open-person-view');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(app.dom.find('.suggestion-empty')?.getText()).toBe('No people yet: add one with the command "Add person…".');
    const input = app.dom.find('.prompt-input') as HTMLInputElement;
    input.value = 'zz';
    input.trigger('input');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(app.dom.find('.suggestion-empty')?.getText()).toBe('No person matches "zz".');
  });

  it('the empty overview offers "Add person…" rather than blaming a filter', async () => {
    const { app } = await emptyVault();
    app.commands.executeCommandById('one-on-ones:open-overview');
    await settle(app);
    await afterRender();
    const view = app.workspace.getLeavesOfType(OVERVIEW_VIEW_TYPE)[0]?.view as unknown as { contentEl: HTMLElement };
    await eventually(() => expect(view.contentEl.find('.one-on-ones-pv-empty')?.getText()).toContain('No people yet.'));
    click(view.contentEl.find('[data-add-person]'));
    expect(modal(app).find('.modal-title')?.getText()).toBe('Add person');
  });

  it('the first note with someone reads "First 1:1"', async () => {
    const { app, plugin } = await startPlugin({ files: { 'People/Noor Haddad.md': '---\ncadence: weekly\n---\n' } });
    await settle(app);
    await plugin.startOneOnOne('People/Noor Haddad.md');
    expect(app.vault.peek('1-1s/Noor Haddad/2026-11-20 Noor Haddad.md')).toContain('\nFirst 1:1 · cadence: weekly\n');
  });
});
