// Page preview on the notes the plugin lists: one hover source for the whole plugin (one switch in
// Page preview's settings), and a `hover-link` for every meeting and person link it draws in the
// 1:1 view, the overview and the sidebar, each with its view as the popover's parent.
import { describe, expect, it } from 'vitest';
import { OVERVIEW_VIEW_TYPE, PERSON_VIEW_TYPE } from '../../src/obsidian/person-view/person-view-host';
import { HOVER_SOURCE } from '../../src/obsidian/ui/open-note';
import type { App } from '../fake-obsidian/app';
import { readDemoVault } from '../support/demo-vault';
import { sidebar } from '../support/due-sidebar';
import { until } from '../support/eventually';
import { afterRender, onTheReferenceDay, settle, startPlugin, startSettled } from '../support/plugin-harness';

onTheReferenceDay();

const PRIYA = 'People/Priya Raman.md';

interface Hover {
  readonly linktext: string;
  readonly source: string;
  readonly sourcePath: string;
  readonly hoverParent: unknown;
  readonly targetEl: Element;
}

function hoversOf(app: App): Hover[] {
  const hovers: Hover[] = [];
  app.workspace.on('hover-link', (info: unknown) => hovers.push(info as Hover));
  return hovers;
}

function hover(el: Element | null | undefined): void {
  if (!el) throw new Error('nothing to hover');
  el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
}

async function openView(app: App, type: string, state: Record<string, unknown> = {}) {
  const leaf = app.workspace.getLeaf(true);
  await leaf.setViewState({ type, state, active: true });
  await settle(app);
  return leaf.view as unknown as { contentEl: HTMLElement };
}

const summary = (hovers: Hover[]) => hovers.map(({ linktext, source, sourcePath }) => ({ linktext, source, sourcePath }));

describe('page preview', () => {
  it('is one source, "One-on-ones", that needs Ctrl/Cmd by default', async () => {
    const { app } = await startSettled();
    expect([...app.hoverLinkSources]).toEqual([[HOVER_SOURCE, { display: 'One-on-ones', defaultMod: true }]]);
  });

  it('in the 1:1 view: each meeting in the history, each source of an open item and each mood point', async () => {
    const { app } = await startSettled();
    const view = await openView(app, PERSON_VIEW_TYPE, { person: PRIYA });
    const hovers = hoversOf(app);
    hover(view.contentEl.find('.one-on-ones-pv-meeting-date'));
    hover(view.contentEl.find('.one-on-ones-pv-source'));
    hover(view.contentEl.find('g.one-on-ones-pv-dot'));
    expect(hovers.map((h) => [h.source, h.sourcePath])).toEqual([[HOVER_SOURCE, PRIYA], [HOVER_SOURCE, PRIYA], [HOVER_SOURCE, PRIYA]]);
    expect(hovers[0]?.linktext).toBe('1-1s/Priya Raman/2026-11-06.md');
    for (const h of hovers) expect(h.linktext).toMatch(/^1-1s\/Priya Raman\/2026-\d\d-\d\d\.md$/);
    expect(hovers.every((h) => h.hoverParent === view)).toBe(true);
    expect(hovers[0]?.targetEl).toBe(view.contentEl.find('.one-on-ones-pv-meeting-date'));
  });

  it('hovering what is not a link (a heading, a button) asks for no preview', async () => {
    const { app } = await startSettled();
    const view = await openView(app, PERSON_VIEW_TYPE, { person: PRIYA });
    const hovers = hoversOf(app);
    hover(view.contentEl.find('.one-on-ones-pv-name'));
    hover(view.contentEl.find('[data-action="start"]'));
    expect(hovers).toEqual([]);
  });

  it('in the overview: each person\'s name previews their note, and a note that belongs to nobody previews itself', async () => {
    const files = { ...readDemoVault(), '1-1s/2026-11-02 Nobody.md': '---\nperson: "[[Nobody Here]]"\ndate: 2026-11-02\n---\n' };
    const { app } = await startSettled({ files });
    const view = await openView(app, OVERVIEW_VIEW_TYPE);
    const hovers = hoversOf(app);
    hover(view.contentEl.findAll('td.mod-name').find((td) => td.getText() === 'Priya Raman'));
    hover(view.contentEl.find('.one-on-ones-ov-unattributed [data-open]'));
    expect(summary(hovers)).toEqual([
      { linktext: PRIYA, source: HOVER_SOURCE, sourcePath: '' },
      { linktext: '1-1s/2026-11-02 Nobody.md', source: HOVER_SOURCE, sourcePath: '' },
    ]);
    expect(hovers[0]?.hoverParent).toBe(view);
  });

  it('in the sidebar: the link to today\'s note previews it', async () => {
    const { app } = await startPlugin({ userEnabled: true });
    await afterRender();
    await app.cli.run('one-on-ones:start', { name: 'Priya' });
    await settle(app);
    await afterRender();
    const hovers = hoversOf(app);
    hover(sidebar(app).contentEl.find('.one-on-ones-due-today'));
    expect(summary(hovers)).toEqual([{ linktext: '1-1s/Priya Raman/2026-11-20 Priya Raman.md', source: HOVER_SOURCE, sourcePath: '' }]);
    expect(hovers[0]?.hoverParent).toBe(sidebar(app));
  });

  it('in a rollup: person and meeting links are Obsidian internal links, which the note\'s own view previews (the plugin adds no second popover)', async () => {
    const { app } = await startSettled();
    const leaf = app.workspace.getLeaf(false);
    await leaf.setViewState({ type: 'markdown', state: { file: 'Dashboard.md', mode: 'preview' } });
    const links = () => leaf.view.containerEl.findAll('a.one-on-ones-rollup-link');
    await until(() => links().length > 0, 'the rollups to render');
    const hovers = hoversOf(app);
    for (const link of links()) {
      expect(link.hasClass('internal-link')).toBe(true);
      expect(link.getAttr('data-href')).toMatch(/^(People|1-1s|Journal)\//);
      hover(link);
    }
    expect(hovers).toEqual([]);
  });
});
