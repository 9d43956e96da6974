import { splitKeepingEndings } from './text-lines';

/** One note as a write found it and left it; `before` is null when the write created the note. */
export interface FileChange {
  readonly path: string;
  readonly before: string | null;
  readonly after: string;
}

/** The note's lines, each with its own ending, so that joining them gives the text back byte for byte. */
function linesOf(text: string): string[] {
  return splitKeepingEndings(text)
    .map((line) => line.text + line.eol)
    .filter((line) => line !== '');
}

function sameLinesAt(lines: readonly string[], at: number, wanted: readonly string[]): boolean {
  return wanted.every((line, i) => lines[at + i] === line);
}

/**
 * The note's text with one write taken back: `before` once more where the note still reads `after`,
 * or, when the note changed elsewhere since, the written lines put back as they were, provided those
 * lines (with a line of context on each side) are still there exactly once. Null when they are not:
 * the user changed what was written, so undoing it would lose their words.
 */
export function undoChange(current: string, before: string, after: string): string | null {
  if (current === after) return before;
  if (before === after) return current;
  const was = linesOf(before);
  const now = linesOf(after);
  let same = 0;
  while (same < was.length && same < now.length && was[same] === now[same]) same++;
  let sameEnd = 0;
  while (sameEnd < was.length - same && sameEnd < now.length - same && was[was.length - 1 - sameEnd] === now[now.length - 1 - sameEnd]) sameEnd++;
  // The written lines with one unchanged line on each side, where the note has one there.
  const from = Math.max(0, same - 1);
  const written = now.slice(from, Math.min(now.length, now.length - sameEnd + 1));
  const replacement = [...now.slice(from, same), ...was.slice(same, was.length - sameEnd), ...(sameEnd > 0 ? [now[now.length - sameEnd] as string] : [])];
  const lines = linesOf(current);
  const withContext = onePlace(lines, written);
  if (withContext !== null) return [...lines.slice(0, withContext), ...replacement, ...lines.slice(withContext + written.length)].join('');
  // A neighbour changed since (the task above was ticked too): the written lines alone, if they are
  // there exactly once, still say where. Lines only taken out leave nothing to find without context.
  const alone = now.slice(same, now.length - sameEnd);
  const place = alone.length === 0 ? null : onePlace(lines, alone);
  if (place === null) return null;
  return [...lines.slice(0, place), ...was.slice(same, was.length - sameEnd), ...lines.slice(place + alone.length)].join('');
}

/** Where `wanted` stands in `lines`, when it stands there exactly once; else null. */
function onePlace(lines: readonly string[], wanted: readonly string[]): number | null {
  let found: number | null = null;
  for (let at = 0; at + wanted.length <= lines.length; at++) {
    if (!sameLinesAt(lines, at, wanted)) continue;
    if (found !== null) return null;
    found = at;
  }
  return found;
}
