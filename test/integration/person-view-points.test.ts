// The talking points of the 1:1 view as a keyboard user drives them: each row holds the buttons
// that act on it, and after a move the focus stays on the same button of the point that moved.
import { describe, expect, it } from 'vitest';
import { PERSON_VIEW_TYPE } from '../../src/obsidian/person-view/person-view-host';
import type { App } from '../fake-obsidian/app';
import { afterRender } from '../support/due-sidebar';
import { onTheReferenceDay, settle, startSettled } from '../support/plugin-harness';

const PRIYA = 'People/Priya Raman.md';
const REBOOK = 'Rebook the 1:1 we lost on Nov 6, and apologise for letting it slide';
const ON_CALL = 'How on-call has felt since the payout incidents';
const TALK = 'Whether she still wants to give the conference talk in the spring';

onTheReferenceDay();

function viewEl(app: App): HTMLElement {
  const leaf = app.workspace.getLeavesOfType(PERSON_VIEW_TYPE)[0];
  if (!leaf) throw new Error('no 1:1 view open');
  return (leaf.view as unknown as { contentEl: HTMLElement }).contentEl;
}

async function openPriya() {
  const started = await startSettled();
  await started.app.workspace.getLeaf(false).setViewState({ type: PERSON_VIEW_TYPE, state: { person: PRIYA }, active: true });
  await settle(started.app);
  return started;
}

const pointRows = (app: App) => viewEl(app).findAll('.one-on-ones-pv-point');
const pointTexts = (app: App) => pointRows(app).map((row) => row.find('.one-on-ones-pv-point-text')?.getText());

/** A keyboard user: the button gets the focus, then Enter (which a button turns into a click). */
async function pressButton(app: App, button: HTMLElement | undefined): Promise<void> {
  if (!button) throw new Error('no such button');
  button.focus();
  button.click();
  await settle(app);
  await afterRender();
}

function button(app: App, label: string): HTMLElement | undefined {
  return viewEl(app).findAll('button').find((b) => b.getAttribute('aria-label') === label);
}

const focusedLabel = () => (document.activeElement as HTMLElement | null)?.getAttribute('aria-label');

describe('talking-point rows', () => {
  it('hold the text and the three buttons of their own point, and nothing of another', async () => {
    const { app } = await openPriya();
    const rows = pointRows(app);
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      const text = row.find('.one-on-ones-pv-point-text')?.getText();
      const labels = row.findAll('button').map((b) => b.getAttribute('aria-label'));
      expect(labels).toEqual([`Move up: ${text}`, `Move down: ${text}`, `Remove: ${text}`]);
      for (const b of row.findAll('button')) expect(b.closest('.one-on-ones-pv-point')).toBe(row);
    }
  });

  it('after "Move down", the focus is on "Move down" of the point that moved, so Enter moves it again', async () => {
    const { app } = await openPriya();
    await pressButton(app, button(app, `Move down: ${REBOOK}`));
    expect(pointTexts(app)).toEqual([ON_CALL, REBOOK, TALK]);
    expect(focusedLabel()).toBe(`Move down: ${REBOOK}`);
    await pressButton(app, document.activeElement as HTMLElement);
    expect(pointTexts(app)).toEqual([ON_CALL, TALK, REBOOK]);
    expect(focusedLabel()).toBe(`Move down: ${REBOOK}`);
  });

  it('after "Move up" to the top, the focus stays on that point\'s "Move up", which now does nothing', async () => {
    const { app } = await openPriya();
    const before = app.vault.peek(PRIYA);
    await pressButton(app, button(app, `Move up: ${ON_CALL}`));
    expect(pointTexts(app)).toEqual([ON_CALL, REBOOK, TALK]);
    expect(focusedLabel()).toBe(`Move up: ${ON_CALL}`);
    expect(document.activeElement?.getAttribute('aria-disabled')).toBe('true');
    const moved = app.vault.peek(PRIYA);
    expect(moved).not.toBe(before);
    await pressButton(app, document.activeElement as HTMLElement);
    expect(app.vault.peek(PRIYA)).toBe(moved);
    expect(focusedLabel()).toBe(`Move up: ${ON_CALL}`);
  });

  it('after "Remove", the focus is on "Remove" of the point now in its place, or of the last one', async () => {
    const { app } = await openPriya();
    await pressButton(app, button(app, `Remove: ${ON_CALL}`));
    expect(pointTexts(app)).toEqual([REBOOK, TALK]);
    expect(focusedLabel()).toBe(`Remove: ${TALK}`);
    await pressButton(app, button(app, `Remove: ${TALK}`));
    expect(pointTexts(app)).toEqual([REBOOK]);
    expect(focusedLabel()).toBe(`Remove: ${REBOOK}`);
  });
});
