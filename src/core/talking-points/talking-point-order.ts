import { joinKeepingEndings, splitKeepingEndings, type LineWithEnding } from '../markdown/text-lines';
import { readQueue, removePoints, type QueuedPoint } from './talking-points';

/**
 * Reordering and removing single talking points, planned against the text they will be applied to.
 * Each plan checks that the lines it touches still read as they did when the view showed them, and
 * returns null otherwise, so an edit made meanwhile (typing, sync) is never overwritten.
 */

/** The point as the view showed it: where it was and what it said. */
export type ExpectedPoint = Pick<QueuedPoint, 'line' | 'endLine' | 'lines'>;

function matches(lines: readonly LineWithEnding[], point: ExpectedPoint): boolean {
  return point.lines.length === point.endLine - point.line + 1 && point.lines.every((expected, i) => lines[point.line + i]?.text === expected);
}

function samePoint(a: ExpectedPoint, b: ExpectedPoint): boolean {
  return a.line === b.line && a.endLine === b.endLine && a.lines.every((line, i) => b.lines[i] === line);
}

/**
 * The note with the queued point `expected` moved to position `to` of the queue (0-based, clamped),
 * or null when the queue no longer holds that point where it was. Only the lines between the point
 * and its new place change; line endings stay with their positions, so no other byte moves.
 */
export function movePoint(text: string, heading: string, expected: ExpectedPoint, to: number): string | null {
  const { points } = readQueue(text, heading);
  const from = points.findIndex((point) => samePoint(point, expected));
  const lines = splitKeepingEndings(text);
  if (from < 0 || !matches(lines, expected)) return null;
  const target = Math.max(0, Math.min(points.length - 1, to));
  if (target === from) return text;
  // The points from the first to the last one that moves, and the lines between them (blank lines,
  // comments), which stay where they are: only the points change places.
  const [low, high] = [Math.min(from, target), Math.max(from, target)];
  const span = points.slice(low, high + 1);
  const start = (span[0] as QueuedPoint).line;
  const end = (span[span.length - 1] as QueuedPoint).endLine;
  const blocks = span.map((point) => lines.slice(point.line, point.endLine + 1).map((line) => line.text));
  const gaps = span.slice(0, -1).map((point, i) => lines.slice(point.endLine + 1, (span[i + 1] as QueuedPoint).line).map((line) => line.text));
  const [moved] = blocks.splice(from - low, 1);
  blocks.splice(target - low, 0, moved ?? []);
  const rest = blocks.flatMap((block, i) => [...block, ...(gaps[i] ?? [])]);
  const out = lines.map((line, i) => (i >= start && i <= end ? { text: rest[i - start] ?? '', eol: line.eol } : line));
  return joinKeepingEndings(out);
}

/** The note without the queued point `expected`, or null when it is no longer there as it was. */
export function removePoint(text: string, heading: string, expected: ExpectedPoint): string | null {
  const point = readQueue(text, heading).points.find((candidate) => samePoint(candidate, expected));
  return point ? removePoints(text, [point]) : null;
}
