/**
 * Obsidian draws Lucide icons. The end-to-end page gives the fake the real ones (lucide-static, as
 * `window.lucideIcons`), so screenshots show what users see; elsewhere the fake draws a neutral
 * glyph. Either way the icon's name is recorded on the svg.
 */
type IconNode = [string, Record<string, string>];

function iconNodes(iconId: string): readonly IconNode[] | null {
  const icons = (window as unknown as { lucideIcons?: Record<string, IconNode[]> }).lucideIcons;
  return icons?.[iconId] ?? null;
}

export function setIcon(parent: HTMLElement, iconId: string): void {
  parent.empty();
  const svg = parent.createSvg('svg', {
    cls: ['svg-icon', `lucide-${iconId}`],
    attr: {
      viewBox: '0 0 24 24',
      width: 16,
      height: 16,
      fill: 'none',
      stroke: 'currentColor',
      'stroke-width': 2,
      'stroke-linecap': 'round',
      'stroke-linejoin': 'round',
      'data-icon': iconId,
    },
  });
  const nodes = iconNodes(iconId);
  if (nodes === null) {
    svg.createSvg('circle', { attr: { cx: 12, cy: 12, r: 8 } });
    return;
  }
  for (const [tag, attr] of nodes) svg.createSvg(tag as keyof SVGElementTagNameMap, { attr });
}
