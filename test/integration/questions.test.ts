import { describe, expect, it, vi } from 'vitest';
import { CUSTOM_QUESTIONS_EXAMPLE } from '../../src/core/questions/custom-questions';
import { checkTrigger } from '../../src/core/questions/question-settings';
import type { App } from '../fake-obsidian/app';
import { shownNotices } from '../fake-obsidian/notice';
import type { TFile } from '../fake-obsidian/vault';
import { MarkdownView } from '../fake-obsidian/workspace';
import { onTheReferenceDay, settle, startSettled } from '../support/plugin-harness';

const QUESTIONS = '1-1s/Questions.md';
const LUCAS_TODAY = '1-1s/Lucas Ferreira/2026-11-20.md';
const INSERT = 'one-on-ones:insert-question';
const OPEN_BANK = 'one-on-ones:open-question-bank';

onTheReferenceDay(new Date(2026, 10, 20, 9, 30));

function file(app: App, path: string): TFile {
  const found = app.vault.getFileByPath(path);
  if (!found) throw new Error(`no ${path}`);
  return found;
}

async function openNote(app: App, path: string, text?: string): Promise<MarkdownView> {
  if (text !== undefined) await app.vault.create(path, text);
  await settle(app);
  await app.workspace.getLeaf().openFile(file(app, path));
  const view = app.workspace.getActiveViewOfType(MarkdownView);
  if (!view) throw new Error('no markdown view');
  view.editor.setCursor({ line: view.editor.lastLine(), ch: view.editor.getLine(view.editor.lastLine()).length });
  return view;
}

function press(view: MarkdownView, key: string, init: KeyboardEventInit = {}): void {
  view.contentEl.find('.cm-content')?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
}

async function type(view: MarkdownView, text: string): Promise<void> {
  for (const ch of text) press(view, ch);
  await new Promise((resolve) => setTimeout(resolve, 0));
}

function popover(app: App): string[] {
  return app.dom.findAll('.suggestion-container .suggestion-item .suggestion-title').map((el) => el.getText());
}

const NEW_NOTE = '---\nperson: "[[Lucas Ferreira]]"\ndate: 2026-11-20\ntags: [1on1]\n---\n## Questions\n';

describe('the question bank file', () => {
  it('merges the demo vault questions with the built-in bank once layout is ready', async () => {
    const { plugin } = await startSettled();
    const bank = plugin.questions.bankFile.bank;
    expect(bank.questions.some((q) => q.text === 'Which skill do you want to be known for a year from now?' && q.category === 'growth')).toBe(true);
    expect(bank.questions.length).toBe(215 + 8);
    expect(plugin.questions.bankFile.problems).toEqual([]);
  });

  it('reads the file again when it changes, and names the lines it cannot use', async () => {
    const { app, plugin } = await startSettled();
    await app.vault.modify(file(app, QUESTIONS), '- Loose question?\n## Rituals\n- What ritual should we start?\nNo dash here?\n');
    await settle(app);
    expect(plugin.questions.bankFile.bank.questions.at(-1)?.text).toBe('What ritual should we start?');
    expect(shownNotices).toContain(
      'One-on-ones: 2 lines of 1-1s/Questions.md could not be used as questions — line 1: "Loose question?" is not under a "## Category" heading, so it has no category; line 4: "No dash here?" is not a list item; start it with "- " to use it.',
    );
    await app.vault.modify(file(app, QUESTIONS), '- Loose question?\n## Rituals\n- What ritual should we start?\nNo dash here?\n\n');
    await settle(app);
    expect(shownNotices.filter((n) => n.includes('could not be used'))).toHaveLength(1);
    await app.vault.delete(file(app, QUESTIONS));
    await settle(app);
    expect(plugin.questions.bankFile.bank.questions).toHaveLength(215);
  });

  it('hides the built-in bank when asked, and follows a new file path', async () => {
    const { app, plugin } = await startSettled();
    plugin.settings.hideBuiltInQuestions = true;
    await plugin.saveSettings();
    await settle(app);
    expect(plugin.questions.bankFile.bank.questions).toHaveLength(8);
    plugin.settings.questionFile = 'Elsewhere.md';
    await plugin.saveSettings();
    await settle(app);
    expect(plugin.questions.bankFile.bank.questions).toHaveLength(0);
  });

  it('"Open question bank" creates the missing file with an example, and never overwrites it', async () => {
    const { app, plugin } = await startSettled();
    plugin.settings.questionFile = 'Notes/Team/My questions.md';
    await plugin.saveSettings();
    expect(app.commands.executeCommandById(OPEN_BANK)).toBe(true);
    await settle(app);
    expect(app.vault.peek('Notes/Team/My questions.md')).toBe(CUSTOM_QUESTIONS_EXAMPLE);
    expect(app.workspace.getActiveFile()?.path).toBe('Notes/Team/My questions.md');
    expect(plugin.questions.bankFile.bank.categories.map((c) => c.label)).toContain('Onboarding');

    plugin.settings.questionFile = QUESTIONS;
    await plugin.saveSettings();
    const before = app.vault.peek(QUESTIONS);
    app.commands.executeCommandById(OPEN_BANK);
    await settle(app);
    expect(app.vault.peek(QUESTIONS)).toBe(before);
    expect(app.workspace.getActiveFile()?.path).toBe(QUESTIONS);
  });
});

