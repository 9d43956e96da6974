import type { CachedMetadata, FrontMatterCache } from 'obsidian';

/** Characters that may follow `#` in a tag: letters, digits, `_`, `-`, `/` and non-punctuation. */
export function isTagChar(code: number): boolean {
  if (code < 128) {
    return (
      (code >= 48 && code <= 57) ||
      (code >= 65 && code <= 90) ||
      (code >= 97 && code <= 122) ||
      code === 95 ||
      code === 45 ||
      code === 47
    );
  }
  if (code <= 0xbf) return false; // Latin-1 spaces, punctuation and symbols
  if (code >= 0x2000 && code <= 0x206f) return false; // general punctuation, zero-width spaces
  if (code >= 0x2e00 && code <= 0x2e7f) return false; // supplemental punctuation
  if (code >= 0x3000 && code <= 0x303f) return false; // CJK punctuation
  if (code === 0xfeff) return false;
  return !(code >= 0xff00 && code <= 0xff20) && !(code >= 0xff3b && code <= 0xff40);
}

/** Length of the tag body starting at `at` (just after the `#`), 0 when it is not a tag. */
export function tagBodyLength(text: string, at: number): number {
  let end = at;
  let hasNonDigit = false;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if (!isTagChar(code)) break;
    if (code < 48 || code > 57) hasNonDigit = true;
    end += 1;
  }
  return hasNonDigit ? end - at : 0;
}

/** Whether a whole string (without `#`) is a valid tag. */
function isValidTag(body: string): boolean {
  return body.length > 0 && tagBodyLength(body, 0) === body.length;
}

/**
 * Obsidian's parseFrontMatterTags, as the captures show it: the `tags` property (a list, or one
 * string taken as a single tag), invalid entries dropped, `#` prefixed; null when absent or empty.
 */
export function parseFrontMatterTags(frontmatter: FrontMatterCache | null | undefined): string[] | null {
  if (!frontmatter) return null;
  for (const key of ['tags', 'tag']) {
    const value: unknown = frontmatter[key];
    if (value === undefined || value === null) continue;
    const entries: unknown[] = Array.isArray(value) ? value : [value];
    const tags: string[] = [];
    for (const entry of entries) {
      if (typeof entry !== 'string' && typeof entry !== 'number') continue;
      const body = String(entry).trim().replace(/^#/, '');
      if (isValidTag(body)) tags.push('#' + body);
    }
    return tags;
  }
  return null;
}

/** Obsidian's getAllTags: frontmatter tags first, then the tags found in the body. */
export function collectTags(cache: CachedMetadata): string[] {
  const fromFrontmatter = parseFrontMatterTags(cache.frontmatter) ?? [];
  return [...fromFrontmatter, ...(cache.tags ?? []).map((t) => t.tag)];
}
