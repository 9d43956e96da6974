/** Parses YAML the way the host does (Obsidian's parseYaml in the plugin, `yaml` in the CLI). */
export type YamlParser = (text: string) => unknown;

export interface RequiredProperties {
  /** Already formatted YAML values, e.g. `"[[Alice Smith]]"` and `2026-11-20`. */
  readonly person: string;
  readonly date: string;
  readonly tag: string;
  /** `planned` for a 1:1 written ahead of its day; none for one held. */
  readonly status?: string;
}

export interface MergeResult {
  readonly text: string;
  /** Set when the template's own frontmatter could not be read and was replaced. */
  readonly problem: string | null;
}

const BLOCK = /^---\r?\n([\s\S]*?\r?\n)?---[ \t]*(\r?\n|$)/;

function entryEnd(lines: readonly string[], start: number): number {
  let end = start + 1;
  while (end < lines.length && /^(\s+\S|\s*-\s)/.test(lines[end] ?? '')) end++;
  return end;
}

function findEntry(lines: readonly string[], key: string): number {
  const wanted = key.toLowerCase();
  return lines.findIndex((line) => {
    const match = /^([^\s:#][^:]*):(\s|$)/.exec(line);
    return match !== null && (match[1] ?? '').trim().toLowerCase() === wanted;
  });
}

function tagList(value: unknown): string[] {
  if (typeof value === 'string') return value.split(/[\s,]+/).filter(Boolean);
  return Array.isArray(value) ? value.filter((t): t is string => typeof t === 'string') : [];
}

/**
 * Sets `person` and `date` and makes sure `tags` holds the meeting tag, changing only those
 * entries: the template's other properties keep their order, quoting and comments. Frontmatter that
 * is not a YAML mapping is replaced by the required properties, and the problem is reported.
 */
export function mergeRequiredProperties(note: string, required: RequiredProperties, parseYaml: YamlParser): MergeResult {
  const match = BLOCK.exec(note);
  const status = required.status === undefined ? '' : `status: ${required.status}\n`;
  const fresh = (body: string) => `---\nperson: ${required.person}\ndate: ${required.date}\n${status}tags: [${required.tag}]\n---\n${body}`;
  if (!match) return { text: fresh(note), problem: null };
  const yaml = match[1] ?? '';
  let parsed: unknown;
  try {
    parsed = parseYaml(yaml);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { text: fresh(note.slice(match[0].length)), problem: `not valid YAML (${reason})` };
  }
  if (parsed !== null && parsed !== undefined && (typeof parsed !== 'object' || Array.isArray(parsed))) {
    return { text: fresh(note.slice(match[0].length)), problem: 'not a list of key: value pairs' };
  }
  const eol = match[0].includes('\r\n') ? '\r\n' : '\n';
  const lines = yaml === '' ? [] : yaml.replace(/\r?\n$/, '').split(/\r?\n/);
  const set = (key: string, value: string) => {
    const at = findEntry(lines, key);
    if (at < 0) lines.push(`${key}: ${value}`);
    else lines.splice(at, entryEnd(lines, at) - at, `${key}: ${value}`);
  };
  set('person', required.person);
  set('date', required.date);
  if (required.status !== undefined) set('status', required.status);
  const tags = tagList((parsed as Record<string, unknown> | null)?.tags);
  if (!tags.some((t) => t.replace(/^#/, '').toLowerCase() === required.tag.toLowerCase())) set('tags', `[${[...tags, required.tag].join(', ')}]`);
  const block = `---${eol}${lines.join(eol)}${eol}---${match[2] || eol}`;
  return { text: block + note.slice(match[0].length), problem: null };
}
