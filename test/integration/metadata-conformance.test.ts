import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import type { CachedMetadata, CacheItem, Pos } from 'obsidian';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectTags, deriveMetadata, parseFrontMatterTags } from '../fake-obsidian/metadata';
import { runs } from '../support/mutation-run';

/**
 * The fake metadata cache against 89 notes captured from a running Obsidian (see
 * ../shared/obsidian-metadata/README.md): for each note, what deriveMetadata() makes of the text
 * is compared, aspect by aspect, with what Obsidian's getFileCache() returned.
 */

// The samples live beside the repository (../shared), not in it. `import.meta.url` goes through a
// variable because Vite rewrites the literal `new URL('…', import.meta.url)` into a served asset URL.
const testFileUrl = import.meta.url;
const SAMPLES = fileURLToPath(new URL('../../../shared/obsidian-metadata/samples/', testFileUrl));
const HAVE_SAMPLES = existsSync(SAMPLES);

interface Capture {
  fileContents: string;
  cachedMetadata: CachedMetadata;
  getAllTags: string[] | null;
  parseFrontMatterTags: string[] | null;
}

/** The aspects compared, each a projection of a cache that must be deep-equal to the capture's. */
const ASPECTS = {
  frontmatter: (m: CachedMetadata) => [m.frontmatter, m.frontmatterPosition, m.frontmatterLinks],
  sectionLines: (m: CachedMetadata) => (m.sections ?? []).map((s) => [s.type, s.position.start.line, s.position.end.line]),
  sectionPositions: (m: CachedMetadata) => (m.sections ?? []).map((s) => [s.type, s.id, s.position]),
  listItems: (m: CachedMetadata) => (m.listItems ?? []).map((i) => [i.position.start.line, i.task, i.parent]),
  listItemPositions: (m: CachedMetadata) => (m.listItems ?? []).map((i) => [i.id, i.position]),
  headings: (m: CachedMetadata) => m.headings ?? [],
  links: (m: CachedMetadata) => [m.links ?? [], m.embeds ?? []],
  tags: (m: CachedMetadata) => m.tags ?? [],
  blocks: (m: CachedMetadata) => m.blocks ?? {},
} satisfies Record<string, (m: CachedMetadata) => unknown>;
type Aspect = keyof typeof ASPECTS | 'getAllTags';

/** Captures where the fake knowingly differs from Obsidian, with the reason. Nothing else may differ. */
const KNOWN_EXCEPTIONS: readonly { file: string; aspect: Aspect; reason: string }[] = [
  {
    file: 'numbered_list_items_standard.json',
    aspect: 'listItemPositions',
    reason:
      'Obsidian starts the nested `    1. Sub-item 1` under `1. [ ] …` at its marker (col 4), but the same ' +
      'line under `1) [ ] …` (numbered_list_items_with_paren) at the parent’s content column (col 3), like ' +
      'every other nested item in the captures. No rule found gives both; the fake uses the content ' +
      'column. Only that start column and offset differ: line, task and parent match.',
  },
];

function readCaptures(): Map<string, Capture> {
  const captures = new Map<string, Capture>();
  for (const name of readdirSync(SAMPLES).filter((n) => n.endsWith('.json')).sort()) {
    captures.set(name, JSON.parse(readFileSync(SAMPLES + name, 'utf8')) as Capture);
  }
  return captures;
}

function describePos(pos: Pos): string {
  return `${pos.start.line}:${pos.start.col}(${pos.start.offset})-${pos.end.line}:${pos.end.col}(${pos.end.offset})`;
}

/** A short account of the first difference, for the failure message. */
function firstDifference(expected: unknown, actual: unknown): string {
  if (Array.isArray(expected) && Array.isArray(actual)) {
    const n = Math.max(expected.length, actual.length);
    for (let i = 0; i < n; i += 1) {
      if (!isDeepStrictEqual(expected[i], actual[i])) return `[${i}] ${firstDifference(expected[i], actual[i])}`;
    }
  }
  const show = (v: unknown): string =>
    JSON.stringify(v, (_k, value: unknown) =>
      value !== null && typeof value === 'object' && 'start' in value && 'end' in value ? describePos(value as Pos) : value,
    ) ?? 'undefined';
  return `expected ${show(expected)}, got ${show(actual)}`;
}

function compare(capture: Capture): Map<Aspect, string> {
  const derived = deriveMetadata(capture.fileContents);
  const differences = new Map<Aspect, string>();
  for (const [aspect, project] of Object.entries(ASPECTS) as [keyof typeof ASPECTS, (m: CachedMetadata) => unknown][]) {
    const expected = project(capture.cachedMetadata);
    const actual = project(derived);
    if (!isDeepStrictEqual(expected, actual)) differences.set(aspect, firstDifference(expected, actual));
  }
  const tags = [capture.getAllTags ?? [], capture.parseFrontMatterTags];
  const ours = [collectTags(derived), parseFrontMatterTags(derived.frontmatter)];
  if (!isDeepStrictEqual(tags, ours)) differences.set('getAllTags', firstDifference(tags, ours));
  return differences;
}

