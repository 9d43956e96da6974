// `start` with people whose names Linux allows in a file name but links treat specially: the note
// names them in a form that resolves to them, `status` counts it as met, and a second start opens it.
import { readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cli, full, requireBuiltCli, TempVaults, text } from './cli-harness';

const vaults = new TempVaults();
beforeAll(requireBuiltCli);
afterEach(() => vaults.cleanup());

const DAY = '2026-11-20';

describe('start with a name that holds # ^ [ ] | : quotes, or arrives decomposed', () => {
  it.each([
    ['C# Dev', 'C# Dev', '"[C# Dev](People/C%23%20Dev.md)"'],
    ['A|B', 'A|B', '"[A|B](People/A%7CB.md)"'],
    ['Anna [Ops]', 'Anna [Ops]', '"[Anna \\\\[Ops\\\\]](People/Anna%20%5BOps%5D.md)"'],
    ['Re: Q3', 'Re: Q3', '"[Re: Q3](People/Re%3A%20Q3.md)"'],
    ['Say "Hi"', 'Say "Hi"', '"[[Say \\"Hi\\"]]"'],
    ['Ünal'.normalize('NFD'), 'Ünal', `"[[${'Ünal'.normalize('NFD')}]]"`],
  ])('%j: one note naming them, met, and the same note again', (name, typed, property) => {
    const person = `People/${name}.md`;
    const vault = vaults.make({ [person]: '---\ncadence: weekly\n---\n', '1-1s/': '' });
    const first = cli(['start', typed, '--vault', vault, '--date', DAY]);
    expect.soft(first.err).toBe('');
    expect(first.code).toBe(0);
    const [folder] = readdirSync(full(vault, '1-1s'));
    const notes = readdirSync(full(vault, `1-1s/${folder}`));
    expect(notes).toEqual([`${DAY} ${folder}.md`]);
    const note = `1-1s/${folder}/${DAY} ${folder}.md`;
    expect.soft(text(vault, note).split('\n')[1]).toBe(`person: ${property}`);
    const status = parse(cli(['status', '--json', '--vault', vault, '--date', DAY]).out) as { path: string; state: string }[];
    expect.soft(status.find((row) => row.path === person)?.state).toBe('on-track');
    const second = cli(['start', typed, '--vault', vault, '--date', DAY]);
    expect.soft(second.out).toContain(`${note} (exists; not changed)`);
    expect.soft(readdirSync(full(vault, `1-1s/${folder}`))).toEqual([`${DAY} ${folder}.md`]);
  });
});
