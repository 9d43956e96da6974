import esbuild from 'esbuild';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { recordSection, type BenchRow } from './record';
import { questionsPlugin } from '../../questions-plugin.mjs';

const ROOT = join(import.meta.dirname, '..', '..');

/** Which feature a source file belongs to, for the size breakdown: its folder says. */
function area(path: string): string {
  if (path.includes('built-in-questions')) return 'question bank data (215 questions)';
  const folder = /src\/(core|obsidian)\/([^/]+)\//.exec(path);
  const feature = folder?.[2] ?? '';
  if (feature === 'questions') return 'questions: code';
  if (feature === 'query' || feature === 'rollups') return 'rollups';
  if (feature === 'person-view' || feature === 'view-models') return '1:1 view, overview and view models';
  if (feature === 'sidebar') return 'sidebar of 1:1s due';
  if (feature === 'start' || feature === 'talking-points') return 'start 1:1 and talking points';
  if (feature === 'settings' || feature === 'settings-tab') return 'settings';
  if (feature === 'platform' || feature === 'ui') return 'indexer, the one writer and shared UI';
  return 'core: Markdown, calendar, people, meetings, tasks, index';
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
      plugins: [questionsPlugin],
    });
    const output = Object.values(result.metafile.outputs)[0];
    if (!output) throw new Error('no output');
    const sizes = new Map<string, number>();
    for (const [path, input] of Object.entries(output.inputs)) sizes.set(area(path), (sizes.get(area(path)) ?? 0) + input.bytesInOutput);
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    const rows: BenchRow[] = [...sizes].sort((a, b) => b[1] - a[1]).map(([what, bytes]) => ({ what, result: kb(bytes) }));
    rows.push({ what: 'main.js in all', result: kb(output.bytes), budget: '≤ 250 KB', ok: output.bytes <= 250 * 1024 });
    recordSection('00-bundle', 'Bundle', rows, [
      'Bytes each area adds to the minified main.js (esbuild metafile). The mandated content alone, the 215-question bank, is 15 KB of text, carried deflated. The bundle check (part of npm test) fails above the 250 KB budget.',
    ]);
  });
});
