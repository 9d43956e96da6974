import { joinKeepingEndings, splitKeepingEndings, type LineWithEnding } from '../text-lines';
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
  const moving = points[from] as QueuedPoint;
  const anchor = points[target] as QueuedPoint;
  // The region that changes: from the first line of whichever comes first to the end of the other.
  const start = Math.min(moving.line, anchor.line);
  const end = Math.max(moving.endLine, anchor.endLine);
  const block = lines.slice(moving.line, moving.endLine + 1).map((line) => line.text);
  const rest = lines.slice(start, end + 1).map((line) => line.text);
  rest.splice(moving.line - start, block.length);
  const insertAt = target < from ? anchor.line - start : anchor.endLine - start - block.length + 1;
  rest.splice(insertAt, 0, ...block);
  const out = lines.map((line, i) => (i >= start && i <= end ? { text: rest[i - start] ?? '', eol: line.eol } : line));
  return joinKeepingEndings(out);
}

/** The note without the queued point `expected`, or null when it is no longer there as it was. */
export function removePoint(text: string, heading: string, expected: ExpectedPoint): string | null {
  const point = readQueue(text, heading).points.find((candidate) => samePoint(candidate, expected));
  return point ? removePoints(text, [point]) : null;
}
