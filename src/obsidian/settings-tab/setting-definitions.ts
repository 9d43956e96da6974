import type { SettingControl, SettingDefinition, SettingDefinitionItem, TFile } from 'obsidian';
import type { Settings } from '../../core/settings/settings';
import type { QuestionFormat, TriggerScope } from '../../core/questions/question-settings';
import type { MeetingLayout } from '../../core/people/people';

type Key = keyof Settings;

/** A row of the tab: its name, description and search words, and the control that edits the setting. */
interface Row {
  readonly key: Key;
  readonly name: string;
  readonly desc: string;
  readonly aliases?: string[];
  readonly control: SettingControl<Key>['type'];
  readonly options?: Record<string, string>;
  readonly placeholder?: string;
}

const LAYOUTS: Record<MeetingLayout, string> = { 'per-meeting': 'A note per meeting', running: "The person's running note" };
const SCOPES: Record<TriggerScope, string> = { meetings: 'Meeting notes only', everywhere: 'Every note' };
const FORMATS: Record<QuestionFormat, string> = { plain: 'As written', list: 'List item', heading: 'Heading (###)' };

/** The tab's groups, in order; a group without a heading comes first, as the index's own settings. */
const GROUPS: readonly { readonly heading?: string; readonly rows: readonly Row[] }[] = [
  {
    rows: [
      { key: 'peopleFolder', control: 'folder', name: 'People folder', desc: 'Notes in this folder, subfolders included, are the people you meet.', aliases: ['person notes', 'directory'] },
      { key: 'peopleTag', control: 'text', name: 'People tag', desc: 'Notes with this tag (or a nested one) are people wherever they are; empty for none.', aliases: ['#person'] },
      { key: 'meetingsFolder', control: 'folder', name: 'Meetings folder', desc: 'New meeting notes go here; notes already in it count as meetings.', aliases: ['1:1 notes', 'directory'] },
      { key: 'meetingTag', control: 'text', name: 'Meeting tag', desc: 'Notes with this tag count as meetings wherever they are (without #).', aliases: ['#1on1'] },
      { key: 'dueSoonDays', control: 'text', name: 'Due soon window', desc: 'Days before a 1:1 is due that the person shows as due soon.', aliases: ['cadence', 'reminder'] },
      { key: 'myName', control: 'text', name: 'Your name', desc: 'Tasks that mention you by this name (@Name or a link) count as yours, like @me.', aliases: ['owner', 'action items'] },
      { key: 'waitingDays', control: 'text', name: 'Waiting after', desc: 'Days after an open item of theirs was first written down that it counts as waiting on them.', aliases: ['delegated', 'age', 'stale'] },
      { key: 'showOverdueInStatusBar', control: 'toggle', name: 'Overdue count in the status bar', desc: 'Shows how many 1:1s are overdue at the bottom of the window; click it to open the 1:1s due sidebar.' },
    ],
  },
  {
    heading: 'Meeting notes',
    rows: [
      { key: 'newMeetingLayout', control: 'dropdown', options: LAYOUTS, name: 'New 1:1s go in', desc: "A note per meeting, or a dated section (## 2026-11-20) in one running note per person. A person note's one-on-one-layout property (running or per-meeting) comes first.", aliases: ['running note', 'layout'] },
      { key: 'runningNewestFirst', control: 'toggle', name: 'Newest section first', desc: 'In a running note, a new 1:1 goes above the earlier dated sections; off, it goes at the end.', aliases: ['running note', 'order'] },
      { key: 'meetingPathPattern', control: 'text', name: 'New note path', desc: 'Where "Start 1:1" puts a new note, inside the meetings folder: {{person}}, {{date}} and {{date:FORMAT}} are filled in.', aliases: ['file name', 'pattern'] },
      {
        key: 'templateFile',
        control: 'file',
        name: 'Template',
        desc: 'A note to fill in for each new meeting; empty for the built-in one. It may use {{person}}, {{person_link}}, {{date}}, {{date:FORMAT}}, {{time}}, {{previous}}, {{days_since}}, {{cadence}}, {{agenda}}, {{carried_actions}}, {{waiting}} and {{questions}}.',
        aliases: ['placeholders'],
      },
      { key: 'roleTemplates', control: 'textarea', placeholder: 'report: Templates/Report 1-1.md', name: 'Templates by role', desc: 'One per line as role: template, e.g. "mentor: Templates/Mentoring.md". A person note\'s own template property comes first.', aliases: ['mentor', 'report', 'peer'] },
      { key: 'leaveEarlierUntouched', control: 'toggle', name: 'Leave earlier notes untouched', desc: 'Copy open action items into the new note without marking the earlier copies [>]. Each item is still counted once.', aliases: ['carry over', 'carried'] },
      { key: 'talkingPointsHeading', control: 'text', name: 'Talking points heading', desc: 'The heading in a person note under which talking points wait for the next 1:1.', aliases: ['queue', 'agenda'] },
      { key: 'agendaHeading', control: 'text', name: 'Agenda heading', desc: 'A new note lists its talking points under this heading as checkboxes: tick one once discussed, and an unticked one comes first on the next agenda.' },
      { key: 'actionItemsHeading', control: 'text', name: 'Action items heading', desc: 'Carried items go under this heading when the template has no {{carried_actions}}.', aliases: ['tasks', 'carry over'] },
      { key: 'defaultCadence', control: 'text', name: 'Cadence for new people', desc: 'The cadence of a person note created from the person picker.', aliases: ['weekly', 'biweekly', 'monthly'] },
      { key: 'addDoneDate', control: 'toggle', name: 'Add done date', desc: 'Ticking a task in a rollup adds ✅ and the date, as the Tasks plugin does; unticking removes it.', aliases: ['Tasks plugin', 'completion'] },
    ],
  },
  {
    heading: 'Questions',
    rows: [
      { key: 'questionFile', control: 'file', name: 'Question file', desc: 'Your own questions: ## headings are categories, list items are questions. "Open question bank" creates it.', aliases: ['question bank'] },
      { key: 'hideBuiltInQuestions', control: 'toggle', name: 'Hide the built-in questions', desc: 'Offer only the questions in your question file.', aliases: ['question bank'] },
      { key: 'questionTrigger', control: 'text', name: 'Inline trigger', desc: 'Typing this in a note opens the question suggester; the words after it search the bank.', aliases: ['??', 'suggester'] },
      { key: 'questionTriggerScope', control: 'dropdown', options: SCOPES, name: 'Where the trigger works', desc: 'In meeting notes only, or in every note.', aliases: ['suggester'] },
      {
        key: 'questionFormat',
        control: 'dropdown',
        options: FORMATS,
        name: 'Insert questions as',
        desc: "How a picked question is written when it starts a line. The 1–10 check-in question always inserts a mood field for the answer. As headings, this also applies to the template's {{questions}}, which are otherwise a list.",
        aliases: ['heading', 'list'],
      },
      { key: 'templateQuestionCount', control: 'text', name: 'Questions in new meeting notes', desc: "How many fresh questions the template's {{questions}} gets, from the categories least covered with that person." },
    ],
  },
];

