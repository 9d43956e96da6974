import { type App, ConfirmationModal, Notice, type Plugin, type TFile } from 'obsidian';
import { parseCalendarDay, type CalendarDay } from '../../core/calendar/dates';
import { dayInWords, readTypedDay, startDayText } from '../../core/calendar/typed-day';
import { isTodays } from '../../core/start/start-plan';
import { peopleByUrgency } from '../../core/cadence/urgency';
import type { MeetingStarter } from './meeting-starter';
import type { PeopleNotes } from './people-notes';
import type { PersonChoice } from '../ui/did-you-mean-modal';
import { PersonPicker } from '../ui/person-picker';
import { PromptModal } from '../ui/prompt-modal';
import { openNoteByPath } from '../ui/open-note';
import { readNewPerson, type NewPerson } from '../../core/people/new-person';
import type { VaultIndexer } from '../platform/vault-indexer';

/** The commands and person-level actions of meeting notes, shared by the palette and the sidebar. */
export class MeetingActions {
  constructor(
    private readonly app: App,
    private readonly indexer: VaultIndexer,
    private readonly starter: MeetingStarter,
    private readonly people: PeopleNotes,
  ) {}

  register(plugin: Plugin): void {
    plugin.addCommand({ id: 'start', name: 'Start 1:1 with…', callback: () => this.pickPerson('Start a 1:1 with…', true, (path) => void this.start(path)) });
    plugin.addCommand({ id: 'start-on-day', name: 'Start 1:1 on another day with…', callback: () => this.pickPerson('Start a 1:1 on another day with…', true, (path) => this.askDay(path)) });
    plugin.addCommand({
      id: 'start-this-person',
      name: 'Start 1:1 with this person',
      checkCallback: (checking) => {
        const path = this.personOfActiveNote();
        if (path === null) return false;
        if (!checking) void this.start(path);
        return true;
      },
    });
    plugin.addCommand({ id: 'add-talking-point', name: 'Add talking point for…', callback: () => this.pickPerson('Add a talking point for…', false, (path) => this.askTalkingPoint(path)) });
    plugin.addCommand({ id: 'add-person', name: 'Add person…', callback: () => this.askNewPerson() });
    plugin.addCommand({ id: 'log-cancelled', name: 'Log cancelled 1:1 with…', callback: () => this.pickPerson('Log a cancelled 1:1 with…', false, (path) => this.askCancellation(path)) });
  }

  async start(personPath: string, day?: CalendarDay): Promise<TFile | null> {
    return this.starter.start(personPath, new Date(), day);
  }

  /** Asks for the day of a 1:1 held earlier or planned ahead, saying what each day typed means, then starts it. */
  askDay(personPath: string): void {
    const name = this.indexer.index.getPerson(personPath)?.name ?? personPath;
    const { today } = this.indexer;
    const read = (typed: string) => readTypedDay(typed, today);
    new PromptModal<CalendarDay>(this.app, {
      title: `1:1 with ${name} on…`,
      fields: [{ name: 'Day', placeholder: 'yesterday, 2026-11-26, last thursday, in 3 days', preview: (typed) => {
        const result = read(typed);
        if (!('day' in result)) return result.problem;
        // A day that has its 1:1 already: Start opens that note, and writes nothing.
        const written = this.indexer.index.meetingsOf(personPath).some(({ meeting }) => isTodays(meeting, result.day, new Date()));
        return written ? `${dayInWords(result.day)} · has its 1:1 note already: Start opens it` : startDayText(result.day, today);
      } }],
      submitText: 'Start',
      cancel: true,
      read: ([typed = '']) => {
        const result = read(typed);
        return 'day' in result ? { value: result.day } : { problem: `${result.problem}.` };
      },
      onSubmit: (day) => void this.start(personPath, day),
    }).open();
  }

