import esbuild from 'esbuild';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { recordSection, type BenchRow } from './record';

const ROOT = join(import.meta.dirname, '..', '..');

/** Which feature a source file belongs to, for the size breakdown. */
function area(path: string): string {
  if (path.includes('node_modules/fuse.js')) return 'fuse.js (question search)';
  if (path.includes('/questions/') || path.includes('/question')) return path.includes('built-in-questions') ? 'question bank data (215 questions)' : 'questions: code';
  if (path.includes('/query/') || path.includes('rollup') || path.includes('task-text') || path.includes('task-row') || path.includes('line-writer') || path.includes('locate-edit')) return 'rollups and the line writer';
  if (path.includes('/person/') || path.includes('person-view') || path.includes('overview') || path.includes('mood-chart') || path.includes('talking-point')) return '1:1 view and overview';
  if (path.includes('due-') || path.includes('snooze') || path.includes('overdue') || path.includes('example-person')) return 'sidebar of 1:1s due';
  if (path.includes('/notes/') || path.includes('meeting-') || path.includes('people-notes') || path.includes('person-picker') || path.includes('prompt-modal')) return 'start 1:1 and meeting notes';
  if (path.includes('settings')) return 'settings';
  return 'index, parsers and wiring';
}

describe('bundle', () => {
  it('breaks main.js down by feature', async () => {
    const result = await esbuild.build({
      absWorkingDir: ROOT,
      entryPoints: ['src/main.ts'],
      bundle: true,
      external: ['obsidian', 'electron', '@codemirror/*', '@lezer/*', ...builtinModules],
      format: 'cjs',
      target: 'es2020',
      charset: 'utf8',
      minify: true,
      write: false,
      metafile: true,
      outfile: 'main.js',
    });
    const output = Object.values(result.metafile.outputs)[0];
    if (!output) throw new Error('no output');
    const sizes = new Map<string, number>();
    for (const [path, input] of Object.entries(output.inputs)) sizes.set(area(path), (sizes.get(area(path)) ?? 0) + input.bytesInOutput);
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    const rows: BenchRow[] = [...sizes].sort((a, b) => b[1] - a[1]).map(([what, bytes]) => ({ what, result: kb(bytes) }));
    rows.push({ what: 'main.js in all', result: kb(output.bytes), budget: '≤ 250 KB', ok: output.bytes <= 250 * 1024 });
    recordSection('00-bundle', 'Bundle', rows, [
      'Bytes each area adds to the minified main.js (esbuild metafile). The mandated content alone — fuse.js and the 215-question bank — is about 40 KB. The bundle check (part of npm test) fails above the 250 KB budget.',
    ]);
  });
});
