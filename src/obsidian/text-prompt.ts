import { type App, Modal, Setting } from 'obsidian';

export interface PromptField {
  readonly name: string;
  readonly placeholder?: string;
  readonly value?: string;
  readonly type?: 'text' | 'date';
}

/**
 * A small form: one or more fields and a button. `check` returns a message naming what is wrong,
 * shown in the form, or null to accept; the form stays open until its values are usable.
 */
export class PromptModal extends Modal {
  private readonly inputs: HTMLInputElement[] = [];
  private readonly messageEl: HTMLElement;

  constructor(
    app: App,
    title: string,
    fields: readonly PromptField[],
    private readonly submitText: string,
    private readonly check: (values: string[]) => string | null,
    private readonly onSubmit: (values: string[]) => void,
  ) {
    super(app);
    this.setTitle(title);
    for (const field of fields) {
      new Setting(this.contentEl).setName(field.name).addText((text) => {
        text.inputEl.type = field.type ?? 'text';
        text.setPlaceholder(field.placeholder ?? '').setValue(field.value ?? '');
        text.inputEl.addEventListener('keydown', (evt) => {
          if (evt.key === 'Enter' && !evt.isComposing) {
            evt.preventDefault();
            this.submit();
          }
        });
        this.inputs.push(text.inputEl);
      });
    }
    this.messageEl = this.contentEl.createDiv({ cls: 'one-on-ones-prompt-problem' });
    new Setting(this.contentEl).addButton((button) => button.setButtonText(submitText).setCta().onClick(() => this.submit()));
  }

  override onOpen(): void {
    this.inputs[0]?.focus();
  }

  submit(): void {
    const values = this.inputs.map((input) => input.value.trim());
    const problem = this.check(values);
    this.messageEl.setText(problem ?? '');
    if (problem !== null) return;
    this.close();
    this.onSubmit(values);
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
