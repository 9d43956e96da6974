// The plugin's one small form (PromptModal), as the talking point, cancelled 1:1 and snooze
// commands use it: fields, a refusal named in the form, Enter or the button to submit.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PromptModal, type PromptOptions } from '../../src/obsidian/ui/prompt-modal';
import { type App, createFakeApp } from '../fake-obsidian/app';

afterEach(() => document.body.empty());

function open<T>(options: Partial<PromptOptions<T>> & Pick<PromptOptions<T>, 'read'>): { app: App; modal: PromptModal<T>; onSubmit: ReturnType<typeof vi.fn> } {
  const app = createFakeApp();
  const onSubmit = vi.fn();
  const modal = new PromptModal<T>(app as never, {
    title: 'Snooze 1:1s with Priya',
    fields: [{ name: 'Until' }],
    submitText: 'Snooze',
    onSubmit,
    ...options,
  });
  modal.open();
  return { app, modal, onSubmit };
}

const inputs = (app: App) => app.dom.findAll('.modal input') as HTMLInputElement[];
const button = (app: App, text: string) => app.dom.findAll('.modal button').find((b) => b.getText() === text) as HTMLButtonElement | undefined;
const enter = (input: HTMLInputElement, init: KeyboardEventInit = {}) => input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, ...init }));

describe('the prompt modal', () => {
  it('shows its title, intro and fields, with the first field focused and its value selected', () => {
    const { app } = open({
      intro: 'No 1:1 is expected until this day.',
      fields: [
        { name: 'Until', desc: 'A date after today.', placeholder: '2026-12-04', value: '2026-12-04' },
        { name: 'Moved to', type: 'date', placeholder: 'YYYY-MM-DD' },
      ],
      read: () => ({ value: null }),
    });
    expect(app.dom.find('.modal-title')?.getText()).toBe('Snooze 1:1s with Priya');
    expect(app.dom.find('.modal p')?.getText()).toBe('No 1:1 is expected until this day.');
    expect(app.dom.findAll('.modal .setting-item-name').map((el) => el.getText()).filter((name) => name !== '')).toEqual(['Until', 'Moved to']);
    expect(app.dom.find('.modal .setting-item-description')?.getText()).toBe('A date after today.');
    const [until, moved] = inputs(app);
    expect([until?.value, until?.placeholder, until?.type, moved?.type, moved?.placeholder]).toEqual(['2026-12-04', '2026-12-04', 'text', 'date', 'YYYY-MM-DD']);
    expect(document.activeElement).toBe(until);
    expect([until?.selectionStart, until?.selectionEnd]).toEqual([0, 10]);
    expect(button(app, 'Cancel')).toBeUndefined();
  });

  it('names what read refuses in the form, stays open, and submits nothing', () => {
    const { app, onSubmit } = open<string>({ read: ([until = '']) => (until === '' ? { problem: 'Enter a date.' } : { value: until }) });
    button(app, 'Snooze')?.click();
    expect(app.dom.find('.modal [role="alert"].one-on-ones-prompt-problem')?.getText()).toBe('Enter a date.');
    expect(app.dom.find('.modal')).not.toBeNull();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('submits what read makes of the trimmed values, in field order, and closes', () => {
    const read = vi.fn(([a = '', b = '']: string[]) => ({ value: `${a}|${b}` }));
    const { app, onSubmit } = open({ fields: [{ name: 'A' }, { name: 'B' }], read });
    const [a, b] = inputs(app);
    if (!a || !b) throw new Error('no fields');
    a.value = '  one ';
    b.value = 'two  ';
    button(app, 'Snooze')?.click();
    expect(read).toHaveBeenCalledWith(['one', 'two']);
    expect(onSubmit).toHaveBeenCalledWith('one|two');
    expect(app.dom.find('.modal')).toBeNull();
  });

  it('submits on Enter in any field, but not while a character is being composed', () => {
    const { app, onSubmit } = open({ fields: [{ name: 'A' }, { name: 'B' }], read: () => ({ value: 'ok' }) });
    const [, b] = inputs(app);
    if (!b) throw new Error('no field');
    enter(b, { isComposing: true });
    expect(onSubmit).not.toHaveBeenCalled();
    enter(b);
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(app.dom.find('.modal')).toBeNull();
  });

  it('has a Cancel button when asked, which closes without submitting', () => {
    const { app, onSubmit } = open({ cancel: true, read: () => ({ value: 'ok' }) });
    expect(app.dom.findAll('.modal button').map((b) => b.getText())).toEqual(['Cancel', 'Snooze']);
    button(app, 'Cancel')?.click();
    expect(app.dom.find('.modal')).toBeNull();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('opens again as new after closing: its fields once, no message left, Enter submitting once', () => {
    const { app, modal, onSubmit } = open<string>({ read: ([until = '']) => (until === '' ? { problem: 'Enter a date.' } : { value: until }) });
    button(app, 'Snooze')?.click();
    modal.close();
    modal.open();
    expect(inputs(app)).toHaveLength(1);
    expect(app.dom.find('.modal [role="alert"]')?.getText()).toBe('');
    const [until] = inputs(app);
    if (!until) throw new Error('no field');
    until.value = '2026-12-04';
    enter(until);
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit).toHaveBeenCalledWith('2026-12-04');
  });
});
