import { type App, Component, Modal, Setting } from 'obsidian';
import type { CalendarDay } from '../core/dates';
import { defaultSnoozeUntil, parseSnoozeDate } from '../core/snooze';

/** Asks until when 1:1s with one person are on hold; refuses a day it cannot use, saying why. */
export class SnoozeModal extends Modal {
  // The modal is no Component; this one owns its listeners and drops them when it closes.
  private readonly events = new Component();

  constructor(
    app: App,
    private readonly personName: string,
    private readonly today: CalendarDay,
    private readonly onChoose: (day: CalendarDay) => Promise<void>,
  ) {
    super(app);
  }

  override onOpen(): void {
    this.events.load();
    this.setTitle(`Snooze 1:1s with ${this.personName}`);
    this.contentEl.createEl('p', {
      cls: 'one-on-ones-snooze-help',
      text: 'No 1:1 is expected until this day. It is saved in the person note as the paused property.',
    });
    let input: HTMLInputElement | null = null;
    const suggested = defaultSnoozeUntil(this.today);
    new Setting(this.contentEl).setName('Until').setDesc(`A date after today, written like ${suggested}.`).addText((text) => {
      text.setPlaceholder(suggested).setValue(suggested);
      input = text.inputEl;
    });
    const messageEl = this.contentEl.createDiv({ cls: 'one-on-ones-setting-problem', attr: { role: 'alert' } });
    const submit = () => {
      const result = parseSnoozeDate(input?.value ?? '', this.today);
      if ('problem' in result) {
        messageEl.setText(result.problem);
        return;
      }
      this.close();
      void this.onChoose(result.day);
    };
    new Setting(this.contentEl)
      .addButton((button) => button.setButtonText('Cancel').onClick(() => this.close()))
      .addButton((button) => button.setButtonText('Snooze').setCta().onClick(submit));
    if (input) {
      const field: HTMLInputElement = input;
      this.events.registerDomEvent(field, 'keydown', (evt) => {
        if (evt.key !== 'Enter') return;
        evt.preventDefault();
        submit();
      });
      field.focus();
      field.select();
    }
  }

  override onClose(): void {
    this.events.unload();
    this.contentEl.empty();
  }
}
