import { setIcon } from 'obsidian';
import type { TalkingPointQueue } from '../core/notes/talking-points';

function iconButton(parent: HTMLElement, icon: string, label: string, attr: Record<string, string | number>, disabled = false): void {
  const button = parent.createEl('button', { cls: 'clickable-icon one-on-ones-pv-icon-button', attr: { type: 'button', 'aria-label': label, ...attr } });
  button.disabled = disabled;
  setIcon(button, icon);
}

/**
 * The talking points queued in the person note, with move up, move down and remove. Each button
 * names its point by its index in the queue as shown; the view re-reads the note before acting.
 */
export function renderTalkingPoints(parent: HTMLElement, queue: TalkingPointQueue | null, heading: string): void {
  const section = parent.createDiv({ cls: 'one-on-ones-pv-section mod-points' });
  const head = section.createDiv({ cls: 'one-on-ones-pv-section-head' });
  head.createEl('h3', { text: 'Talking points' });
  const points = queue?.points ?? [];
  head.createSpan({ cls: 'one-on-ones-pv-count', text: String(points.length) });
  if (points.length === 0) {
    section.createDiv({ cls: 'one-on-ones-pv-empty', text: `Nothing queued yet. Points you add go under "${heading}" in the person note.` });
    return;
  }
  const list = section.createEl('ol', { cls: 'one-on-ones-pv-points' });
  points.forEach((point, i) => {
    const li = list.createEl('li', { cls: 'one-on-ones-pv-point', attr: { 'data-point': i } });
    li.createSpan({ cls: 'one-on-ones-pv-point-text', text: point.text });
    if (point.lines.length > 1) li.createSpan({ cls: 'one-on-ones-pv-muted', text: ` (+${point.lines.length - 1} lines)` });
    const tools = li.createSpan({ cls: 'one-on-ones-pv-point-tools' });
    iconButton(tools, 'arrow-up', `Move up: ${point.text}`, { 'data-point-action': 'up', 'data-key': `point-up-${i}` }, i === 0);
    iconButton(tools, 'arrow-down', `Move down: ${point.text}`, { 'data-point-action': 'down', 'data-key': `point-down-${i}` }, i === points.length - 1);
    iconButton(tools, 'x', `Remove: ${point.text}`, { 'data-point-action': 'remove', 'data-key': `point-remove-${i}` });
  });
}
