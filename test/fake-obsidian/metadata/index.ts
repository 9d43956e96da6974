/** The fake metadata cache's parser: CachedMetadata derived from a note's text. */
export { deriveMetadata } from './derive-metadata';
export { collectTags, parseFrontMatterTags } from './tag-text';
