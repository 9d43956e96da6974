// Obsidian's DOM helpers (the globals and prototype methods its app installs), so that plugin code
// written against them runs under happy-dom and in the browser harness alike.

type Info = DomElementInfo | string | undefined;
type AttrValue = string | number | boolean | null;

const SVG_NS = 'http://www.w3.org/2000/svg';

function classesOf(cls: string | string[] | undefined): string[] {
  if (cls === undefined) return [];
  const list = Array.isArray(cls) ? cls : cls.split(' ');
  return list.filter((name) => name.length > 0);
}

function setAttribute(el: Element, name: string, value: AttrValue): void {
  if (value === null || value === false) el.removeAttribute(name);
  else el.setAttribute(name, value === true ? '' : String(value));
}

function applyInfo(el: Element, info: Info): void {
  const o: DomElementInfo = typeof info === 'string' ? { text: info } : (info ?? {});
  for (const name of classesOf(o.cls)) el.classList.add(name);
  if (o.text !== undefined) {
    if (typeof o.text === 'string') el.textContent = o.text;
    else el.appendChild(o.text);
  }
  if (o.attr) for (const [name, value] of Object.entries(o.attr)) setAttribute(el, name, value);
  if (o.title !== undefined) el.setAttribute('title', o.title);
  const input = el as HTMLInputElement;
  if (o.value !== undefined) input.value = o.value;
  if (o.type !== undefined) el.setAttribute('type', o.type);
  if (o.placeholder !== undefined) el.setAttribute('placeholder', o.placeholder);
  if (o.href !== undefined) el.setAttribute('href', o.href);
  if (o.parent) {
    if (o.prepend) o.parent.insertBefore(el, o.parent.firstChild);
    else o.parent.appendChild(el);
  }
}

function place(parent: Node, el: Element, info: Info): void {
  const prepend = typeof info === 'object' && info.prepend === true;
  if (prepend) parent.insertBefore(el, parent.firstChild);
  else parent.appendChild(el);
}

