// Which note "Start 1:1" opens when one is already there (found by a hostile pass): a planned or
// rescheduled note dated today is not the meeting itself, and a note that appears at the path while
// two starts run at once is opened only by the person it names.
import { describe, expect, it } from 'vitest';
import { onTheReferenceDay, settle, startSettled } from '../support/plugin-harness';

onTheReferenceDay();

const PERSON = (point: string) => `---\ncadence: weekly\n---\n## Next 1:1\n- ${point}\n`;
const EARLIER = '---\nperson: "[[Ann]]"\ndate: 2026-11-13\n---\n- [ ] @me send the plan\n';

describe('Start 1:1 on a day that has a note already', () => {
  it.each(['planned', 'rescheduled'])('writes the 1:1 beside a %s note dated today, carrying and taking the agenda, so it counts as met', async (status) => {
    const planned = `---\nperson: "[[Ann]]"\ndate: 2026-11-20\nstatus: ${status}\n---\nplan\n`;
    const { app, plugin } = await startSettled({ files: { 'People/Ann.md': PERSON('budget'), '1-1s/Ann/2026-11-13.md': EARLIER, '1-1s/Ann/2026-11-20 Ann.md': planned } });
    await plugin.startOneOnOne('People/Ann.md');
    await settle(app);
    expect(app.vault.peek('1-1s/Ann/2026-11-20 Ann.md')).toBe(planned);
    const note = app.vault.peek('1-1s/Ann/2026-11-20 Ann 2.md') ?? '';
    expect(note).toContain('- [ ] budget');
    expect(note).toContain('send the plan');
    expect(app.vault.peek('People/Ann.md')).not.toContain('- budget');
    expect(plugin.indexer.index.getMeeting('1-1s/Ann/2026-11-20 Ann 2.md')?.meeting.status).toBe('held');
  });

  it('gives two people whose notes would have one name a note each when both start at once', async () => {
    const { app, plugin } = await startSettled({ files: { 'People/Team A/Sam.md': PERSON('A point'), 'People/Team B/Sam.md': PERSON('B point') } });
    await Promise.all([plugin.startOneOnOne('People/Team A/Sam.md'), plugin.startOneOnOne('People/Team B/Sam.md')]);
    await settle(app);
    const notes = app.vault.getMarkdownFiles().map((file) => file.path).filter((path) => path.startsWith('1-1s/Sam/')).sort();
    expect(notes).toEqual(['1-1s/Sam/2026-11-20 Sam 2.md', '1-1s/Sam/2026-11-20 Sam.md']);
    const people = notes.map((path) => plugin.indexer.index.getMeeting(path)?.peoplePaths).sort();
    expect(people).toEqual([['People/Team A/Sam.md'], ['People/Team B/Sam.md']]);
    for (const path of ['People/Team A/Sam.md', 'People/Team B/Sam.md']) expect(app.vault.peek(path)).not.toContain('point');
  });
});
