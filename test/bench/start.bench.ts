// "Start 1:1" on huge notes (DESIGN.md §4: a note with 10,000 open items ≤ 1 s; a 20 MB note ≤ 5 s),
// through the command line on a vault folder and through the plugin against the fake Obsidian.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { settle, startSettled } from '../support/plugin-harness';
import { mb, recordSection, type BenchRow } from './record';

const ROOT = join(import.meta.dirname, '..', '..');
const PERSON = 'People/Alex Kim.md';
const EARLIER = '1-1s/Alex Kim/2026-10-09.md';
const header = '---\nperson: "[[Alex Kim]]"\ndate: 2026-10-09\n---\n## Action items\n';

/** A meeting note with `items` open tasks (every tenth with a sub-item), padded with prose to `bytes`. */
function hugeNote(items: number, bytes = 0): string {
  const tasks = Array.from({ length: items }, (_, i) => `- [ ] @me follow up on thread ${i} 📅 2026-11-${String(1 + (i % 28)).padStart(2, '0')}${i % 10 === 0 ? `\n    - [ ] ask about part ${i}` : ''}`);
  const body = `${header}${tasks.join('\n')}\n\n## Notes\n`;
  const line = 'We went through the quarter, the hiring plan and the on-call rota, and agreed what to try next.\n';
  return body + line.repeat(Math.max(0, Math.ceil((bytes - body.length) / line.length)));
}

function cliStart(note: string): number {
  const vault = mkdtempSync(join(tmpdir(), 'one-on-ones-start-'));
  try {
    mkdirSync(join(vault, 'People'), { recursive: true });
    mkdirSync(join(vault, '1-1s', 'Alex Kim'), { recursive: true });
    writeFileSync(join(vault, ...PERSON.split('/')), '---\ncadence: weekly\n---\n');
    writeFileSync(join(vault, ...EARLIER.split('/')), note);
    const started = performance.now();
    const run = spawnSync(process.execPath, [join(ROOT, 'cli.cjs'), 'start', 'Alex Kim', '--vault', vault, '--date', '2026-11-20'], { encoding: 'utf8' });
    const elapsed = performance.now() - started;
    if (run.status !== 0) throw new Error(`start failed: ${run.stderr}`);
    return elapsed;
  } finally {
    rmSync(vault, { recursive: true, force: true });
  }
}

async function pluginStart(note: string): Promise<number> {
  const { app, plugin } = await startSettled({ files: { [PERSON]: '---\ncadence: weekly\n---\n', [EARLIER]: note } });
  const started = performance.now();
  await plugin.startOneOnOne(PERSON);
  const elapsed = performance.now() - started;
  await settle(app);
  document.body.empty();
  return elapsed;
}

describe('start on huge notes', () => {
  it('measures the command line and the plugin', async () => {
    const cases = [
      { what: 'a note with 10,000 open items', note: hugeNote(10_000), budget: 1000 },
      { what: 'a 20 MB note with 1,000 open items', note: hugeNote(1_000, 20 * 1024 * 1024), budget: 5000 },
    ];
    const rows: BenchRow[] = [];
    for (const { what, note, budget } of cases) {
      const cli = cliStart(note);
      rows.push({ what: `CLI \`start\` on ${what} (${mb(note.length)}), whole process`, result: `${cli.toFixed(0)} ms`, budget: `≤ ${budget} ms`, ok: cli <= budget });
      const plugin = await pluginStart(note);
      rows.push({ what: `Plugin "Start 1:1" on ${what}, against the fake vault`, result: `${plugin.toFixed(0)} ms`, budget: `≤ ${budget} ms`, ok: plugin <= budget });
    }
    recordSection('start', 'Start 1:1 on huge notes', rows, [
      'Every open item is carried and marked `[>]` in one write per earlier note, so the work is linear in the note.',
    ]);
  });
});
