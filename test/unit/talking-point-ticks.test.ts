import { describe, expect, it } from 'vitest';
import type { CalendarDay } from '../../src/core/calendar/dates';
import { readMarkdown } from '../../src/core/markdown/markdown-note';
import { tasksOf } from '../../src/core/tasks/actions';
import { agendaIn } from '../../src/core/talking-points/talking-points';
import { checkTyped, DEFAULT_SETTINGS, repairSettings } from '../../src/core/settings/settings';
import { body, meeting, PERSON, vaultOf } from '../support/start-vault';

// Talking points with a tick: checkboxes under the agenda heading are discussed or not, never owed.

const split = (text: string, heading = 'Agenda') => {
  const { actions, points } = tasksOf(readMarkdown(text), heading);
  return { actions: actions.map((task) => task.text), points: points.map((task) => task.text) };
};

describe('checkboxes under the agenda heading', () => {
  it('are talking points, not action items; a box under any other heading is an action item', () => {
    const note = '## Agenda\n- [ ] promo case\n- [x] offsite\n\n## Action items\n- [ ] @Al send the doc\n';
    expect(split(note)).toEqual({ actions: ['@Al send the doc'], points: ['promo case', 'offsite'] });
  });

  it('reads every agenda heading of a note, any level, any case, and CRLF or lone CR line endings', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const note = ['# AGENDA', '- [ ] one', '## Notes', '- [ ] two', '### agenda', '- [ ] three', '# Next', '- [ ] four', ''].join(eol);
      // `## Notes` is inside the level-1 agenda; the level-3 one ends at the next level-1 heading.
      expect(split(note)).toEqual({ actions: ['four'], points: ['one', 'two', 'three'] });
    }
  });

  it('keeps a box nested under a point with the point, and reads the heading the setting names', () => {
    expect(split('## Topics\n- [ ] growth\n  - [ ] ask about the course\n## After\n- [ ] owed\n', 'Topics')).toEqual({ actions: ['owed'], points: ['growth', 'ask about the course'] });
    // With the default heading, the same note has no talking points at all.
    expect(split('## Topics\n- [ ] growth\n').points).toEqual([]);
  });

  it('reads a box above the agenda heading as an action item, and a setting with spaces around it', () => {
    expect(split('- [ ] before\n## Agenda\n- [ ] point\n')).toEqual({ actions: ['before'], points: ['point'] });
    expect(split('## Agenda\n- [ ] point\n', '  Agenda ').points).toEqual(['point']);
  });

  it('is not ended by a heading quoted inside it', () => {
    expect(split('## Agenda\n- [ ] a\n> ## Quoted\n\n- [ ] b\n## Next\n- [ ] c\n')).toEqual({ actions: ['c'], points: ['a', 'b'] });
  });

  it('does not read an agenda heading inside a callout or a code block', () => {
    expect(split('> ## Agenda\n> - [ ] quoted\n').actions).toEqual(['quoted']);
    expect(split('```\n## Agenda\n```\n- [ ] fenced\n').actions).toEqual(['fenced']);
  });

  it('shows each point with its tick, and says which were carried, without the link back', () => {
    const note = '## Agenda\n- [ ] promo case ([[1-1s/Al/2026-11-13|from Nov 13]])\n- [x] offsite\n- plain point\n- [ ] \n- \n';
    expect(agendaIn(readMarkdown(note), 'Agenda')).toEqual([
      { text: 'promo case', ticked: false, carried: true },
      { text: 'offsite', ticked: true, carried: false },
      { text: 'plain point', ticked: null, carried: false },
    ]);
  });
});

