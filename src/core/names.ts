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
  const markdown = /^\[[^\]]*\]\(([^)]*)\)$/.exec(text);
  if (markdown) {
    const target = (markdown[1] ?? '').trim().replace(/^<(.*)>$/, '$1');
    return withoutSubpath(decodeUrl(target));
  }
  return text;
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
