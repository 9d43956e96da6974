// 10,000 random interleavings of external edits, index refreshes and rollup clicks against the real
// LineWriter and the fake vault. A model of the note tracks which logical line each line is, so
// every write the writer makes can be judged independently of how the writer finds its line.
import { describe, expect, it } from 'vitest';
import { scanActionItems } from '../../src/core/tasks/actions';
import type { CalendarDay } from '../../src/core/calendar/dates';
import { planToggle } from '../../src/core/query/plan-toggle';
import type { PlannedEdit } from '../../src/core/tasks/task-edit';
import { splitLines } from '../../src/core/markdown/text-lines';
import { LineWriter, type WriteResult } from '../../src/obsidian/platform/line-writer';
import { Vault } from '../fake-obsidian/vault';
import { mulberry32 } from '../support/seeded-random';
import { underMutation } from '../support/mutation-run';

// Each mutant of `npm run mutate` is tried on a tenth of them (test/support/mutation-run.ts says why).
const SCENARIOS = underMutation ? 1_000 : 10_000;
const TODAY = '2026-11-20' as CalendarDay;
const PATH = 'note.md';


/** A line of the note and the logical line it is: copies keep their original's lineage. */
interface ModelLine {
  lineage: number;
  text: string;
  ending: '\n' | '\r\n';
}

const render = (lines: readonly ModelLine[]) => lines.map((l) => l.text + l.ending).join('');

interface Click {
  edit: PlannedEdit;
  lineage: number;
  result?: WriteResult;
}

interface Tally {
  writes: number;
  refusals: number;
  wrongLine: number;
  lostEdits: number;
  missed: number;
  twins: number;
}

