import type { SettingControl, SettingDefinition, SettingDefinitionItem, SettingGroupItem } from 'obsidian';
import type { App } from './app';
import { AbstractInputSuggest } from './modal';
import { Setting } from './setting';

/** What the renderer needs of a tab: its stored values, read and written through the tab. */
export interface ControlValues {
  getControlValue(key: string): unknown;
  setControlValue(key: string, value: unknown): void | Promise<void>;
}

const evaluate = (flag: boolean | (() => boolean) | undefined, fallback: boolean): boolean => (typeof flag === 'function' ? flag() : (flag ?? fallback));
const descText = (desc: string | DocumentFragment | undefined): string => (typeof desc === 'string' ? desc : (desc?.textContent ?? ''));

/**
 * Draws a tab's declarative definitions as the app does: a group is a heading row over its items,
 * each control a setting row. Text-bearing controls run `validate` on mount and on every `input`
 * event (the stricter reading: the app may wait for `change`), show a refusal under the setting and
 * call `setControlValue` only with a value `validate` accepted.
 */
export function renderDefinitions(app: App, tab: ControlValues, containerEl: HTMLElement, items: readonly SettingDefinitionItem[]): void {
  for (const item of items) {
    if ('type' in item && (item.type === 'group' || item.type === 'list')) {
      if (!evaluate(item.visible, true)) continue;
      const groupEl = containerEl.createDiv({ cls: `setting-group ${item.cls ?? ''}`.trim() });
      if (item.heading !== undefined) new Setting(groupEl).setName(item.heading).setHeading();
      renderDefinitions(app, tab, groupEl.createDiv({ cls: 'setting-items' }), item.items ?? []);
    } else if ('type' in item) throw new Error(`setting pages (type "${item.type}") are not in the fake`);
    else renderDefinition(app, tab, containerEl, item);
  }
}

export function renderDefinition(app: App, tab: ControlValues, containerEl: HTMLElement, def: SettingDefinition): void {
  if (!evaluate(def.visible, true)) return;
  if (def.render !== undefined || def.action !== undefined) throw new Error(`"${def.name}": render and action definitions are not in the fake`);
  const setting = new Setting(containerEl).setName(def.name);
  if (def.desc !== undefined) setting.setDesc(def.desc);
  if (def.control !== undefined) renderControl(app, tab, setting, def.control);
}

function renderControl(app: App, tab: ControlValues, setting: Setting, control: SettingControl): void {
  const stored = tab.getControlValue(control.key) ?? control.defaultValue;
  const disabled = evaluate(control.disabled, false);
  const save = (value: unknown) => void tab.setControlValue(control.key, value);
  switch (control.type) {
    case 'toggle':
      setting.addToggle((toggle) => toggle.setValue(stored === true).setDisabled(disabled).onChange(save));
      return;
    case 'dropdown':
      setting.addDropdown((dropdown) => dropdown.addOptions(control.options).setValue(typeof stored === 'string' ? stored : '').setDisabled(disabled).onChange(save));
      return;
    case 'text':
    case 'textarea':
    case 'folder':
    case 'file': {
      const inputs: (HTMLInputElement | HTMLTextAreaElement)[] = [];
      const take = (component: { inputEl: HTMLInputElement | HTMLTextAreaElement }) => inputs.push(component.inputEl);
      if (control.type === 'textarea') setting.addTextArea(take);
      else setting.addText(take);
      const [input] = inputs;
      if (!input) throw new Error('no input');
      input.value = typeof stored === 'string' ? stored : '';
      input.disabled = disabled;
      if (control.placeholder !== undefined) input.setAttr('placeholder', control.placeholder);
      validated(setting, input, control, save);
      if (input instanceof HTMLInputElement && control.type === 'folder') new VaultPathSuggest(app, input, () => app.vault.getAllFolders(control.includeRoot === true).filter((folder) => control.filter?.(folder as never) ?? true).map((folder) => folder.path));
      if (input instanceof HTMLInputElement && control.type === 'file') new VaultPathSuggest(app, input, () => app.vault.getFiles().filter((file) => control.filter?.(file as never) ?? true).map((file) => file.path));
      return;
    }
    default:
      throw new Error(`control type "${control.type}" is not in the fake`);
  }
}

/** Runs `validate` on mount and on each input; a refusal shows under the setting and saves nothing. */
function validated(setting: Setting, input: HTMLInputElement | HTMLTextAreaElement, control: SettingControl & { validate?: (value: string) => unknown }, save: (value: string) => void): void {
  const errorEl = setting.infoEl.createDiv({ cls: 'setting-item-error', attr: { role: 'alert' } });
  let ticket = 0;
  const check = async (value: string, saving: boolean): Promise<void> => {
    const mine = ++ticket;
    const problem = control.validate ? await control.validate(value) : undefined;
    // A result for a keystroke since superseded is dropped.
    if (mine !== ticket) return;
    const refused = typeof problem === 'string' && problem !== '';
    errorEl.setText(refused ? problem : '');
    setting.settingEl.toggleClass('mod-error', refused);
    if (refused) input.setAttr('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
    if (!refused && saving) save(value);
  };
  void check(input.value, false);
  input.addEventListener('input', () => void check(input.value, true));
}

/** The folder and file controls' suggester: vault paths containing what is typed. */
class VaultPathSuggest extends AbstractInputSuggest<string> {
  constructor(
    app: App,
    private readonly inputEl: HTMLInputElement,
    private readonly paths: () => string[],
  ) {
    super(app, inputEl);
  }
  protected getSuggestions(query: string): string[] {
    const wanted = query.trim().toLowerCase();
    return this.paths()
      .filter((path) => path.toLowerCase().includes(wanted))
      .sort((a, b) => a.localeCompare(b));
  }
  renderSuggestion(path: string, el: HTMLElement): void {
    el.setText(path);
  }
  /** A pick fills the field and is a finished choice: `input`, then `change`, as leaving the field. */
  override selectSuggestion(path: string): void {
    this.inputEl.value = path;
    this.inputEl.trigger('input');
    this.inputEl.trigger('change');
    this.close();
  }
}

/**
 * The settings search: definitions whose name, description or aliases hold every word of the
 * query (any case), searchable and visible ones only, inside groups too.
 */
export function searchDefinitions(items: readonly (SettingDefinitionItem | SettingGroupItem)[], query: string): SettingDefinition[] {
  const words = query.toLowerCase().split(/\s+/).filter((word) => word !== '');
  if (words.length === 0) return [];
  const found: SettingDefinition[] = [];
  for (const item of items) {
    if ('type' in item) {
      if (item.type === 'group' || item.type === 'list') {
        if (evaluate(item.visible, true)) found.push(...searchDefinitions(item.items ?? [], query));
      } else if (item.type === 'page') throw new Error('setting pages are not in the fake');
      continue;
    }
    if (!evaluate(item.searchable, true) || !evaluate(item.visible, true)) continue;
    const text = [item.name, descText(item.desc), ...(item.aliases ?? [])].join(' ').toLowerCase();
    if (words.every((word) => text.includes(word))) found.push(item);
  }
  return found;
}
