/** Obsidian draws Lucide icons; the fake draws a neutral glyph and records the icon's name. */
export function setIcon(parent: HTMLElement, iconId: string): void {
  parent.empty();
  const svg = parent.createSvg('svg', {
    cls: ['svg-icon', `lucide-${iconId}`],
    attr: { viewBox: '0 0 24 24', width: 16, height: 16, fill: 'none', stroke: 'currentColor', 'stroke-width': 2, 'data-icon': iconId },
  });
  svg.createSvg('circle', { attr: { cx: 12, cy: 12, r: 8 } });
}
