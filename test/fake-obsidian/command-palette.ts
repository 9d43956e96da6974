import type { Command, FuzzyMatch, Hotkey } from 'obsidian';
import type { App } from './app';
import { FuzzySuggestModal } from './modal';
import { renderResults } from './search';

function describeHotkey({ modifiers, key }: Hotkey): string {
  const names: Record<string, string> = { Mod: 'Ctrl', Ctrl: 'Ctrl', Meta: 'Win', Shift: 'Shift', Alt: 'Alt' };
  return [...modifiers.map((m) => names[m] ?? m), key.length === 1 ? key.toUpperCase() : key].join(' + ');
}

/**
 * Obsidian's command palette, as far as a test needs it: the commands available right now,
 * fuzzy-filtered by name, the chosen one run through the app's command registry.
 */
export class CommandPalette extends FuzzySuggestModal<Command> {
  /** Test aid: the id of the command last chosen and whether it ran. */
  lastRun: { id: string; ran: boolean } | null = null;

  constructor(app: App) {
    super(app);
    this.modalEl.addClass('mod-command-palette');
    this.emptyStateText = 'No commands found.';
    this.setPlaceholder('Type a command...');
    this.setInstructions([
      { command: '↑↓', purpose: 'to navigate' },
      { command: '↵', purpose: 'to use' },
      { command: 'esc', purpose: 'to dismiss' },
    ]);
  }

  getItems(): Command[] {
    return this.app.commands
      .listCommands()
      .filter((command) => this.app.commands.isAvailable(command.id))
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  getItemText(command: Command): string {
    return command.name;
  }

  override renderSuggestion(item: FuzzyMatch<Command>, el: HTMLElement): void {
    const content = el.createDiv({ cls: 'suggestion-content' });
    renderResults(content.createDiv({ cls: 'suggestion-title' }), item.item.name, item.match);
    const hotkeys = item.item.hotkeys ?? [];
    if (hotkeys.length === 0) return;
    const aux = el.createDiv({ cls: 'suggestion-aux' });
    for (const hotkey of hotkeys) aux.createEl('kbd', { cls: 'suggestion-hotkey', text: describeHotkey(hotkey) });
  }

  onChooseItem(command: Command): void {
    this.lastRun = { id: command.id, ran: this.app.commands.executeCommandById(command.id) };
  }
}

export function openCommandPalette(app: App): CommandPalette {
  const palette = new CommandPalette(app);
  palette.open();
  return palette;
}
