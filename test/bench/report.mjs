// Assembles BENCHMARKS.md from the sections the bench files recorded, with the machine they ran on.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

const dir = join(import.meta.dirname, 'results');
const sections = existsSync(dir)
  ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')))
  : [];
const cpu = cpus()[0]?.model ?? 'unknown CPU';
const lines = [
  '# Benchmarks',
  '',
  'Written by `npm run bench`; do not edit by hand. Budgets are those of DESIGN.md §4.',
  '',
  `Machine: ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}. Run on ${new Date().toISOString().slice(0, 10)}.`,
  '',
];
let misses = 0;
for (const section of sections) {
  lines.push(`## ${section.title}`, '', '| What | Result | Budget | Met |', '|---|---|---|---|');
  for (const row of section.rows) {
    const met = row.ok === undefined ? '' : row.ok ? 'yes' : '**no**';
    if (row.ok === false) misses++;
    lines.push(`| ${row.what} | ${row.result} | ${row.budget ?? ''} | ${met} |`);
  }
  if (section.notes.length > 0) lines.push('', ...section.notes.map((n) => `- ${n}`));
  lines.push('');
}
// The last `npm run mutate` (reports/mutation/mutation.json), when there is one: the score per module.
const mutation = 'reports/mutation/mutation.json';
if (existsSync(mutation)) {
  const report = JSON.parse(readFileSync(mutation, 'utf8'));
  const detected = new Set(['Killed', 'Timeout']);
  const counted = new Set(['Killed', 'Timeout', 'Survived', 'NoCoverage']);
  const score = (mutants) => {
    const valid = mutants.filter((m) => counted.has(m.status));
    return { valid: valid.length, detected: valid.filter((m) => detected.has(m.status)).length, survived: valid.filter((m) => !detected.has(m.status)).length };
  };
  const files = Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b));
  lines.push('## Mutation score (last `npm run mutate`)', '', '| Module | Mutants tested | Score | Survived or not covered |', '|---|---|---|---|');
  for (const [path, file] of files) {
    const { valid, detected: found, survived } = score(file.mutants);
    lines.push(`| ${path} | ${valid} | ${valid === 0 ? '–' : `${((100 * found) / valid).toFixed(1)} %`} | ${survived} |`);
  }
  const all = score(files.flatMap(([, file]) => file.mutants));
  lines.push(`| all modules in the run | ${all.valid} | ${all.valid === 0 ? '–' : `${((100 * all.detected) / all.valid).toFixed(1)} %`} | ${all.survived} |`, '');
  lines.push('- Score = mutants killed or timed out ÷ mutants tested (static mutants ignored). Targets: ≥ 90 % on the rule modules, ≥ 85 % over src/core.', '');
}
// What the runs took and the scores before, written by hand after a run (a run's report has no history).
const runs = 'test/mutation/runs.md';
if (existsSync(runs)) lines.push(readFileSync(runs, 'utf8').trim(), '');
writeFileSync('BENCHMARKS.md', lines.join('\n'));
process.stdout.write(`BENCHMARKS.md: ${sections.length} sections, ${misses} budget${misses === 1 ? '' : 's'} missed\n`);
