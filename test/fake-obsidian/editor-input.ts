// Typing into the fake editor, so end-to-end tests can type as a user does: printable keys, Enter,
// Backspace and arrows edit the text; an open EditorSuggest gets the keys it handles first, as in
// Obsidian, where it pushes its own key scope while open.
import type { EditorPosition } from 'obsidian';
import type { App } from './app';
import type { Editor } from './editor';

interface EditorHost {
  readonly app: App;
  readonly editor: Editor;
}

function lineIndexOf(content: HTMLElement, target: EventTarget | null): number | null {
  const lineEl = target instanceof HTMLElement ? target.closest('.cm-line') : null;
  if (!lineEl || lineEl.parentElement !== content) return null;
  return Array.from(content.children).indexOf(lineEl);
}

function move(editor: Editor, delta: number): void {
  editor.setCursor(editor.offsetToPos(editor.posToOffset(editor.getCursor()) + delta));
}

/** Makes `content` (the `.cm-content` of a MarkdownView) focusable and editable from the keyboard. */
export function attachEditorInput(host: EditorHost, content: HTMLElement): void {
  content.setAttr('tabindex', '0');
  content.addEventListener('mousedown', (evt) => {
    const editor = host.editor;
    const line = lineIndexOf(content, evt.target) ?? editor.lastLine();
    editor.setCursor({ line, ch: editor.getLine(line).length });
    editor.focus();
  });
  content.addEventListener('blur', () => host.editor.blur());
  content.addEventListener('keydown', (evt) => {
    if (host.app.workspace.editorSuggest.handleKey(evt)) return;
    if (evt.ctrlKey || evt.metaKey || evt.altKey) return;
    const editor = host.editor;
    if (evt.key.length === 1 || evt.key === 'Enter') editor.replaceSelection(evt.key === 'Enter' ? '\n' : evt.key);
    else if (evt.key === 'Backspace') {
      const at = editor.posToOffset(editor.getCursor());
      if (at > 0) editor.replaceRange('', editor.offsetToPos(at - 1), editor.getCursor());
    } else if (evt.key === 'ArrowLeft') move(editor, -1);
    else if (evt.key === 'ArrowRight') move(editor, 1);
    else return;
    evt.preventDefault();
  });
}

/** Where a position is drawn in the view's `.cm-content`, for placing suggestion popovers. */
export function coordsAtPos(content: HTMLElement, pos: EditorPosition): DOMRect | null {
  const lineEl = content.children[pos.line];
  if (!(lineEl instanceof HTMLElement)) return null;
  const textNode = lineEl.firstChild;
  if (!textNode || textNode.nodeType !== Node.TEXT_NODE || typeof document.createRange !== 'function') return lineEl.getBoundingClientRect();
  const range = document.createRange();
  const at = Math.min(pos.ch, textNode.textContent?.length ?? 0);
  range.setStart(textNode, at);
  range.setEnd(textNode, at);
  const rect = range.getBoundingClientRect();
  return rect.height > 0 ? rect : lineEl.getBoundingClientRect();
}
