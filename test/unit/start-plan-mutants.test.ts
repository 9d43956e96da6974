import { describe, expect, it } from 'vitest';
import { body, meeting, PERSON, vaultOf } from '../support/start-vault';

// Behaviours pinned down by the mutation run over src/core/start/start-plan.ts; see
// test/mutation-survivors.md for the mutants there that no input can tell apart.
const TEMPLATES = {
  'Templates/default.md': 'DEFAULT TEMPLATE\n',
  'Templates/engineer.md': 'ENGINEER TEMPLATE\n',
  'Templates/manager.md': 'MANAGER TEMPLATE\n',
};

describe('the template chosen by the person\'s role', () => {
  const roles = 'Engineer: engineer\nDirector: nothing-here\n Manager : manager \nVP:';

  it('uses the role\'s line, matched whatever its case and spaces, on any line of the setting', async () => {
    const vault = vaultOf({ ...TEMPLATES, 'People/Al.md': '---\nrole: manager\n---\n' }, { roleTemplates: roles, templateFile: 'default' });
    const plan = await vault.created();
    expect(body(plan)).toBe('MANAGER TEMPLATE\n');
    expect(plan.problems).toEqual([]);
  });

  it('reads the role setting with Windows line endings too', async () => {
    const vault = vaultOf({ ...TEMPLATES, 'People/Al.md': '---\nrole: Manager\n---\n' }, { roleTemplates: roles.replace(/\n/g, '\r\n'), templateFile: 'default' });
    expect(body(await vault.created())).toBe('MANAGER TEMPLATE\n');
  });

  it('falls back to the template setting for a person with no role, or a role with no template named', async () => {
    for (const person of [PERSON, '---\nrole: VP\n---\n', '---\nrole: Designer\n---\n']) {
      const vault = vaultOf({ ...TEMPLATES, 'People/Al.md': person }, { roleTemplates: roles, templateFile: 'default' });
      expect(body(await vault.created())).toBe('DEFAULT TEMPLATE\n');
    }
  });

  it('does not read a role out of a line with no name before its colon', async () => {
    const vault = vaultOf({ ...TEMPLATES, 'People/Al.md': '---\nrole: Designer\n---\n' }, { roleTemplates: ':engineer\nDesigner', templateFile: 'default' });
    expect(body(await vault.created())).toBe('DEFAULT TEMPLATE\n');
  });

  it('lets the person\'s own template property win over the role', async () => {
    const vault = vaultOf({ ...TEMPLATES, 'People/Al.md': '---\nrole: manager\ntemplate: engineer\n---\n' }, { roleTemplates: roles, templateFile: 'default' });
    expect(body(await vault.created())).toBe('ENGINEER TEMPLATE\n');
  });

  it('says so when the role names a template that does not exist, and uses the built-in one', async () => {
    const vault = vaultOf({ ...TEMPLATES, 'People/Al.md': '---\nrole: director\n---\n' }, { roleTemplates: roles, templateFile: 'default' });
    const plan = await vault.created();
    expect(plan.problems).toEqual(['the template "nothing-here" was not found; the built-in template was used']);
    expect(body(plan)).toContain('## Action items');
  });
});

