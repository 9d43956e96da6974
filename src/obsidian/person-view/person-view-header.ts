import { setIcon } from 'obsidian';
import type { PersonHeader } from '../../core/view-models/person-view-model';

/** The header's buttons; the view handles them through one delegated listener. */
export type HeaderAction = 'start' | 'talking-point' | 'person-note';

const BUTTONS: readonly { action: HeaderAction; icon: string; label: string; cta?: boolean }[] = [
  { action: 'start', icon: 'calendar-plus', label: 'Start 1:1', cta: true },
  { action: 'talking-point', icon: 'message-square-plus', label: 'Add talking point' },
  { action: 'person-note', icon: 'file-user', label: 'Open person note' },
];

/** Name, role and cadence, when you last met and next meet, the state chip, and the three actions. */
export function renderPersonHeader(parent: HTMLElement, header: PersonHeader): void {
  const el = parent.createDiv({ cls: 'one-on-ones-pv-header' });
  const titleRow = el.createDiv({ cls: 'one-on-ones-pv-title-row' });
  titleRow.createEl('h2', { cls: 'one-on-ones-pv-name', text: header.name });
  titleRow.createSpan({ cls: ['one-on-ones-pv-chip', `mod-${header.chip.tone}`], text: header.chip.label });
  if (header.flag !== null) titleRow.createSpan({ cls: 'one-on-ones-pv-chip mod-flag', text: header.flag });

  const facts = el.createDiv({ cls: 'one-on-ones-pv-facts' });
  for (const fact of [header.role, header.cadence, header.last, header.next]) {
    if (fact !== null) facts.createSpan({ cls: 'one-on-ones-pv-fact', text: fact });
  }

  const actions = el.createDiv({ cls: 'one-on-ones-pv-actions' });
  for (const { action, icon, label, cta } of BUTTONS) {
    const button = actions.createEl('button', { cls: cta ? 'mod-cta' : '', attr: { type: 'button', 'data-action': action } });
    setIcon(button.createSpan({ cls: 'one-on-ones-pv-button-icon' }), icon);
    button.createSpan({ text: label });
  }
}
