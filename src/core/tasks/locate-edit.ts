import type { PlannedEdit } from './task-edit';
import { joinKeepingEndings, replaceLine, splitKeepingEndings, splitLines, type LineWithEnding } from '../markdown/text-lines';

/** What applying a planned edit to a note's current text would do. */
export type LocatedEdit =
  | { readonly ok: true; readonly text: string; readonly line: number }
  | { readonly ok: false; readonly problem: 'not-found' | 'invalid' }
  | { readonly ok: false; readonly problem: 'ambiguous'; readonly count: number };

/** How one of several edits to a note went; `text` is left out, the note's new text is shared. */
export type LocatedLine = { readonly ok: true; readonly line: number } | Exclude<LocatedEdit, { ok: true }>;

/**
 * Finds the line a planned edit means in the note as it is now: the planned line when it still
 * reads the expected text; else the one line anywhere that reads it exactly (lines were inserted
 * or removed above); else nothing. Two or more candidates is a refusal, not a guess, because
 * identical lines are indistinguishable and writing the wrong one would be silent.
 */
export function locateEdit(text: string, edit: PlannedEdit): LocatedEdit {
  // A replacement holding a line break would split one line into two: never what a toggle plans.
  if (/[\r\n]/.test(edit.newText)) return { ok: false, problem: 'invalid' };
  const atPlanned = replaceLine(text, edit.line, edit.expectedText, edit.newText);
  if (atPlanned !== null) return { ok: true, text: atPlanned, line: edit.line };
  const lines = splitLines(text);
  let found = -1;
  let count = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== edit.expectedText) continue;
    count++;
    found = i;
  }
  if (count === 0) return { ok: false, problem: 'not-found' };
  if (count > 1) return { ok: false, problem: 'ambiguous', count };
  const moved = replaceLine(text, found, edit.expectedText, edit.newText);
  return moved === null ? { ok: false, problem: 'not-found' } : { ok: true, text: moved, line: found };
}

/** Line indices by text, kept up to date as lines are rewritten; built only when a line moved. */
class LinesByText {
  private readonly byText = new Map<string, Set<number>>();

  constructor(lines: readonly LineWithEnding[]) {
    lines.forEach((line, i) => this.add(line.text, i));
  }

  find(text: string): ReadonlySet<number> {
    return this.byText.get(text) ?? new Set();
  }

  move(line: number, from: string, to: string): void {
    this.byText.get(from)?.delete(line);
    this.add(to, line);
  }

  private add(text: string, line: number): void {
    const set = this.byText.get(text);
    if (set) set.add(line);
    else this.byText.set(text, new Set([line]));
  }
}

/**
 * Several edits to one note in one pass, each found as `locateEdit` finds it, in order, against the
 * text as the edits before it left it: linear in the note's size, so carrying 10,000 items out of a
 * huge note costs one read and one write. Every byte not in an edited line is kept.
 */
export function locateEdits(text: string, edits: readonly PlannedEdit[]): { readonly text: string; readonly results: readonly LocatedLine[] } {
  const lines = splitKeepingEndings(text);
  let byText: LinesByText | null = null;
  const results = edits.map((edit): LocatedLine => {
    if (/[\r\n]/.test(edit.newText)) return { ok: false, problem: 'invalid' };
    let line = lines[edit.line]?.text === edit.expectedText ? edit.line : -1;
    if (line === -1) {
      byText ??= new LinesByText(lines);
      const candidates = byText.find(edit.expectedText);
      if (candidates.size === 0) return { ok: false, problem: 'not-found' };
      if (candidates.size > 1) return { ok: false, problem: 'ambiguous', count: candidates.size };
      line = [...candidates][0] ?? -1;
    }
    const current = lines[line];
    if (current === undefined) return { ok: false, problem: 'not-found' };
    byText?.move(line, current.text, edit.newText);
    lines[line] = { text: edit.newText, eol: current.eol };
    return { ok: true, line };
  });
  return { text: joinKeepingEndings(lines), results };
}
