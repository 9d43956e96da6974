// Two people with the same name in different folders are never picked between silently: the command
// stops and lists both, and takes a path instead of the name.
import { readdirSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cli, full, requireBuiltCli, TempVaults, text } from './cli-harness';

const vaults = new TempVaults();
beforeAll(requireBuiltCli);
afterEach(() => vaults.cleanup());

const DAY = '2026-11-20';

function twoAlexes(): string {
  return vaults.make({
    'People/Alex Kim.md': '---\ncadence: weekly\nrole: report\n---\n',
    'People/Contractors/Alex Kim.md': '---\ncadence: monthly\nrole: contractor\naliases: [AK]\n---\n',
    'People/Priya Raman.md': '---\ncadence: weekly\naliases: [AK]\n---\n',
    '1-1s/': '',
  });
}

describe('two people named Alex Kim', () => {
  it.each([['Alex Kim'], ['alex kim'], ['[[Alex Kim]]'], ['Alex']])('start %j exits 1 listing both paths, creating nothing', (typed) => {
    const vault = twoAlexes();
    const run = cli(['start', typed, '--vault', vault, '--date', DAY]);
    expect(run.code).toBe(1);
    expect(run.err).toContain('People/Alex Kim.md');
    expect(run.err).toContain('People/Contractors/Alex Kim.md');
    expect(readdirSync(full(vault, '1-1s'))).toEqual([]);
  });

  it('questions --person "Alex Kim" exits 1 listing both paths', () => {
    const run = cli(['questions', '--person', 'Alex Kim', '--vault', twoAlexes()]);
    expect(run.code).toBe(1);
    expect(run.err).toContain('People/Alex Kim.md');
    expect(run.err).toContain('People/Contractors/Alex Kim.md');
  });

  it('an alias two people share is not picked between either', () => {
    const run = cli(['start', 'AK', '--vault', twoAlexes(), '--date', DAY]);
    expect(run.code).toBe(1);
    expect(run.err).toContain('People/Contractors/Alex Kim.md');
    expect(run.err).toContain('Priya Raman');
  });

  it.each([['People/Contractors/Alex Kim.md'], ['People/Contractors/Alex Kim']])('start %j starts with the contractor', (typed) => {
    const vault = twoAlexes();
    const run = cli(['start', typed, '--vault', vault, '--date', DAY]);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const note = run.out.trim();
    expect(text(vault, note)).toContain('person: "[[People/Contractors/Alex Kim]]"');
    const status = JSON.parse(cli(['status', '--vault', vault, '--date', DAY, '--json']).out) as { path: string; lastMet: string | null }[];
    expect(status.find((row) => row.path === 'People/Contractors/Alex Kim.md')?.lastMet).toBe(DAY);
    expect(status.find((row) => row.path === 'People/Alex Kim.md')?.lastMet).toBeNull();
  });

  it('status tells them apart by path, in the table as in --json', () => {
    const run = cli(['status', '--vault', twoAlexes(), '--date', DAY]);
    expect(run.code).toBe(0);
    const names = run.out.trimEnd().split('\n').slice(1).map((line) => line.split(/ {2,}/)[0]);
    expect(names.sort()).toEqual(['People/Alex Kim.md', 'People/Contractors/Alex Kim.md', 'Priya Raman']);
  });

  it('questions --person takes a path too', () => {
    const run = cli(['questions', '--person', 'People/Alex Kim', '--vault', twoAlexes(), '--json']);
    expect(run.code).toBe(0);
  });
});