describe('where the new note goes', () => {
  it('opens today\'s meeting with the person whatever its name, unless it was cancelled', async () => {
    const vault = vaultOf({ 'People/Al.md': PERSON, '1-1s/Al/Catch-up.md': meeting('2026-11-20', '') });
    expect(await vault.start()).toEqual({ kind: 'existing', path: '1-1s/Al/Catch-up.md' });
    const cancelled = vaultOf({ 'People/Al.md': PERSON, '1-1s/Al/Catch-up.md': meeting('2026-11-20', '', 'status: cancelled\n') });
    expect((await cancelled.created()).path).toBe('1-1s/Al/2026-11-20 Al.md');
  });

  it('numbers the note when the path holds someone else\'s meeting, another day\'s, or a cancelled one', async () => {
    const vault = vaultOf({
      'People/Al.md': PERSON,
      'People/Bo.md': PERSON,
      '1-1s/Al/2026-11-20 Al.md': '---\nperson: "[[Bo]]"\ndate: 2026-11-20\n---\n',
      '1-1s/Al/2026-11-20 Al 2.md': meeting('2026-11-19', ''),
      '1-1s/Al/2026-11-20 Al 3.md': meeting('2026-11-20', '', 'status: cancelled\n'),
    });
    expect((await vault.created()).path).toBe('1-1s/Al/2026-11-20 Al 4.md');
  });

  it('opens a note at the path that the index does not know yet instead of writing a second one', async () => {
    const vault = vaultOf({ 'People/Al.md': PERSON }, {}, { exists: (path) => path === '1-1s/Al/2026-11-20 Al.md' });
    expect(await vault.start()).toEqual({ kind: 'existing', path: '1-1s/Al/2026-11-20 Al.md' });
  });

  it('gives up after 99 numbered names, and says why', async () => {
    const taken: Record<string, string> = {};
    for (let copy = 1; copy <= 100; copy++) taken[`1-1s/Al/2026-11-20 Al${copy > 1 ? ` ${copy}` : ''}.md`] = '---\nperson: "[[Bo]]"\ndate: 2026-11-20\n---\n';
    const vault = vaultOf({ 'People/Al.md': PERSON, 'People/Bo.md': PERSON, ...taken }, {}, { exists: (path) => path in taken && !path.endsWith(' 100.md') });
    await expect(vault.start()).rejects.toThrow('no free name for a meeting note with Al on 2026-11-20');
  });

  it('refuses to write a meeting note outside any folder (an empty meetings folder)', async () => {
    const vault = vaultOf({ 'People/Al.md': PERSON }, { meetingsFolder: '' });
    await expect(vault.start()).rejects.toThrow('meeting path "/Al/2026-11-20 Al.md" is outside ""');
  });
});

describe('what is carried into the new note', () => {
  const TEMPLATE = { templateFile: 'carry', actionItemsHeading: 'Action items' };
  const CARRY = { 'Templates/carry.md': '{{carried_actions}}\n' };

  it('carries the open items of meetings before today only', async () => {
    const vault = vaultOf(
      {
        ...CARRY,
        'People/Al.md': PERSON,
        '1-1s/Al/2026-11-13.md': meeting('2026-11-13', '- [ ] earlier item\n'),
        '1-1s/Al/2026-11-27.md': meeting('2026-11-27', '- [ ] planned item\n', 'status: planned\n'),
        '1-1s/Al/Undated.md': '---\nperson: "[[Al]]"\n---\n- [ ] undated item\n',
      },
      TEMPLATE,
    );
    const plan = await vault.created();
    expect(body(plan)).toBe('- [ ] earlier item ([[1-1s/Al/2026-11-13|from Nov 13]])\n');
    expect(plan.marks.map((m) => m.path)).toEqual(['1-1s/Al/2026-11-13.md']);
    expect(plan.problems).toEqual(['1-1s/Al/Undated.md has no date, so its open items stay there and are not carried']);
  });

  it('does not carry from a meeting today that was cancelled', async () => {
    const vault = vaultOf(
      { ...CARRY, 'People/Al.md': PERSON, '1-1s/Al/Call.md': meeting('2026-11-20', '- [ ] today\'s item\n', 'status: cancelled\n') },
      TEMPLATE,
    );
    const plan = await vault.created();
    expect(body(plan)).toBe('- [ ] \n');
    expect(plan.marks).toEqual([]);
  });

  it('leaves alone a meeting whose items are all closed, even one that cannot be written', async () => {
    const vault = vaultOf(
      { ...CARRY, 'People/Al.md': PERSON, '1-1s/Al/2026-11-13.md': meeting('2026-11-13', '- [x] done item\n') },
      TEMPLATE,
      { unwritable: () => 'is read-only' },
    );
    const plan = await vault.created();
    expect(plan.problems).toEqual([]);
    expect(body(plan)).toBe('- [ ] \n');
    expect(plan.marks).toEqual([]);
  });

  it('skips an earlier meeting that cannot be read any more', async () => {
    const files = { ...CARRY, 'People/Al.md': PERSON, '1-1s/Al/2026-11-13.md': meeting('2026-11-13', '- [ ] earlier item\n') };
    const vault = vaultOf(files, TEMPLATE, {
      read: async (path) => (path === '1-1s/Al/2026-11-13.md' ? null : ((files as Record<string, string>)[path] ?? null)),
      unwritable: (path) => (path === '1-1s/Al/2026-11-13.md' ? 'is read-only' : null),
    });
    const plan = await vault.created();
    expect(plan.problems).toEqual([]);
    expect(plan.marks).toEqual([]);
  });

  it('in a group meeting, leaves what the other people own and carries the person\'s, the team\'s and unowned items', async () => {
    const vault = vaultOf(
      {
        ...CARRY,
        'People/Al.md': PERSON,
        'People/Bo.md': PERSON,
        '1-1s/Group.md': '---\nperson: ["[[Al]]", "[[Bo]]"]\ndate: 2026-11-13\n---\n- [ ] [[Bo]] Bo\'s item\n- [ ] [[Al]] Al\'s item\n- [ ] @me my item\n- [ ] nobody\'s item\n',
      },
      TEMPLATE,
    );
    const plan = await vault.created();
    expect(body(plan)).toBe(
      [
        "- [ ] [[Al]] Al's item ([[1-1s/Group|from Nov 13]])",
        '- [ ] @me my item ([[1-1s/Group|from Nov 13]])',
        "- [ ] nobody's item ([[1-1s/Group|from Nov 13]])",
        '',
      ].join('\n'),
    );
  });

  it('in a 1:1, carries even items that name someone else', async () => {
    const vault = vaultOf(
      { ...CARRY, 'People/Al.md': PERSON, 'People/Bo.md': PERSON, '1-1s/Al/2026-11-13.md': meeting('2026-11-13', '- [ ] [[Bo]] ask Bo\n') },
      TEMPLATE,
    );
    expect(body(await vault.created())).toBe('- [ ] [[Bo]] ask Bo ([[1-1s/Al/2026-11-13|from Nov 13]])\n');
  });
});