describe('the agenda heading setting', () => {
  it('is Agenda by default, and may not be the action items heading, whatever its case', () => {
    expect(DEFAULT_SETTINGS.agendaHeading).toBe('Agenda');
    expect(checkTyped('agendaHeading', 'action ITEMS', DEFAULT_SETTINGS)).toEqual({ problem: expect.stringContaining('must differ') as unknown });
    expect(checkTyped('actionItemsHeading', 'agenda', DEFAULT_SETTINGS)).toEqual({ problem: expect.stringContaining('must differ') as unknown });
    expect(checkTyped('agendaHeading', 'Topics', DEFAULT_SETTINGS)).toEqual({ value: 'Topics' });
  });

  it('takes a heading\'s text, not its #s, and whole days as digits only', () => {
    expect(checkTyped('agendaHeading', '## Agenda', DEFAULT_SETTINGS)).toEqual({ problem: 'This is a heading\'s text, without the #s' });
    expect(checkTyped('talkingPointsHeading', '#Next', DEFAULT_SETTINGS)).toEqual({ problem: 'This is a heading\'s text, without the #s' });
    expect(checkTyped('agendaHeading', '', DEFAULT_SETTINGS)).toEqual({ problem: 'This cannot be empty' });
    for (const typed of ['1e3', '0x10', '14.', '1 4', '+3']) expect(checkTyped('waitingDays', typed, DEFAULT_SETTINGS), typed).toHaveProperty('problem');
    expect(checkTyped('waitingDays', ' 21 ', DEFAULT_SETTINGS)).toEqual({ value: 21 });
    expect(checkTyped('dueSoonDays', '0x2', DEFAULT_SETTINGS)).toHaveProperty('problem');
  });

  it('puts both headings back to their defaults when data.json makes them the same, and says so', () => {
    const repaired = repairSettings({ agendaHeading: 'To do', actionItemsHeading: 'To do' });
    expect([repaired.settings.agendaHeading, repaired.settings.actionItemsHeading]).toEqual(['Agenda', 'Action items']);
    expect(repaired.problems).toEqual(['agendaHeading is the action items heading; using "Agenda" and "Action items"']);
  });
});

const EARLIER = meeting('2026-11-13', '## Agenda\n- [ ] promo case\n  - [ ] bring the numbers\n- [x] offsite\n- plain point\n\n## Action items\n- [ ] @Al send the doc\n');

