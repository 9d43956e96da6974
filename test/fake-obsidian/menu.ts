import type { IconName } from 'obsidian';
import { setIcon } from './icons';

export class MenuItem {
  readonly dom: HTMLElement;
  private callback: ((evt: MouseEvent | KeyboardEvent) => unknown) | null = null;
  constructor(parent: HTMLElement) {
    this.dom = parent.createDiv({ cls: 'menu-item' });
    this.dom.createDiv({ cls: 'menu-item-icon' });
    this.dom.createDiv({ cls: 'menu-item-title' });
    this.dom.addEventListener('click', (evt) => void this.callback?.(evt));
  }
  setTitle(title: string | DocumentFragment): this {
    this.dom.find('.menu-item-title')?.setText(title);
    return this;
  }
  setIcon(icon: IconName | null): this {
    const iconEl = this.dom.find('.menu-item-icon') as HTMLElement | null;
    if (iconEl && icon) setIcon(iconEl, icon);
    return this;
  }
  setSection(): this {
    return this;
  }
  setChecked(checked: boolean | null): this {
    this.dom.toggleClass('mod-checked', checked === true);
    return this;
  }
  setDisabled(disabled: boolean): this {
    this.dom.toggleClass('is-disabled', disabled);
    return this;
  }
  setWarning(warning: boolean): this {
    this.dom.toggleClass('is-warning', warning);
    return this;
  }
  onClick(callback: (evt: MouseEvent | KeyboardEvent) => unknown): this {
    this.callback = callback;
    return this;
  }
}

export class Menu {
  readonly dom: HTMLElement = createDiv({ cls: 'menu' });
  readonly items: MenuItem[] = [];
  private hideCallback: (() => unknown) | null = null;
  addItem(cb: (item: MenuItem) => unknown): this {
    const item = new MenuItem(this.dom);
    this.items.push(item);
    cb(item);
    item.dom.addEventListener('click', () => this.hide());
    return this;
  }
  addSeparator(): this {
    this.dom.createDiv({ cls: 'menu-separator' });
    return this;
  }
  showAtMouseEvent(evt: MouseEvent): this {
    return this.showAtPosition({ x: evt.clientX, y: evt.clientY });
  }
  showAtPosition(position: { x: number; y: number }): this {
    window.document.body.appendChild(this.dom);
    this.dom.setCssProps({ left: `${position.x}px`, top: `${position.y}px` });
    return this;
  }
  hide(): this {
    this.dom.detach();
    void this.hideCallback?.();
    return this;
  }
  onHide(callback: () => unknown): void {
    this.hideCallback = callback;
  }
}
