import { type App, Component, Notice, PluginSettingTab, Setting } from 'obsidian';
import { checkTyped, type Settings } from '../../core/settings/settings';
import type { QuestionFormat, TriggerScope } from '../../core/questions/question-settings';
import type { MeetingLayout } from '../../core/people/people';
import { PathSuggest } from '../ui/path-suggest';

/** What the settings tab needs from the plugin. */
export interface SettingsHost {
  settings: Settings;
  saveSettings(): Promise<void>;
  /** Whether the "1:1 cadence" Bases view is registered (false while Bases is off). */
  readonly basesView: boolean;
}

type ToggleKey = { [K in keyof Settings]: Settings[K] extends boolean ? K : never }[keyof Settings];

/**
 * Text settings are checked and saved when the field is left, Enter is pressed or the settings
 * close, never per keystroke: a half-typed folder or tag would otherwise be saved and re-index the
 * vault mid-word. A refused value keeps the last good one in force and says why under the setting.
 */
export class OneOnOnesSettingTab extends PluginSettingTab {
  /** The listeners of the fields on show, dropped with them. */
  private fields = new Component();
  /** Each text field's commit, run once more when the settings close; each names a refused value. */
  private commits: (() => Promise<string | null>)[] = [];

  constructor(
    app: App,
    private readonly host: SettingsHost & ConstructorParameters<typeof PluginSettingTab>[1],
  ) {
    super(app, host);
  }

  override hide(): void {
    // The message under a refused field closes with the settings, so a notice says it instead.
    void Promise.all(this.commits.map((commit) => commit())).then((problems) => {
      const refused = problems.filter((problem): problem is string => problem !== null);
      if (refused.length > 0) new Notice(`One-on-ones settings not saved: ${refused.join(' ')}`);
    });
    this.commits = [];
    this.fields.unload();
    super.hide();
  }

  override display(): void {
    this.fields.unload();
    this.fields = new Component();
    this.fields.load();
    this.commits = [];
    this.containerEl.empty();
    this.addFolder('peopleFolder', 'People folder', 'Notes in this folder, subfolders included, are the people you meet.');
    this.addText('peopleTag', 'People tag', 'Notes with this tag (or a nested one) are people wherever they are; empty for none.');
    this.addFolder('meetingsFolder', 'Meetings folder', 'New meeting notes go here; notes already in it count as meetings.');
    this.addText('meetingTag', 'Meeting tag', 'Notes with this tag count as meetings wherever they are (without #).');
    this.addText('dueSoonDays', 'Due soon window', 'Days before a 1:1 is due that the person shows as due soon.');
    this.addText('myName', 'Your name', 'Tasks that mention you by this name (@Name or a link) count as yours, like @me.');
    this.addToggle('showOverdueInStatusBar', 'Overdue count in the status bar', 'Shows how many 1:1s are overdue at the bottom of the window; click it to open the 1:1s due sidebar.');
    this.addMeetingNoteSettings();
    this.addToggle('addDoneDate', 'Add done date', 'Ticking a task in a rollup adds ✅ and the date, as the Tasks plugin does; unticking removes it.');
    this.addQuestionSettings();
    new Setting(this.containerEl)
      .setName('Bases view')
      .setDesc(this.host.basesView ? 'On: add the view "1:1 cadence" to any base.' : 'Off: Bases is not enabled. Turn it on in Settings → Core plugins, then reload One-on-ones.');
  }

  private addQuestionSettings(): void {
    new Setting(this.containerEl).setName('Questions').setHeading();
    PathSuggest.notes(this.app, this.addText('questionFile', 'Question file', 'Your own questions: ## headings are categories, list items are questions. "Open question bank" creates it.'));
    this.addToggle('hideBuiltInQuestions', 'Hide the built-in questions', 'Offer only the questions in your question file.');
    this.addText('questionTrigger', 'Inline trigger', 'Typing this in a note opens the question suggester; the words after it search the bank.');
    const scopes: Record<TriggerScope, string> = { meetings: 'Meeting notes only', everywhere: 'Every note' };
    const formats: Record<QuestionFormat, string> = { plain: 'As written', list: 'List item', heading: 'Heading (###)' };
    new Setting(this.containerEl)
      .setName('Where the trigger works')
      .setDesc('In meeting notes only, or in every note.')
      .addDropdown((dropdown) =>
        dropdown.addOptions(scopes).setValue(this.host.settings.questionTriggerScope).onChange(async (value) => {
          this.host.settings.questionTriggerScope = value === 'everywhere' ? 'everywhere' : 'meetings';
          await this.host.saveSettings();
        }),
      );
    new Setting(this.containerEl)
      .setName('Insert questions as')
      .setDesc('How a picked question is written when it starts a line. The 1–10 check-in question always inserts a mood field for the answer. As headings, this also applies to the template\'s {{questions}}, which are otherwise a list.')
      .addDropdown((dropdown) =>
        dropdown.addOptions(formats).setValue(this.host.settings.questionFormat).onChange(async (value) => {
          this.host.settings.questionFormat = value === 'list' || value === 'heading' ? value : 'plain';
          await this.host.saveSettings();
        }),
      );
    this.addText('templateQuestionCount', 'Questions in new meeting notes', 'How many fresh questions the template\'s {{questions}} gets, from the categories least covered with that person.');
  }

