// The person pickers as a user drives them: typing into the input, arrows, Enter and Escape.
// A typo, a swapped word or initials still find the person; "Create person" is never what Enter
// does while someone matches; a name close to someone asks "Did you mean …?" first.
import { describe, expect, it } from 'vitest';
import type { App } from '../fake-obsidian/app';
import { readDemoVault } from '../support/demo-vault';
import { onTheReferenceDay, settle, startSettled } from '../support/plugin-harness';

onTheReferenceDay();

const PRIYA_TODAY = '1-1s/Priya Raman/2026-11-20 Priya Raman.md';

function pickerInput(): HTMLInputElement {
  const input = document.body.find('.prompt-input');
  if (!input?.instanceOf(HTMLInputElement)) throw new Error('no picker is open');
  return input;
}

/** Types one character at a time, as a keyboard does, and lets the list catch up. */
async function type(input: HTMLInputElement, text: string): Promise<void> {
  for (const ch of text) {
    input.value += ch;
    input.trigger('input');
  }
  await new Promise((resolve) => setTimeout(resolve, 0));
}

function press(key: string, target: Element | null = document.activeElement): void {
  if (!target) throw new Error(`nothing has the focus to press ${key} in`);
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
}

const rowTitles = () => document.body.findAll('.prompt-results .suggestion-item .suggestion-title').map((el) => el.getText());
const selectedTitle = () => document.body.find('.prompt-results .suggestion-item.is-selected .suggestion-title')?.getText();

async function openPicker(app: App, command: string): Promise<HTMLInputElement> {
  app.commands.executeCommandById(`one-on-ones:${command}`);
  await new Promise((resolve) => setTimeout(resolve, 0));
  return pickerInput();
}

const peopleFiles = (app: App) => app.vault.getMarkdownFiles().map((f) => f.path).filter((p) => p.startsWith('People/')).sort();

describe('typo-tolerant person pickers', () => {
  it('shows a person by name, and an alias beside it only when the alias is what matched', async () => {
    const { app } = await startSettled();
    const input = await openPicker(app, 'open-person-view');
    const meg = () => document.body.findAll('.prompt-results .suggestion-item').find((el) => el.find('.one-on-ones-person-name')?.getText() === 'Margaret Okonkwo');
    expect(meg()?.find('.suggestion-title')?.getText()).toBe('Margaret Okonkwo');
    await type(input, 'meg');
    expect(meg()?.find('.suggestion-title')?.getText()).toBe('Margaret Okonkwoaka Meg');
    expect(meg()?.findAll('.suggestion-highlight').map((el) => el.getText())).toEqual(['Meg']);
    input.value = '';
    await type(input, 'okonkwo');
    expect(meg()?.find('.one-on-ones-person-alias')).toBeNull();
    expect(meg()?.findAll('.suggestion-highlight').map((el) => el.getText())).toEqual(['Okonkwo']);
  });

  it('"Priya Ramen" and Enter in "Start 1:1 with…" starts the 1:1 with Priya Raman and creates nobody', async () => {
    const { app } = await startSettled();
    const people = peopleFiles(app);
    const input = await openPicker(app, 'start');
    await type(input, 'Priya Ramen');
    press('Enter', input);
    await settle(app);
    expect(peopleFiles(app)).toEqual(people);
    expect(app.vault.peek(PRIYA_TODAY)).toContain('person: "[[Priya Raman]]"');
  });

  it('finds Priya from a transposed letter, a wrong letter, swapped words, initials and a missing accent', async () => {
    const { app } = await startSettled();
    for (const query of ['Priya Ramna', 'Priya Ramen', 'Raman Priya', 'raman, priya', 'pr', 'Príya']) {
      const input = await openPicker(app, 'open-person-view');
      await type(input, query);
      expect({ query, selected: selectedTitle() }).toEqual({ query, selected: 'Priya Raman' });
      press('Escape', input);
    }
  });

  it.each([
    ['start', 'Create person "Priya Ramen"'],
    ['add-talking-point', null],
    ['log-cancelled', null],
    ['open-person-view', null],
  ])('in "%s", Priya comes first and Create person, if offered, comes last and unselected', async (command, create) => {
    const { app } = await startSettled();
    const input = await openPicker(app, command);
    await type(input, 'Priya Ramen');
    expect(rowTitles()).toEqual(create === null ? ['Priya Raman'] : ['Priya Raman', create]);
    expect(selectedTitle()).toBe('Priya Raman');
  });

  it('selects "Create person" by default only when nobody matches at all', async () => {
    const { app } = await startSettled();
    const input = await openPicker(app, 'start');
    await type(input, 'Priya Ramen');
    expect(selectedTitle()).toBe('Priya Raman');
    input.value = '';
    await type(input, 'Zoë Quinn');
    expect(rowTitles()).toEqual(['Create person "Zoë Quinn"']);
    expect(selectedTitle()).toBe('Create person "Zoë Quinn"');
  });

  it('puts "Create person" first when the name only has letters in common with someone ("Sam" in "Aisha Mensah")', async () => {
    const { app } = await startSettled();
    const input = await openPicker(app, 'start');
    await type(input, 'Sam');
    expect(rowTitles()[0]).toBe('Create person "Sam"');
    expect(selectedTitle()).toBe('Create person "Sam"');
    expect(rowTitles()).toContain('Aisha Mensah');
  });
});

