// What users read, under approval: each surface of the plugin is rendered on the demo vault on its
// reference day (2026-11-20, 9:00), turned into visible text (test/support/visible-text.ts) and
// compared with test/integration/approved/<surface>.txt. A change in wording, order or content
// fails with the diff; `APPROVE=1 npx vitest run --project integration test/integration/approval.test.ts`
// writes the new text, to be reviewed in git like any other change.
import { describe, it } from 'vitest';
import { OVERVIEW_VIEW_TYPE, PERSON_VIEW_TYPE } from '../../src/obsidian/person-view/person-view-host';
import type { App } from '../fake-obsidian/app';
import type { TFile } from '../fake-obsidian/vault';
import { MarkdownView, type WorkspaceLeaf } from '../fake-obsidian/workspace';
import { expectApproved } from '../support/approval';
import { readDemoVault } from '../support/demo-vault';
import { afterRender, click, sidebar } from '../support/due-sidebar';
import { onTheReferenceDay, settle, startSettled } from '../support/plugin-harness';
import { visibleText } from '../support/visible-text';
import { until } from '../support/eventually';

onTheReferenceDay();

const approve = (name: string, el: Element) => expectApproved(import.meta.dirname, name, visibleText(el));


/** A view's whole pane: its header (title and actions) and its content. */
function viewPane(app: App, type: string): HTMLElement {
  const leaf = app.workspace.getLeavesOfType(type)[0];
  if (!leaf) throw new Error(`no ${type} view open`);
  return (leaf.view as unknown as { containerEl: HTMLElement }).containerEl;
}

async function run(app: App, command: string): Promise<void> {
  if (!app.commands.executeCommandById(`one-on-ones:${command}`)) throw new Error(`the command ${command} did not run`);
  await settle(app);
}

describe('the 1:1s due sidebar', () => {
  async function openSidebar() {
    const started = await startSettled();
    await run(started.app, 'open-due-sidebar');
    await afterRender();
    await until(() => sidebar(started.app).contentEl.find('.one-on-ones-due-section') !== null, 'the sidebar to draw');
    return started;
  }

  it('people due', async () => {
    const { app } = await openSidebar();
    approve('due-sidebar', viewPane(app, 'one-on-ones-due'));
  });

  it('with "Show everyone"', async () => {
    const { app } = await openSidebar();
    click(sidebar(app).contentEl.find('[data-everyone]'));
    await until(() => sidebar(app).contentEl.find('.one-on-ones-due-section.mod-on-track') !== null, 'everyone to show');
    approve('due-sidebar-everyone', viewPane(app, 'one-on-ones-due'));
  });
});

describe('the 1:1 view', () => {
  it.each([
    ['priya-raman', 'People/Priya Raman.md'], // overdue, a cancelled 1:1, talking points, a mood trend
    ['oliver-brandt', 'People/Oliver Brandt.md'], // a cadence that cannot be read
    ['rosa-delgado', 'People/Rosa Delgado.md'], // a problem in a meeting note
    ['kenji-watanabe', 'People/Kenji Watanabe.md'], // never met
  ])('of %s', async (slug, path) => {
    const { app } = await startSettled();
    await app.workspace.getLeaf(false).setViewState({ type: PERSON_VIEW_TYPE, state: { person: path }, active: true });
    await settle(app);
    await until(() => viewPane(app, PERSON_VIEW_TYPE).find('.one-on-ones-pv-name') !== null, 'the 1:1 view to draw');
    approve(`person-view-${slug}`, viewPane(app, PERSON_VIEW_TYPE));
  });
});

describe('the overview', () => {
  it('of everyone', async () => {
    const { app } = await startSettled();
    await run(app, 'open-overview');
    await until(() => viewPane(app, OVERVIEW_VIEW_TYPE).find('tbody tr') !== null, 'the overview to draw');
    approve('overview', viewPane(app, OVERVIEW_VIEW_TYPE));
  });
});

describe('rollups', () => {
  it.each([
    ['actions-by-person', 'owner: me\ngroup: person'],
    ['actions-by-meeting', 'person: [[Priya Raman]]\ngroup: meeting'],
    ['actions-by-due', 'group: due'],
    ['people', 'show: people'],
    ['meetings', 'show: meetings\nsince: 2026-10-01'],
    ['query-with-mistakes', '# mine\nownr: me\ndue: soon'],
  ])('%s', async (slug, query) => {
    const note = `Rollup ${slug}.md`;
    const { app, plugin } = await startSettled({ files: { ...readDemoVault(), [note]: `\`\`\`1on1\n${query}\n\`\`\`\n` } });
    await until(() => plugin.indexer.progress === null, 'the index');
    const leaf = app.workspace.getLeaf() as unknown as WorkspaceLeaf;
    await leaf.setViewState({ type: 'markdown', state: { file: note, mode: 'preview' }, active: true });
    const block = () => leaf.containerEl.find('.block-language-1on1');
    await until(() => block()?.find('.one-on-ones-rollup-body') != null, 'the block to draw');
    approve(`rollup-${slug}`, block());
  });
});

describe('pickers', () => {
  const modal = (app: App, selector: string) => {
    const el = app.dom.find(selector)?.closest('.modal-container');
    if (!el) throw new Error(`no ${selector} open`);
    return el;
  };

  async function type(input: HTMLInputElement, text: string): Promise<void> {
    input.value = text;
    input.dispatchEvent(new Event('input'));
    await new Promise((resolve) => setTimeout(resolve, 0));
  }

  it.each([
    ['nothing typed', 'start-picker', ''],
    ['"pr" typed', 'start-picker-pr', 'pr'],
  ])('"Start 1:1 with…", %s', async (_what, name, typed) => {
    const { app } = await startSettled();
    await run(app, 'start');
    const input = modal(app, '.prompt-input').find('.prompt-input') as HTMLInputElement;
    if (typed !== '') await type(input, typed);
    await until(() => modal(app, '.prompt-input').find('.suggestion-item') !== null, 'the list');
    approve(name, modal(app, '.prompt-input'));
  });

  it.each([
    ['nothing typed', 'question-picker', ''],
    ['a search', 'question-picker-search', 'career two years'],
  ])('"Insert 1:1 question" in a meeting note with Lucas, %s', async (_what, name, typed) => {
    const { app } = await startSettled();
    const path = '1-1s/Lucas Ferreira/2026-11-20.md';
    await app.vault.create(path, '---\nperson: "[[Lucas Ferreira]]"\ndate: 2026-11-20\ntags: [1on1]\n---\n## Questions\n');
    await settle(app);
    await app.workspace.getLeaf().openFile(app.vault.getFileByPath(path) as TFile);
    const view = app.workspace.getActiveViewOfType(MarkdownView);
    if (!view) throw new Error('no markdown view');
    view.editor.setCursor({ line: view.editor.lastLine(), ch: 0 });
    await run(app, 'insert-question');
    const picker = () => modal(app, '.one-on-ones-question-modal');
    if (typed !== '') await type(picker().find('input.prompt-input') as HTMLInputElement, typed);
    await until(() => picker().find('.suggestion-item') !== null, 'the list');
    approve(name, picker());
  });
});