function sortByOffset<T extends CacheItem>(items: T[]): T[] {
  return [...items].sort((a, b) => a.position.start.offset - b.position.start.offset);
}

const SUITE = HAVE_SAMPLES
  ? 'metadata conformance with real Obsidian captures'
  : `metadata conformance SKIPPED: no Obsidian captures at ${SAMPLES} (they live beside the repository, not in it)`;

describe.skipIf(!HAVE_SAMPLES)(SUITE, () => {
  it('derives the same metadata as Obsidian, except the known exceptions', () => {
    const captures = readCaptures();
    expect(captures.size).toBe(89);

    const found: string[] = [];
    const perAspect = new Map<Aspect, number>();
    let identical = 0;
    for (const [file, capture] of captures) {
      const differences = compare(capture);
      if (differences.size === 0) identical += 1;
      for (const aspect of [...Object.keys(ASPECTS), 'getAllTags'] as Aspect[]) {
        if (!differences.has(aspect)) perAspect.set(aspect, (perAspect.get(aspect) ?? 0) + 1);
      }
      for (const [aspect, detail] of differences) found.push(`${file} ${aspect}: ${detail}`);
    }

    // The figures go to the test output (console.debug: the lint allows only debug, warn and error).
    console.debug(`metadata conformance: ${identical} of ${captures.size} identical`);
    console.debug(
      'metadata conformance by aspect: ' +
        [...perAspect].map(([aspect, count]) => `${aspect} ${count}/${captures.size}`).join(', '),
    );

    const known = KNOWN_EXCEPTIONS.map((e) => `${e.file} ${e.aspect}`).sort();
    const differing = found.map((line) => line.slice(0, line.indexOf(':'))).sort();
    expect(differing, found.join('\n')).toEqual(known);
  });

  it('lists items in document order with their tags in order', () => {
    for (const capture of readCaptures().values()) {
      const derived = deriveMetadata(capture.fileContents);
      expect(derived.listItems ?? []).toEqual(sortByOffset(derived.listItems ?? []));
      expect(derived.tags ?? []).toEqual(sortByOffset(derived.tags ?? []));
    }
  });

  it('reads CRLF notes as their LF twins: same lines and columns, offsets counting each \\r', () => {
    for (const capture of readCaptures().values()) {
      const lf = deriveMetadata(capture.fileContents);
      const crlf = deriveMetadata(capture.fileContents.replace(/\n/g, '\r\n'));
      expect(crlf).toEqual(withCarriageReturns(lf));
    }
  });
});

/** The same metadata with every offset moved by its line number (one carriage return per earlier line). */
function withCarriageReturns<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v: unknown) => withCarriageReturns(v)) as T;
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  if (typeof record.line === 'number' && typeof record.offset === 'number' && 'col' in record) {
    return { ...record, offset: record.offset + record.line } as T;
  }
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, withCarriageReturns(v)])) as T;
}

/** Markdown-ish fragments, so that generated notes hit every construct and their edges. */
const FRAGMENTS = [
  '- ', '* ', '+ ', '1. ', '2) ', '[ ] ', '[x] ', '> ', '> [!note] ', '# ', '## ', 'word', ' ', '  ', '    ',
  '\t', '\n', '\n', '\r\n', '```', '~~~', '%%', '$$', '<!--', '-->', '<div>', '[[', ']]', '|', '---', '***',
  '#tag', '#', '`', '\\', '[', ']', '(', ')', 'x.md', '![[', '^id', '\u200b', 'é', '🎉',
];
const note = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 80 }).map((parts) => parts.join(''));

describe('deriveMetadata on any text', () => {
  it('never throws, and every position points at what it describes', () => {
    fc.assert(
      fc.property(note, (text) => {
        const meta = deriveMetadata(text);
        const starts = [0];
        for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
        const check = (pos: Pos): void => {
          for (const loc of [pos.start, pos.end]) {
            expect(loc.offset).toBe((starts[loc.line] ?? Number.NaN) + loc.col);
            expect(loc.offset).toBeLessThanOrEqual(text.length);
          }
          expect(pos.start.offset).toBeLessThanOrEqual(pos.end.offset);
        };
        for (const item of [...(meta.sections ?? []), ...(meta.headings ?? []), ...(meta.listItems ?? [])]) {
          check(item.position);
        }
        for (const tag of meta.tags ?? []) {
          check(tag.position);
          expect(text.slice(tag.position.start.offset, tag.position.end.offset)).toBe(tag.tag);
        }
        for (const ref of [...(meta.links ?? []), ...(meta.embeds ?? [])]) {
          check(ref.position);
          expect(text.slice(ref.position.start.offset, ref.position.end.offset)).toBe(ref.original);
        }
        for (const item of meta.listItems ?? []) {
          const inSection = (meta.sections ?? []).some(
            (s) =>
              ['list', 'blockquote', 'callout'].includes(s.type) &&
              s.position.start.line <= item.position.start.line &&
              item.position.start.line <= s.position.end.line,
          );
          expect(inSection).toBe(true);
          if (item.task !== undefined) expect(text).toContain(`[${item.task}]`);
        }
      }),
      { numRuns: runs(2000) },
    );
  });
});

