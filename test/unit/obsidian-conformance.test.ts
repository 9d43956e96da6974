import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bodyTags, frontmatterYaml, readMarkdown } from '../../src/core/markdown/markdown-note';

// Real Obsidian captures, read in place beside the project (see ../shared/obsidian-metadata/README.md).
const samplesFolder = fileURLToPath(new URL('../../../shared/obsidian-metadata/samples/', import.meta.url));
const present = existsSync(samplesFolder);

interface Capture {
  fileContents: string;
  cachedMetadata: {
    listItems?: { task?: string; parent: number; position: { start: { line: number } } }[];
  };
}

function describeLines(map: Map<number, string>): string {
  return [...map].map(([line, status]) => `${line}:[${status}]`).join(' ');
}

/** The task lines (with status) of a capture, as Obsidian saw them and as the scanner sees them. */
function compare(capture: Capture): { obsidian: string; ours: string; parents: [string, string] } {
  const obsidian = new Map<number, string>();
  const obsidianParents: string[] = [];
  for (const item of capture.cachedMetadata.listItems ?? []) {
    if (item.task === undefined) continue;
    obsidian.set(item.position.start.line, item.task);
    obsidianParents.push(`${item.position.start.line}<${item.parent < 0 ? 'root' : item.parent}`);
  }
  const ours = new Map<number, string>();
  const ourParents: string[] = [];
  for (const item of readMarkdown(capture.fileContents).items) {
    if (item.task === null) continue;
    ours.set(item.line, item.task.status);
    ourParents.push(`${item.line}<${item.parentLine ?? 'root'}`);
  }
  return {
    obsidian: describeLines(obsidian),
    ours: describeLines(ours),
    parents: [obsidianParents.join(' '), ourParents.join(' ')],
  };
}

describe('action scanner against real Obsidian captures', () => {
  it('finds exactly the task lines and status characters Obsidian found, with the same parents', ({ skip }) => {
    if (!present) {
      const why = `skipped: no Obsidian captures at ${samplesFolder}; this clone has no ../shared beside it (CI does)`;
      // Written to stdout so the default reporter shows it; the skip note shows in verbose reports.
      process.stdout.write(`${why}\n`);
      skip(why);
    }
    const files = readdirSync(samplesFolder).filter((name) => name.endsWith('.json')).sort();
    const disagreements: string[] = [];
    let agreeing = 0;
    for (const file of files) {
      const capture = JSON.parse(readFileSync(`${samplesFolder}${file}`, 'utf8')) as Capture;
      const result = compare(capture);
      const sameTasks = result.obsidian === result.ours;
      const sameParents = result.parents[0] === result.parents[1];
      if (sameTasks && sameParents) agreeing += 1;
      else {
        disagreements.push(
          `${file}\n  obsidian: ${result.obsidian}\n  ours:     ${result.ours}` +
            `\n  parents obsidian: ${result.parents[0]}\n  parents ours:     ${result.parents[1]}`,
        );
      }
    }
    process.stdout.write(`action scanner agrees with Obsidian on ${agreeing} of ${files.length} captures\n`);
    expect(files.length).toBeGreaterThan(0);
    expect(disagreements).toEqual([]);
  });
});

interface StructureCapture {
  fileContents: string;
  cachedMetadata: {
    tags?: { tag: string; position: { start: { line: number } } }[];
    headings?: { heading: string; level: number; position: { start: { line: number } } }[];
    frontmatter?: unknown;
  };
}

describe('block scanner against real Obsidian captures', () => {
  it('finds exactly the body tags and headings Obsidian found, and the same properties block', ({ skip }) => {
    if (!present) skip('no Obsidian captures beside this clone (CI has them)');
    const files = readdirSync(samplesFolder).filter((name) => name.endsWith('.json')).sort();
    const disagreements: string[] = [];
    for (const file of files) {
      const capture = JSON.parse(readFileSync(`${samplesFolder}${file}`, 'utf8')) as StructureCapture;
      const note = readMarkdown(capture.fileContents);
      const theirs = {
        tags: (capture.cachedMetadata.tags ?? []).map((t) => t.tag),
        headings: (capture.cachedMetadata.headings ?? []).map((h) => `${h.position.start.line}:${h.level}:${h.heading}`),
        frontmatter: capture.cachedMetadata.frontmatter !== undefined,
      };
      const ours = {
        tags: bodyTags(note),
        headings: note.headings.map((h) => `${h.line}:${h.level}:${h.text}`),
        // Obsidian lists no properties for an empty block (`---` twice).
        frontmatter: (frontmatterYaml(note) ?? '').trim() !== '',
      };
      if (JSON.stringify(theirs) !== JSON.stringify(ours)) disagreements.push(`${file}\n  obsidian: ${JSON.stringify(theirs)}\n  ours:     ${JSON.stringify(ours)}`);
    }
    process.stdout.write(`block scanner agrees with Obsidian on ${files.length - disagreements.length} of ${files.length} captures\n`);
    expect(disagreements).toEqual([]);
  });
});
