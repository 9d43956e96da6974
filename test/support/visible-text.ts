// What a user reads on a surface, as plain text: the DOM turned into one line per row, so a test can
// compare it with an approved file (see ./approval.ts) and any change in wording shows as a diff.
//
// Rules, kept small on purpose:
// - block elements (div, p, li, headings, table rows…) start their own line; inline text is joined,
//   with a space between two inline elements that touch (two chips, a title and its count);
// - hidden elements are left out: `display: none` or `visibility: hidden` in their style, the
//   `hidden` attribute, `aria-hidden="true"` (icons), and tooltips (`<title>`) and scripts;
// - a checkbox is `[ ]` or `[x]`; a button (or anything with role="button", or an icon-only link)
//   is its text, or else its aria-label, in brackets: `[Start 1:1: Priya Raman]`;
// - a text field is `[input: value]`, or `[input: placeholder "…"]` when empty; a select shows its
//   chosen option; a progress bar its aria-label; an image (role="img") its aria-label;
// - the selected row of a list (class is-selected, or aria-selected) starts with "> ";
// - headings start with #, one per level; nested list items are indented two spaces per level;
//   a table row is its cells joined with " | ".
// Whitespace runs collapse to one space and empty lines are dropped, except inside <pre>.

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'details', 'dialog', 'dd', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li',
  'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'ul', 'caption', 'thead', 'tbody', 'tfoot',
]);

/** Inline elements that only format text: no space is added around them (a highlighted letter, bold). */
const FORMATTING = new Set(['b', 'strong', 'i', 'em', 'mark', 'u', 's', 'del', 'ins', 'sub', 'sup', 'small', 'code', 'kbd']);

const SKIPPED = new Set(['script', 'style', 'template', 'title', 'noscript']);

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = (el as HTMLElement).style as CSSStyleDeclaration | undefined;
  const display = style?.getPropertyValue('display') ?? '';
  const visibility = style?.getPropertyValue('visibility') ?? '';
  return display === 'none' || visibility === 'hidden';
}

const tag = (el: Element) => el.tagName.toLowerCase();
const collapse = (text: string) => text.replace(/\s+/g, ' ');

function isFormatting(el: Element): boolean {
  return FORMATTING.has(tag(el)) || el.classList.contains('suggestion-highlight');
}

function isButton(el: Element): boolean {
  if (tag(el) === 'button' || el.getAttribute('role') === 'button') return true;
  // An icon-only link, such as a view header's action, is a button to the eye.
  return tag(el) === 'a' && el.hasAttribute('aria-label') && collapse(el.textContent ?? '').trim() === '';
}

/** Lines being written: the current line is built from inline pieces until a block ends it. */
class Lines {
  readonly lines: string[] = [];
  /** Put before each line: nested list items are indented. */
  indent = '';
  /** Put before the next line written, whichever element it comes from (the selected row's first line). */
  mark = '';
  private current = '';
  /** The last thing written ended an inline element, so the next element's text needs a space. */
  private afterElement = false;
  /** A space owed before the next text, once it comes (an empty element owes nothing). */
  private pendingSpace = false;

  text(text: string): void {
    if (text === '') return;
    if (this.pendingSpace && this.current !== '' && !/\s$/.test(this.current) && !/^\s/.test(text)) this.current += ' ';
    this.pendingSpace = false;
    this.afterElement = false;
    this.current += text;
  }

  /** An inline element with no children to visit (a checkbox, a button's label). */
  element(text: string): void {
    const mark = this.startElement(true);
    this.text(text);
    this.endElement(true, mark);
  }

  startElement(spaced: boolean): { length: number; afterElement: boolean } {
    const mark = { length: this.current.length, afterElement: this.afterElement };
    if (spaced && this.afterElement) this.pendingSpace = true;
    return mark;
  }

  endElement(spaced: boolean, mark: { length: number; afterElement: boolean }): void {
    this.pendingSpace = false;
    this.afterElement = this.current.length === mark.length ? mark.afterElement : spaced;
  }

  break(): void {
    const line = collapse(this.current).trim();
    if (line !== '') {
      this.lines.push(this.indent + this.mark + line);
      this.mark = '';
    }
    this.current = '';
    this.afterElement = false;
    this.pendingSpace = false;
  }

