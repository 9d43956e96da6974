import { type App, renderResults, SuggestModal } from 'obsidian';
import type { CalendarDay } from '../../core/calendar/dates';
import { stateChip } from '../../core/view-models/due-row-text';
import type { Person } from '../../core/people/people';
import { isNameMatch, isSomeonesName, peopleCloseTo, preparePeople, sameNameFolders, searchPeople, type PersonMatch, type PreparedPerson } from '../../core/people/person-search';
import type { PersonStatus } from '../../core/cadence/urgency';
import { formatCadence } from '../../core/cadence/cadence';
import { DidYouMeanModal, type PersonChoice } from './did-you-mean-modal';


export interface PersonPickerOptions {
  readonly placeholder: string;
  /** Offer "Create person '…'" for a name that is nobody's. */
  readonly allowCreate: boolean;
  /** Typed in when the picker opens (a link's name that matched nobody, or several). */
  readonly query?: string;
}

type Row = { readonly kind: 'person'; readonly match: PersonMatch<Person>; readonly status: PersonStatus } | { readonly kind: 'create'; readonly name: string };

/** Enough rows to scroll through; the "Create person" row always fits after them. */
const MAX_PEOPLE = 100;

/**
 * The person picker: typo-tolerant matching (see core/person-search), most urgent first among equal
 * matches, each row saying where the person stands. "Create person" comes last, so Enter only
 * creates someone when nobody matches; a name close to someone asks "Did you mean …?" first.
 */
export class PersonPicker extends SuggestModal<Row> {
  private readonly people: PreparedPerson<Person>[];
  private readonly statusOf: ReadonlyMap<string, PersonStatus>;
  private readonly folders: ReadonlyMap<string, string>;

  constructor(
    app: App,
    statuses: readonly PersonStatus[],
    private readonly today: CalendarDay,
    private readonly options: PersonPickerOptions,
    private readonly onPick: (choice: PersonChoice) => void,
  ) {
    super(app);
    this.people = preparePeople(statuses.map((status) => status.person));
    this.statusOf = new Map(statuses.map((status) => [status.person.path, status]));
    this.folders = sameNameFolders(statuses.map((status) => status.person));
    this.limit = MAX_PEOPLE + 1;
    this.setPlaceholder(options.placeholder);
  }

  override open(): void {
    super.open();
    const { query } = this.options;
    if (query === undefined || query === '') return;
    this.inputEl.value = query;
    this.inputEl.dispatchEvent(new Event('input'));
  }

  getSuggestions(query: string): Row[] {
    this.emptyStateText = this.emptyText(query.trim());
    const rows: Row[] = [];
    for (const match of searchPeople(query, this.people).slice(0, MAX_PEOPLE)) {
      const status = this.statusOf.get(match.person.path);
      if (status) rows.push({ kind: 'person', match, status });
    }
    const name = query.trim();
    if (!this.options.allowCreate || name === '' || isSomeonesName(name, this.people.map((p) => p.person))) return rows;
    // Letters scattered through a name ("Sam" in "Aisha Mensah") are no sign the person was meant:
    // then Create comes first, so Enter never starts someone else's 1:1.
    const meant = rows.some((row) => row.kind === 'person' && isNameMatch(row.match));
    return meant ? [...rows, { kind: 'create', name }] : [{ kind: 'create', name }, ...rows];
  }

  /** What an empty list says: that nobody matches what was typed, or how to add the first person. */
  private emptyText(query: string): string {
    if (query !== '') return `No person matches "${query}".`;
    if (this.people.length > 0) return '';
    return this.options.allowCreate ? 'No people yet: type a name and press Enter to add them.' : 'No people yet: add one with the command "Add person…".';
  }

  renderSuggestion(row: Row, el: HTMLElement): void {
    el.addClass('one-on-ones-person-choice');
    if (row.kind === 'create') {
      el.createDiv({ cls: 'suggestion-title', text: `Create person "${row.name}"` });
      el.createDiv({ cls: 'suggestion-note', text: 'Adds a person note and goes on' });
      return;
    }
    const { match, status } = row;
    const title = el.createDiv({ cls: 'suggestion-title' });
    // The name, and the alias only when it is what matched: "Margaret Okonkwo  aka Meg".
    const highlight = { score: match.score, matches: match.ranges.map(([start, end]): [number, number] => [start, end]) };
    const name = title.createSpan({ cls: 'one-on-ones-person-name' });
    if (match.alias === null) renderResults(name, status.person.name, highlight);
    else {
      name.setText(status.person.name);
      const alias = title.createSpan({ cls: 'one-on-ones-person-alias', text: 'aka ' });
      renderResults(alias.createSpan(), match.alias, highlight);
    }
    const folder = this.folders.get(status.person.path);
    if (folder !== undefined) title.createSpan({ cls: 'one-on-ones-person-folder', text: folder });
    const chip = stateChip(status, this.today);
    const note = el.createDiv({ cls: 'suggestion-note' });
    note.createSpan({ cls: `one-on-ones-state is-${chip.tone}`, text: chip.label });
    if (status.person.cadence.status === 'valid') note.appendText(` · ${formatCadence(status.person.cadence.cadence)}`);
  }

  onChooseSuggestion(row: Row): void {
    if (row.kind === 'person') return this.onPick({ kind: 'person', status: row.status });
    const close = peopleCloseTo(row.name, this.people).flatMap((person) => this.statusOf.get(person.path) ?? []);
    if (close.length === 0) return this.onPick({ kind: 'create', name: row.name });
    new DidYouMeanModal(this.app, row.name, close, this.folders, this.onPick).open();
  }
}
