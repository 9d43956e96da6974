import { type App, Component, Modal } from 'obsidian';
import type { PersonStatus } from '../../core/cadence/urgency';

/** What a picker of people hands back: someone listed, or a name to create a person note for. */
export type PersonChoice = { readonly kind: 'person'; readonly status: PersonStatus } | { readonly kind: 'create'; readonly name: string };

/**
 * Asked before creating a person whose name is close to someone's: the people it may mean first
 * (the safe choice has the focus), then "Create … anyway". Arrows move between the choices and
 * Enter takes one, as in every Obsidian list; Escape creates nothing.
 */
export class DidYouMeanModal extends Modal {
  private readonly events = new Component();
  private choices: HTMLButtonElement[] = [];

  constructor(
    app: App,
    private readonly name: string,
    private readonly nearby: readonly PersonStatus[],
    private readonly folders: ReadonlyMap<string, string>,
    private readonly onPick: (choice: PersonChoice) => void,
  ) {
    super(app);
  }

  override onOpen(): void {
    this.events.load();
    const [only] = this.nearby;
    this.setTitle(this.nearby.length === 1 && only ? `Did you mean ${only.person.name}?` : 'Did you mean one of these?');
    this.contentEl.createEl('p', { text: `"${this.name}" is close to ${this.nearby.length === 1 ? 'someone' : 'people'} you already have.` });
    const list = this.contentEl.createDiv({ cls: 'one-on-ones-did-you-mean' });
    for (const status of this.nearby) {
      const button = this.addChoice(list, status.person.name, { kind: 'person', status });
      const folder = this.folders.get(status.person.path);
      if (folder !== undefined) button.createSpan({ cls: 'one-on-ones-person-folder', text: folder });
    }
    // The likeliest answer looks like the default it is.
    this.choices[0]?.addClass('mod-cta');
    this.addChoice(list, `Create "${this.name}" anyway`, { kind: 'create', name: this.name }).addClass('mod-create');
    this.scope.register([], 'ArrowDown', () => this.move(1));
    this.scope.register([], 'ArrowUp', () => this.move(-1));
    this.scope.register([], 'Enter', () => {
      this.focused()?.click();
      return false;
    });
    this.choices[0]?.focus();
  }

  override onClose(): void {
    this.events.unload();
    this.choices = [];
    this.contentEl.empty();
  }

  private addChoice(list: HTMLElement, text: string, choice: PersonChoice): HTMLButtonElement {
    const button = list.createEl('button', { cls: 'one-on-ones-did-you-mean-choice', attr: { type: 'button' } });
    button.createSpan({ text });
    this.events.registerDomEvent(button, 'click', () => {
      this.close();
      this.onPick(choice);
    });
    this.choices.push(button);
    return button;
  }

  private focused(): HTMLButtonElement | undefined {
    return this.choices.find((button) => button === activeDocument.activeElement);
  }

  private move(step: number): false {
    const at = this.choices.indexOf(this.focused() as HTMLButtonElement);
    const next = at === -1 ? 0 : (at + step + this.choices.length) % this.choices.length;
    this.choices[next]?.focus();
    return false;
  }
}
