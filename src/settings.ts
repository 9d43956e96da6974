import { type App, PluginSettingTab, Setting } from 'obsidian';
import { checkTag, checkVaultFolder, MAX_DUE_SOON_DAYS, type Settings } from './core/settings';
import { FolderSuggest } from './obsidian/folder-suggest';

/** What the settings tab needs from the plugin. */
export interface SettingsHost {
  settings: Settings;
  saveSettings(): Promise<void>;
}

type Check<T> = (value: string) => { value: T } | { problem: string };

const folder: Check<string> = (value) => {
  const check = checkVaultFolder(value);
  return 'problem' in check ? { problem: `This folder ${check.problem}` } : { value: check.folder };
};

const tag: Check<string> = (value) => {
  const check = checkTag(value);
  return 'problem' in check ? { problem: `This tag ${check.problem}` } : { value: check.tag };
};

const days: Check<number> = (value) => {
  const count = Number(value.trim());
  const valid = value.trim() !== '' && Number.isInteger(count) && count >= 0 && count <= MAX_DUE_SOON_DAYS;
  return valid ? { value: count } : { problem: `Enter a whole number of days from 0 to ${MAX_DUE_SOON_DAYS}` };
};

const name: Check<string> = (value) => ({ value: value.trim().normalize('NFC') });

export class OneOnOnesSettingTab extends PluginSettingTab {
  constructor(
    app: App,
    private readonly host: SettingsHost & ConstructorParameters<typeof PluginSettingTab>[1],
  ) {
    super(app, host);
  }

  display(): void {
    this.containerEl.empty();
    this.addFolder('peopleFolder', 'People folder', 'Notes in this folder, subfolders included, are the people you meet.');
    this.addFolder('meetingsFolder', 'Meetings folder', 'New meeting notes go here; notes already in it count as meetings.');
    this.addText('meetingTag', 'Meeting tag', 'Notes with this tag count as meetings wherever they are (without #).', tag);
    this.addText('dueSoonDays', 'Due soon window', 'Days before a 1:1 is due that the person shows as due soon.', days);
    this.addText('myName', 'Your name', 'Tasks that mention you by this name (@Name or a link) count as yours, like @me.', name);
  }

  private addFolder(key: 'peopleFolder' | 'meetingsFolder', title: string, desc: string): void {
    const inputEl = this.addText(key, title, desc, folder);
    new FolderSuggest(this.app, inputEl, (path) => {
      inputEl.value = path;
      inputEl.trigger('input');
    });
  }

  /** A text setting checked on every keystroke and saved only when it reads; problems show below it. */
  private addText<K extends keyof Settings>(key: K, title: string, desc: string, check: Check<Settings[K]>): HTMLInputElement {
    const setting = new Setting(this.containerEl).setName(title).setDesc(desc);
    const messageEl = setting.descEl.createDiv({ cls: 'one-on-ones-setting-problem' });
    let inputEl: HTMLInputElement | null = null;
    setting.addText((text) => {
      inputEl = text.inputEl;
      text.setValue(String(this.host.settings[key])).onChange(async (value) => {
        const result = check(value);
        if ('problem' in result) {
          messageEl.setText(`${result.problem}; keeping "${String(this.host.settings[key])}".`);
          return;
        }
        messageEl.setText('');
        this.host.settings[key] = result.value;
        await this.host.saveSettings();
      });
    });
    if (!inputEl) throw new Error('Setting.addText gave no input');
    return inputEl;
  }
}
