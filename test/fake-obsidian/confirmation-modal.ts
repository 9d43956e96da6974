import type { App } from './app';
import { Modal } from './modal';
import { ButtonComponent } from './setting';

/** A button of a ConfirmationModal: a click runs the handler, then closes the modal unless it answered truthy. */
export class ConfirmationButton extends ButtonComponent {
  private handler: ((evt: MouseEvent) => unknown) | null = null;
  initialFocus = false;
  constructor(
    containerEl: HTMLElement,
    private readonly modal: Modal,
  ) {
    super(containerEl);
    this.buttonEl.addEventListener('click', (evt) => void this.run(evt));
  }
  private async run(evt: MouseEvent): Promise<void> {
    const keepOpen: unknown = await this.handler?.(evt);
    if (!keepOpen) this.modal.close();
  }
  override onClick(handler: (evt: MouseEvent) => unknown): this {
    this.handler = handler;
    return this;
  }
  setInitialFocus(): this {
    this.initialFocus = true;
    return this;
  }
  setSecondary(): this {
    this.buttonEl.addClass('mod-secondary');
    return this;
  }
  setCancel(): this {
    this.buttonEl.addClass('mod-cancel');
    return this;
  }
}

/**
 * The app's confirmation: title, content, a row of buttons. On open the last button marked
 * `setInitialFocus` has the focus (none marked: no button has it), so Enter presses it.
 */
export class ConfirmationModal extends Modal {
  readonly buttonContainerEl: HTMLElement;
  private readonly buttons: ConfirmationButton[] = [];
  constructor(app: App) {
    super(app);
    this.modalEl.addClass('mod-confirmation');
    this.buttonContainerEl = this.modalEl.createDiv({ cls: 'modal-button-container' });
  }
  addClass(cls: string): this {
    this.modalEl.addClass(cls);
    return this;
  }
  addButton(cb: (button: ConfirmationButton) => unknown): this {
    const button = new ConfirmationButton(this.buttonContainerEl, this);
    this.buttons.push(button);
    cb(button);
    return this;
  }
  addCancelButton(text = 'Cancel'): this {
    return this.addButton((button) => button.setButtonText(text).setCancel());
  }
  override open(): void {
    super.open();
    this.buttons.filter((button) => button.initialFocus).at(-1)?.buttonEl.focus();
  }
}
