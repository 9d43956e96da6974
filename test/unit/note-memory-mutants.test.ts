import { describe, expect, it } from 'vitest';
import type { CalendarDay } from '../../src/core/calendar/dates';
import { VaultIndex } from '../../src/core/index/vault-index';
import { memoryForNote } from '../../src/core/questions/note-memory';

// Behaviours pinned down by the mutation run over src/core/questions/note-memory.ts.
describe('memoryForNote', () => {
  it('has no memory for a meeting whose person has no note', () => {
    const index = new VaultIndex({ peopleFolder: 'People', meetingsFolder: '1-1s' });
    index.upsert({ path: '1-1s/Zed/2026-11-10.md', frontmatter: {}, tags: [], text: '- What is blocking you right now?' });
    expect(index.getMeeting('1-1s/Zed/2026-11-10.md')?.peoplePaths).toEqual([]);
    expect(memoryForNote(index, '1-1s/Zed/2026-11-10.md', { questions: [], categories: [] }, '2026-11-20' as CalendarDay)).toBeNull();
  });
});
