/**
 * An edit inside one section of a running note re-reads that section alone: a 500-section note is
 * not scanned again whole for a word typed in one meeting. Whenever the edit could change what the
 * other sections are — it touches a heading line, the text before the first section or between
 * sections, adds a heading that would end the section, leaves a code block or comment open into
 * the next heading, or splits a `\r\n` — the caller reads the whole note instead (null).
 */
import { readMarkdown } from '../markdown/markdown-note';
import { splitLines } from '../markdown/text-lines';
import { headingDay, sectionOf } from '../meetings/running-note';
import type { IndexOptions, NoteInput } from './index-types';
import { runningMeetings, sectionMeeting, type RunningPart, type RunningRead, type StoredMeeting } from './meeting-reader';

const CR = 13;
const LF = 10;

/** The stored meeting with its lines moved by `lines` (a section below the edited one). */
function moved(stored: StoredMeeting | null, lines: number): StoredMeeting | null {
  if (stored === null || lines === 0) return stored;
  const { section } = stored.meeting;
  return {
    ...stored,
    resolved: undefined,
    meeting: { ...stored.meeting, ...(section ? { section: { ...section, line: section.line + lines } } : {}) },
    actions: stored.actions.map((item) => ({ ...item, line: item.line + lines, endLine: item.endLine + lines, parentLine: item.parentLine === null ? null : item.parentLine + lines })),
  };
}

/** Where the old and new texts start and stop differing: `[from, oldEnd)` in the old became `[from, newEnd)`. */
function changedRange(before: string, after: string): { from: number; oldEnd: number; newEnd: number } {
  const max = Math.min(before.length, after.length);
  let from = 0;
  while (from < max && before.charCodeAt(from) === after.charCodeAt(from)) from++;
  let same = 0;
  while (same < max - from && before.charCodeAt(before.length - 1 - same) === after.charCodeAt(after.length - 1 - same)) same++;
  return { from, oldEnd: before.length - same, newEnd: after.length - same };
}

/** A `\r` before the boundary and a `\n` after it, in either text: the edit may join or split a line ending. */
function splitsLineEnding(before: string, after: string, at: { old: number; new: number }): boolean {
  const crBefore = before.charCodeAt(at.old - 1) === CR || after.charCodeAt(at.new - 1) === CR;
  const lfAfter = before.charCodeAt(at.old) === LF || after.charCodeAt(at.new) === LF;
  return crBefore && lfAfter;
}

/** The note's meetings after an edit inside one section, read from that section alone; null to read the whole note. */
export function rereadSection(cache: RunningRead, note: NoteInput, options: IndexOptions): { readonly stored: StoredMeeting[]; readonly running: RunningRead } | null {
  const text = note.text;
  if (text === null || note.fileProblem || note.tags.join('\n') !== cache.tags) return null;
  if (text === cache.text) return { stored: runningMeetings(cache), running: cache };
  const change = changedRange(cache.text, text);
  const k = cache.sections.findIndex((part) => part.bodyStart <= change.from && change.oldEnd <= part.end && part.end > part.bodyStart);
  const part = cache.sections[k];
  if (part === undefined) return null;
  if (splitsLineEnding(cache.text, text, { old: change.from, new: change.from }) || splitsLineEnding(cache.text, text, { old: change.oldEnd, new: change.newEnd })) return null;
  const delta = text.length - cache.text.length;
  const end = part.end + delta;
  const sectionText = text.slice(part.start, end);
  // The line after the section (the next heading) is read with it: it must still be a heading.
  const after = end < text.length ? (splitLines(text.slice(end, Math.min(text.length, end + 2000)))[0] ?? '') : null;
  // The section must still end where a line does: joined to the next heading's line, it would swallow it.
  if (after !== null && !/[\r\n]$/.test(sectionText)) return null;
  const scan = readMarkdown(after === null ? sectionText : sectionText + after);
  const lineCount = splitLines(sectionText).length - (after === null ? 0 : 1);
  const { level } = part.section;
  for (const heading of scan.headings) {
    if (heading.line === 0 || heading.line === lineCount || heading.quoteDepth > 0) continue;
    if (headingDay(heading.text) !== null || heading.level <= level) return null;
  }
  if (scan.kinds[0] !== 'heading' || (after !== null && scan.kinds[lineCount] !== 'heading')) return null;
  const section = { ...part.section, endLine: part.section.line + lineCount - 1 };
  const inSection = sectionOf(scan, { line: 0, endLine: lineCount - 1 });
  const stored = sectionMeeting(note, cache.frontmatter, inSection, section.line + inSection.offset, section, options);
  const lines = section.endLine - part.section.endLine;
  const sections = cache.sections.map((other, i): RunningPart => {
    if (i < k) return other;
    if (i === k) return { section, start: part.start, bodyStart: part.bodyStart, end, stored };
    return {
      section: { ...other.section, line: other.section.line + lines, endLine: other.section.endLine + lines },
      start: other.start + delta,
      bodyStart: other.bodyStart + delta,
      end: other.end + delta,
      stored: moved(other.stored, lines),
    };
  });
  const running: RunningRead = { ...cache, text, sections };
  return { stored: runningMeetings(running), running };
}
