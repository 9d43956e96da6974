/** How a note's path reads: whether it is Markdown, the path without `.md`, the name a list shows. */

export function isMarkdown(path: string): boolean {
  return path.toLowerCase().endsWith('.md');
}

/** `People/Priya Raman.md` → `People/Priya Raman`: how a link names a note. */
export function withoutMdExtension(path: string): string {
  return path.replace(/\.md$/i, '');
}

/** `People/Priya Raman.md` → `Priya Raman`: how a person or meeting is named in a list. */
export function noteName(path: string): string {
  return withoutMdExtension(path.slice(path.lastIndexOf('/') + 1));
}
