import type { CachedMetadata, CacheItem } from 'obsidian';
import { assemble } from './assemble';
import { BlockParser } from './block-parser';
import { frontmatterLinks, readFrontmatter } from './frontmatter';
import { lineCount, lineLength, linesPos, splitLines } from './source-lines';

function byOffset(a: CacheItem, b: CacheItem): number {
  return a.position.start.offset - b.position.start.offset;
}

/**
 * What Obsidian's `metadataCache.getFileCache()` holds for a note with this text: frontmatter,
 * sections, headings, list items (tasks, parents), links, embeds, tags and block ids. Empty
 * lists are left out, as Obsidian does, except `frontmatterLinks`, present whenever frontmatter is.
 */
export function deriveMetadata(text: string): CachedMetadata {
  const src = splitLines(text);
  const meta: CachedMetadata = {};
  const frontmatter = readFrontmatter(src);
  let first = 0;
  if (frontmatter !== null) {
    const position = linesPos(src, 0, frontmatter.endLine);
    if (frontmatter.data !== undefined) {
      meta.frontmatter = frontmatter.data;
      meta.frontmatterPosition = position;
      meta.frontmatterLinks = frontmatterLinks(frontmatter.data);
    }
    first = frontmatter.endLine + 1;
  }
  let last = lineCount(src) - 1;
  if (last > 0 && lineLength(src, last) === 0) last -= 1;

  const body = assemble(src, new BlockParser(src).parse(first, last));
  const sections = frontmatter === null ? body.sections : [{ type: 'yaml', position: linesPos(src, 0, frontmatter.endLine) }, ...body.sections];
  if (sections.length > 0) meta.sections = sections;
  if (body.headings.length > 0) meta.headings = body.headings;
  if (body.listItems.length > 0) meta.listItems = body.listItems;
  if (body.links.length > 0) meta.links = body.links.sort(byOffset);
  if (body.embeds.length > 0) meta.embeds = body.embeds.sort(byOffset);
  if (body.tags.length > 0) meta.tags = body.tags.sort(byOffset);
  if (Object.keys(body.blocks).length > 0) meta.blocks = body.blocks;
  return meta;
}
