// The release bundle: minified, no source map, no Node module, and within the budget of DESIGN.md §4
// (250 KB; the bytes per feature are in BENCHMARKS.md, "Bundle").
import { existsSync, readFileSync, statSync } from 'node:fs';

const BUDGET = 250 * 1024;
const bytes = statSync('main.js').size;
const text = readFileSync('main.js', 'utf8');
const problems = [];
if (bytes > BUDGET) problems.push(`main.js is ${bytes} bytes, over the ${BUDGET}-byte budget`);
if (text.includes('sourceMappingURL') || existsSync('main.js.map')) problems.push('main.js carries a source map');
if (/\brequire\(["'](?:fs|path|child_process|node:[a-z_]+)["']\)/.test(text)) problems.push('main.js requires a Node module, which phones do not have');
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
process.stdout.write(`main.js: ${kb(bytes)}, ${kb(BUDGET - bytes)} under the ${kb(BUDGET)} budget of DESIGN.md §4\n`);
if (problems.length > 0) {
  for (const problem of problems) process.stderr.write(`bundle check: ${problem}\n`);
  process.exit(1);
}
