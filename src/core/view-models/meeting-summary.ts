import { readMarkdown } from '../markdown/markdown-note';
import { runningSections, sectionOf } from '../meetings/running-note';
import { agendaSpans, inSpans } from '../talking-points/agenda-spans';
import { findCarryMarker } from '../tasks/carry-marker';
import { DEFAULT_SETTINGS } from '../settings/settings';

/**
 * The line that says what a meeting was about, for the history list: the first line of its
 * "Summary" or "Notes" section, else its first line of prose. Properties, headings, tasks and
 * comments are skipped: a task is listed with the open items, and a heading says nothing alone. So
 * is what a template writes rather than the user: the "Previous 1:1" / "First 1:1" line, inline
 * fields (`Mood:: 7`), labels standing for headings (`**Agenda**`, `Notes:`), placeholders or
 * Templater code left in the note, a word or two alone above a list (`Agenda`), and questions (the template's "Questions to try"): a summary says
 * what was said, not what was asked.
 */

const MAX_CHARS = 140;
const LIST_MARKER = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/;
const PREFERRED = /^(summary|notes)$/i;
const SCAFFOLDING = [/^(?:Previous 1:1:|First 1:1\b)/, /^[\p{L}\p{N}_ -]+::/u, /^(?:\*\*|__)?[^.!?]{1,40}:?(?:\*\*|__)$/, /^[^.!?]{1,40}:$/, /\{\{|<%/, /\?$/];

function clip(text: string): string {
  const marker = findCarryMarker(text);
  const unmarked = marker ? text.slice(0, marker.start) + text.slice(marker.end) : text;
  const clean = unmarked.replace(LIST_MARKER, '').replace(/^\[.\][ \t]+/, '').replace(/[ \t]+/g, ' ').trim();
  return clean.length > MAX_CHARS ? `${clean.slice(0, MAX_CHARS - 1).trimEnd()}…` : clean;
}

export interface SummaryOptions {
  /** In a running note, the line of the section's dated heading: only that section is read. */
  readonly sectionLine?: number | null;
  /** The lines of the person's template, trimmed: a line written by it is not what was said. */
  readonly templateLines?: ReadonlySet<string>;
  /** The agenda heading: its checkboxes are talking points, which say what the 1:1 was about. */
  readonly agendaHeading?: string;
}

/** The trimmed lines of a template that a note can hold as written (not placeholders, not blank). */
export function templateLinesOf(template: string): Set<string> {
  return new Set(template.split(/\r\n|\n|\r/).map((line) => line.trim()).filter((line) => line !== '' && line !== '---' && !/\{\{|<%/.test(line)));
}

export function meetingSummary(text: string, options: SummaryOptions = {}): string | null {
  const whole = readMarkdown(text);
  const section = options.sectionLine == null ? undefined : runningSections(whole).sections.find((one) => one.line === options.sectionLine);
  const note = section ? sectionOf(whole, section) : whole;
  const fromTemplate = options.templateLines ?? new Set<string>();
  const points = agendaSpans(note, options.agendaHeading ?? DEFAULT_SETTINGS.agendaHeading);
  const tasks = new Set(note.items.filter((item) => item.task !== null && !inSpans(points, item.line)).map((item) => item.line));
  const listLines = new Set(note.items.map((item) => item.line));
  let inPreferred = false;
  let firstProse: string | null = null;
  for (const [number, line] of note.lines.entries()) {
    const kind = note.kinds[number];
    if (kind === 'heading') {
      inPreferred = PREFERRED.test(note.headings.find((h) => h.line === number)?.text ?? '');
      continue;
    }
    if (kind !== 'text' || tasks.has(number) || fromTemplate.has(line.trim())) continue;
    // A word or two on a line of its own above a list ("Agenda", "Notes") stands for a heading.
    if (listLines.has(number + 1) && !listLines.has(number) && /^[\p{L}\p{N} &/-]{1,30}$/u.test(line.trim()) && line.trim().split(/\s+/).length <= 3) {
      inPreferred = PREFERRED.test(line.trim());
      continue;
    }
    const text = clip(line);
    if (text === '' || SCAFFOLDING.some((pattern) => pattern.test(text))) continue;
    if (inPreferred) return text;
    firstProse ??= text;
  }
  return firstProse;
}
