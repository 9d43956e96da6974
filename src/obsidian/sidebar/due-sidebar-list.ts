import { setIcon } from 'obsidian';
import type { DueSection, DueSectionId } from '../../core/view-models/due-sections';
import { renderUnattributedNote } from './due-sidebar-problems';
import { dueRowModel, renderDueRow, type RowOptions } from './due-sidebar-row';

/** What the sidebar shows, top to bottom. */
export interface DueListContent {
  /** Draws the one element before the sections (progress, an empty state, the summary), or null for none. */
  readonly head: ((parent: HTMLElement) => void) | null;
  readonly sections: readonly DueSection[];
  readonly collapsed: ReadonlySet<DueSectionId>;
  readonly options: RowOptions;
  /** The text of the "Show everyone" button after the sections, or null for none. */
  readonly everyone: string | null;
}

/** An element on screen and the data it was drawn from. */
interface Drawn {
  readonly el: HTMLElement;
  readonly data: string;
}

interface DrawnSection {
  readonly el: HTMLElement;
  readonly header: HTMLElement;
  readonly count: HTMLElement;
  readonly title: string;
  list: HTMLElement | null;
}

/**
 * Rows past these, down a long list, skip style and layout while out of view (see `mod-far` in
 * the styles); the first ones, which fill the screen when the list opens, never do.
 */
const NEAR_ROWS = 30;

/** What names an element the user can focus, so the same place is found after a redraw. */
const FOCUS_KEYS = ['data-person', 'data-note', 'data-section', 'data-action', 'data-problems', 'data-open', 'data-everyone', 'data-add-person'];

/** A selector for `el` among the sidebar's elements: its own key, inside its row's. */
function placeOf(el: HTMLElement, root: HTMLElement): string | null {
  const parts: string[] = [];
  for (let at: HTMLElement | null = el; at && at !== root; at = at.parentElement) {
    const key = FOCUS_KEYS.find((name) => at?.hasAttribute(name));
    if (key !== undefined) parts.unshift(`[${key}="${CSS.escape(at.getAttribute(key) ?? '')}"]`);
  }
  return parts.length === 0 ? null : parts.join(' ');
}

/**
 * Puts `children` into `parent` in this order, moving only what is out of place and removing what
 * is not among them; an element already in place is not touched (a moved element loses focus).
 */
function arrange(parent: HTMLElement, children: readonly HTMLElement[]): void {
  const wanted = new Set<Node>(children);
  let at = parent.firstChild;
  for (const child of children) {
    while (at && !wanted.has(at)) {
      const stale = at;
      at = at.nextSibling;
      stale.remove();
    }
    if (at === child) at = at.nextSibling;
    else parent.insertBefore(child, at);
  }
  while (at) {
    const stale = at;
    at = at.nextSibling;
    stale.remove();
  }
}

function drawSection(section: DueSection): DrawnSection {
  const el = createDiv({ cls: ['one-on-ones-due-section', `mod-${section.id}`] });
  const header = el.createDiv({ cls: 'one-on-ones-due-section-header', attr: { 'data-section': section.id, role: 'button', tabindex: 0 } });
  setIcon(header.createSpan({ cls: 'one-on-ones-due-collapse' }), 'right-triangle');
  header.createSpan({ cls: 'one-on-ones-due-section-title', text: section.title });
  const count = header.createSpan({ cls: 'one-on-ones-due-count' });
  return { el, header, count, title: section.title, list: null };
}

function setText(el: HTMLElement, text: string): void {
  if (el.textContent !== text) el.setText(text);
}

/**
 * The sidebar's list, kept in step with the index by drawing only what changed: each row is keyed by
 * its person's path and compared, as data (see `dueRowModel`), with what it was drawn from; a row
 * whose data is the same stays the same element, moved if its section or place changed. Sections,
 * the head and the "Show everyone" button are kept the same way. The focused element keeps the
 * focus, or its new self gets it when its row was drawn again.
 */
export class DueList {
  private head: Drawn | null = null;
  private sections = new Map<DueSectionId, DrawnSection>();
  private rows = new Map<string, Drawn>();
  private everyone: HTMLElement | null = null;

  constructor(private readonly el: HTMLElement) {}

  /** Forgets everything drawn: the next update draws it all again. */
  clear(): void {
    this.el.empty();
    this.head = null;
    this.sections.clear();
    this.rows.clear();
    this.everyone = null;
  }

  update(content: DueListContent): void {
    const active = this.el.doc.activeElement;
    const focused = active instanceof HTMLElement && this.el.contains(active) ? active : null;
    const place = focused && placeOf(focused, this.el);

    const children: HTMLElement[] = [];
    this.head = content.head === null ? null : this.drawHead(content.head);
    if (this.head) children.push(this.head.el);
    const rows = new Map<string, Drawn>();
    const sections = new Map<DueSectionId, DrawnSection>();
    for (const section of content.sections) {
      const drawn = this.updateSection(section, content.collapsed.has(section.id), content.options, rows);
      sections.set(section.id, drawn);
      children.push(drawn.el);
    }
    this.rows = rows;
    this.sections = sections;
    this.everyone = content.everyone === null ? null : this.updateEveryone(content.everyone);
    if (this.everyone) children.push(this.everyone);
    arrange(this.el, children);
    let at = 0;
    for (const { list } of sections.values()) for (const row of Array.from(list?.children ?? [])) row.toggleClass('mod-far', at++ >= NEAR_ROWS);

    if (focused && place && (!focused.isConnected || this.el.doc.activeElement !== focused)) {
      this.el.querySelector<HTMLElement>(place)?.focus({ preventScroll: true });
    }
  }

  private drawHead(draw: (parent: HTMLElement) => void): Drawn | null {
    const scratch = createDiv();
    draw(scratch);
    const data = scratch.innerHTML;
    if (this.head?.data === data) return this.head;
    const el = scratch.firstElementChild;
    return el instanceof HTMLElement ? { el, data } : null;
  }

  private updateSection(section: DueSection, collapsed: boolean, options: RowOptions, rows: Map<string, Drawn>): DrawnSection {
    const drawn = this.sections.get(section.id) ?? drawSection(section);
    drawn.el.toggleClass('is-collapsed', collapsed);
    drawn.header.setAttr('aria-expanded', String(!collapsed));
    setText(drawn.count, String(section.people.length + section.notes.length));
    if (collapsed) {
      drawn.list?.remove();
      drawn.list = null;
      return drawn;
    }
    drawn.list ??= drawn.el.createDiv({ cls: 'one-on-ones-due-rows', attr: { role: 'list', 'aria-label': drawn.title } });
    const children: HTMLElement[] = [];
    for (const status of section.people) {
      const model = dueRowModel(status, options, section.id);
      children.push(this.row(`person:${model.path}`, JSON.stringify(model), () => renderDueRow(model), rows));
    }
    for (const note of section.notes) children.push(this.row(`note:${note.path}`, JSON.stringify(note), () => renderUnattributedNote(note), rows));
    arrange(drawn.list, children);
    return drawn;
  }

  /** The row drawn from `data`: the one on screen when its data is the same, else a new one. */
  private row(key: string, data: string, draw: () => HTMLElement, rows: Map<string, Drawn>): HTMLElement {
    const old = this.rows.get(key);
    const drawn = old?.data === data ? old : { el: draw(), data };
    rows.set(key, drawn);
    return drawn.el;
  }

  private updateEveryone(text: string): HTMLElement {
    const button = this.everyone ?? createEl('button', { cls: 'one-on-ones-due-everyone', attr: { 'data-everyone': '', type: 'button' } });
    setText(button, text);
    return button;
  }
}
