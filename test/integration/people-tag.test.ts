// People anywhere: a note carrying the people tag is a person wherever it is, and the index follows
// the tag and the note live — tag added, removed, changed in the properties or the text, note moved.
import { describe, expect, it } from 'vitest';
import type { App } from '../fake-obsidian/app';
import type { TFile } from '../fake-obsidian/vault';
import type OneOnOnesPlugin from '../../src/main';
import { afterRender, onTheReferenceDay, settle, startPlugin, startSettled } from '../support/plugin-harness';
import { sidebar } from '../support/due-sidebar';

onTheReferenceDay();

const FILES = {
  'People/Alice Smith.md': '---\ncadence: weekly\n---\n',
  'Team/Bob Jones.md': '---\ntags: [person]\ncadence: weekly\n---\nBob leads the platform team.\n',
  'Team/Carol Diaz.md': '---\ncadence: weekly\n---\nCarol, met at #personal coffee. `#person`\n',
  'Templates/Person.md': '---\ntags: person\ncreated: "{{date}}"\ncadence: weekly\n---\n',
  '1-1s/Bob Jones/2026-11-13.md': '---\nperson: "[[Bob Jones]]"\ndate: 2026-11-13\n---\n- [ ] [[Bob Jones]] send the plan\n',
  'Archive/Old team.md': 'Who was on the old team.\n',
  'Journal/2026-11-12 Dana.md': '---\ntags: [1on1, person]\nperson: "[[Alice Smith]]"\ndate: 2026-11-12\n---\n',
};

const people = (plugin: OneOnOnesPlugin) => plugin.indexer.index.allPeople().map((p) => p.path).sort();
const file = (app: App, path: string) => app.vault.getFileByPath(path) as TFile;

async function edit(app: App, path: string, change: (text: string) => string): Promise<void> {
  const note = file(app, path);
  await app.vault.modify(note, change(await app.vault.read(note)));
  await settle(app);
}

describe('people anywhere, by the people tag', () => {
  it('counts a tagged note outside the people folder, once, and not a template, a meeting or #personal', async () => {
    const { app, plugin } = await startSettled({ files: FILES });
    expect(people(plugin)).toEqual(['People/Alice Smith.md', 'Team/Bob Jones.md']);
    expect(plugin.indexer.index.meetingsOf('Team/Bob Jones.md').map((m) => m.meeting.path)).toEqual(['1-1s/Bob Jones/2026-11-13.md']);
    expect(plugin.indexer.index.openCounts('Team/Bob Jones.md')).toEqual({ theirs: 1, mine: 0, unassigned: 0 });
    // A meeting tagged person is still Alice's meeting, not a person.
    expect(plugin.indexer.index.getMeeting('Journal/2026-11-12 Dana.md')?.peoplePaths).toEqual(['People/Alice Smith.md']);
    await edit(app, 'People/Alice Smith.md', (text) => text.replace('cadence', 'tags: [person]\ncadence'));
    expect(people(plugin)).toEqual(['People/Alice Smith.md', 'Team/Bob Jones.md']);
  });

  it('follows the tag live: removed, added inline, nested, and changed to one that does not count', async () => {
    const { app, plugin } = await startSettled({ files: FILES });
    await edit(app, 'Team/Bob Jones.md', (text) => text.replace('tags: [person]\n', ''));
    expect(people(plugin)).toEqual(['People/Alice Smith.md']);
    expect(plugin.indexer.index.unresolvedMeetings().map((m) => m.meeting.path)).toEqual(['1-1s/Bob Jones/2026-11-13.md']);
    await edit(app, 'Team/Carol Diaz.md', (text) => `${text}Works with #Person/Report daily.\r\n`);
    await edit(app, 'Team/Bob Jones.md', (text) => `${text}#person\n`);
    expect(people(plugin)).toEqual(['People/Alice Smith.md', 'Team/Bob Jones.md', 'Team/Carol Diaz.md']);
    expect(plugin.indexer.index.unresolvedMeetings()).toEqual([]);
    await edit(app, 'Team/Carol Diaz.md', (text) => text.replace('#Person/Report', '#people'));
    expect(people(plugin)).toEqual(['People/Alice Smith.md', 'Team/Bob Jones.md']);
  });

  it('keeps a tagged person moved out of the people folder, and drops an untagged one', async () => {
    const { app, plugin } = await startSettled({ files: { ...FILES, 'People/Erin Wu.md': '---\ntags: ["#person"]\ncadence: weekly\n---\n' } });
    await app.fileManager.renameFile(file(app, 'People/Erin Wu.md'), 'Archive/Erin Wu.md');
    await app.fileManager.renameFile(file(app, 'People/Alice Smith.md'), 'Archive/Alice Smith.md');
    await settle(app);
    expect(people(plugin)).toEqual(['Archive/Erin Wu.md', 'Team/Bob Jones.md']);
    await app.fileManager.renameFile(file(app, 'Team/Bob Jones.md'), 'Templates/{{title}}.md');
    await settle(app);
    expect(people(plugin)).toEqual(['Archive/Erin Wu.md']);
  });

  it('re-indexes when the tag setting changes: a hash is read as no hash, and empty turns the tag off', async () => {
    const { app, plugin } = await startSettled({ files: { ...FILES, 'Team/Fay Lo.md': 'Fay. #report\n' } });
    plugin.settings.peopleTag = '';
    await plugin.saveSettings();
    await afterRender();
    await settle(app);
    expect(people(plugin)).toEqual(['People/Alice Smith.md']);
    plugin.settings.peopleTag = '#report';
    await plugin.saveSettings();
    await afterRender();
    await settle(app);
    expect(people(plugin)).toEqual(['People/Alice Smith.md', 'Team/Fay Lo.md']);
  });

  it('offers a tagged person in the Start 1:1 picker', async () => {
    const { app } = await startSettled({ files: FILES });
    app.commands.executeCommandById('one-on-ones:start');
    await new Promise((resolve) => setTimeout(resolve, 0));
    const names = document.body.findAll('.prompt-results .suggestion-item .one-on-ones-person-name').map((el) => el.getText());
    expect(names.sort()).toEqual(['Alice Smith', 'Bob Jones']);
  });

  it('says where people come from in the empty sidebar: the folder, and the tag unless it is off', async () => {
    const emptyText = async (dataJson: string) => {
      const { app } = await startPlugin({ files: { 'Welcome.md': 'hello' }, userEnabled: true, dataJson });
      await afterRender();
      return sidebar(app).contentEl.find('.one-on-ones-due-empty-text')?.getText();
    };
    expect(await emptyText('{"peopleTag": "#team/member"}')).toContain('a note in the People folder or tagged #team/member, with');
    expect(await emptyText('{"peopleTag": ""}')).toContain('a note in the People folder, with');
  });
});
