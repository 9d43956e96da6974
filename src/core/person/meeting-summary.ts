/**
 * The line that says what a meeting was about, for the history list: the first line of its
 * "Summary" or "Notes" section, else its first line of prose. Properties, headings, tasks and
 * comments are skipped: a task is listed with the open items, and a heading says nothing alone.
 */

const MAX_CHARS = 140;
const HEADING = /^#{1,6}[ \t]+(.*?)[ \t#]*$/;
const LIST_MARKER = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/;
const TASK = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[.\]/;
const PREFERRED = /^(summary|notes)$/i;

function clip(text: string): string {
  const clean = text.replace(LIST_MARKER, '').replace(/[ \t]+/g, ' ').trim();
  return clean.length > MAX_CHARS ? `${clean.slice(0, MAX_CHARS - 1).trimEnd()}…` : clean;
}

/** The body lines of a note: no properties block, no fenced code, no comments. */
function bodyLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  let start = 0;
  if (lines[0]?.trim() === '---') {
    const close = lines.findIndex((line, i) => i > 0 && (line.trim() === '---' || line.trim() === '...'));
    start = close < 0 ? lines.length : close + 1;
  }
  const out: string[] = [];
  let inFence = false;
  let inComment = false;
  for (const line of lines.slice(start)) {
    const trimmed = line.trim();
    if (!inComment && /^(```|~~~)/.test(trimmed)) {
      inFence = !inFence;
      continue;
    }
    if (!inFence && trimmed.startsWith('%%')) {
      // A one-line comment (`%% … %%`) is skipped; a lone `%%` opens or closes a block of them.
      if (!(trimmed.length >= 4 && trimmed.endsWith('%%'))) inComment = !inComment;
      continue;
    }
    if (!inFence && !inComment) out.push(line);
  }
  return out;
}

export function meetingSummary(text: string): string | null {
  let inPreferred = false;
  let firstProse: string | null = null;
  for (const line of bodyLines(text)) {
    const heading = HEADING.exec(line);
    if (heading) {
      inPreferred = PREFERRED.test((heading[1] ?? '').trim());
      continue;
    }
    if (line.trim() === '' || TASK.test(line)) continue;
    if (inPreferred) return clip(line);
    firstProse ??= clip(line);
  }
  return firstProse === '' ? null : firstProse;
}
