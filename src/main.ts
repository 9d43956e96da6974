import { Notice, Plugin } from 'obsidian';
import { repairSettings, type Settings } from './core/settings';
import { OneOnOnesSettingTab } from './settings';

export default class OneOnOnesPlugin extends Plugin {
  settings!: Settings;

  override async onload(): Promise<void> {
    this.settings = await this.loadSettings();
    this.addSettingTab(new OneOnOnesSettingTab(this.app, this));
  }

  /** Defaults for anything missing or unreadable, with one notice naming what was replaced. */
  private async loadSettings(): Promise<Settings> {
    let stored: unknown;
    try {
      stored = await this.loadData();
    } catch {
      new Notice('One-on-ones: the settings file (data.json) is not valid JSON; using the default settings.');
      return repairSettings(null).settings;
    }
    const { settings, problems } = repairSettings(stored);
    if (problems.length > 0) new Notice(`One-on-ones settings: ${problems.join('; ')}.`);
    return settings;
  }

  async saveSettings(): Promise<void> {
    await this.saveData(this.settings);
  }
}