describe('a start after a 1:1 whose agenda was not all reached', () => {
  it('puts the unticked points first on the new agenda, linked back, then the queued ones, all as boxes', async () => {
    const vault = vaultOf({ 'People/Al.md': `${PERSON}## Next 1:1\n- ask about X\n`, '1-1s/Al/2026-11-13.md': EARLIER });
    const plan = await vault.created();
    expect(body(plan)).toContain('## Agenda\n- [ ] promo case ([[1-1s/Al/2026-11-13|from Nov 13]])\n  - [ ] bring the numbers\n- [ ] ask about X\n');
    // The point goes once, as an action item does: the earlier copy is marked `[>]`.
    expect(plan.marks.map((mark) => [mark.path, mark.line])).toEqual([
      ['1-1s/Al/2026-11-13.md', 11],
      ['1-1s/Al/2026-11-13.md', 5],
      ['1-1s/Al/2026-11-13.md', 6],
    ]);
    // The ticked point, the plain point and the action item's text stay where they were.
    expect(body(plan)).not.toContain('offsite');
    expect(body(plan)).not.toContain('plain point');
    expect(body(plan)).toContain('## Action items\n- [ ] @Al send the doc ([[1-1s/Al/2026-11-13|from Nov 13]])\n');
    expect(plan.problems).toEqual([]);
  });

  it('keeps points apart from action items in the index: never counted as open', () => {
    const vault = vaultOf({ 'People/Al.md': PERSON, '1-1s/Al/2026-11-13.md': EARLIER });
    const [only] = vault.index.meetingsOf('People/Al.md');
    expect(only?.actions.map((action) => action.item.text)).toEqual(['@Al send the doc']);
    expect(only?.agenda.map((point) => [point.text, point.ticked])).toEqual([
      ['promo case', false],
      ['offsite', true],
      ['plain point', null],
    ]);
  });

  it('leaves a group meeting\'s points with the group', async () => {
    const group = '---\nperson: ["[[Al]]", "[[Bo]]"]\ndate: 2026-11-13\n---\n## Agenda\n- [ ] team offsite\n';
    const vault = vaultOf({ 'People/Al.md': PERSON, 'People/Bo.md': PERSON, '1-1s/Team/2026-11-13.md': group });
    const plan = await vault.created();
    expect(body(plan)).not.toContain('team offsite');
    expect(plan.marks).toEqual([]);
  });

  it('writes the points as a plain list, and carries none, when the template\'s agenda is under another heading', async () => {
    const vault = vaultOf(
      { 'Templates/t.md': '## Topics\n{{agenda}}\n\n## Action items\n{{carried_actions}}\n', 'People/Al.md': `${PERSON}## Next 1:1\n- ask about X\n`, '1-1s/Al/2026-11-13.md': EARLIER },
      { templateFile: 't' },
    );
    const plan = await vault.created();
    expect(body(plan)).toContain('## Topics\n- ask about X\n');
    expect(body(plan)).not.toContain('promo case');
    expect(plan.marks.map((mark) => mark.line)).toEqual([11]);
    expect(plan.problems).toEqual([expect.stringContaining('went in as a plain list') as unknown]);
  });

  it('puts the agenda under the agenda heading when the template would hide it in a comment or a code block, and says so', async () => {
    for (const hiding of ['%%\n{{agenda}}\n%%', '```\n{{agenda}}\n```', '<!--\n{{agenda}}\n-->']) {
      const vault = vaultOf({ 'Templates/t.md': `## Agenda\n${hiding}\n\n## Notes\n`, 'People/Al.md': `${PERSON}## Next 1:1\n- ask about X\n`, '1-1s/Al/2026-11-13.md': EARLIER }, { templateFile: 't' });
      const plan = await vault.created();
      expect(body(plan), hiding).toContain('## Agenda\n- [ ] promo case ([[1-1s/Al/2026-11-13|from Nov 13]])\n  - [ ] bring the numbers\n- [ ] ask about X\n');
      expect(plan.problems).toContain('the template puts {{agenda}} where the note would not show it (in a code block or a comment): the talking points went under "Agenda"');
    }
  });

  it('keeps the tick of a point queued as a checkbox, and never carries a ticked one', async () => {
    const vault = vaultOf({ 'People/Al.md': `${PERSON}## Next 1:1\n- [x] settled already\n- [ ] still open\n` });
    expect(body(await vault.created())).toContain('## Agenda\n- [x] settled already\n- [ ] still open\n');
  });

  it('leaves an empty blank to type in: a box under the agenda heading, a plain item elsewhere', async () => {
    expect(body(await vaultOf({ 'People/Al.md': PERSON }).created())).toContain('## Agenda\n- [ ] \n');
    const elsewhere = vaultOf({ 'Templates/t.md': 'Topics:\n{{agenda}}\n', 'People/Al.md': PERSON }, { templateFile: 't' });
    const plan = await elsewhere.created();
    expect(body(plan)).toContain('Topics:\n- \n');
    expect(plan.problems).toEqual([]);
  });

  it('writes the built-in template under the headings the settings name, so a renamed agenda heading still ticks', async () => {
    const earlier = meeting('2026-11-13', '## Topics\n- [ ] promo case\n\n## To do\n- [ ] @Al send the doc\n');
    const vault = vaultOf({ 'People/Al.md': `${PERSON}## Next 1:1\n- ask about X\n`, '1-1s/Al/2026-11-13.md': earlier }, { agendaHeading: 'Topics', actionItemsHeading: 'To do' });
    const plan = await vault.created();
    expect(body(plan)).toContain('## Topics\n- [ ] promo case ([[1-1s/Al/2026-11-13|from Nov 13]])\n- [ ] ask about X\n');
    expect(body(plan)).toContain('## To do\n- [ ] @Al send the doc');
    expect(body(plan)).not.toContain('## Agenda');
    expect(plan.problems).toEqual([]);
  });

  it('reads old notes whose agenda is a plain list as before: nothing to carry', async () => {
    const vault = vaultOf({ 'People/Al.md': PERSON, '1-1s/Al/2026-11-13.md': meeting('2026-11-13', '## Agenda\n- promo case\n') });
    const plan = await vault.created();
    expect(body(plan)).not.toContain('promo case');
    expect(plan.marks).toEqual([]);
  });

  it('carries a point from a running note\'s section, linked to that section', async () => {
    const running = '---\nperson: "[[Al]]"\n---\n## 2026-11-13\n### Agenda\n- [ ] promo case\n### Notes\nfine\n';
    const vault = vaultOf({ 'People/Al.md': PERSON, '1-1s/Al.md': running }, { newMeetingLayout: 'running' });
    const plan = await vault.start();
    if (plan.kind !== 'insert') throw new Error(`expected a section, got ${plan.kind}`);
    expect(plan.lines.join('\n')).toContain('- [ ] promo case ([[1-1s/Al#2026-11-13|from Nov 13]])');
    expect(plan.marks.map((mark) => mark.path)).toEqual(['1-1s/Al.md']);
  });
});

