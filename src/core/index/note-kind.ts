import { carriesTag, hasMeetingTag, isTemplateNote } from '../meetings/meetings';
import { isInFolder } from '../meetings/meeting-paths';
import { isMarkdown } from '../markdown/note-paths';
import type { IndexOptions, NoteKind } from './index-types';

export const DEFAULT_PEOPLE_TAG = 'person';

/**
 * What a note is, from its path, properties and tags alone (before reading it): the one rule the
 * index, the Obsidian shell and the command line follow. A note in the people folder is a person;
 * else one in the meetings folder or carrying the meeting tag is a meeting; else one carrying the
 * people tag (or one nested under it) is a person, unless it is a template.
 */
export function noteKind(path: string, frontmatter: unknown, tags: readonly string[], options: IndexOptions): NoteKind | null {
  if (!isMarkdown(path)) return null;
  if (isInFolder(path, options.peopleFolder)) return 'person';
  if (isInFolder(path, options.meetingsFolder) || hasMeetingTag(frontmatter, { meetingTag: options.meetingTag, tags })) return 'meeting';
  return carriesTag(frontmatter, options.peopleTag ?? DEFAULT_PEOPLE_TAG, tags) && !isTemplateNote(path, frontmatter) ? 'person' : null;
}
