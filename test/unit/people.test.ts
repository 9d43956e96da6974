import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parsePerson } from '../../src/core/people/people';

const read = (frontmatter: unknown) => parsePerson('People/Alice Smith.md', 'Alice Smith', frontmatter);
const yaml = (text: string): unknown => parseYaml(text);

describe('parsePerson', () => {
  it('reads a complete person note', () => {
    const person = read(
      yaml('role: report\ncadence: biweekly\ncadence-max: 4w\npaused: 2027-01-10\naliases: [Ali, "Alice S."]\ntemplate: "[[Templates/1-1 Alice]]"\none-on-one-layout: Running'),
    );
    expect(person).toEqual({
      path: 'People/Alice Smith.md',
      name: 'Alice Smith',
      aliases: ['Ali', 'Alice S.'],
      role: 'report',
      cadence: { status: 'valid', cadence: { kind: 'days', days: 14 } },
      cadenceMax: { status: 'valid', cadence: { kind: 'days', days: 28 } },
      paused: { kind: 'until', until: '2027-01-10' },
      template: 'Templates/1-1 Alice',
      layout: 'running',
      problems: [],
    });
  });

  it.each([[undefined], [null], [{}], ['just a string'], [42], [['a', 'list']], [new Date(0)]])(
    'reads frontmatter %j as a person with no properties',
    (frontmatter) => {
      const person = read(frontmatter);
      expect(person).toMatchObject({
        name: 'Alice Smith',
        aliases: [],
        role: null,
        cadence: { status: 'missing' },
        cadenceMax: { status: 'missing' },
        paused: { kind: 'no' },
        template: null,
        problems: [],
      });
    },
  );

  it('reads frontmatter with duplicate keys in whatever shape the parser hands over', () => {
    const lenient = parseYaml('cadence: weekly\ncadence: monthly', { uniqueKeys: false }) as Record<string, unknown>;
    expect(read(lenient).cadence).toEqual({ status: 'valid', cadence: { kind: 'months', months: 1 } });
    // A strict parser refuses the note; the caller then has no frontmatter at all.
    expect(() => yaml('cadence: weekly\ncadence: monthly')).toThrow();
    expect(read(undefined).cadence).toEqual({ status: 'missing' });
    // The same name in two casings: the exact spelling wins.
    expect(read({ Cadence: 'monthly', cadence: 'weekly' }).cadence).toEqual({
      status: 'valid',
      cadence: { kind: 'days', days: 7 },
    });
  });

  it('reads properties whatever their casing', () => {
    expect(read({ Cadence: 'Weekly', ROLE: 'peer' })).toMatchObject({
      cadence: { status: 'valid', cadence: { kind: 'days', days: 7 } },
      role: 'peer',
    });
  });

  it('names the property and the bad value in each problem', () => {
    const person = read({ cadence: 'sometimes', 'cadence-max': 0, paused: 'someday', role: { a: 1 }, template: 3 });
    expect(person.problems).toEqual([
      'cadence "sometimes" is not a cadence (try weekly, biweekly, monthly, 2w, 10d)',
      'cadence-max 0 is not a cadence (try weekly, biweekly, monthly, 2w, 10d); using 1.5 × cadence instead',
      'paused "someday" is not true, false or a date (YYYY-MM-DD)',
      'role an object is not text',
      'template 3 is not a note name or path',
    ]);
    expect(person.paused).toEqual({ kind: 'no' });
    expect(person.cadence.status).toBe('invalid');
  });

  it('warns when cadence-max is shorter than cadence', () => {
    expect(read({ cadence: 'monthly', 'cadence-max': '2w' }).problems).toEqual([
      'cadence-max (biweekly) is shorter than cadence (monthly), so the 1:1 turns overdue before it is due',
    ]);
  });

  it('reads aliases as Obsidian does: a list, one string, comma-separated, or `alias`', () => {
    expect(read({ aliases: 'Ali' }).aliases).toEqual(['Ali']);
    expect(read({ aliases: 'Ali, Al' }).aliases).toEqual(['Ali', 'Al']);
    expect(read({ alias: ['Ali'], aliases: ['Al', 'Ali'] }).aliases).toEqual(['Al', 'Ali']);
    expect(read({ aliases: [' Ali ', '', null, 2024] }).aliases).toEqual(['Ali', '2024']);
    expect(read({ aliases: null }).aliases).toEqual([]);
    expect(read(yaml('aliases: [[Meg]]')).aliases).toEqual(['Meg']);
    expect(read({ aliases: [{ name: 'x' }] }).problems).toEqual(['aliases holds an object, which is not a name']);
  });

  it('reads paused as true, false, a date or empty', () => {
    expect(read({ paused: true }).paused).toEqual({ kind: 'indefinitely' });
    expect(read({ paused: 'true' }).paused).toEqual({ kind: 'indefinitely' });
    expect(read({ paused: false }).paused).toEqual({ kind: 'no' });
    expect(read({ paused: null }).paused).toEqual({ kind: 'no' });
    expect(read({ paused: '' }).paused).toEqual({ kind: 'no' });
    expect(read({ paused: new Date(Date.UTC(2027, 0, 10)) }).paused).toEqual({ kind: 'until', until: '2027-01-10' });
    expect(read({ paused: '2026-02-30' }).problems).toEqual([
      'paused "2026-02-30" is not true, false or a date (YYYY-MM-DD)',
    ]);
    expect(read({ paused: 1 }).problems).toHaveLength(1);
  });

  it('reads role as any text', () => {
    expect(read({ role: 'skip-level' }).role).toBe('skip-level');
    expect(read({ role: '  ' }).role).toBeNull();
    expect(read({ role: ['report', 'mentee'] }).role).toBe('report, mentee');
  });

  it('never throws, whatever the properties hold', () => {
    const value = fc.oneof(fc.jsonValue(), fc.date(), fc.string(), fc.constant(undefined), fc.anything());
    const frontmatter = fc.record(
      { cadence: value, 'cadence-max': value, paused: value, role: value, aliases: value, alias: value, template: value },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(frontmatter, fc.anything()), (input) => {
        const person = read(input);
        expect(person.name).toBe('Alice Smith');
        for (const problem of person.problems) expect(typeof problem).toBe('string');
        for (const alias of person.aliases) expect(alias).not.toBe('');
      }),
    );
  });
});
