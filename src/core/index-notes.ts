/** Small rules the index applies to notes: which are Markdown, templates, and how meetings sort. */
import type { Meeting } from './meetings';
import type { IndexedMeeting } from './vault-index';

export function isMarkdown(path: string): boolean {
  return path.toLowerCase().endsWith('.md');
}

export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1).replace(/\.md$/i, '');
}

export function newestFirst(a: IndexedMeeting, b: IndexedMeeting): number {
  const [x, y] = [a.meeting.date, b.meeting.date];
  if (x === y) return a.meeting.path.localeCompare(b.meeting.path);
  if (x === null) return 1;
  if (y === null) return -1;
  return x < y ? 1 : -1;
}

// A template's own placeholders (`{{person_link}}`, `{{date:YYYY}}`), not any `{{` a name may hold.
const PLACEHOLDER = /\{\{\s*[a-z_]+(?::[^}]*)?\s*\}\}/i;

/** A template tagged as a meeting still holds its placeholders; it is not a meeting yet. */
export function isTemplate(meeting: Meeting, frontmatter: unknown): boolean {
  if (meeting.personRefs.some((ref) => PLACEHOLDER.test(ref))) return true;
  const date = frontmatter && typeof frontmatter === 'object' ? (frontmatter as Record<string, unknown>).date : undefined;
  return typeof date === 'string' && PLACEHOLDER.test(date);
}

