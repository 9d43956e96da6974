import type { CalendarDay } from '../../src/core/calendar/dates';
import { VaultIndex } from '../../src/core/index/vault-index';
import { collectTags, deriveMetadata } from '../fake-obsidian/metadata';
import { readDemoVault } from './demo-vault';

export const DEMO_TODAY = '2026-11-20' as CalendarDay;

/** The core index of the demo vault (or the given notes), built as the plugin builds it, without Obsidian. */
export function indexOf(files: Record<string, string> = readDemoVault()): VaultIndex {
  const index = new VaultIndex({ peopleFolder: 'People', meetingsFolder: '1-1s', meetingTag: '1on1' });
  index.batch(() => {
    for (const [path, text] of Object.entries(files)) {
      if (!path.endsWith('.md')) continue;
      const cache = deriveMetadata(text);
      const tags = collectTags(cache) ?? [];
      const kind = index.kindOf(path, cache.frontmatter ?? null, tags);
      if (kind) index.upsert({ path, frontmatter: cache.frontmatter ?? null, tags, text: kind === 'meeting' ? text : null });
    }
  });
  return index;
}