  raw(line: string): void {
    this.break();
    this.lines.push(line);
  }
}

interface Context {
  /** Depth of nested lists, for indentation. */
  readonly listDepth: number;
}

/** The text of an element's contents on one line, as inside a button or a table cell. */
function inlineText(el: Element, context: Context): string {
  const out = new Lines();
  visitChildren(el, out, context);
  out.break();
  return out.lines.map((line) => line.trim()).join(' ');
}

function inputText(input: HTMLInputElement): string {
  const type = (input.getAttribute('type') ?? 'text').toLowerCase();
  if (type === 'checkbox') return input.checked ? '[x]' : '[ ]';
  if (type === 'radio') return input.checked ? '(x)' : '( )';
  if (type === 'hidden') return '';
  if (type === 'button' || type === 'submit') return `[${input.value}]`;
  const placeholder = input.getAttribute('placeholder');
  if (input.value === '' && placeholder) return `[input: placeholder "${placeholder}"]`;
  return `[input: ${input.value}]`;
}

function visitChildren(el: Element, out: Lines, context: Context): void {
  for (const child of Array.from(el.childNodes)) visit(child, out, context);
}

function visit(node: Node, out: Lines, context: Context): void {
  if (node.nodeType === 3) {
    out.text(node.textContent ?? '');
    return;
  }
  if (node.nodeType !== 1) return;
  const el = node as Element;
  const name = tag(el);
  if (SKIPPED.has(name) || isHidden(el)) return;

  if (el.getAttribute('role') === 'img') {
    const label = el.getAttribute('aria-label');
    if (label) out.element(`[image: ${label}]`);
    return;
  }
  if (name === 'svg') return; // a drawing with no label: nothing to read
  if (name === 'input') return out.element(inputText(el as HTMLInputElement));
  if (name === 'textarea') return out.element(`[input: ${(el as HTMLTextAreaElement).value}]`);
  if (name === 'select') {
    const select = el as HTMLSelectElement;
    return out.element(`[select: ${collapse(select.selectedOptions[0]?.textContent ?? '').trim()}]`);
  }
  if (name === 'progress') return out.element(`[progress: ${el.getAttribute('aria-label') ?? el.getAttribute('value') ?? ''}]`);
  if (name === 'br') return out.break();
  if (name === 'hr') return out.raw('---');
  if (name === 'tr') {
    out.break();
    const cells = Array.from(el.children).filter((cell) => !isHidden(cell)).map((cell) => inlineText(cell, context));
    if (cells.some((cell) => cell !== '')) out.raw(cells.join(' | '));
    return;
  }
  if (name === 'pre') {
    out.break();
    for (const line of (el.textContent ?? '').replace(/\n$/, '').split('\n')) out.raw(line.trimEnd());
    return;
  }

  const block = BLOCK.has(name);
  if (isButton(el)) {
    const text = inlineText(el, context);
    const label = text !== '' ? text : (el.getAttribute('aria-label') ?? 'button');
    if (block) out.break();
    out.element(`[${label}]`);
    if (block) out.break();
    return;
  }
  if (block) {
    out.break();
    const listDepth = name === 'ul' || name === 'ol' ? context.listDepth + 1 : context.listDepth;
    const indent = out.indent;
    if (name === 'li') out.indent = '  '.repeat(Math.max(0, listDepth - 1));
    if (el.classList.contains('is-selected') || el.getAttribute('aria-selected') === 'true') out.mark = '> ';
    const heading = /^h([1-6])$/.exec(name);
    if (heading) out.text(`${'#'.repeat(Number(heading[1]))} `);
    visitChildren(el, out, { listDepth });
    out.break();
    out.indent = indent;
    return;
  }
  const spaced = !isFormatting(el);
  const mark = out.startElement(spaced);
  visitChildren(el, out, context);
  out.endElement(spaced, mark);
}

/** The visible text of an element and everything in it, one line per row. */
export function visibleText(root: Element): string {
  const out = new Lines();
  visit(root, out, { listDepth: 0 });
  out.break();
  return out.lines.join('\n');
}
