import type { App } from './app';
import { Component } from './component';
import { MarkdownRenderer } from './markdown';

const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * A note's reading view: its body rendered with the (fake) MarkdownRenderer, so code block
 * processors run as in Obsidian. Each render unloads the previous render's children, as Obsidian
 * does when it re-renders a section, so render children see their unload.
 */
export class ReadingView {
  readonly el: HTMLElement;
  private children: Component | null = null;

  constructor(
    private readonly app: App,
    parent: HTMLElement,
    private readonly owner: Component,
  ) {
    this.el = parent.createDiv({ cls: 'markdown-reading-view' }).createDiv({ cls: 'markdown-preview-view markdown-rendered' });
  }

  async render(text: string, sourcePath: string): Promise<void> {
    this.clear();
    const children = this.owner.addChild(new Component());
    this.children = children;
    await MarkdownRenderer.render(this.app, text.replace(FRONTMATTER, ''), this.el.createDiv({ cls: 'markdown-preview-sizer' }), sourcePath, children);
  }

  clear(): void {
    if (this.children) this.owner.removeChild(this.children);
    this.children = null;
    this.el.empty();
  }
}
