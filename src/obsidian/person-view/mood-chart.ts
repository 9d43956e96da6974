import type { CalendarDay } from '../../core/calendar/dates';
import { MOOD_MAX, MOOD_MIN, moodY, trendCoordinates, trendSummary, type MoodPoint } from '../../core/view-models/mood-trend';
import { shortDate } from '../../core/calendar/day-text';

const WIDTH = 600;
const HEIGHT = 150;
/** Room on the left for the scale's labels. */
const AXIS = 26;
const BOX = { width: WIDTH - AXIS, height: HEIGHT, pad: 14 };
const GRID = [MOOD_MIN, 5, MOOD_MAX];

const y = (mood: number) => moodY(mood, BOX);

/**
 * The check-in trend: a line of the last 12 moods, drawn as SVG with Obsidian's helpers. Each point
 * shows its value and date on hover and on keyboard focus; the summary says the trend in words.
 */
export function renderMoodChart(parent: HTMLElement, points: readonly MoodPoint[], today: CalendarDay): void {
  const section = parent.createDiv({ cls: 'one-on-ones-pv-section mod-mood' });
  const head = section.createDiv({ cls: 'one-on-ones-pv-section-head' });
  head.createEl('h3', { text: 'Check-in trend' });
  const summary = trendSummary(points);
  head.createSpan({ cls: 'one-on-ones-pv-muted', text: summary });
  if (points.length === 0) {
    section.createDiv({ cls: 'one-on-ones-pv-empty', text: 'Add a mood property (1–10) to meeting notes to see how they have been feeling.' });
    return;
  }
  const svg = section.createSvg('svg', {
    cls: 'one-on-ones-pv-chart',
    attr: { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': `Check-in trend. ${summary}` },
  });
  for (const mood of GRID) {
    svg.createSvg('line', { cls: 'one-on-ones-pv-grid', attr: { x1: AXIS, x2: WIDTH, y1: y(mood), y2: y(mood) } });
    svg.createSvg('text', { cls: 'one-on-ones-pv-axis', attr: { x: AXIS - 8, y: y(mood) + 4, 'text-anchor': 'end' } }).setText(String(mood));
  }
  const plot = svg.createSvg('g', { attr: { transform: `translate(${AXIS} 0)` } });
  const coords = trendCoordinates(points.map((point) => point.mood), BOX);
  if (coords.length > 1) {
    plot.createSvg('polyline', { cls: 'one-on-ones-pv-line', attr: { points: coords.map((c) => `${c.x},${c.y}`).join(' ') } });
  }
  points.forEach((point, i) => {
    const c = coords[i] ?? { x: 0, y: 0 };
    const label = `${shortDate(point.date, today)}: ${point.mood}`;
    const g = plot.createSvg('g', { cls: 'one-on-ones-pv-dot', attr: { tabindex: 0, role: 'img', 'aria-label': label, 'data-open': point.path } });
    g.createSvg('title').setText(label);
    g.createSvg('circle', { attr: { cx: c.x, cy: c.y, r: 5 } });
    const above = c.y > 30;
    g.createSvg('text', { cls: 'one-on-ones-pv-dot-label', attr: { x: c.x, y: above ? c.y - 10 : c.y + 20, 'text-anchor': i === 0 ? 'start' : i === points.length - 1 ? 'end' : 'middle' } }).setText(label);
  });
  const dates = section.createDiv({ cls: 'one-on-ones-pv-chart-dates' });
  dates.createSpan({ text: shortDate(points[0]?.date ?? today, today) });
  dates.createSpan({ text: shortDate(points[points.length - 1]?.date ?? today, today) });
}
