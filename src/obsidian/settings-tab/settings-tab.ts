import { type App, Notice, PluginSettingTab, type SettingDefinitionItem } from 'obsidian';
import { checkTyped, SETTINGS, type Settings } from '../../core/settings/settings';
import { settingDefinitions, settingName, TYPED_SETTINGS } from './setting-definitions';

/** What the settings tab needs from the plugin. */
export interface SettingsHost {
  settings: Settings;
  saveSettings(): Promise<void>;
  /** Whether the Bases view is registered: false when Bases is off. */
  readonly basesView: boolean;
}

type Key = keyof Settings;
type Host = SettingsHost & ConstructorParameters<typeof PluginSettingTab>[1];

const isSettingKey = (key: string): key is Key => Object.prototype.hasOwnProperty.call(SETTINGS, key);
const isTextField = (el: unknown): el is HTMLInputElement | HTMLTextAreaElement => el instanceof HTMLElement && (el.instanceOf(HTMLInputElement) || el.instanceOf(HTMLTextAreaElement));

/**
 * The settings as definitions: Obsidian draws them, finds them in its settings search and shows a
 * refused value's reason under the setting (each check is the settings table's). Text is saved
 * when the field is left, Enter is pressed or the settings close, never per keystroke: a half-typed
 * folder or tag would otherwise be saved and re-index the vault mid-word. A refused value keeps
 * the last good one in force.
 */
export class OneOnOnesSettingTab extends PluginSettingTab {
  /** A value its check accepted while its field still has the focus: saved once the field is left. */
  private typed: { readonly key: Key; readonly text: string } | null = null;
  /** The field last left: a value the app hands over after the field lost the focus is from it. */
  private leftField: EventTarget | null = null;
  /** The message under each field that shows a refused value, by setting. */
  private readonly refused = new Map<Key, string>();

  constructor(
    app: App,
    private readonly host: Host,
  ) {
    super(app, host);
    // Fields are drawn by the app, in this tab or in the settings search: leaving any of them commits.
    host.registerDomEvent(activeDocument, 'focusout', (evt) => this.commitSoon(evt.target));
    host.registerDomEvent(activeDocument, 'change', (evt) => this.commitSoon(evt.target));
    host.registerDomEvent(activeDocument, 'keydown', (evt) => {
      if (evt.key === 'Enter' && !evt.isComposing) this.commitSoon(evt.target);
    });
  }

  override getSettingDefinitions(): SettingDefinitionItem[] {
    return settingDefinitions((key) => (text) => this.validate(key, text), this.host.basesView);
  }

  override getControlValue(key: string): unknown {
    if (!isSettingKey(key)) return undefined;
    const value = this.host.settings[key];
    // Numbers are typed as text: the table's check names a value that is no number.
    return typeof value === 'number' ? String(value) : value;
  }

  override async setControlValue(key: string, value: unknown): Promise<void> {
    if (!isSettingKey(key)) throw new Error(`One-on-ones has no setting "${key}"`);
    if (TYPED_SETTINGS.has(key)) {
      const text = String(value);
      if (this.validate(key, text) !== undefined) return;
      this.typed = { key, text };
      if (!isTextField(activeDocument.activeElement)) await this.commitTyped(this.leftField);
      return;
    }
    const result = SETTINGS[key].check(value);
    if (!('problem' in result)) await this.save(key, result.value);
  }

  override hide(): void {
    void this.commitTyped(null);
    // The message under a refused field closes with the settings, so a notice says it instead.
    if (this.refused.size > 0) new Notice(`One-on-ones settings not saved: ${[...this.refused].map(([key, message]) => `${settingName(key)}: ${message}`).join(' ')}`);
    this.refused.clear();
    this.leftField = null;
    super.hide();
  }

  /** The table's check of typed text: nothing when it may be saved, else the message for under the field. */
  private validate(key: Key, text: string): string | undefined {
    const result = checkTyped(key, text, this.host.settings);
    if (!('problem' in result)) {
      this.refused.delete(key);
      return undefined;
    }
    // What was accepted a keystroke ago is no longer what the field says.
    if (this.typed?.key === key) this.typed = null;
    const message = `${result.problem}; keeping "${String(this.host.settings[key])}".`;
    this.refused.set(key, message);
    return message;
  }

  /** After the key or event is handled: Enter on an open path suggestion fills the field first. */
  private commitSoon(target: EventTarget | null): void {
    this.leftField = target;
    if (this.typed !== null) window.setTimeout(() => void this.commitTyped(target), 0);
  }

  private async commitTyped(target: EventTarget | null): Promise<void> {
    const typed = this.typed;
    if (typed === null) return;
    this.typed = null;
    const result = checkTyped(typed.key, typed.text, this.host.settings);
    if ('problem' in result) return;
    // The field shows the value in force: "Team//People/" is saved as "Team/People".
    if (isTextField(target) && target.value === typed.text) target.value = String(result.value);
    await this.save(typed.key, result.value);
  }

  private async save<K extends Key>(key: K, value: Settings[K]): Promise<void> {
    if (this.host.settings[key] === value) return;
    this.host.settings[key] = value;
    await this.host.saveSettings();
  }
}
