import { joinKeepingEndings, splitKeepingEndings } from '../text-lines';

/**
 * The talking-points queue of a person note: the list under a heading (`## Next 1:1` by default).
 * Points are top-level list items with whatever is nested under them. Other text in the section
 * (a paragraph, a comment) is the user's and never moves.
 */

export interface QueuedPoint {
  /** First and last line (inclusive, 0-based) of the item with its nested lines. */
  readonly line: number;
  readonly endLine: number;
  /** The lines as written, without line endings: what a removal checks before deleting them. */
  readonly lines: readonly string[];
  /** The item's text without its list marker, for pickers and the agenda. */
  readonly text: string;
}

export interface TalkingPointQueue {
  /** The heading's line, or null when the note has no such heading. */
  readonly headingLine: number | null;
  readonly points: readonly QueuedPoint[];
}

const HEADING = /^(#{1,6})[ \t]+(.*?)[ \t#]*$/;
const LIST_ITEM = /^([ \t]*)(?:[-*+]|\d{1,9}[.)])[ \t]+(.*)$/;

function linesOf(text: string): string[] {
  return text.split(/\r?\n/);
}

const FENCE = /^\s*(`{3,}|~{3,})/;

/**
 * The last line of a fenced code block or comment starting at line `at`, or null when the line
 * opens none: list-looking lines inside them are the user's text, not talking points.
 */
function hiddenBlockEnd(lines: readonly string[], at: number): number | null {
  const line = lines[at] ?? '';
  const fence = FENCE.exec(line)?.[1];
  const closes = (from: number, test: (text: string) => boolean) => {
    for (let i = from; i < lines.length; i++) if (test(lines[i] ?? '')) return i;
    return lines.length - 1;
  };
  if (fence) return closes(at + 1, (text) => text.trim().startsWith(fence.charAt(0).repeat(fence.length)));
  const trimmed = line.trim();
  if (trimmed.startsWith('<!--')) return trimmed.includes('-->', 4) ? at : closes(at + 1, (text) => text.includes('-->'));
  if (trimmed.startsWith('%%')) return trimmed.includes('%%', 2) ? at : closes(at + 1, (text) => text.includes('%%'));
  return null;
}

function indentWidth(indent: string): number {
  return indent.replace(/\t/g, '    ').length;
}

export function readQueue(text: string, heading: string): TalkingPointQueue {
  const lines = linesOf(text);
  const wanted = heading.trim().toLowerCase();
  let headingLine: number | null = null;
  let level = 0;
  let inFence = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const match = inFence ? null : HEADING.exec(line);
    if (match && (match[2] ?? '').trim().toLowerCase() === wanted) {
      headingLine = i;
      level = (match[1] ?? '').length;
      break;
    }
  }
  if (headingLine === null) return { headingLine: null, points: [] };
  const points: QueuedPoint[] = [];
  let base: number | null = null;
  let current: { line: number; endLine: number; text: string } | null = null;
  const close = () => {
    if (current) points.push({ ...current, lines: lines.slice(current.line, current.endLine + 1) });
    current = null;
  };
  for (let i = headingLine + 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const hiddenEnd = hiddenBlockEnd(lines, i);
    if (hiddenEnd !== null) {
      // Indented under a point, the block belongs to it; otherwise it is text of its own.
      if (current && indentWidth(/^[ \t]*/.exec(line)?.[0] ?? '') > (base ?? 0)) current.endLine = hiddenEnd;
      else close();
      i = hiddenEnd;
      continue;
    }
    const next = HEADING.exec(line);
    if (next && (next[1] ?? '').length <= level) break;
    const item = LIST_ITEM.exec(line);
    const indent = item ? indentWidth(item[1] ?? '') : null;
    if (item && indent !== null && (base === null || indent <= base)) {
      close();
      base = indent;
      current = { line: i, endLine: i, text: (item[2] ?? '').trim() };
    } else if (current && line.trim() !== '' && indentWidth(/^[ \t]*/.exec(line)?.[0] ?? '') > (base ?? 0)) {
      current.endLine = i;
    } else if (line.trim() !== '') {
      close();
    }
  }
  close();
  return { headingLine, points };
}

/** The note with `point` added at the end of the queue, creating the heading at the end if missing. */
export function appendPoint(text: string, heading: string, point: string): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const item = `- ${point.replace(/\s*\r?\n\s*/g, ' ').trim()}`;
  const queue = readQueue(text, heading);
  if (queue.headingLine === null) {
    const body = text.replace(/(\r?\n)*$/, '');
    return `${body}${body === '' ? '' : eol + eol}## ${heading.trim()}${eol}${item}${eol}`;
  }
  const lines = splitKeepingEndings(text);
  const last = queue.points[queue.points.length - 1];
  const after = lines[last ? last.endLine : queue.headingLine];
  // The new line takes the ending of the line it follows; that line keeps one if it had none.
  const ending = after?.eol || eol;
  lines.splice((last ? last.endLine : queue.headingLine) + 1, 0, { text: item, eol: after?.eol ? after.eol : '' });
  if (after && !after.eol) lines[(last ? last.endLine : queue.headingLine)] = { text: after.text, eol: ending };
  return joinKeepingEndings(lines);
}

/** The note without the given points, or null if any of their lines changed since they were read. */
export function removePoints(text: string, points: readonly QueuedPoint[]): string | null {
  const lines = splitKeepingEndings(text);
  for (const point of points) {
    if (point.lines.some((expected, i) => lines[point.line + i]?.text !== expected)) return null;
  }
  for (const point of [...points].sort((a, b) => b.line - a.line)) lines.splice(point.line, point.endLine - point.line + 1);
  return joinKeepingEndings(lines);
}
