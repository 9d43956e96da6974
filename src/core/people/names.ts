import { noteName } from '../markdown/note-paths';

/**
 * A key for comparing names and aliases: the same person typed with different case, spacing or
 * Unicode composition (macOS file names arrive decomposed, typed text composed) must match.
 */
export function normalizeName(name: string): string {
  const lower = name.toLowerCase();
  // NFC is costly and a no-op on ASCII, which most names are; the index calls this per task owner.
  const composed = /^[\x20-\x7e]*$/.test(lower) ? lower : lower.normalize('NFC');
  return composed.trim().replace(/\s+/g, ' ');
}

function withoutSubpath(target: string): string {
  const hash = target.indexOf('#');
  return (hash === -1 ? target : target.slice(0, hash)).trim();
}

function decodeUrl(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

// The label may hold escaped or paired brackets; the destination may hold parentheses (the last
// `)` closes it).
const MARKDOWN_LINK = /^\[(?:\\[\s\S]|\[(?:\\[\s\S]|[^\\[\]])*\]|[^\\[\]])*\]\(([\s\S]*)\)$/;
const LINK_TITLE = /\s+(?:"[^"]*"|'[^']*'|\([^)]*\))$/;

/** A Markdown link's destination as a path: `<…>` or bare, title dropped, `#subpath` cut before decoding. */
function markdownDestination(inner: string): string {
  const text = inner.trim();
  const angled = /^<([^>]*)>/.exec(text);
  const raw = angled ? (angled[1] ?? '') : text.replace(LINK_TITLE, '');
  // `%23` is a `#` in the name; only a `#` written as such starts a heading or block.
  const hash = raw.indexOf('#');
  const path = hash === -1 ? raw : raw.slice(0, hash);
  return decodeUrl(path.replace(/\\([!-/:-@[-`{-~])/g, '$1')).trim();
}

/**
 * The note a reference points at: `[[target|alias]]`, `[[target#heading]]`, `![[embed]]`,
 * `[label](target.md)` or plain text. Resolving the target to a file is the index's job.
 */
export function linkTarget(value: string): string {
  let text = value.trim();
  const quote = text.charAt(0);
  if (text.length >= 2 && (quote === '"' || quote === "'") && text.endsWith(quote)) {
    text = text.slice(1, -1).trim();
  }
  if (text.startsWith('![[')) text = text.slice(1);
  if (text.startsWith('[[')) {
    const end = text.indexOf(']]');
    if (end !== -1) {
      const inner = text.slice(2, end);
      const pipe = inner.indexOf('|');
      // Inside a table the pipe is escaped as `\|`; the backslash is not part of the name.
      const target = pipe === -1 ? inner : inner.slice(0, pipe).replace(/\\$/, '');
      return withoutSubpath(target);
    }
  }
  const markdown = MARKDOWN_LINK.exec(text);
  return markdown ? markdownDestination(markdown[1] ?? '') : text;
}

// What Obsidian's help says breaks a link (`#` heading, `^` block, `|` alias, brackets, `:`, `%%`
// comments), and control characters such as line breaks.
const BREAKS_WIKILINK = /[#^[\]|:\p{Cc}]|%%/u;
// Characters of a path that a Markdown link must percent-encode: ASCII beyond the URL-safe ones,
// and spaces and invisible characters of any script. Letters of any script stay readable.
const ENCODED_IN_URL = /[^A-Za-z0-9\-._~/!$&'*+,;=@\u{80}-\u{10ffff}]|[\s\p{Cc}\p{Cf}\p{Z}]/u;

function canBeWikilink(target: string, label: string | undefined): boolean {
  if (target === '' || BREAKS_WIKILINK.test(target) || /\.md$/i.test(target)) return false;
  if (target.split('/').some((part) => part !== part.trim())) return false;
  return label === undefined || !/[\]|\n\r]/.test(label);
}

/** A heading as a link names it (`#2026-11-13 — 1:1`): the characters a link cannot hold read as spaces, as in Obsidian. */
export function headingSubpath(heading: string): string {
  return `#${heading.replace(/[#^|[\]]+/g, ' ').replace(/\s+/g, ' ').trim()}`;
}

/**
 * How a note refers to another note so that both Obsidian and the index resolve it to that note:
 * `[[linkText]]` (Obsidian's own form, from `fileToLinktext`) where a wikilink can name it, else a
 * Markdown link to its full path, percent-encoded, since `C# Dev` in a wikilink is note `C`, heading
 * ` Dev`. `label` is the text shown, e.g. a date; it defaults to the note's name; `heading` links a section
 * of the note (a running note's meeting).
 */
export function noteLink(path: string, linkText: string, label?: string, heading?: string): string {
  const subpath = heading === undefined ? '' : headingSubpath(heading);
  if (canBeWikilink(linkText, label)) return label === undefined ? `[[${linkText}${subpath}]]` : `[[${linkText}${subpath}|${label}]]`;
  const name = label ?? noteName(path);
  const text = name.replace(/\p{Cc}/gu, ' ').replace(/[\\[\]`<]/g, '\\$&');
  const url = Array.from(path, (char) => (ENCODED_IN_URL.test(char) ? encodeURIComponent(char) : char)).join('');
  return `[${text}](${url}${subpath === '' ? '' : `#${encodeURIComponent(subpath.slice(1))}`})`;
}

/**
 * YAML reads an unquoted `[[Alice Smith]]` as a list holding a list: `[["Alice Smith"]]`. Obsidian
 * shows such a property as broken, but the user meant a link, so it is read back as one.
 */
export function yamlLinkText(value: unknown): string | null {
  if (Array.isArray(value) && value.length === 1 && typeof value[0] === 'string') {
    return `[[${value[0]}]]`;
  }
  return null;
}
