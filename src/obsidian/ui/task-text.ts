import { type App, type Component, MarkdownRenderer } from 'obsidian';
import { inlineOnly, splitCodeSpans } from '../../core/query/inert-text';

// Text with none of these needs no Markdown rendering: most tasks, and the cheapest to show.
const PLAIN = /^[^[\]*_~=<>&\\$%#!|^:/]*$/;

/**
 * Renders a task's text inline into `el`: links, emphasis and tags work as in the note, but code
 * spans are shown as code by us and never handed to the renderer, and nothing can become a block
 * (a fence, a heading) or embed a note. So no code in a task is ever executed here.
 */
export async function renderTaskText(app: App, el: HTMLElement, text: string, sourcePath: string, component: Component): Promise<void> {
  for (const piece of splitCodeSpans(text)) {
    if (piece.kind === 'code') {
      el.createEl('code', { text: piece.text });
      continue;
    }
    if (/^\s/.test(piece.text) && el.hasChildNodes()) el.appendText(' ');
    const markdown = inlineOnly(piece.text).trimEnd();
    if (PLAIN.test(markdown)) el.appendText(markdown);
    else await renderInline(app, el, markdown, sourcePath, component);
    if (/\s$/.test(piece.text)) el.appendText(' ');
  }
}

async function renderInline(app: App, el: HTMLElement, markdown: string, sourcePath: string, component: Component): Promise<void> {
  const scratch = createDiv();
  await MarkdownRenderer.render(app, markdown, scratch, sourcePath, component);
  // The renderer wraps inline text in a paragraph; the task row wants the inline content alone.
  const only = scratch.childElementCount === 1 ? scratch.firstElementChild : null;
  const source = only && only.tagName === 'P' ? only : scratch;
  while (source.firstChild) el.appendChild(source.firstChild);
}
