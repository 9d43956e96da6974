import { trendCoordinates } from '../../core/view-models/mood-trend';

const SPARK = { width: 64, height: 18, pad: 2 };

/** A tiny line of the last check-ins (the overview, the Bases view); the numbers are in its label for hover and screen readers. */
export function sparkline(parent: HTMLElement, moods: readonly number[]): void {
  if (moods.length === 0) {
    parent.createSpan({ cls: 'one-on-ones-ov-muted', text: '–' });
    return;
  }
  const label = `Check-ins: ${moods.join(', ')}`;
  const svg = parent.createSvg('svg', { cls: 'one-on-ones-ov-spark', attr: { viewBox: `0 0 ${SPARK.width} ${SPARK.height}`, role: 'img', 'aria-label': label } });
  svg.createSvg('title').setText(label);
  const points = trendCoordinates(moods, SPARK);
  if (points.length > 1) svg.createSvg('polyline', { attr: { points: points.map((p) => `${p.x},${p.y}`).join(' ') } });
  const last = points[points.length - 1] ?? { x: 0, y: 0 };
  svg.createSvg('circle', { attr: { cx: last.x, cy: last.y, r: 2 } });
}
