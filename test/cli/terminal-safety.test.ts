// A note's name or text is data, never a command to the terminal: a control character in it (ESC,
// BEL, …) is shown as a visible sign in text output, so a note cannot retitle the window, clear the
// screen or recolour what follows. JSON escapes them itself.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cli, cliInTerminal, hasTerminal, requireBuiltCli, TempVaults } from './cli-harness';

const vaults = new TempVaults();
beforeAll(requireBuiltCli);
afterEach(() => vaults.cleanup());

const DAY = '2026-11-20';
const ESC = '\u001b';
const BEL = '\u0007';
const TITLE = `${ESC}]0;pwned${BEL}`;
// Any C0 control but tab and line end, DEL, or a C1 control (U+009B is a CSI on some terminals).
const RAW_CONTROL = /(?![\t\n])\p{Cc}/u;
const OWN_COLOUR = new RegExp(`${ESC}\\[(?:0|1|2|31|32|33|36)m`, 'g');

function hostileVault(): string {
  return vaults.make({
    [`People/${TITLE}.md`]: '---\ncadence: weekly\nrole: "\\e[2Jboss"\n---\n',
    [`1-1s/${TITLE}/2026-11-13.md`]: `---\ndate: 2026-11-13\n---\n- [ ] @me ring ${BEL}${BEL} the \u009b6n bell\n`,
    [`1-1s/2026-10-01 ${ESC}[31mZed.md`]: '---\nperson: "[[Zed Unknown]]"\ndate: 2026-10-01\n---\n',
  });
}

describe('control characters from the vault', () => {
  it('status shows a person named to set the window title as plain signs', () => {
    const run = cli(['status', '--vault', hostileVault(), '--date', DAY]);
    expect(run.code).toBe(0);
    expect(run.out).not.toMatch(RAW_CONTROL);
    expect(run.out).toMatch(/^␛\]0;pwned␇ +␛\[2Jboss +weekly +2026-11-13 /m);
  });

  it('actions shows task text and note paths as plain signs', () => {
    const run = cli(['actions', '--vault', hostileVault(), '--date', DAY]);
    expect(run.code).toBe(0);
    expect(run.out).not.toMatch(RAW_CONTROL);
    expect(run.out).toContain('ring ␇␇ the �6n bell');
    expect(run.out).toContain('1-1s/␛]0;pwned␇/2026-11-13.md:4');
  });

  it('actions --json escapes DEL and C1 controls too, keeping the text as it is', () => {
    const run = cli(['actions', '--json', '--vault', hostileVault(), '--date', DAY]);
    expect(run.code).toBe(0);
    expect(run.out).not.toMatch(RAW_CONTROL);
    expect(run.out).toContain('the \\u009b6n bell');
    expect((JSON.parse(run.out) as { text: string }[])[0]?.text).toBe(`@me ring ${BEL}${BEL} the \u009b6n bell`);
  });

  it('warnings on stderr show paths as plain signs', () => {
    const run = cli(['status', '--json', '--vault', hostileVault(), '--date', DAY]);
    expect(run.err).not.toMatch(RAW_CONTROL);
    expect(run.err).toContain('warning: 1-1s/2026-10-01 ␛[31mZed.md: person "Zed Unknown" matches no person note');
    // JSON keeps the real name, escaped as JSON escapes it.
    expect((JSON.parse(run.out) as { name: string }[])[0]?.name).toBe(TITLE);
  });

  it('start --dry-run shows the new note with its carried text as plain signs', () => {
    const run = cli(['start', TITLE, '--vault', hostileVault(), '--date', DAY, '--dry-run']);
    expect(run.code).toBe(0);
    expect(run.out).not.toMatch(RAW_CONTROL);
    expect(run.out).toContain('ring ␇␇ the �6n bell');
  });

  it('an error naming what was typed shows it as plain signs', () => {
    const run = cli(['start', `${ESC}]0;typed${BEL}`, '--vault', hostileVault(), '--date', DAY]);
    expect(run.code).toBe(1);
    expect(run.err).not.toMatch(RAW_CONTROL);
    expect(run.err).toContain('no person named "␛]0;typed␇"');
  });

  it.skipIf(!hasTerminal)('on a terminal, colours what it colours and nothing from the notes', () => {
    const run = cliInTerminal(['status', '--vault', hostileVault(), '--date', DAY], { NO_COLOR: undefined });
    expect(run.code).toBe(0);
    expect(run.out).toContain(`${ESC}[1mName${ESC}[0m`);
    expect(run.out).toMatch(/^␛\]0;pwned␇ +␛\[2Jboss /m);
    const withoutOwnColours = run.out.replace(OWN_COLOUR, '').replace(/\r\n/g, '\n');
    expect(withoutOwnColours).not.toMatch(RAW_CONTROL);
  });
});