const ROWS = GROUPS.flatMap((group) => group.rows);

/** The settings typed as text (their value is checked as text and saved once the field is left). */
export const TYPED_SETTINGS: ReadonlySet<Key> = new Set(ROWS.filter((row) => row.control !== 'toggle' && row.control !== 'dropdown').map((row) => row.key));

/** The name a setting shows under, for messages. */
export const settingName = (key: Key): string => ROWS.find((row) => row.key === key)?.name ?? key;

const isNote = (file: TFile): boolean => file.extension === 'md';

/** The tab as definitions: every setting a control the app draws and its settings search finds. */
export function settingDefinitions(validate: (key: Key) => (value: string) => string | undefined, basesView: boolean): SettingDefinitionItem<Key>[] {
  const definition = (row: Row): SettingDefinition<Key> => {
    const { key, name, desc, aliases, placeholder } = row;
    const base = { name, desc, ...(aliases ? { aliases } : {}) };
    switch (row.control) {
      case 'toggle':
        return { ...base, control: { type: 'toggle', key } };
      case 'dropdown':
        return { ...base, control: { type: 'dropdown', key, options: row.options ?? {} } };
      case 'file':
        return { ...base, control: { type: 'file', key, filter: isNote, validate: validate(key) } };
      case 'folder':
        return { ...base, control: { type: 'folder', key, validate: validate(key) } };
      case 'textarea':
        return { ...base, control: { type: 'textarea', key, validate: validate(key), ...(placeholder ? { placeholder } : {}) } };
      default:
        return { ...base, control: { type: 'text', key, validate: validate(key) } };
    }
  };
  // Whether the "1:1 cadence" view could be added to Bases: no setting, a fact the user should know.
  const bases = basesView ? 'On: add the view "1:1 cadence" to any base.' : 'Off: Bases is not enabled. Turn it on in Settings → Core plugins, then reload One-on-ones.';
  return [
    ...GROUPS.map((group): SettingDefinitionItem<Key> => ({ type: 'group', ...(group.heading ? { heading: group.heading } : {}), items: group.rows.map(definition) })),
    { type: 'group', heading: 'Bases', items: [{ name: 'Bases view', desc: bases, aliases: ['base', 'database', 'cadence'] }] },
  ];
}