describe('the previous meeting, the cadence and the agenda in the new note', () => {
  const TEMPLATE = { templateFile: 'line' };
  const LINE = { 'Templates/line.md': 'prev={{previous}} days={{days_since}} cadence={{cadence}}\n{{agenda}}\n' };

  it('names the last meeting held before today, not a cancelled one or one still to come', async () => {
    const vault = vaultOf(
      {
        ...LINE,
        'People/Al.md': PERSON,
        '1-1s/Al/2026-11-06.md': meeting('2026-11-06', ''),
        '1-1s/Al/2026-11-13.md': meeting('2026-11-13', '', 'status: cancelled\n'),
        '1-1s/Al/Later.md': meeting('2026-11-27', ''),
      },
      TEMPLATE,
    );
    expect(body(await vault.created())).toMatch(/^prev=\[\[2026-11-06\|Nov 6\]\] days=14 cadence=weekly\n/);
  });

  it('writes no cadence for a person whose cadence is not readable', async () => {
    const vault = vaultOf({ ...LINE, 'People/Al.md': '---\ncadence: sometimes\n---\n' }, TEMPLATE);
    expect(body(await vault.created())).toMatch(/^prev=none yet days=– cadence=\S*\n/);
    expect(body(await vault.created())).not.toContain('sometimes');
  });

  it('puts the queued talking points under the Agenda heading of a template with no agenda placeholder', async () => {
    const vault = vaultOf(
      { 'Templates/plain.md': '## Notes\n\n## Agenda\n\n## Action items\n', 'People/Al.md': `${PERSON}## Next 1:1\n- ask about X\n` },
      { templateFile: 'plain' },
    );
    const plan = await vault.created();
    expect(body(plan)).toMatch(/^## Notes\n\n## Agenda\n- \[ \] ask about X\n/);
    expect(plan.dequeue.map((point) => point.text)).toEqual(['ask about X']);
  });

  it('works for a person note that cannot be read any more: no agenda, nothing to dequeue', async () => {
    const files: Record<string, string> = { ...LINE, 'People/Al.md': `${PERSON}## Next 1:1\n- ask about X\n` };
    const vault = vaultOf(files, TEMPLATE, { read: async (path) => (path === 'People/Al.md' ? null : (files[path] ?? null)) });
    const plan = await vault.created();
    expect(plan.dequeue).toEqual([]);
    expect(body(plan)).not.toContain('ask about X');
  });
});

describe('a template that puts the agenda or the carried items where Markdown does not read them', () => {
  const AL = `${PERSON}\n## Next 1:1\n- ask about the offsite\n`;
  const EARLIER = { '1-1s/Al/2026-11-13.md': meeting('2026-11-13', '- [ ] book the venue\n') };
  const SETTINGS = { templateFile: 'odd', actionItemsHeading: 'Action items' };
  const withTemplate = (template: string) => vaultOf({ 'Templates/odd.md': template, 'People/Al.md': AL, ...EARLIER }, SETTINGS);

  it('never fills a property with the agenda or the carried items: they go under their headings', async () => {
    for (const template of ['---\nagenda: {{agenda}}\ntodo: {{carried_actions}}\n---\n## Notes\n', '---\nagenda: "{{agenda}}"\ntodo: "{{carried_actions}}"\n---\n## Notes\n']) {
      const plan = await withTemplate(template).created();
      expect(body(plan)).toBe('## Notes\n\n## Agenda\n- [ ] ask about the offsite\n\n## Action items\n- [ ] book the venue ([[1-1s/Al/2026-11-13|from Nov 13]])\n');
      expect(plan.content).not.toContain('offsite\n---');
      expect(plan.marks.map((m) => m.path)).toEqual(['1-1s/Al/2026-11-13.md']);
      expect(plan.dequeue.map((p) => p.lines[0])).toEqual(['- ask about the offsite']);
      expect(plan.problems).toEqual([expect.stringContaining("the template's properties hold {{agenda}} and {{carried_actions}}")]);
    }
  });

  it('puts carried items under the actions heading when the placeholder sits in a code block', async () => {
    const plan = await withTemplate('## Action items\n```\n{{carried_actions}}\n```\n').created();
    expect(body(plan)).toBe('## Action items\n- [ ] book the venue ([[1-1s/Al/2026-11-13|from Nov 13]])\n```\n\n```\n\n## Agenda\n- [ ] ask about the offsite\n');
    expect(plan.marks).toHaveLength(1);
    expect(plan.problems).toEqual([expect.stringContaining('{{carried_actions}} where the note would not read them as open tasks')]);
  });

  it('puts the agenda under its heading when {{agenda}} sits only inside Templater code, which is left as written', async () => {
    const plan = await withTemplate('## Notes\n<%* tR += "{{agenda}}" %>\n{{carried_actions}}\n').created();
    expect(body(plan)).toContain('## Agenda\n- [ ] ask about the offsite\n');
    expect(plan.dequeue.map((p) => p.lines[0])).toEqual(['- ask about the offsite']);
  });

  it('carries nothing, and marks nothing, when not even the heading can hold them as tasks', async () => {
    const plan = await withTemplate('```\n## Action items\n{{carried_actions}}\n```\n').created();
    expect(plan.marks).toEqual([]);
    expect(plan.carried).toEqual([]);
    expect(plan.content).not.toContain('book the venue');
    expect(plan.problems).toEqual([expect.stringContaining('open items stay where they are')]);
  });
});

describe('the role setting lines that name a template', () => {
  it('skips a line with no colon, even one that starts with the role', async () => {
    const vault = vaultOf(
      { ...TEMPLATES, 'People/Al.md': '---\nrole: engineer\n---\n' },
      { roleTemplates: 'Engineers\nEngineer: engineer', templateFile: 'default' },
    );
    const plan = await vault.created();
    expect(body(plan)).toBe('ENGINEER TEMPLATE\n');
    expect(plan.problems).toEqual([]);
  });

  it('falls back to the template setting when the only line without a colon starts with the role', async () => {
    const vault = vaultOf({ ...TEMPLATES, 'People/Al.md': '---\nrole: engineer\n---\n' }, { roleTemplates: 'Engineers', templateFile: 'default' });
    const plan = await vault.created();
    expect(body(plan)).toBe('DEFAULT TEMPLATE\n');
    expect(plan.problems).toEqual([]);
  });
});
