// `{{questions}}` reads the same from the plugin and from the command line, in every question
// format: both call the one core function, on the same vault, settings and day.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FsVault } from '../../cli/fs-vault';
import { templateQuestions, vaultQuestionBank } from '../../cli/question-bank';
import type { CalendarDay } from '../../src/core/calendar/dates';
import type { QuestionFormat } from '../../src/core/questions/question-settings';
import { readDemoVault } from '../support/demo-vault';
import { onTheReferenceDay, settle, startSettled } from '../support/plugin-harness';

onTheReferenceDay(new Date(2026, 10, 20, 9, 30));

const DAY = '2026-11-20' as CalendarDay;
const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** The demo vault on disk with these settings, as the command line reads it. */
function vaultOnDisk(files: Record<string, string>, dataJson: string): FsVault {
  const root = mkdtempSync(join(tmpdir(), 'one-on-ones-questions-'));
  folders.push(root);
  for (const [path, text] of Object.entries({ ...files, '.obsidian/plugins/one-on-ones/data.json': dataJson })) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return new FsVault(root);
}

describe('{{questions}} from the plugin and the command line', () => {
  it.each(['plain', 'list', 'heading'] as const)('is the same for every person of the demo vault, format %s', async (format: QuestionFormat) => {
    const files = readDemoVault();
    const dataJson = JSON.stringify({ questionFormat: format });
    const { plugin } = await startSettled({ dataJson });
    const vault = vaultOnDisk(files, dataJson);
    const cli = templateQuestions(vault, vaultQuestionBank(vault), DAY);
    const people = vault.index.allPeople();
    expect(people.length).toBeGreaterThan(3);
    for (const person of people) {
      const lines = plugin.questions.templateQuestions(person.path);
      expect(lines, person.path).toEqual(cli(person));
      expect(lines.filter((line) => line !== '')).toHaveLength(3);
      expect(lines.every((line) => line === '' || line.startsWith(format === 'heading' ? '### ' : '- '))).toBe(true);
    }
  });

  it('writes headings into the new note when the format is "heading"', async () => {
    const { app, plugin } = await startSettled({ dataJson: JSON.stringify({ questionFormat: 'heading' }) });
    const lines = plugin.questions.templateQuestions('People/Lucas Ferreira.md');
    await plugin.startOneOnOne('People/Lucas Ferreira.md');
    await settle(app);
    const note = app.vault.peek('1-1s/Lucas Ferreira/2026-11-20 Lucas Ferreira.md') ?? '';
    expect(lines).toHaveLength(5);
    expect(note).toContain(`## Questions to try\n${lines.join('\n')}\n`);
  });
});
