// The question bank and its search index cost most of what onload used to do, and nothing needs
// them before a picker opens: they are built on first use, and again on the first use after the
// question file changes. Counted by wrapping the two builders, so nothing in the plugin is for tests.
import type { PluginManifest } from 'obsidian';
import { describe, expect, it, vi } from 'vitest';
import manifest from '../../manifest.json';
import OneOnOnesPlugin from '../../src/main';
import { type App, createFakeApp, loadPlugin } from '../fake-obsidian/app';
import { MarkdownView } from '../fake-obsidian/workspace';
import { readDemoVault } from '../support/demo-vault';
import { onTheReferenceDay, settle } from '../support/plugin-harness';

const builds = vi.hoisted(() => ({ banks: 0, searches: 0 }));

vi.mock('../../src/core/questions/question-bank', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/core/questions/question-bank')>();
  return {
    ...actual,
    buildQuestionBank: (...args: Parameters<typeof actual.buildQuestionBank>) => {
      builds.banks++;
      return actual.buildQuestionBank(...args);
    },
  };
});

vi.mock('../../src/core/questions/question-search', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/core/questions/question-search')>();
  class CountedSearch extends actual.QuestionSearch {
    constructor(...args: ConstructorParameters<typeof actual.QuestionSearch>) {
      super(...args);
      builds.searches++;
    }
  }
  return { ...actual, QuestionSearch: CountedSearch };
});

onTheReferenceDay(new Date(2026, 10, 20, 9, 30));

const QUESTIONS = '1-1s/Questions.md';
const MEETING = '1-1s/Lucas Ferreira/2026-11-20.md';
const NEW_NOTE = '---\nperson: "[[Lucas Ferreira]]"\ndate: 2026-11-20\ntags: [1on1]\n---\n## Questions\n';

async function openMeeting(app: App): Promise<MarkdownView> {
  const file = app.vault.getFileByPath(MEETING) ?? (await app.vault.create(MEETING, NEW_NOTE));
  await settle(app);
  await app.workspace.getLeaf().openFile(file);
  const view = app.workspace.getActiveViewOfType(MarkdownView);
  if (!view) throw new Error('no markdown view');
  view.editor.setCursor({ line: view.editor.lastLine(), ch: 0 });
  return view;
}

/** Opens "Insert 1:1 question" and waits for its first list; returns how many questions it shows. */
async function openPicker(app: App): Promise<number> {
  expect(app.commands.executeCommandById('one-on-ones:insert-question')).toBe(true);
  await new Promise((resolve) => setTimeout(resolve, 0));
  const shown = app.dom.findAll('.one-on-ones-question-modal .suggestion-title').length;
  app.dom.find('.one-on-ones-question-modal input.prompt-input')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
  return shown;
}

describe('the question index', () => {
  it('is not built by onload or layout ready, but by the first picker, and then kept', async () => {
    builds.banks = 0;
    builds.searches = 0;
    const app = createFakeApp({ files: readDemoVault() });
    await loadPlugin(app, OneOnOnesPlugin as never, manifest as PluginManifest, { layoutReady: false });
    expect(builds).toEqual({ banks: 0, searches: 0 });

    app.workspace.triggerLayoutReady();
    await settle(app);
    expect(app.vault.reads).toContain(QUESTIONS);
    expect(builds).toEqual({ banks: 0, searches: 0 });

    await openMeeting(app);
    expect(await openPicker(app)).toBe(215 + 8);
    expect(builds).toEqual({ banks: 1, searches: 1 });
    expect(await openPicker(app)).toBe(215 + 8);
    expect(builds).toEqual({ banks: 1, searches: 1 });
  });

  it('is dropped when the question file changes, and built again only when next used', async () => {
    builds.banks = 0;
    builds.searches = 0;
    const app = createFakeApp({ files: readDemoVault() });
    await loadPlugin(app, OneOnOnesPlugin as never, manifest as PluginManifest);
    await settle(app);
    await openMeeting(app);
    await openPicker(app);
    expect(builds).toEqual({ banks: 1, searches: 1 });

    const file = app.vault.getFileByPath(QUESTIONS);
    if (!file) throw new Error(`no ${QUESTIONS}`);
    await app.vault.modify(file, '## Onboarding\n- What has surprised you most since you joined?\n');
    await settle(app);
    expect(builds).toEqual({ banks: 1, searches: 1 });

    expect(await openPicker(app)).toBe(215 + 1);
    expect(builds).toEqual({ banks: 2, searches: 2 });
  });
});
