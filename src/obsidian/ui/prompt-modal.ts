import { type App, Component, Modal, Setting } from 'obsidian';

export interface PromptField {
  readonly name: string;
  /** A line under the name, saying what to enter. */
  readonly desc?: string;
  readonly placeholder?: string;
  readonly value?: string;
  readonly type?: 'text' | 'date';
  /** The line under the name, as the value typed so far makes it (what a typed day means). */
  readonly preview?: (value: string) => string;
}

export interface PromptOptions<T> {
  readonly title: string;
  /** A sentence above the fields saying what the form does. */
  readonly intro?: string;
  readonly fields: readonly PromptField[];
  readonly submitText: string;
  /** A Cancel button before the submit button. */
  readonly cancel?: boolean;
  /** The values, trimmed, in the order of the fields: what to submit, or a sentence naming what is wrong. */
  readonly read: (values: string[]) => { readonly value: T } | { readonly problem: string };
  readonly onSubmit: (value: T) => void;
}

/**
 * The plugin's one small form: a few fields and a button. What `read` refuses is named in the
 * form, which stays open until its values are usable; Enter in a field submits, as the button does.
 */
export class PromptModal<T> extends Modal {
  // The modal is no Component; this one owns the fields' listeners and drops them when it closes.
  private readonly events = new Component();
  private inputs: HTMLInputElement[] = [];
  private messageEl: HTMLElement | null = null;

  constructor(
    app: App,
    private readonly options: PromptOptions<T>,
  ) {
    super(app);
  }

  override onOpen(): void {
    const { title, intro, fields, submitText, cancel } = this.options;
    this.events.load();
    this.setTitle(title);
    if (intro !== undefined) this.contentEl.createEl('p', { cls: 'one-on-ones-prompt-intro', text: intro });
    for (const field of fields) {
      const setting = new Setting(this.contentEl).setName(field.name);
      if (field.desc !== undefined) setting.setDesc(field.desc);
      setting.addText((text) => {
        text.inputEl.type = field.type ?? 'text';
        text.setPlaceholder(field.placeholder ?? '').setValue(field.value ?? '');
        const { preview } = field;
        if (preview) {
          setting.setDesc(preview(field.value ?? ''));
          this.events.registerDomEvent(text.inputEl, 'input', () => setting.setDesc(preview(text.inputEl.value)));
        }
        this.events.registerDomEvent(text.inputEl, 'keydown', (evt) => {
          if (evt.key !== 'Enter' || evt.isComposing) return;
          evt.preventDefault();
          this.submit();
        });
        this.inputs.push(text.inputEl);
      });
    }
    this.messageEl = this.contentEl.createDiv({ cls: 'one-on-ones-prompt-problem', attr: { role: 'alert' } });
    const buttons = new Setting(this.contentEl);
    if (cancel === true) buttons.addButton((button) => button.setButtonText('Cancel').onClick(() => this.close()));
    buttons.addButton((button) => button.setButtonText(submitText).setCta().onClick(() => this.submit()));
    const first = this.inputs[0];
    first?.focus();
    first?.select();
  }

  /** Submits the values when `read` accepts them; otherwise says why in the form. */
  submit(): void {
    const result = this.options.read(this.inputs.map((input) => input.value.trim()));
    if ('problem' in result) {
      this.messageEl?.setText(result.problem);
      return;
    }
    this.close();
    this.options.onSubmit(result.value);
  }

  override onClose(): void {
    this.events.unload();
    this.inputs = [];
    this.messageEl = null;
    this.contentEl.empty();
  }
}
