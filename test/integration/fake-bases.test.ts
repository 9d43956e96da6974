// The fake's Bases (test/fake-obsidian/bases.ts, listed in its README): registration that answers
// false while Bases is off, the filters, sort and limit of a .base file, and when views hear of changes.
import type { PluginManifest, QueryController as ObsidianController } from 'obsidian';
import { afterEach, describe, expect, it } from 'vitest';
import { BasesView, type QueryController } from '../fake-obsidian/bases';
import { type App, createFakeApp } from '../fake-obsidian/app';
import { Component } from '../fake-obsidian/component';
import { MarkdownRenderer } from '../fake-obsidian/markdown';
import { Plugin } from '../fake-obsidian/plugin';

afterEach(() => document.body.empty());

class TestPlugin extends Plugin {}

/** A view that writes down each result it is handed: the paths, in order. */
class RecordingView extends BasesView {
  readonly type = 'recording';
  readonly seen: string[][] = [];
  constructor(controller: QueryController) {
    super(controller);
  }
  onDataUpdated(): void {
    this.seen.push(this.data.data.map((entry) => entry.file.path));
  }
}

const MANIFEST = { id: 'test', name: 'Test', version: '1', minAppVersion: '1.13.0', author: '', description: '' } as PluginManifest;

async function embed(app: App, base: string): Promise<RecordingView> {
  const plugin = new TestPlugin(app, MANIFEST);
  plugin.load();
  let view: RecordingView | null = null;
  plugin.registerBasesView('recording', { name: 'Recording', icon: 'list', factory: (controller: ObsidianController) => (view = new RecordingView(controller as never)) as never });
  await app.vault.create('Test.base', base);
  await app.metadataCache.settle();
  const component = new Component();
  component.load();
  await MarkdownRenderer.render(app, 'Before\n\n![[Test.base]]\n', document.body.createDiv(), 'Note.md', component);
  if (!view) throw new Error('the view was not made');
  const made: RecordingView = view;
  // The first result comes a task after the view loads.
  expect(made.seen).toEqual([]);
  await new Promise((resolve) => setTimeout(resolve, 0));
  return made;
}

const settle = async (app: App) => {
  await app.metadataCache.settle();
  await new Promise((resolve) => setTimeout(resolve, 0));
};

const FILES = {
  'People/Ann.md': '---\nrole: report\n---\n',
  'People/Bo.md': '---\nrole: peer\ntags: [person]\n---\n',
  'People/Cy.md': 'no properties',
  'People/pic.png': 'png',
  'Elsewhere/Di.md': '#person/report\n',
  'Elsewhere/Ed.md': '',
};

describe('the fake Bases', () => {
  it('registers a view type only while Bases is on, and refuses a second registration', () => {
    const app = createFakeApp();
    const plugin = new TestPlugin(app, MANIFEST);
    plugin.load();
    const registration = { name: 'X', icon: 'list', factory: () => ({}) as never };
    app.basesEnabled = false;
    expect(plugin.registerBasesView('x', registration)).toBe(false);
    expect(app.basesViews.size).toBe(0);
    app.basesEnabled = true;
    expect(plugin.registerBasesView('x', registration)).toBe(true);
    expect(() => plugin.registerBasesView('x', registration)).toThrow('existing Bases view');
    plugin.unload();
    expect(app.basesViews.size).toBe(0);
  });

  it('applies the filters (folder, tag, property, and/or/not), the sort (empty last) and the limit before the view sees the entries', async () => {
    const app = createFakeApp({ files: FILES });
    const view = await embed(
      app,
      [
        'filters:',
        '  or:',
        '    - and:',
        '        - file.inFolder("People")',
        '        - file.ext == "md"',
        '    - file.hasTag("person")',
        'views:',
        '  - type: recording',
        '    name: All',
        '    filters:',
        '      not:',
        '        - file.name == "Bo.md"',
        '    sort:',
        '      - property: note.role',
        '        direction: DESC',
        '    limit: 3',
      ].join('\n'),
    );
    // Di's role comes from no property (a tag in the text): empty, so last; Cy has none either.
    expect(view.seen).toEqual([['People/Ann.md', 'People/Cy.md', 'Elsewhere/Di.md']]);
  });

  it('groups by a property in its direction, each group in the sort’s order, entries without a value last', async () => {
    const app = createFakeApp({ files: FILES });
    const view = await embed(app, 'views:\n  - type: recording\n    name: G\n    filters: file.ext == "md"\n    groupBy:\n      property: note.role\n      direction: ASC\n    sort:\n      - property: file.name\n        direction: DESC\n');
    const groups = view.data.groupedData.map((group) => [group.hasKey() ? String(group.key) : null, ...group.entries.map((entry) => entry.file.basename)]);
    expect(groups).toEqual([['peer', 'Bo'], ['report', 'Ann'], [null, 'Ed', 'Di', 'Cy']]);
  });

  it('tells a view of a change only when it touches the results, each time with new entries', async () => {
    const app = createFakeApp({ files: FILES });
    const view = await embed(app, 'filters: file.inFolder("People")\nviews:\n  - type: recording\n    name: People\n    sort:\n      - property: file.name\n        direction: ASC\n');
    const first = view.data;
    await app.vault.create('Elsewhere/Fay.md', 'not in the base');
    await settle(app);
    expect(view.seen).toHaveLength(1);
    await app.vault.modify(app.vault.getFileByPath('People/Cy.md') as never, 'changed');
    await settle(app);
    expect(view.seen).toHaveLength(2);
    expect(view.data).not.toBe(first);
    await app.vault.create('People/Abe.md', '');
    await settle(app);
    expect(view.seen.at(-1)?.[0]).toBe('People/Abe.md');
  });

  it('throws on a filter it does not model, naming it', async () => {
    const app = createFakeApp({ files: FILES });
    await expect(embed(app, 'filters: file.mtime > now()\nviews:\n  - type: recording\n    name: X\n')).rejects.toThrow('the Bases filter file.mtime > now() is not modelled');
  });
});