describe('inline questions', () => {
  it('says when no question matches, and Enter then only breaks the line, keeping what was typed', async () => {
    const { app } = await startSettled();
    const view = await openNote(app, LUCAS_TODAY, NEW_NOTE);
    await type(view, '- ??zebra quantum');
    expect(popover(app)).toEqual([]);
    expect(app.dom.find('.suggestion-container .one-on-ones-question-none')?.getText()).toBe('No question matches "zebra quantum". Enter starts a new line.');
    press(view, 'Enter');
    const last = view.editor.lastLine();
    expect([view.editor.getLine(last - 1), view.editor.getLine(last)]).toEqual(['- ??zebra quantum', '']);
    expect(app.dom.find('.suggestion-container')).toBeNull();
  });

  it('opens on ??grow in a meeting note with career questions, and Enter inserts the first', async () => {
    const { app } = await startSettled();
    const view = await openNote(app, LUCAS_TODAY, NEW_NOTE);
    await type(view, '- ??grow');
    const shown = popover(app);
    expect(shown.length).toBeGreaterThan(3);
    // The one question holding the word "grow" comes first, though it was asked with Lucas on Oct 23
    // (it says when); then the questions where "grow" only starts a word, fresh ones first.
    expect(shown.slice(0, 3)).toEqual([
      'How do you want to grow over the next six months?',
      'What next step in your growth would you like my help with?',
      'Where do you want your career to be in two years?',
    ]);
    const rows = app.dom.findAll('.suggestion-container .suggestion-item');
    expect(rows[0]?.find('.one-on-ones-question-asked')?.getText()).toBe('asked 4 weeks ago');
    expect(rows[0]?.find('.one-on-ones-question-category')?.getText()).toBe('Career and growth');
    const next = rows.slice(1, 11);
    expect(next.every((el) => !el.find('.one-on-ones-question-asked') && el.find('.one-on-ones-question-category')?.getText() === 'Career and growth')).toBe(true);
    expect(app.dom.find('.suggestion-container .suggestion-highlight')?.getText()).toBe('grow');

    press(view, 'Enter');
    expect(view.editor.getLine(view.editor.lastLine())).toBe('- How do you want to grow over the next six months?');
    expect(view.editor.getCursor()).toEqual({ line: view.editor.lastLine(), ch: view.editor.getLine(view.editor.lastLine()).length });
    expect(popover(app)).toEqual([]);
  });

  it('writes the question in the chosen format, and the 1–10 check-in as a Mood field the index reads', async () => {
    const { app, plugin } = await startSettled();
    plugin.settings.questionFormat = 'heading';
    const view = await openNote(app, LUCAS_TODAY, NEW_NOTE);
    await type(view, '??blocking');
    press(view, 'Enter');
    expect(view.editor.getLine(view.editor.lastLine())).toBe('### What is blocking you right now?');
    press(view, 'Enter');
    await type(view, '??1 to 10');
    // His moods count as having asked it, so the custom 1-to-10 question of the demo file leads.
    const at = popover(app).indexOf('On a scale from 1 to 10, how are you doing right now?');
    expect(at).toBeGreaterThan(0);
    for (let i = 0; i < at; i++) press(view, 'ArrowDown');
    press(view, 'Enter');
    await type(view, '6');
    expect(view.editor.getLine(view.editor.lastLine())).toBe('Mood:: 6');
    await view.save();
    await settle(app);
    expect(plugin.indexer.index.getMeeting(LUCAS_TODAY)?.meeting.mood).toBe(6);
  });

  it('stays closed outside meeting notes unless set to work everywhere, and for "really??"', async () => {
    const { app, plugin } = await startSettled();
    const person = await openNote(app, 'People/Lucas Ferreira.md');
    await type(person, '\n??grow');
    expect(popover(app)).toEqual([]);
    plugin.settings.questionTriggerScope = 'everywhere';
    await type(person, 'th');
    expect(popover(app).length).toBeGreaterThan(0);
    press(person, 'Escape');
    expect(popover(app)).toEqual([]);

    const meeting = await openNote(app, LUCAS_TODAY, NEW_NOTE);
    await type(meeting, 'Really??');
    expect(popover(app)).toEqual([]);
  });

  it('set to work in every note, also works in an editor that shows no file (Obsidian passes file: null)', async () => {
    const { app, plugin } = await startSettled();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await app.workspace.getLeaf(true).setViewState({ type: 'markdown', state: {}, active: true });
    const view = app.workspace.getActiveViewOfType(MarkdownView);
    if (!view) throw new Error('no markdown view');
    expect(view.file).toBeNull();
    await type(view, '??blocking');
    expect(popover(app)).toEqual([]);
    plugin.settings.questionTriggerScope = 'everywhere';
    await type(view, ' ');
    press(view, 'Backspace');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(errors).not.toHaveBeenCalled();
    expect(popover(app)[0]).toBe('What is blocking you right now?');
    press(view, 'Enter');
    expect(view.editor.getValue()).toBe('What is blocking you right now?');
    errors.mockRestore();
  });

  it('keeps the question suggester open when the query narrows with " #category", where Obsidian\'s tag suggester would start', async () => {
    const { app } = await startSettled();
    const view = await openNote(app, LUCAS_TODAY, NEW_NOTE);
    await type(view, '??home #remote');
    expect(popover(app)[0]).toBe('How is your home setup working for you?');
    expect(app.dom.findAll('.suggestion-container .one-on-ones-question-category').every((el) => el.getText() === 'Remote work')).toBe(true);
  });

  it('opens with every trigger the settings accept, none of which Obsidian\'s own [[ and # suggesters take first', async () => {
    for (const trigger of ['??', ';;', '#?', '@@', '#q', '#-', '[[?', '![[']) {
      const check = checkTrigger(trigger);
      if ('problem' in check) {
        expect(check.problem).toMatch(/Obsidian's (tag|link) suggestions would open instead/);
        continue;
      }
      const { app, plugin } = await startSettled();
      plugin.settings.questionTrigger = trigger;
      const view = await openNote(app, LUCAS_TODAY, NEW_NOTE);
      await type(view, `${trigger}blocking`);
      expect({ trigger, shown: popover(app)[0] }).toEqual({ trigger, shown: 'What is blocking you right now?' });
      document.body.empty();
    }
  });

  it('narrows to a category with #, and shows nothing for one that does not exist', async () => {
    const { app } = await startSettled();
    const view = await openNote(app, LUCAS_TODAY, NEW_NOTE);
    await type(view, '??#remote');
    expect(popover(app)[0]).toBe('How is your home setup working for you?');
    expect(app.dom.findAll('.suggestion-container .one-on-ones-question-category').every((el) => el.getText() === 'Remote work')).toBe(true);
    await type(view, 'xx#qqqq');
    expect(popover(app)).toEqual([]);
  });
});

describe('"Insert 1:1 question"', () => {
  async function openPicker(app: App, view: MarkdownView) {
    expect(app.commands.executeCommandById(INSERT)).toBe(true);
    const input = app.dom.find('.one-on-ones-question-modal input.prompt-input') as HTMLInputElement | null;
    if (!input) throw new Error('the question picker did not open');
    const search = async (query: string) => {
      input.value = query;
      input.dispatchEvent(new Event('input'));
      await new Promise((resolve) => setTimeout(resolve, 0));
    };
    const key = (key: string, init: KeyboardEventInit = {}) => input.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
    const titles = () => app.dom.findAll('.one-on-ones-question-modal .suggestion-title').map((el) => el.getText());
    return { input, search, key, titles, view };
  }

  it('lists the bank by category, least covered with this person first, and inserts at the cursor', async () => {
    const { app } = await startSettled();
    const view = await openNote(app, LUCAS_TODAY, NEW_NOTE);
    const picker = await openPicker(app, view);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(picker.titles()).toHaveLength(223);
    const categories = app.dom.findAll('.one-on-ones-question-modal .one-on-ones-question-category').map((el) => el.getText());
    // Lucas had a growth question (Oct 23) and the 1–10 check-in (his moods, last Nov 13) lately:
    // those two come last, the one covered longest ago first.
    expect([...new Set(categories)].slice(-2)).toEqual(['Career and growth', 'Check-in and mood']);

    await picker.search('career two years');
    expect(picker.titles()[0]).toBe('Where do you want your career to be in two years?');
    expect(app.dom.findAll('.one-on-ones-question-modal .suggestion-highlight').map((el) => el.getText())).toEqual(['career', 'two', 'years']);
    picker.key('Enter');
    expect(app.dom.find('.one-on-ones-question-modal')).toBeNull();
    expect(view.editor.getLine(view.editor.lastLine())).toBe('Where do you want your career to be in two years?');
  });

  it('with Ctrl+Enter inserts and stays open, one question per line', async () => {
    const { app, plugin } = await startSettled();
    plugin.settings.questionFormat = 'list';
    const view = await openNote(app, LUCAS_TODAY, NEW_NOTE);
    const picker = await openPicker(app, view);
    await picker.search('blocking');
    picker.key('Enter', { ctrlKey: true });
    expect(app.dom.find('.one-on-ones-question-modal')).not.toBeNull();
    await picker.search('weather');
    picker.key('Enter', { ctrlKey: true });
    await picker.search('#next agenda');
    picker.key('Enter');
    expect(app.dom.find('.one-on-ones-question-modal')).toBeNull();
    expect(view.editor.getValue().split('\n').slice(-3)).toEqual([
      '- What is blocking you right now?',
      '- If your week had a weather forecast, what would it be?',
      '- What should be on the agenda for our next meeting?',
    ]);
  });

  it('heads each category when browsing, lists the categories for a lone #, and marks a question already in the note', async () => {
    const { app } = await startSettled();
    const view = await openNote(app, LUCAS_TODAY, `${NEW_NOTE}- What is blocking you right now?\n`);
    const picker = await openPicker(app, view);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const heads = app.dom.findAll('.one-on-ones-question-modal .one-on-ones-question-head').map((el) => el.getText());
    expect(heads).toHaveLength(16);
    expect(new Set(heads).size).toBe(16);
    const blocking = app.dom.findAll('.one-on-ones-question-modal .suggestion-item').find((el) => el.getText().includes('What is blocking you right now?'));
    expect(blocking?.find('.one-on-ones-question-in-note')?.getText()).toBe('in this note');

    await picker.search('#');
    expect(picker.titles()).toHaveLength(16);
    expect(picker.titles()[0]).toBe('#Check-in and mood');
    picker.key('Enter');
    expect(picker.input.value).toBe('#check-in ');
    expect(app.dom.find('.one-on-ones-question-modal')).not.toBeNull();
  });

  it('says why the list is empty: an unknown category, or no questions at all', async () => {
    const { app, plugin } = await startSettled();
    const view = await openNote(app, LUCAS_TODAY, NEW_NOTE);
    const picker = await openPicker(app, view);
    await picker.search('#qqqq');
    expect(app.dom.find('.one-on-ones-question-modal .suggestion-empty')?.getText()).toMatch(/^No category matches "qqqq"\. The categories: Check-in and mood, .*, Next steps\.$/);
    picker.key('Escape');
    plugin.settings.hideBuiltInQuestions = true;
    plugin.settings.questionFile = 'Nothing here.md';
    await plugin.saveSettings();
    await settle(app);
    const empty = await openPicker(app, view);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(app.dom.find('.one-on-ones-question-modal .suggestion-empty')?.getText()).toContain('No questions yet: add some to Nothing here.md');
    empty.key('Escape');
  });
});

describe('{{questions}} for the meeting template', () => {
  it('gives the set number of fresh questions from the categories least covered with the person', async () => {
    const { plugin } = await startSettled();
    const lucas = plugin.questions.templateQuestions('People/Lucas Ferreira.md');
    expect(lucas).toEqual(['- What are your top three priorities for the next two weeks?', '- What is blocking you right now?', '- How sustainable does your workload feel right now?']);
    plugin.settings.templateQuestionCount = 1;
    expect(plugin.questions.templateQuestions('People/Lucas Ferreira.md')).toHaveLength(1);
  });
});
