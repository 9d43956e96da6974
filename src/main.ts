import { debounce, Notice, Plugin } from 'obsidian';
import { repairSettings, type Settings } from './core/settings';
import { VaultIndexer } from './obsidian/vault-indexer';
import { OneOnOnesSettingTab } from './settings';

/** Settings that change what the index holds; changing one re-indexes the vault. */
const INDEX_SETTINGS: readonly (keyof Settings)[] = ['peopleFolder', 'meetingsFolder', 'meetingTag', 'myName'];

export default class OneOnOnesPlugin extends Plugin {
  settings!: Settings;
  indexer!: VaultIndexer;
  private indexedWith = '';
  private readonly rebuildSoon = debounce(() => void this.indexer.rebuild(), 600, true);

  override async onload(): Promise<void> {
    this.settings = await this.loadSettings();
    this.indexedWith = this.indexKey();
    this.indexer = this.addChild(new VaultIndexer(this.app, () => this.settings, () => new Date(), () => this.addStatusBarItem()));
    this.addSettingTab(new OneOnOnesSettingTab(this.app, this));
    this.addCommand({ id: 'rebuild-index', name: 'Rebuild 1:1 index', callback: () => void this.rebuildIndex() });
    this.register(() => this.rebuildSoon.cancel());
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
    const key = this.indexKey();
    if (key !== this.indexedWith) {
      this.indexedWith = key;
      this.rebuildSoon();
    } else {
      this.indexer.index.touch();
    }
  }

  private indexKey(): string {
    return JSON.stringify(INDEX_SETTINGS.map((name) => this.settings[name]));
  }

  private async rebuildIndex(): Promise<void> {
    const started = performance.now();
    await this.indexer.rebuild();
    const { index } = this.indexer;
    const ms = Math.round(performance.now() - started);
    new Notice(`One-on-ones: indexed ${index.peopleCount} people, ${index.meetingCount} meetings and ${index.openActions().length} open action items in ${ms} ms.`);
  }
}