async function scenario(seed: number, vault: Vault, writer: LineWriter, tally: Tally): Promise<string[]> {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];
  const failures: string[] = [];
  let next = 0;
  // Some texts repeat across lineages on purpose: identical lines are where writers go wrong.
  const newLine = (): ModelLine => {
    const id = next++;
    const shared = random() < 0.25;
    const status = pick([' ', ' ', 'x', '/']) ?? ' ';
    const text = random() < 0.2 ? `plain note ${id}` : `- [${status}] ${shared ? 'follow up' : `task ${id}`}${status === 'x' ? ' ✅ 2026-11-01' : ''}`;
    return { lineage: id, text, ending: random() < 0.3 ? '\r\n' : '\n' };
  };
  let model: ModelLine[] = Array.from({ length: 2 + Math.floor(random() * 6) }, newLine);
  const file = vault.getFileByPath(PATH);
  if (!file) throw new Error('the note is missing');
  await vault.modify(file, render(model));
  let snapshot = model.map((l) => ({ ...l }));
  const clicks: Click[] = [];

  // Edits to one file run one after another, so each process call belongs to the oldest waiting click.
  let served = 0;
  const realProcess = vault.process.bind(vault);
  vault.process = async (target, fn, options) =>
    realProcess(
      target,
      (data) => {
        const click = clicks[served++];
        if (data !== render(model)) failures.push('the writer saw text other than the note’s');
        const after = fn(data);
        if (!click) {
          failures.push('a write nobody asked for');
          return after;
        }
        const [before, now] = [splitLines(data), splitLines(after)];
        const changed = before.flatMap((line, i) => (line === now[i] ? [] : [i]));
        const readers = model.filter((l) => l.text === click.edit.expectedText);
        if (changed.length === 0) {
          const atPlanned = model[click.edit.line]?.text === click.edit.expectedText;
          if (atPlanned || readers.length === 1) {
            tally.missed++;
            failures.push('refused although the line could be found without guessing');
          }
          return after;
        }
        const at = changed[0] ?? -1;
        const line = model[at];
        if (changed.length > 1 || now.length !== before.length || !line || now[at] !== click.edit.newText) {
          tally.lostEdits++;
          failures.push(`a write changed lines ${changed.join(', ')}`);
          return after;
        }
        // Wrong: a line that did not read the clicked text, or a guess among identical lines.
        if (line.text !== click.edit.expectedText || (at !== click.edit.line && readers.length !== 1)) {
          tally.wrongLine++;
          failures.push(`wrote line ${at} for a click planned at line ${click.edit.line}`);
        }
        // Identical lines that swapped places cannot be told apart by their text; counted, not failed.
        if (line.lineage !== click.lineage && readers.some((l) => l.lineage === click.lineage)) tally.twins++;
        line.text = now[at] ?? '';
        return after;
      },
      options,
    );

  const external = async () => {
    const at = Math.floor(random() * (model.length + 1));
    const kind = pick(['insert', 'delete', 'edit', 'copy', 'move', 'toggle'] as const);
    if (kind === 'insert' || model.length === 0) model.splice(at, 0, newLine());
    else {
      const i = at % model.length;
      const line = model[i] as ModelLine;
      if (kind === 'delete') model.splice(i, 1);
      if (kind === 'edit') line.text = `${line.text} (edited)`;
      if (kind === 'copy') model.splice(Math.floor(random() * model.length), 0, { ...line });
      if (kind === 'move') model.splice(Math.floor(random() * model.length), 0, ...model.splice(i, 1));
      if (kind === 'toggle') line.text = line.text.replace('- [ ]', '- [x]');
    }
    model = [...model];
    await vault.modify(file, render(model));
  };

  const click = () => {
    const item = pick(scanActionItems(render(snapshot), 'Agenda'));
    if (!item) return;
    const edit = planToggle(PATH, item, TODAY, random() < 0.8);
    if (!edit) return;
    const entry: Click = { edit, lineage: snapshot[item.line]?.lineage ?? -1 };
    clicks.push(entry);
    void writer.apply(edit).then((result) => {
      entry.result = result;
      if (result.ok) tally.writes++;
      else tally.refusals++;
      if (!result.ok && !result.reason.includes(`"${PATH}"`)) failures.push('a refusal does not name the file');
    });
  };

  const steps = 3 + Math.floor(random() * 8);
  for (let step = 0; step < steps; step++) {
    const r = random();
    if (r < 0.4) click();
    else if (r < 0.7) await external();
    else if (r < 0.85) snapshot = model.map((l) => ({ ...l }));
    else for (let i = Math.floor(random() * 4); i > 0; i--) await Promise.resolve();
  }
  for (let i = 0; i < 200 && clicks.some((c) => c.result === undefined); i++) await Promise.resolve();
  for (let i = 0; i < 20 && clicks.some((c) => c.result === undefined); i++) await new Promise((resolve) => setTimeout(resolve, 0));
  vault.process = realProcess;
  if (clicks.some((c) => c.result === undefined)) failures.push('a write never finished');
  if (vault.peek(PATH) !== render(model)) {
    tally.lostEdits++;
    failures.push('the note differs from every edit made to it');
  }
  return failures;
}

describe('LineWriter under random interleavings', () => {
  it(`makes zero wrong-line writes and loses zero edits in ${SCENARIOS.toLocaleString('en')} interleavings`, async () => {
    const vault = new Vault();
    vault.createSync(PATH, '');
    const app = { vault, workspace: { getLeavesOfType: () => [] } };
    const writer = new LineWriter(app as never);
    const tally: Tally = { writes: 0, refusals: 0, wrongLine: 0, lostEdits: 0, missed: 0, twins: 0 };
    const failed: string[] = [];
    for (let seed = 1; seed <= SCENARIOS; seed++) {
      const failures = await scenario(seed, vault, writer, tally);
      if (failures.length > 0) failed.push(`seed ${seed}: ${failures.join('; ')}`);
    }
    process.stdout.write(`interleavings: ${SCENARIOS} scenarios, ${tally.writes} writes, ${tally.refusals} refusals, ${tally.wrongLine} wrong-line, ${tally.lostEdits} lost, ${tally.missed} missed, ${tally.twins} between swapped identical lines\n`);
    expect(failed.slice(0, 5)).toEqual([]);
    expect(tally).toMatchObject({ wrongLine: 0, lostEdits: 0, missed: 0 });
    expect(tally.writes).toBeGreaterThan(SCENARIOS / 2);
    expect(tally.refusals).toBeGreaterThan(100);
  }, 120_000);
});
