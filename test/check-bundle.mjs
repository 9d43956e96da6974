// The release bundle: minified, no source map, within the size budget of DESIGN.md §4.
import { existsSync, readFileSync, statSync } from 'node:fs';

const LIMIT = 150 * 1024;
const bytes = statSync('main.js').size;
const text = readFileSync('main.js', 'utf8');
const problems = [];
if (bytes > LIMIT) problems.push(`main.js is ${bytes} bytes, over the ${LIMIT}-byte budget`);
if (text.includes('sourceMappingURL') || existsSync('main.js.map')) problems.push('main.js carries a source map');
if (/\brequire\(["'](?:fs|path|child_process|node:[a-z_]+)["']\)/.test(text)) problems.push('main.js requires a Node module, which phones do not have');
process.stdout.write(`main.js: ${(bytes / 1024).toFixed(1)} KB of ${LIMIT / 1024} KB\n`);
if (problems.length > 0) {
  for (const problem of problems) process.stderr.write(`bundle check: ${problem}\n`);
  process.exit(1);
}
