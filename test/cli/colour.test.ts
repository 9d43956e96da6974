// Colour on a terminal only, and off whenever NO_COLOR is set to something (no-color.org: an empty
// NO_COLOR is the same as none).
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cli, cliInTerminal, hasTerminal, requireBuiltCli, TempVaults } from './cli-harness';

const vaults = new TempVaults();
beforeAll(requireBuiltCli);
afterEach(() => vaults.cleanup());

const BOLD_NAME = '\u001b[1mName\u001b[0m';

function vault(): string {
  return vaults.make({ 'People/Alice Smith.md': '---\ncadence: weekly\n---\n', '1-1s/': '' });
}

describe.skipIf(!hasTerminal)('colour on a terminal', () => {
  it.each([
    ['NO_COLOR unset', undefined, true],
    ['NO_COLOR empty', '', true],
    ['NO_COLOR=1', '1', false],
    ['NO_COLOR=0', '0', false],
  ])('%s: colour %s', (_, value, coloured) => {
    const run = cliInTerminal(['status', '--vault', vault(), '--date', '2026-11-20'], { NO_COLOR: value });
    expect(run.code).toBe(0);
    expect(run.out).toContain('Name');
    expect(run.out.includes(BOLD_NAME)).toBe(coloured);
    expect(run.out.includes('\u001b[')).toBe(coloured);
  });
});

describe('colour through a pipe', () => {
  it('is never on, whatever NO_COLOR says', () => {
    const run = cli(['status', '--vault', vault(), '--date', '2026-11-20'], { env: { NO_COLOR: '' } });
    expect(run.out).toContain('Name');
    expect(run.out).not.toContain('\u001b[');
  });
});
