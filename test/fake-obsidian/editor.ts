import type { Editor as ObsidianEditor, EditorPosition, EditorTransaction } from 'obsidian';

type EditorMethods =
  | 'refresh' | 'getValue' | 'setValue' | 'getLine' | 'setLine' | 'lineCount' | 'lastLine'
  | 'getSelection' | 'somethingSelected' | 'getRange' | 'replaceSelection' | 'replaceRange' | 'getCursor'
  | 'setCursor' | 'setSelection' | 'focus' | 'blur' | 'hasFocus' | 'transaction' | 'posToOffset' | 'offsetToPos';

/** A plain-text editor with CodeMirror's line/column model; `onChange` lets the view re-render. */
export class Editor implements Pick<ObsidianEditor, EditorMethods> {
  private text: string;
  private anchor: EditorPosition = { line: 0, ch: 0 };
  private head: EditorPosition = { line: 0, ch: 0 };
  private focused = false;
  onChange: (editor: Editor) => void = () => {};

  constructor(text = '') {
    this.text = text;
  }

  getDoc(): this {
    return this;
  }
  refresh(): void {}
  getValue(): string {
    return this.text;
  }
  setValue(content: string): void {
    this.text = content;
    this.anchor = this.head = this.clip(this.head);
    this.onChange(this);
  }
  private lines(): string[] {
    return this.text.split('\n');
  }
  getLine(line: number): string {
    return (this.lines()[line] ?? '').replace(/\r$/, '');
  }
  setLine(n: number, text: string): void {
    this.replaceRange(text, { line: n, ch: 0 }, { line: n, ch: this.getLine(n).length });
  }
  lineCount(): number {
    return this.lines().length;
  }
  lastLine(): number {
    return this.lineCount() - 1;
  }
  posToOffset(pos: EditorPosition): number {
    const lines = this.lines();
    let offset = 0;
    for (let i = 0; i < pos.line && i < lines.length; i++) offset += (lines[i] ?? '').length + 1;
    return offset + pos.ch;
  }
  offsetToPos(offset: number): EditorPosition {
    const lines = this.lines();
    let rest = Math.max(0, Math.min(offset, this.text.length));
    for (let line = 0; line < lines.length; line++) {
      const length = (lines[line] ?? '').length;
      if (rest <= length) return { line, ch: rest };
      rest -= length + 1;
    }
    return { line: lines.length - 1, ch: (lines[lines.length - 1] ?? '').length };
  }
  private clip(pos: EditorPosition): EditorPosition {
    return this.offsetToPos(this.posToOffset({ line: Math.max(0, pos.line), ch: Math.max(0, pos.ch) }));
  }
  getRange(from: EditorPosition, to: EditorPosition): string {
    return this.text.slice(this.posToOffset(from), this.posToOffset(to));
  }
  replaceRange(replacement: string, from: EditorPosition, to: EditorPosition = from): void {
    const start = this.posToOffset(from);
    const end = this.posToOffset(to);
    // Where the cursor is in the text before the change, to map it into the text after.
    const cursor = this.posToOffset(this.head);
    this.text = this.text.slice(0, start) + replacement + this.text.slice(end);
    if (cursor >= end) this.anchor = this.head = this.offsetToPos(cursor + replacement.length - (end - start));
    this.onChange(this);
  }
  getCursor(which: 'from' | 'to' | 'head' | 'anchor' = 'head'): EditorPosition {
    const [from, to] = this.posToOffset(this.anchor) <= this.posToOffset(this.head) ? [this.anchor, this.head] : [this.head, this.anchor];
    return { ...{ from, to, head: this.head, anchor: this.anchor }[which] };
  }
  setCursor(pos: EditorPosition | number, ch?: number): void {
    const target = typeof pos === 'number' ? { line: pos, ch: ch ?? 0 } : pos;
    this.anchor = this.head = this.clip(target);
  }
  setSelection(anchor: EditorPosition, head: EditorPosition = anchor): void {
    this.anchor = this.clip(anchor);
    this.head = this.clip(head);
  }
  getSelection(): string {
    return this.getRange(this.getCursor('from'), this.getCursor('to'));
  }
  somethingSelected(): boolean {
    return this.getSelection().length > 0;
  }
  replaceSelection(replacement: string): void {
    const from = this.getCursor('from');
    this.replaceRange(replacement, from, this.getCursor('to'));
    this.setCursor(this.offsetToPos(this.posToOffset(from) + replacement.length));
  }
  transaction(tx: EditorTransaction): void {
    const changes = [...(tx.changes ?? [])].sort((a, b) => this.posToOffset(b.from) - this.posToOffset(a.from));
    for (const change of changes) this.replaceRange(change.text, change.from, change.to);
    if (tx.selection) this.setSelection(tx.selection.from, tx.selection.to);
  }
  focus(): void {
    this.focused = true;
  }
  blur(): void {
    this.focused = false;
  }
  hasFocus(): boolean {
    return this.focused;
  }
}
