// The one task row (src/obsidian/ui/task-row.ts) that rollups and the 1:1 view both draw: its
// checkbox, text, chips and link, in each surface's classes and words.
import { afterEach, describe, expect, it } from 'vitest';
import { Component } from 'obsidian';
import type { CalendarDay } from '../../src/core/calendar/dates';
import { actionRow, displayText, type ActionRow } from '../../src/core/query/action-rows';
import { evaluateQuery } from '../../src/core/query/evaluate-query';
import { parseQuery } from '../../src/core/query/parse-query';
import { renderResult } from '../../src/obsidian/rollups/rollup-view';
import { clickedTaskBox, renderTaskRow, type TaskRow, type TaskRowLook } from '../../src/obsidian/ui/task-row';
import { createFakeApp } from '../fake-obsidian/app';
import { indexOf } from '../support/demo-index';

afterEach(() => document.body.empty());

const TODAY = '2026-11-20' as CalendarDay;
const MEETING = '1-1s/Alice Smith/2026-11-10.md';

const index = indexOf({
  'People/Alice Smith.md': '---\ncadence: weekly\n---\n',
  '1-1s/Alice Smith/2026-10-01.md': '---\nperson: "[[Alice Smith]]"\ndate: 2026-10-01\ntags: [1on1]\n---\n',
  [MEETING]: [
    '---',
    'person: "[[Alice Smith]]"',
    'date: 2026-11-10',
    'tags: [1on1]',
    '---',
    '- [ ] @me send the `deck` 📅 2026-11-15',
    '- [/] [[Alice Smith]] draft the plan 📅 2026-11-20',
    '- [x] @me book the room ✅ 2026-11-11',
    '- [ ] @me chase the budget ([[1-1s/Alice Smith/2026-10-01|from Oct 1]] ×3) 📅 2026-11-25',
    '- [ ] @me say thanks',
    '- [-] @me plan the offsite',
    '',
  ].join('\n'),
});

function row(text: string): ActionRow {
  const meeting = index.getMeeting(MEETING);
  const action = meeting?.actions.find((candidate) => candidate.item.text.includes(text));
  if (!meeting || !action) throw new Error(`no task "${text}"`);
  return actionRow(index, action, meeting, TODAY);
}

const ROLLUP: TaskRowLook = {
  rowCls: ['r-task'],
  textCls: 'r-text',
  chipCls: 'r-chip',
  metaCls: null,
  inProgressChip: false,
  checkboxLabel: (text) => text,
};
const VIEW: TaskRowLook = { ...ROLLUP, rowCls: ['task-list-item', 'v-task'], metaCls: 'v-meta', inProgressChip: true, checkboxLabel: (text) => `Done: ${text}` };

async function draw(task: Partial<TaskRow> & Pick<TaskRow, 'row'>, look: TaskRowLook = ROLLUP): Promise<HTMLElement> {
  const list = document.body.createEl('ul');
  const component = new Component();
  component.load();
  await renderTaskRow(list, { key: 'k1', pending: false, link: null, ...task }, look, { app: createFakeApp() as never, component, today: TODAY });
  const li = list.find('li');
  if (!li) throw new Error('no row drawn');
  return li;
}

const chips = (li: HTMLElement) => li.findAll('.r-chip').map((chip) => [chip.getText(), chip.className, chip.getAttribute('title')]);

