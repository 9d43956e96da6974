import { setIcon } from 'obsidian';
import type { QueuedPoint, TalkingPointQueue } from '../../core/talking-points/talking-points';
import type { ActionsContext } from './person-view-actions';
import { renderTaskText } from '../ui/task-text';

type PointAction = 'up' | 'down' | 'remove';

/**
 * A key that names the point, not its place: the view gives the focus back to the control with the
 * same key after a redraw, so after a move the focus follows the point to its new row. Identical
 * points are told apart by how many came before.
 */
function pointKeys(points: readonly QueuedPoint[]): string[] {
  const seen = new Map<string, number>();
  return points.map((point) => {
    const content = point.lines.join('\n');
    const copy = seen.get(content) ?? 0;
    seen.set(content, copy + 1);
    return `${copy}:${content}`;
  });
}

/**
 * At the top or bottom a move button stays focusable (aria-disabled, not disabled) and acts on
 * nothing, so the focus that followed a point there is not dropped.
 */
function iconButton(tools: HTMLElement, action: PointAction, icon: string, label: string, key: string, inert: boolean): void {
  const attr: Record<string, string> = { type: 'button', 'aria-label': label, 'data-key': `point-${action}:${key}` };
  if (inert) attr['aria-disabled'] = 'true';
  else attr['data-point-action'] = action;
  setIcon(tools.createEl('button', { cls: 'clickable-icon one-on-ones-pv-icon-button', attr }), icon);
}

/**
 * The talking points queued in the person note, with move up, move down and remove, each on the
 * row of its point. Each row names its point by its index in the queue as shown; the view re-reads
 * the note before acting.
 */
export function renderTalkingPoints(parent: HTMLElement, queue: TalkingPointQueue | null, heading: string, context: ActionsContext, personPath: string): void {
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
  const keys = pointKeys(points);
  points.forEach((point, i) => {
    const row = list.createEl('li', { cls: 'one-on-ones-pv-point', attr: { 'data-point': i } }).createDiv({ cls: 'one-on-ones-pv-point-row' });
    const body = row.createDiv({ cls: 'one-on-ones-pv-point-body' });
    void renderTaskText(context.app, body.createSpan({ cls: 'one-on-ones-pv-point-text' }), point.text, personPath, context.component);
    if (point.lines.length > 1) body.createSpan({ cls: 'one-on-ones-pv-muted', text: ` (+${point.lines.length - 1} lines)` });
    const tools = row.createDiv({ cls: 'one-on-ones-pv-point-tools' });
    const key = keys[i] ?? String(i);
    iconButton(tools, 'up', 'arrow-up', `Move up: ${point.text}`, key, i === 0);
    iconButton(tools, 'down', 'arrow-down', `Move down: ${point.text}`, key, i === points.length - 1);
    iconButton(tools, 'remove', 'x', `Remove: ${point.text}`, key, false);
  });
}
