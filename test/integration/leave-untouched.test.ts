// "Leave earlier notes untouched": copies stay open in earlier notes, yet every surface counts each item once.
import { describe, expect, it, vi } from 'vitest';
import type { CalendarDay } from '../../src/core/calendar/dates';
import { personViewModel } from '../../src/core/view-models/person-view-model';
import { runQuery } from '../../src/core/query/evaluate-query';
import { planToggle } from '../../src/core/query/plan-toggle';
import { peopleByUrgency } from '../../src/core/cadence/urgency';
import { onTheReferenceDay, settle, startSettled } from '../support/plugin-harness';

onTheReferenceDay(new Date(2026, 10, 20, 9, 30));

const PRIYA = 'People/Priya Raman.md';

async function startedTwice() {
  const started = await startSettled({ dataJson: JSON.stringify({ leaveEarlierUntouched: true }) });
  const { app, plugin } = started;
  const before = { counts: plugin.indexer.index.openCounts(PRIYA), total: plugin.indexer.index.openActions().length };
  await plugin.startOneOnOne(PRIYA);
  await settle(app);
  vi.setSystemTime(new Date(2026, 10, 27, 9));
  window.dispatchEvent(new Event('focus'));
  await plugin.startOneOnOne(PRIYA);
  await settle(app);
  return { ...started, before };
}

function listed(plugin: Awaited<ReturnType<typeof startedTwice>>['plugin'], today: CalendarDay) {
  const index = plugin.indexer.index;
  const view = personViewModel(index, PRIYA, today);
  const rollup = runQuery(index, 'person: [[Priya Raman]]\ngroup: none', { today, sourcePath: '', dueSoonDays: 2 });
  return {
    view: (view?.groups ?? []).flatMap((g) => g.rows.map((r) => r.action.item.text)),
    rollup: rollup.kind === 'actions' ? rollup.groups.flatMap((g) => g.rows.map((r) => r.action.item.text)) : [],
    sidebar: peopleByUrgency(index, today).find((s) => s.person.path === PRIYA)?.open,
  };
}

describe('with "leave earlier notes untouched", after two starts', () => {
  it('counts and lists each open item once, sub-items too: index, sidebar, 1:1 view and rollups', async () => {
    const { plugin, before } = await startedTwice();
    const index = plugin.indexer.index;
    expect(index.openCounts(PRIYA)).toEqual(before.counts);
    expect(index.openActions()).toHaveLength(before.total);
    const shown = listed(plugin, '2026-11-27' as CalendarDay);
    expect(shown.sidebar).toEqual(before.counts);
    expect(shown.view).toHaveLength(before.counts.theirs + before.counts.mine + before.counts.unassigned);
    expect(new Set(shown.view).size).toBe(shown.view.length);
    expect(shown.rollup.sort()).toEqual([...shown.view].sort());
    expect(shown.view.filter((t) => t.includes('collect peer feedback'))).toHaveLength(1);
  });

  it('closes the item everywhere when its newest copy is ticked off', async () => {
    const { app, plugin, before } = await startedTwice();
    const index = plugin.indexer.index;
    const newest = index.meetingsOf(PRIYA)[0];
    const copy = newest?.actions.find((a) => a.item.text.includes('write up the cutover retro'));
    if (!newest || !copy) throw new Error('the newest note has no copy of the item');
    const edit = planToggle(newest.meeting.path, copy.item, '2026-11-27' as CalendarDay, true);
    if (!edit) throw new Error('nothing planned');
    expect((await plugin.writer.apply(edit)).ok).toBe(true);
    // The new note is open in the editor, so the tick went through it; Obsidian saves after a pause.
    for (const leaf of app.workspace.getLeavesOfType('markdown')) await (leaf.view as unknown as { save(): Promise<void> }).save();
    await settle(app);
    expect(index.openCounts(PRIYA).theirs).toBe(before.counts.theirs - 1);
    const shown = listed(plugin, '2026-11-27' as CalendarDay);
    expect(shown.view.some((t) => t.includes('cutover retro'))).toBe(false);
    expect(shown.rollup.some((t) => t.includes('cutover retro'))).toBe(false);
  });
});
