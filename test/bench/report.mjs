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
writeFileSync('BENCHMARKS.md', lines.join('\n'));
process.stdout.write(`BENCHMARKS.md: ${sections.length} sections, ${misses} budget${misses === 1 ? '' : 's'} missed\n`);
