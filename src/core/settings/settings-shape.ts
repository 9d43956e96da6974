/** The plugin's settings, as saved in data.json; `settings.ts` says how each is checked and its default. */
import type { MeetingLayout } from '../people/people';
import type { QuestionFormat, TriggerScope } from '../questions/question-settings';

export interface Settings {
  /** Folder of person notes, vault-relative, subfolders included. */
  peopleFolder: string;
  /** Notes anywhere with this tag (without `#`; nested tags included) are people too; empty for none. */
  peopleTag: string;
  /** Folder of meeting notes, vault-relative, subfolders included. */
  meetingsFolder: string;
  /** Notes anywhere with this tag (without `#`; nested tags included) are meetings too. */
  meetingTag: string;
  /** How many days before a 1:1 is due the person shows as "due soon". */
  dueSoonDays: number;
  /** An open item of theirs first written down at least this many days ago is waiting on them. */
  waitingDays: number;
  /** Your own name: tasks that link or @-mention it are yours, like `@me`. */
  myName: string;
  /** Completing a task from a rollup adds `✅ YYYY-MM-DD`, as the Tasks plugin does. */
  addDoneDate: boolean;
  /** Where a new meeting note goes inside the meetings folder: `{{person}}`, `{{date}}`, `{{date:FORMAT}}`. */
  meetingPathPattern: string;
  /** A vault note to use as the meeting template; empty for the built-in one. */
  templateFile: string;
  /** One `role: template path` per line: reports, peers and mentors can each have their own template. */
  roleTemplates: string;
  /** Where "Start 1:1" writes: a note per meeting, or a dated section in the person's running note. */
  newMeetingLayout: MeetingLayout;
  /** In a running note, new sections go on top (before the first dated heading); else at the end. */
  runningNewestFirst: boolean;
  /** Copy open items into the new note without marking the earlier copies `[>]`. */
  leaveEarlierUntouched: boolean;
  /** The heading in a person note under which talking points queue up. */
  talkingPointsHeading: string;
  /** The heading carried action items go under when the template has no `{{carried_actions}}`. */
  actionItemsHeading: string;
  /** The heading of a meeting's agenda: checkboxes under it are talking points (ticked: discussed), not action items. */
  agendaHeading: string;
  /** The cadence a person note created from the picker starts with. */
  defaultCadence: string;
  /** "3 overdue 1:1s" in the status bar while anyone is overdue. */
  showOverdueInStatusBar: boolean;
  /** The user's own questions: a vault note with `## Category` headings and list items. */
  questionFile: string;
  /** Offer only the user's own questions. */
  hideBuiltInQuestions: boolean;
  /** Typing this in a note opens the question suggester. */
  questionTrigger: string;
  /** Whether the trigger works in meeting notes only or in every note. */
  questionTriggerScope: TriggerScope;
  /** How an inserted question is written. */
  questionFormat: QuestionFormat;
  /** How many questions the meeting template's `{{questions}}` gets. */
  templateQuestionCount: number;
}

