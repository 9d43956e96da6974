function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/**
 * A property's value, or undefined when absent. Obsidian treats property names case-insensitively
 * (`Cadence` is the same property as `cadence`), so an exact match wins and any casing is accepted.
 * Frontmatter that is not an object (a YAML scalar or list, a failed parse) reads as empty.
 */
export function readProperty(frontmatter: unknown, name: string): unknown {
  if (!isRecord(frontmatter)) return undefined;
  if (Object.prototype.hasOwnProperty.call(frontmatter, name)) return frontmatter[name];
  const wanted = name.toLowerCase();
  for (const key of Object.keys(frontmatter)) {
    if (key.toLowerCase() === wanted) return frontmatter[key];
  }
  return undefined;
}

const SHOWN_LENGTH = 60;

/** A short rendering of a bad value for a warning, so the user can find it in the note. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    const shown = value.length > SHOWN_LENGTH ? `${value.slice(0, SHOWN_LENGTH)}…` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value);
  }
  if (value === null) return 'empty';
  if (value === undefined) return 'missing';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date-time';
  return 'an object';
}

/** Values as a warning lists them: `"a"`, `"a" and "b"`, `"a", "b" and "c"`. */
export function quotedList(values: readonly unknown[]): string {
  const quoted = values.map(describeValue);
  return quoted.length === 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1] ?? ''}`;
}