describe('a task row', () => {
  it('is a checkbox named by the task, its text, then chips, in the classes of the surface', async () => {
    const li = await draw({ row: row('send the') });
    expect(li.className).toBe('r-task mod-overdue');
    expect(li.getAttribute('data-task')).toBe(' ');
    const box = li.firstElementChild as HTMLInputElement;
    expect([box.tagName, box.type, box.className, box.checked, box.disabled]).toEqual(['INPUT', 'checkbox', 'task-list-item-checkbox', false, false]);
    expect([box.getAttribute('data-toggle'), box.getAttribute('data-key'), box.getAttribute('aria-label')]).toEqual(['k1', 'toggle-k1', '@me send the deck']);
    expect(li.find('.r-text')?.innerHTML).toBe('@me send the <code>deck</code>');
    expect(chips(li)).toEqual([['Overdue · Nov 15', 'r-chip mod-overdue', 'Due 2026-11-15']]);
    expect(li.find('a')).toBeNull();
  });

  it('says due today, due soon, in progress (where the surface wants it) and carried, in the same words on every surface', async () => {
    expect(chips(await draw({ row: row('draft the plan') }))).toEqual([['Due today', 'r-chip mod-today', 'Due 2026-11-20']]);
    const view = await draw({ row: row('draft the plan') }, { ...VIEW, chipCls: 'r-chip' });
    expect(view.find('.v-meta')?.findAll('.r-chip').map((chip) => chip.getText())).toEqual(['In progress', 'Due today']);
    expect(chips(await draw({ row: row('chase the budget') }))).toEqual([
      ['Due Nov 25', 'r-chip mod-soon', 'Due 2026-11-25'],
      ['Carried 3 times · 50 days old', 'r-chip mod-carried-often', 'First written down on 2026-10-01'],
    ]);
    expect(chips(await draw({ row: row('say thanks') }))).toEqual([]);
  });

  it('shows a closed task ticked, and marks a done one checked (struck through) but not a dropped one', async () => {
    const done = await draw({ row: row('book the room') });
    expect([done.hasClass('is-checked'), (done.find('input') as HTMLInputElement).checked]).toEqual([true, true]);
    const dropped = await draw({ row: row('plan the offsite') });
    expect([dropped.hasClass('is-checked'), (dropped.find('input') as HTMLInputElement).checked]).toEqual([false, true]);
  });

  it('takes no click while a write is in flight, showing an open task ticked and a done one as it is', async () => {
    for (const text of ['say thanks', 'book the room']) {
      const li = await draw({ row: row(text), pending: true });
      const box = li.find('input') as HTMLInputElement;
      expect([li.hasClass('is-pending'), box.disabled, box.checked]).toEqual([true, true, true]);
    }
  });

  it('puts chips and the link in the meta span when the surface has one, and names the box its way', async () => {
    const li = await draw({ row: row('send the'), link: { cls: 'v-source', text: 'from Nov 10', href: '#', attr: { 'data-open': MEETING } } }, VIEW);
    expect(li.className).toBe('task-list-item v-task mod-overdue');
    expect([...li.children].map((child) => child.className)).toEqual(['task-list-item-checkbox', 'r-text', 'v-meta']);
    expect(li.find('.v-meta')?.lastElementChild?.outerHTML).toBe(`<a class="v-source" data-open="${MEETING}" href="#">from Nov 10</a>`);
    expect(li.find('input')?.getAttribute('aria-label')).toBe('Done: @me send the deck');
  });
});

describe('a click on a task row', () => {
  it('names the checkbox and its key, and nothing for a click elsewhere', async () => {
    const li = await draw({ row: row('send the'), key: '7', link: { text: 'Nov 10', href: '#' } });
    const box = li.find('input') as HTMLInputElement;
    const at = (target: Element) => {
      const evt = new MouseEvent('click', { bubbles: true });
      target.dispatchEvent(evt);
      return clickedTaskBox(evt);
    };
    expect(at(box)).toEqual({ checkbox: box, key: '7' });
    expect(at(li.find('a'))).toBeNull();
    expect(at(li.find('.r-text'))).toBeNull();
    const stray = li.createEl('input', { cls: 'task-list-item-checkbox', type: 'checkbox' });
    expect(at(stray)).toBeNull();
  });
});

describe('a rollup\'s task rows', () => {
  it('name each checkbox by its task, and a click on one asks to toggle that task', async () => {
    const el = document.body.createDiv();
    const component = new Component();
    component.load();
    const toggled: string[] = [];
    const result = evaluateQuery(index, parseQuery('owner: me\nstatus: any\ngroup: none').query, { today: TODAY, sourcePath: 'Dashboard.md' });
    await renderResult(el, result, {
      app: createFakeApp() as never,
      sourcePath: 'Dashboard.md',
      today: TODAY,
      component,
      personName: (path) => path,
      isPending: () => false,
      toggle: (task) => toggled.push(displayText(task.action)),
      open: () => undefined,
    });
    const boxes = el.findAll('.one-on-ones-rollup-task input') as HTMLInputElement[];
    expect(boxes.map((box) => box.getAttribute('aria-label'))).toEqual(el.findAll('.one-on-ones-rollup-text').map((text) => text.getText()));
    expect(boxes.length).toBeGreaterThan(2);
    boxes[1]?.click();
    el.find('.one-on-ones-rollup-text')?.click();
    expect(toggled).toEqual([el.findAll('.one-on-ones-rollup-text')[1]?.getText()]);
  });
});
