import { type App, PluginSettingTab, Setting } from 'obsidian';
import { checkVaultFolder, type Settings } from './core/settings';
import { FolderSuggest } from './obsidian/folder-suggest';

/** What the settings tab needs from the plugin. */
export interface SettingsHost {
  settings: Settings;
  saveSettings(): Promise<void>;
}

type FolderKey = 'peopleFolder' | 'meetingsFolder';

export class OneOnOnesSettingTab extends PluginSettingTab {
  constructor(
    app: App,
    private readonly host: SettingsHost & ConstructorParameters<typeof PluginSettingTab>[1],
  ) {
    super(app, host);
  }

  display(): void {
    const { containerEl } = this;
    containerEl.empty();
    this.addFolderSetting('peopleFolder', 'People folder', 'Notes in this folder, subfolders included, are the people you meet.');
    this.addFolderSetting('meetingsFolder', 'Meetings folder', 'New meeting notes go here; notes already in it count as meetings.');
  }

  private addFolderSetting(key: FolderKey, name: string, desc: string): void {
    const setting = new Setting(this.containerEl).setName(name).setDesc(desc);
    const messageEl = setting.descEl.createDiv({ cls: 'one-on-ones-setting-problem' });
    setting.addText((text) => {
      const save = async (value: string): Promise<void> => {
        const check = checkVaultFolder(value);
        if ('problem' in check) {
          messageEl.setText(`This folder ${check.problem}; keeping "${this.host.settings[key]}".`);
          return;
        }
        messageEl.setText('');
        this.host.settings[key] = check.folder;
        await this.host.saveSettings();
      };
      text.setPlaceholder(name).setValue(this.host.settings[key]).onChange(save);
      new FolderSuggest(this.app, text.inputEl, (folder) => void save(folder));
    });
  }
}
