import type { App } from './app';
import { Component } from './component';

export class MarkdownRenderChild extends Component {
  constructor(readonly containerEl: HTMLElement) {
    super();
  }
}

/**
 * A small Markdown renderer: paragraphs, headings, list items, inline code and wiki links, enough for
 * what plugins hand it. Text is always inserted as text, never as HTML.
 */
export const MarkdownRenderer = {
  async render(app: App, markdown: string, el: HTMLElement, sourcePath: string, component: Component): Promise<void> {
    void app;
    void sourcePath;
    void component;
    for (const block of markdown.split(/\n{2,}/)) {
      const heading = /^(#{1,6})\s+(.*)$/.exec(block);
      if (heading) {
        renderInline(el.createEl(`h${heading[1]?.length ?? 1}` as 'h1'), heading[2] ?? '');
        continue;
      }
      if (/^\s*[-*+] /.test(block)) {
        const list = el.createEl('ul');
        for (const line of block.split('\n')) renderInline(list.createEl('li'), line.replace(/^\s*[-*+] /, ''));
        continue;
      }
      renderInline(el.createEl('p'), block);
    }
  },
};

function renderInline(el: HTMLElement, text: string): void {
  const pattern = /\[\[([^\]|]+)(?:\|([^\]]+))?\]\]|`([^`]+)`/g;
  let cursor = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    el.appendText(text.slice(cursor, match.index));
    if (match[3] !== undefined) el.createEl('code', { text: match[3] });
    else {
      const target = match[1] ?? '';
      el.createEl('a', { cls: 'internal-link', text: match[2] ?? target, attr: { 'data-href': target, href: target } });
    }
    cursor = match.index + match[0].length;
  }
  el.appendText(text.slice(cursor));
}
