import { type App, type FuzzyMatch, FuzzySuggestModal } from 'obsidian';
import type { CalendarDay } from '../core/dates';
import { dueRowText } from '../core/due-row-text';
import type { PersonStatus } from '../core/urgency';
import { formatCadence } from '../core/cadence';

export type PersonChoice = { readonly kind: 'person'; readonly status: PersonStatus } | { readonly kind: 'create'; readonly name: string };

export interface PersonPickerOptions {
  readonly placeholder: string;
  /** Offer "Create person '…'" for a name that matches nobody. */
  readonly allowCreate: boolean;
}

/** Fuzzy person picker, most urgent first, each row with where the person stands. */
export class PersonPicker extends FuzzySuggestModal<PersonChoice> {
  constructor(
    app: App,
    private readonly statuses: readonly PersonStatus[],
    private readonly today: CalendarDay,
    private readonly options: PersonPickerOptions,
    private readonly onPick: (choice: PersonChoice) => void,
  ) {
    super(app);
    this.setPlaceholder(options.placeholder);
    this.emptyStateText = 'No person matches. Add people as notes in the people folder.';
  }

  getItems(): PersonChoice[] {
    return this.statuses.map((status) => ({ kind: 'person', status }));
  }

  getItemText(choice: PersonChoice): string {
    if (choice.kind === 'create') return choice.name;
    return [choice.status.person.name, ...choice.status.person.aliases].join(' · ');
  }

  override getSuggestions(query: string): FuzzyMatch<PersonChoice>[] {
    const found = super.getSuggestions(query);
    const name = query.trim();
    const known = this.statuses.some(({ person }) => [person.name, ...person.aliases].some((n) => n.toLowerCase() === name.toLowerCase()));
    if (this.options.allowCreate && name !== '' && !known) found.push({ item: { kind: 'create', name }, match: { score: -Infinity, matches: [] } });
    return found;
  }

  override renderSuggestion(match: FuzzyMatch<PersonChoice>, el: HTMLElement): void {
    const choice = match.item;
    el.addClass('one-on-ones-person-choice');
    if (choice.kind === 'create') {
      el.createDiv({ cls: 'suggestion-title', text: `Create person "${choice.name}"` });
      el.createDiv({ cls: 'suggestion-note', text: 'Adds a person note and goes on' });
      return;
    }
    super.renderSuggestion(match, el.createDiv({ cls: 'suggestion-title' }));
    const { status } = choice;
    const row = dueRowText(status, this.today);
    const cadence = status.person.cadence.status === 'valid' ? ` · ${formatCadence(status.person.cadence.cadence)}` : '';
    const note = el.createDiv({ cls: 'suggestion-note' });
    note.createSpan({ cls: `one-on-ones-state is-${row.chip.tone}`, text: row.chip.label });
    note.appendText(cadence);
  }

  onChooseItem(choice: PersonChoice): void {
    this.onPick(choice);
  }
}
