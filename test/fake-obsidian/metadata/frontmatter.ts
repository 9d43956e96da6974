import type { FrontMatterCache, FrontmatterLinkCache } from 'obsidian';
import { parse } from 'yaml';
import { wikilinksIn } from './reference-text';
import { lineText, type SourceLines } from './source-lines';

export interface Frontmatter {
  /** Line of the closing `---`. */
  readonly endLine: number;
  /** Parsed properties; undefined when the block is empty, not a mapping, or invalid YAML. */
  readonly data: FrontMatterCache | undefined;
}

function isFence(line: string): boolean {
  return line.startsWith('---') && line.slice(3).trim() === '';
}

/** A `---` block opening on the first line and closed by a later `---` line. */
export function readFrontmatter(src: SourceLines): Frontmatter | null {
  if (!isFence(lineText(src, 0))) return null;
  const count = src.starts.length;
  for (let line = 1; line < count; line += 1) {
    if (!isFence(lineText(src, line))) continue;
    const body: string[] = [];
    for (let i = 1; i < line; i += 1) body.push(lineText(src, i));
    return { endLine: line, data: parseProperties(body.join('\n')) };
  }
  return null;
}

/** YAML 1.2 core schema: dates stay strings, as in Obsidian. Invalid YAML (it throws) gives nothing. */
function parseProperties(yamlText: string): FrontMatterCache | undefined {
  let value: unknown;
  try {
    value = parse(yamlText, { logLevel: 'error' });
  } catch {
    return undefined;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const data = value as Record<string, unknown>;
  return Object.keys(data).length === 0 ? undefined : data;
}

/** Wikilinks inside string properties, keyed by property path (`list.0`, `a.b`). */
export function frontmatterLinks(data: FrontMatterCache): FrontmatterLinkCache[] {
  const links: FrontmatterLinkCache[] = [];
  const visit = (value: unknown, key: string): void => {
    if (typeof value === 'string') {
      for (const ref of wikilinksIn(value)) links.push({ key, ...ref });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, `${key}.${index}`));
    } else if (value !== null && typeof value === 'object') {
      for (const [child, item] of Object.entries(value)) visit(item, `${key}.${child}`);
    }
  };
  for (const [key, value] of Object.entries(data)) visit(value, key);
  return links;
}
