import type { MarkdownPostProcessorContext } from 'obsidian';
import type { App } from './app';
import { renderBaseEmbed } from './bases';
import { Component } from './component';

export class MarkdownRenderChild extends Component {
  constructor(readonly containerEl: HTMLElement) {
    super();
  }
}

const FENCE = /^ {0,3}(`{3,}|~{3,})[ \t]*([^\s`]*)/;
const BASE_EMBED = /^!\[\[([^\]|]+\.base(?:#[^\]|]*)?)\]\]\s*$/;

/**
 * A small Markdown renderer: paragraphs, headings, list items, inline code, wiki links, fenced
 * code and embedded bases (`![[x.base]]`, see bases.ts), enough for what plugins hand it. As in Obsidian, a fence whose language has a registered
 * code block processor runs that processor (which is how a `dataviewjs` fence would execute code).
 * Text is always inserted as text, never as HTML.
 */
export const MarkdownRenderer = {
  async render(app: App, markdown: string, el: HTMLElement, sourcePath: string, component: Component): Promise<void> {
    const lines = markdown.split('\n');
    let prose: string[] = [];
    for (let i = 0; i < lines.length; i++) {
      const embed = BASE_EMBED.exec(lines[i] ?? '');
      if (embed) {
        renderBlocks(el, prose.join('\n'));
        prose = [];
        await renderBaseEmbed(app, el, embed[1] ?? '', component);
        continue;
      }
      const open = FENCE.exec(lines[i] ?? '');
      if (!open) {
        prose.push(lines[i] ?? '');
        continue;
      }
      renderBlocks(el, prose.join('\n'));
      prose = [];
      const marker = open[1] ?? '```';
      const body: string[] = [];
      for (i++; i < lines.length && !(lines[i] ?? '').trimStart().startsWith(marker); i++) body.push(lines[i] ?? '');
      await renderFence(app, el, open[2] ?? '', body.join('\n'), sourcePath, component);
    }
    renderBlocks(el, prose.join('\n'));
  },
};

async function renderFence(app: App, el: HTMLElement, language: string, source: string, sourcePath: string, component: Component): Promise<void> {
  const handler = app.codeBlockProcessors.get(language);
  if (!handler) {
    el.createEl('pre').createEl('code', { cls: language ? `language-${language}` : [], text: source });
    return;
  }
  const blockEl = el.createDiv({ cls: `block-language-${language}` });
  const ctx = { docId: sourcePath, sourcePath, frontmatter: undefined, addChild: (child: Component) => component.addChild(child), getSectionInfo: () => null };
  await handler(`${source}\n`, blockEl, ctx as unknown as MarkdownPostProcessorContext);
}

function renderBlocks(el: HTMLElement, markdown: string): void {
  for (const raw of markdown.split(/\n{2,}/)) {
    const block = raw.replace(/^\n+|\n+$/g, '');
    if (block.trim() === '') continue;
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
}

function renderInline(el: HTMLElement, text: string): void {
  const pattern = /\[\[([^\]|]+)(?:\|([^\]]+))?\]\]|`([^`]+)`|\*\*([^*]+)\*\*|\\([!-/:-@[-`{-~])/g;
  let cursor = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    el.appendText(text.slice(cursor, match.index));
    if (match[3] !== undefined) el.createEl('code', { text: match[3] });
    else if (match[4] !== undefined) el.createEl('strong', { text: match[4] });
    else if (match[5] !== undefined) el.appendText(match[5]);
    else {
      const target = match[1] ?? '';
      el.createEl('a', { cls: 'internal-link', text: match[2] ?? target, attr: { 'data-href': target, href: target } });
    }
    cursor = match.index + match[0].length;
  }
  el.appendText(text.slice(cursor));
}
