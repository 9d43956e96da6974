// "Nothing misread": a note the plugin cannot read, or cannot write back as it is, is named and left alone.
import { describe, expect, it } from 'vitest';
import { isOpenState } from '../../src/core/tasks/actions';
import { shownNotices } from '../fake-obsidian/notice';
import { onTheReferenceDay, settle, startSettled } from '../support/plugin-harness';

/** A string containing `text`, typed so the object it sits in stays typed. */
const containing = (text: string): string => expect.stringContaining(text) as string;

onTheReferenceDay();

const PRIYA = 'People/Priya Raman.md';
const OCT_30 = '1-1s/Priya Raman/2026-10-30.md';

describe('notes that cannot be read as they are', () => {
  it('names an unreadable meeting note on its person, and goes on with the rest of the vault', async () => {
    const { app, plugin } = await startSettled();
    app.vault.failingReads.add(OCT_30);
    await plugin.indexer.rebuild();
    const problems = plugin.indexer.index.problemsOf(PRIYA);
    expect(problems).toContainEqual({ path: OCT_30, problem: containing('could not be read (EIO') });
    expect(shownNotices.join('\n')).toContain(OCT_30);
    // The other people are indexed as before.
    expect(plugin.indexer.index.meetingsOf('People/Daniel Kowalczyk.md').length).toBeGreaterThan(0);
  });

  it('reads a note that is not valid UTF-8, names it, and never writes it: its items stay open there, not carried', async () => {
    const { app, plugin } = await startSettled();
    const path = '1-1s/Priya Raman/2026-11-13.md';
    const text = '---\nperson: "[[Priya Raman]]"\ndate: 2026-11-13\n---\n- [ ] @me send the caf';
    const bytes = new Uint8Array([...new TextEncoder().encode(text), 0xe9, ...new TextEncoder().encode(' receipts\n')]);
    app.vault.createBinarySync(path, bytes);
    await settle(app);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(plugin.indexer.index.problemsOf(PRIYA)).toContainEqual({ path, problem: containing('not valid UTF-8') });
    await plugin.startOneOnOne(PRIYA);
    expect(app.vault.peekBytes(path)).toEqual(bytes);
    const created = app.vault.peek('1-1s/Priya Raman/2026-11-20 Priya Raman.md') ?? '';
    expect(created).not.toContain('receipts');
    expect(created).toContain('find budget for Priya');
    expect(shownNotices.join('\n')).toContain(`${path} is not valid UTF-8 text`);
    await settle(app);
    const open = plugin.indexer.index.actionsOf(PRIYA).filter((a) => isOpenState(a.item.state));
    expect(open.filter((a) => a.item.text.includes('receipts')).map((a) => a.meetingPath)).toEqual([path]);
  });
});
