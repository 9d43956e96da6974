import type { CalendarDay } from '../calendar/dates';
import type { IndexedMeeting } from '../index/vault-index';
import { meetingTarget } from '../meetings/meetings';

/** One check-in on the trend line. */
export interface MoodPoint {
  readonly date: CalendarDay;
  readonly mood: number;
  /** What the point opens: the meeting's note, or its section in a running note. */
  readonly path: string;
}

export const TREND_MEETINGS = 12;
/** The check-in scale of DESIGN.md: 1 to 10. */
export const MOOD_MIN = 1;
export const MOOD_MAX = 10;

/**
 * The moods of the last `count` held meetings that have one, oldest first. Planned, cancelled and
 * future meetings have no check-in to show; undated notes have no place on a time line.
 */
export function moodTrend(meetings: readonly IndexedMeeting[], today: CalendarDay, count = TREND_MEETINGS): MoodPoint[] {
  const points: MoodPoint[] = [];
  for (const { meeting } of meetings) {
    if (points.length >= count) break;
    if (meeting.mood === null || meeting.date === null || meeting.date > today) continue;
    if (meeting.status !== 'held') continue;
    points.push({ date: meeting.date, mood: meeting.mood, path: meetingTarget(meeting) });
  }
  return points.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export interface ChartBox {
  readonly width: number;
  readonly height: number;
  /** Room left around the plot for the dots, which would otherwise be cut in half at the edges. */
  readonly pad: number;
}

/** How high a mood sits in a chart of the given size, 1 at the bottom: for points and the scale alike. */
export function moodY(mood: number, box: ChartBox): number {
  const clamped = Math.max(MOOD_MIN, Math.min(MOOD_MAX, mood));
  return box.pad + (box.height - 2 * box.pad) * (1 - (clamped - MOOD_MIN) / (MOOD_MAX - MOOD_MIN));
}

/** Where each mood sits in a chart of the given size: evenly spaced by meeting, rounded to 0.1. */
export function trendCoordinates(moods: readonly number[], box: ChartBox): { x: number; y: number }[] {
  const step = moods.length > 1 ? (box.width - 2 * box.pad) / (moods.length - 1) : 0;
  return moods.map((mood, i) => {
    const x = moods.length > 1 ? box.pad + i * step : box.width / 2;
    return { x: Math.round(x * 10) / 10, y: Math.round(moodY(mood, box) * 10) / 10 };
  });
}

/** "Falling: 8 → 4 over 7 check-ins", said in words for screen readers and for a glance. */
export function trendSummary(points: readonly MoodPoint[]): string {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return 'No check-ins yet';
  if (points.length === 1) return `One check-in: ${first.mood}`;
  const change = last.mood - first.mood;
  const word = change >= 2 ? 'Rising' : change <= -2 ? 'Falling' : 'Steady';
  return `${word}: ${first.mood} → ${last.mood} over ${points.length} check-ins`;
}