  /**
   * Asks for a name, a role and a cadence, then writes the person note (never over one already
   * there) and opens it. The sidebar, the picker and the overview offer it where there is nobody yet.
   */
  askNewPerson(name = ''): void {
    const cadence = this.people.defaultCadence;
    new PromptModal<NewPerson>(this.app, {
      title: 'Add person',
      intro: 'Someone you meet for 1:1s. Their note goes in the people folder; you can change any of this there later.',
      fields: [
        { name: 'Name', placeholder: 'Alex Chen', value: name },
        { name: 'Role', desc: 'Optional: report, peer, mentor, skip-level, or any text.', placeholder: 'report' },
        { name: 'Cadence', desc: 'How often you meet: weekly, biweekly, monthly, every 3 weeks, 10d…', value: cadence },
      ],
      submitText: 'Add',
      cancel: true,
      read: ([person = '', role = '', rhythm = '']) => readNewPerson(person, role, rhythm, this.indexer.index.allPeople()),
      onSubmit: (person) =>
        void this.people.createPerson(person.name, person).then(async (path) => {
          if (path !== null) await openNoteByPath(this.app, path, false);
        }),
    }).open();
  }

  /** Asks for the point, then queues it in the person note. */
  askTalkingPoint(personPath: string): void {
    const name = this.indexer.index.getPerson(personPath)?.name ?? personPath;
    new PromptModal<string>(this.app, {
      title: `Talking point for ${name}`,
      fields: [{ name: 'Talking point', placeholder: 'What to bring up next time' }],
      submitText: 'Add',
      read: ([point = '']) => (point === '' ? { problem: 'Write the talking point first.' } : { value: point }),
      onSubmit: (point) => void this.queuePoint(personPath, point),
    }).open();
  }

  /** Queues a point in the person note, and says so. */
  async queuePoint(personPath: string, point: string): Promise<void> {
    const name = this.indexer.index.getPerson(personPath)?.name ?? personPath;
    if (await this.people.addTalkingPoint(personPath, point)) new Notice(`Queued for your next 1:1 with ${name}.`);
  }

  private askCancellation(personPath: string): void {
    const name = this.indexer.index.getPerson(personPath)?.name ?? personPath;
    new PromptModal<{ cancelled: CalendarDay; rescheduled: CalendarDay | null }>(this.app, {
      title: `Cancelled 1:1 with ${name}`,
      fields: [
        { name: 'Date of the cancelled 1:1', type: 'date', value: this.indexer.today },
        { name: 'Rescheduled to (optional)', type: 'date', placeholder: 'YYYY-MM-DD' },
      ],
      submitText: 'Log',
      read: ([day = '', moved = '']) => {
        const cancelled = parseCalendarDay(day);
        if (cancelled === null) return { problem: `"${day}" is not a date; use YYYY-MM-DD.` };
        const rescheduled = parseCalendarDay(moved);
        if (moved !== '' && rescheduled === null) return { problem: `"${moved}" is not a date; use YYYY-MM-DD or leave it empty.` };
        return { value: { cancelled, rescheduled } };
      },
      onSubmit: ({ cancelled, rescheduled }) => this.confirmCancellation(personPath, name, cancelled, rescheduled),
    }).open();
  }

  /** Says the days in words before anything is written: a date field is easy to leave on the wrong day. */
  private confirmCancellation(personPath: string, name: string, cancelled: CalendarDay, rescheduled: CalendarDay | null): void {
    const moved = rescheduled === null ? '' : `, moved to ${dayInWords(rescheduled)}`;
    const confirmation = new ConfirmationModal(this.app)
      .setTitle('Log a cancelled 1:1?')
      .setContent(`The 1:1 with ${name} on ${dayInWords(cancelled)} is logged as cancelled${moved}.`);
    // Enter on the focused answer confirms, as it did in the form before.
    confirmation.addCancelButton().addButton((button) => button.setButtonText('Log').setCta().setInitialFocus().onClick(() => void this.starter.logCancelled(personPath, cancelled, rescheduled)));
    confirmation.open();
  }

  /** The person picker, most urgent first, `query` typed in; then `then` on the person picked (or created). */
  pickPerson(placeholder: string, allowCreate: boolean, then: (personPath: string) => void, query = ''): void {
    const { index, today } = this.indexer;
    const statuses = peopleByUrgency(index, today);
    new PersonPicker(this.app, statuses, today, { placeholder, allowCreate, query }, (choice: PersonChoice) => {
      if (choice.kind === 'person') then(choice.status.person.path);
      else void this.people.createPerson(choice.name).then((path) => path && then(path));
    }).open();
  }

  private personOfActiveNote(): string | null {
    const file = this.app.workspace.getActiveFile();
    if (!file) return null;
    const { index } = this.indexer;
    if (index.getPerson(file.path)) return file.path;
    return index.getMeeting(file.path)?.peoplePaths[0] ?? null;
  }
}