export function installDomHelpers(win: Window & typeof globalThis): void {
  const doc = win.document;
  const NodeProto = win.Node.prototype as unknown as Record<string, unknown>;
  const ElementProto = win.Element.prototype as unknown as Record<string, unknown>;
  const HTMLProto = win.HTMLElement.prototype as unknown as Record<string, unknown>;
  const FragmentProto = win.DocumentFragment.prototype as unknown as Record<string, unknown>;
  if (typeof NodeProto.createEl === 'function') return;

  function createEl(tag: string, info?: Info, callback?: (el: HTMLElement) => void): HTMLElement {
    const el = doc.createElement(tag);
    applyInfo(el, info);
    callback?.(el);
    return el;
  }
  function createSvg(tag: string, info?: SvgElementInfo | string, callback?: (el: SVGElement) => void): SVGElement {
    const el: SVGElement = doc.createElementNS(SVG_NS, tag);
    const o: SvgElementInfo = typeof info === 'string' ? { cls: info } : (info ?? {});
    for (const name of classesOf(o.cls)) el.classList.add(name);
    if (o.attr) for (const [name, value] of Object.entries(o.attr)) setAttribute(el, name, value);
    if (o.parent) o.parent.appendChild(el);
    callback?.(el);
    return el;
  }

  Object.assign(NodeProto, {
    createEl(this: Node, tag: string, info?: Info, callback?: (el: HTMLElement) => void) {
      const el = createEl(tag, typeof info === 'object' ? { ...info, parent: undefined } : info);
      place(this, el, info);
      callback?.(el);
      return el;
    },
    createDiv(this: Node, info?: Info, callback?: (el: HTMLElement) => void) {
      return (this).createEl('div', info, callback);
    },
    createSpan(this: Node, info?: Info, callback?: (el: HTMLElement) => void) {
      return (this).createEl('span', info, callback);
    },
    createSvg(this: Node, tag: string, info?: SvgElementInfo | string, callback?: (el: SVGElement) => void) {
      const el = createSvg(tag, typeof info === 'object' ? { ...info, parent: undefined } : info);
      this.appendChild(el);
      callback?.(el);
      return el;
    },
    detach(this: Node) {
      this.parentNode?.removeChild(this);
    },
    empty(this: Node) {
      while (this.firstChild) this.removeChild(this.firstChild);
    },
    appendText(this: Node, value: string) {
      this.appendChild(doc.createTextNode(value));
    },
    indexOf(this: Node, other: Node) {
      return Array.prototype.indexOf.call(this.childNodes, other);
    },
    insertAfter(this: Node, node: Node, child: Node | null) {
      this.insertBefore(node, child ? child.nextSibling : this.firstChild);
      return node;
    },
    setChildrenInPlace(this: Node, children: Node[]) {
      (this).empty();
      for (const child of children) this.appendChild(child);
    },
    instanceOf(this: Node, type: new () => unknown) {
      return this instanceof type;
    },
  });
  Object.defineProperty(NodeProto, 'doc', { configurable: true, get: () => doc });
  Object.defineProperty(NodeProto, 'win', { configurable: true, get: () => win });

  Object.assign(ElementProto, {
    getText(this: Element) {
      return this.textContent ?? '';
    },
    setText(this: Element, value: string | DocumentFragment) {
      if (typeof value === 'string') this.textContent = value;
      else {
        (this).empty();
        this.appendChild(value);
      }
    },
    addClass(this: Element, ...classes: string[]) {
      this.classList.add(...classes.flatMap((c) => classesOf(c)));
    },
    addClasses(this: Element, classes: string[]) {
      this.classList.add(...classes);
    },
    removeClass(this: Element, ...classes: string[]) {
      this.classList.remove(...classes);
    },
    removeClasses(this: Element, classes: string[]) {
      this.classList.remove(...classes);
    },
    toggleClass(this: Element, classes: string | string[], value: boolean) {
      for (const name of classesOf(classes)) this.classList.toggle(name, value);
    },
    hasClass(this: Element, cls: string) {
      return this.classList.contains(cls);
    },
    setAttr(this: Element, name: string, value: AttrValue) {
      setAttribute(this, name, value);
    },
    setAttrs(this: Element, attrs: Record<string, AttrValue>) {
      for (const [name, value] of Object.entries(attrs)) setAttribute(this, name, value);
    },
    getAttr(this: Element, name: string) {
      return this.getAttribute(name);
    },
    matchParent(this: Element, selector: string, lastParent?: Element) {
      if (this.matches(selector)) return this;
      for (let el = this.parentElement; el && el !== lastParent; el = el.parentElement) {
        if (el.matches(selector)) return el;
      }
      return null;
    },
    find(this: Element, selector: string) {
      return this.querySelector(selector);
    },
    findAll(this: Element, selector: string) {
      return Array.from(this.querySelectorAll(selector));
    },
    isActiveElement(this: Element) {
      return doc.activeElement === this;
    },
  });
  Object.assign(FragmentProto, {
    find(this: DocumentFragment, selector: string) {
      return this.querySelector(selector);
    },
    findAll(this: DocumentFragment, selector: string) {
      return Array.from(this.querySelectorAll(selector));
    },
  });
  Object.assign(HTMLProto, {
    show(this: HTMLElement) {
      this.style.removeProperty('display');
    },
    hide(this: HTMLElement) {
      this.style.setProperty('display', 'none');
    },
    toggle(this: HTMLElement, show: boolean) {
      if (show) this.show();
      else this.hide();
    },
    toggleVisibility(this: HTMLElement, visible: boolean) {
      this.style.setProperty('visibility', visible ? '' : 'hidden');
    },
    // As documented: attached, and neither it nor any ancestor hidden with `display: none`.
    isShown(this: HTMLElement) {
      const hidden = (el: HTMLElement) => el.style.getPropertyValue('display') === 'none';
      if (!this.isConnected || hidden(this)) return false;
      for (let el = this.parentElement; el; el = el.parentElement) if (hidden(el)) return false;
      return true;
    },
    setCssStyles(this: HTMLElement, styles: Record<string, string>) {
      Object.assign(this.style, styles);
    },
    setCssProps(this: HTMLElement, props: Record<string, string>) {
      for (const [name, value] of Object.entries(props)) this.style.setProperty(name, value);
    },
    onClickEvent(this: HTMLElement, listener: (ev: MouseEvent) => unknown, options?: AddEventListenerOptions) {
      this.addEventListener('click', listener, options);
    },
    trigger(this: HTMLElement, eventType: string) {
      this.dispatchEvent(new win.Event(eventType, { bubbles: true }));
    },
    // The app runs a CSS animation on the element, so the listener is called, asynchronously, each
    // time the element starts being shown: at once if it is shown now, then whenever it is put back
    // into the document or a `display: none` on it or above it is lifted. Here, a MutationObserver.
    onNodeInserted(this: HTMLElement, listener: () => unknown, once = false) {
      let shown = false;
      let active = true;
      const stop = () => {
        active = false;
        observer.disconnect();
      };
      const check = () => {
        if (!active) return;
        const now = this.isShown();
        if (now && !shown) {
          if (once) stop();
          listener();
        }
        shown = now;
      };
      const observer = new win.MutationObserver(check);
      observer.observe(doc, { childList: true, subtree: true, attributes: true, attributeFilter: ['style'] });
      queueMicrotask(check);
      return stop;
    },
  });

  Object.assign(win, {
    createEl,
    createDiv: (info?: Info, cb?: (el: HTMLElement) => void) => createEl('div', info, cb),
    createSpan: (info?: Info, cb?: (el: HTMLElement) => void) => createEl('span', info, cb),
    createSvg,
    createFragment(callback?: (fragment: DocumentFragment) => void) {
      const fragment = doc.createDocumentFragment();
      callback?.(fragment);
      return fragment;
    },
    activeWindow: win,
    activeDocument: doc,
    sleep: (ms: number) => new Promise<void>((resolve) => win.setTimeout(resolve, ms)),
    nextFrame: () => new Promise<void>((resolve) => win.requestAnimationFrame(() => resolve())),
    isBoolean: (value: unknown) => typeof value === 'boolean',
  });
}