describe('"Did you mean …?" before creating a name close to someone', () => {
  async function chooseCreate(app: App, name: string): Promise<void> {
    const input = await openPicker(app, 'start');
    await type(input, name);
    while (selectedTitle() !== `Create person "${name}"`) press('ArrowDown', input);
    press('Enter', input);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  const choices = () => document.body.findAll('.one-on-ones-did-you-mean-choice').map((el) => el.getText());

  it('lists the close people first and "Create … anyway" last, with the focus on the person', async () => {
    const { app } = await startSettled();
    const people = peopleFiles(app);
    await chooseCreate(app, 'Priya Ramen');
    expect(document.body.find('.modal-title')?.getText()).toBe('Did you mean Priya Raman?');
    expect(choices()).toEqual(['Priya Raman', 'Create "Priya Ramen" anyway']);
    expect(document.activeElement?.getText()).toBe('Priya Raman');
    press('Enter');
    await settle(app);
    expect(peopleFiles(app)).toEqual(people);
    expect(app.vault.peek(PRIYA_TODAY)).toContain('person: "[[Priya Raman]]"');
  });

  it('creates the person when "Create … anyway" is chosen with the keyboard', async () => {
    const { app } = await startSettled();
    await chooseCreate(app, 'Priya Ramen');
    press('ArrowDown');
    expect(document.activeElement?.getText()).toBe('Create "Priya Ramen" anyway');
    press('Enter');
    await settle(app);
    expect(app.vault.peek('People/Priya Ramen.md')).toBe('---\ncadence: biweekly\n---\n\n## Next 1:1\n');
    expect(app.vault.peek('1-1s/Priya Ramen/2026-11-20 Priya Ramen.md')).toContain('person: "[[Priya Ramen]]"');
  });

  it('creates nothing and starts nothing on Escape', async () => {
    const { app } = await startSettled();
    const before = app.vault.getMarkdownFiles().length;
    await chooseCreate(app, 'Raman Priya');
    expect(choices()).toEqual(['Priya Raman', 'Create "Raman Priya" anyway']);
    press('Escape');
    await settle(app);
    expect(document.body.find('.one-on-ones-did-you-mean-choice')).toBeNull();
    expect(app.vault.getMarkdownFiles().length).toBe(before);
  });

  it('asks for the same name with other accents or case, and not for a new name', async () => {
    const { app } = await startSettled();
    await chooseCreate(app, 'Priyá Raman');
    expect(choices()).toEqual(['Priya Raman', 'Create "Priyá Raman" anyway']);
    press('Escape');
    await chooseCreate(app, 'Zoë Quinn');
    await settle(app);
    expect(document.body.find('.one-on-ones-did-you-mean-choice')).toBeNull();
    expect(app.vault.peek('People/Zoë Quinn.md')).toBeDefined();
  });
});

describe('two people with the same name', () => {
  it('shows each one\'s folder, and only for the ambiguous name', async () => {
    const files = {
      ...readDemoVault(),
      'People/Alex Kim.md': '---\ncadence: weekly\n---\n',
      'People/Contractors/Alex Kim.md': '---\ncadence: monthly\n---\n',
      'People/Alexandra Berg.md': '---\ncadence: weekly\n---\n',
    };
    const { app } = await startSettled({ files });
    const input = await openPicker(app, 'open-person-view');
    await type(input, 'Alex');
    const rows = document.body.findAll('.prompt-results .suggestion-item');
    const shown = rows.map((el) => [el.find('.one-on-ones-person-name')?.getText(), el.find('.one-on-ones-person-folder')?.getText() ?? null]);
    expect(shown).toEqual(expect.arrayContaining([
      ['Alex Kim', 'People'],
      ['Alex Kim', 'People/Contractors'],
      ['Alexandra Berg', null],
    ]));
    expect(shown).toHaveLength(3);
  });
});