describe('a running note whose dates are ###### headings', () => {
  it('gets its agenda as a plain list, with the reason, for no heading is left to hold boxes', async () => {
    const running = '---\nperson: "[[Al]]"\n---\n# Al\n###### 2026-11-13\n- [ ] @me old item\n';
    const vault = vaultOf({ 'People/Al.md': `${PERSON}## Next 1:1\n- queued\n`, '1-1s/Al.md': running }, { newMeetingLayout: 'running' });
    const plan = await vault.start();
    if (plan.kind !== 'insert') throw new Error(`expected a section, got ${plan.kind}`);
    expect(plan.lines).toContain('- queued');
    expect(plan.lines.join('\n')).not.toContain('- [ ] queued');
    expect(plan.problems).toEqual([expect.stringContaining('###### headings has no heading level left for "Agenda"') as unknown]);
  });
});

describe('a start for another day', () => {
  const later = (day: string) => day as CalendarDay;

  it('ahead of time writes a planned 1:1 with the agenda, carrying nothing until that day', async () => {
    const vault = vaultOf({ 'People/Al.md': `${PERSON}## Next 1:1\n- ask about X\n`, '1-1s/Al/2026-11-13.md': EARLIER });
    const plan = await vault.created(undefined, later('2026-11-26'));
    expect(plan.path).toBe('1-1s/Al/2026-11-26 Al.md');
    expect(plan.content).toMatch(/\nstatus: planned\n/);
    expect(body(plan)).toContain('## Agenda\n- [ ] ask about X\n');
    expect(body(plan)).not.toContain('promo case');
    expect(plan.marks).toEqual([]);
    expect(plan.dequeue.map((point) => point.text)).toEqual(['ask about X']);
  });

  it('on the planned day, brings the planned note\'s points into the 1:1 held beside it', async () => {
    const planned = meeting('2026-11-20', '## Agenda\n- [ ] ask about X\n', 'status: planned\n');
    const vault = vaultOf({ 'People/Al.md': PERSON, '1-1s/Al/2026-11-20 Al.md': planned });
    const plan = await vault.created();
    expect(plan.path).toBe('1-1s/Al/2026-11-20 Al 2.md');
    expect(body(plan)).toContain('- [ ] ask about X ([[1-1s/Al/2026-11-20 Al|from Nov 20]])');
    expect(plan.marks.map((mark) => mark.path)).toEqual(['1-1s/Al/2026-11-20 Al.md']);
  });

  it('ahead of time opens the planned or held note that day already has', async () => {
    const planned = meeting('2026-11-26', '## Agenda\n- [ ] x\n', 'status: planned\n');
    expect(await vaultOf({ 'People/Al.md': PERSON, '1-1s/Al/p.md': planned }).start(undefined, later('2026-11-26'))).toEqual({ kind: 'existing', path: '1-1s/Al/p.md' });
    const held = meeting('2026-11-26', 'notes\n');
    expect(await vaultOf({ 'People/Al.md': PERSON, '1-1s/Al/h.md': held }).start(undefined, later('2026-11-26'))).toEqual({ kind: 'existing', path: '1-1s/Al/h.md' });
  });

  it('in the past carries only what was open in 1:1s before that day', async () => {
    const after = meeting('2026-11-18', '## Action items\n- [ ] @Al newer item\n');
    const vault = vaultOf({ 'People/Al.md': PERSON, '1-1s/Al/2026-11-13.md': EARLIER, '1-1s/Al/2026-11-18.md': after });
    const plan = await vault.created(undefined, later('2026-11-16'));
    expect(plan.content).not.toContain('status: planned');
    expect(body(plan)).toContain('send the doc');
    expect(body(plan)).not.toContain('newer item');
    expect(body(plan)).toContain('Previous 1:1: [[2026-11-13|Nov 13]] (3 days ago)');
  });

  it('before every 1:1 carries nothing and says it is the first', async () => {
    const vault = vaultOf({ 'People/Al.md': PERSON, '1-1s/Al/2026-11-13.md': EARLIER });
    const plan = await vault.created(undefined, later('2026-10-01'));
    expect(plan.marks).toEqual([]);
    expect(body(plan)).toMatch(/^First 1:1/);
  });

  it('ahead of time in a running note writes a planned section', async () => {
    const vault = vaultOf({ 'People/Al.md': PERSON, '1-1s/Al.md': '---\nperson: "[[Al]]"\n---\n## 2026-11-13\n- [ ] @Al x\n' }, { newMeetingLayout: 'running' });
    const plan = await vault.start(undefined, later('2026-11-26'));
    if (plan.kind !== 'insert') throw new Error(`expected a section, got ${plan.kind}`);
    expect(plan.lines.slice(0, 2)).toEqual(['## 2026-11-26', 'status:: planned']);
    expect(plan.marks).toEqual([]);
  });
});