  private addMeetingNoteSettings(): void {
    new Setting(this.containerEl).setName('Meeting notes').setHeading();
    const layouts: Record<MeetingLayout, string> = { 'per-meeting': 'A note per meeting', running: "The person's running note" };
    new Setting(this.containerEl)
      .setName('New 1:1s go in')
      .setDesc('A note per meeting, or a dated section (## 2026-11-20) in one running note per person. A person note\'s one-on-one-layout property (running or per-meeting) comes first.')
      .addDropdown((dropdown) =>
        dropdown.addOptions(layouts).setValue(this.host.settings.newMeetingLayout).onChange(async (value) => {
          this.host.settings.newMeetingLayout = value === 'running' ? 'running' : 'per-meeting';
          await this.host.saveSettings();
        }),
      );
    this.addToggle('runningNewestFirst', 'Newest section first', 'In a running note, a new 1:1 goes above the earlier dated sections; off, it goes at the end.');
    this.addText('meetingPathPattern', 'New note path', 'Where "Start 1:1" puts a new note, inside the meetings folder: {{person}}, {{date}} and {{date:FORMAT}} are filled in.');
    const templateEl = this.addText(
      'templateFile',
      'Template',
      'A note to fill in for each new meeting; empty for the built-in one. It may use {{person}}, {{person_link}}, {{date}}, {{date:FORMAT}}, {{time}}, {{previous}}, {{days_since}}, {{cadence}}, {{agenda}}, {{carried_actions}} and {{questions}}.',
    );
    PathSuggest.notes(this.app, templateEl);
    const roles = new Setting(this.containerEl)
      .setName('Templates by role')
      .setDesc('One per line as role: template, e.g. "mentor: Templates/Mentoring.md". A person note\'s own template property comes first.');
    roles.addTextArea((area) => {
      area.setPlaceholder('report: Templates/Report 1-1.md').setValue(this.host.settings.roleTemplates);
      this.commitOnLeave(area.inputEl, 'Templates by role', 'roleTemplates', roles.descEl.createDiv({ cls: 'one-on-ones-setting-problem' }));
    });
    this.addToggle('leaveEarlierUntouched', 'Leave earlier notes untouched', 'Copy open action items into the new note without marking the earlier copies [>]. Each item is still counted once.');
    this.addText('talkingPointsHeading', 'Talking points heading', 'The heading in a person note under which talking points wait for the next 1:1.');
    this.addText('agendaHeading', 'Agenda heading', 'A new note lists its talking points under this heading as checkboxes: tick one once discussed, and an unticked one comes first on the next agenda.');
    this.addText('actionItemsHeading', 'Action items heading', 'Carried items go under this heading when the template has no {{carried_actions}}.');
    this.addText('defaultCadence', 'Cadence for new people', 'The cadence of a person note created from the person picker.');
  }

  private addToggle(key: ToggleKey, title: string, desc: string): void {
    new Setting(this.containerEl)
      .setName(title)
      .setDesc(desc)
      .addToggle((toggle) =>
        toggle.setValue(this.host.settings[key]).onChange(async (value) => {
          this.host.settings[key] = value;
          await this.host.saveSettings();
        }),
      );
  }

  private addFolder(key: 'peopleFolder' | 'meetingsFolder', title: string, desc: string): void {
    PathSuggest.folders(this.app, this.addText(key, title, desc));
  }

  /** A text setting, checked by the settings table; problems show below its description. */
  private addText(key: keyof Settings, title: string, desc: string): HTMLInputElement {
    const setting = new Setting(this.containerEl).setName(title).setDesc(desc);
    const messageEl = setting.descEl.createDiv({ cls: 'one-on-ones-setting-problem' });
    let inputEl: HTMLInputElement | null = null;
    setting.addText((text) => {
      inputEl = text.setValue(String(this.host.settings[key])).inputEl;
    });
    if (!inputEl) throw new Error('Setting.addText gave no input');
    this.commitOnLeave(inputEl, title, key, messageEl);
    return inputEl;
  }

  private commitOnLeave<K extends keyof Settings>(el: HTMLInputElement | HTMLTextAreaElement, title: string, key: K, messageEl: HTMLElement): void {
    const commit = async (): Promise<string | null> => {
      const result = checkTyped(key, el.value, this.host.settings);
      if ('problem' in result) {
        const message = `${result.problem}; keeping "${String(this.host.settings[key])}".`;
        messageEl.setText(message);
        el.setAttr('aria-invalid', 'true');
        return `${title}: ${message}`;
      }
      messageEl.setText('');
      el.removeAttribute('aria-invalid');
      if (el.value !== String(result.value)) el.value = String(result.value);
      if (result.value === this.host.settings[key]) return null;
      this.host.settings[key] = result.value;
      await this.host.saveSettings();
      return null;
    };
    this.commits.push(commit);
    this.fields.registerDomEvent(el, 'blur', () => void commit());
    this.fields.registerDomEvent(el, 'change', () => void commit());
    if (el.instanceOf(HTMLInputElement)) {
      this.fields.registerDomEvent(el, 'keydown', (evt) => {
        if (evt.key !== 'Enter' || evt.isComposing) return;
        // Once the key is handled: Enter on an open path suggestion fills the field first.
        window.setTimeout(() => void commit(), 0);
      });
    }
  }
}
