/** Every notice shown, in order, for tests to assert on (Notice has no app to report to). */
export const shownNotices: string[] = [];

export class Notice {
  readonly noticeEl: HTMLElement;
  readonly containerEl: HTMLElement;
  readonly messageEl: HTMLElement;

  constructor(message: string | DocumentFragment, duration?: number) {
    const doc = window.document;
    let container = doc.body.find('.notice-container');
    if (!container) container = doc.body.createDiv({ cls: 'notice-container' });
    this.containerEl = container;
    this.noticeEl = container.createDiv({ cls: 'notice' });
    this.messageEl = this.noticeEl.createDiv({ cls: 'notice-message' });
    this.setMessage(message);
    if (duration !== undefined && duration > 0) window.setTimeout(() => this.hide(), duration);
  }
  setMessage(message: string | DocumentFragment): this {
    this.messageEl.setText(message);
    shownNotices.push(this.messageEl.getText());
    return this;
  }
  hide(): void {
    this.noticeEl.detach();
  }
}
