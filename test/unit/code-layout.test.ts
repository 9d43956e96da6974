// The layout README's "How the code is laid out" describes, held: layers import downwards only,
// features do not import each other, and no module imports itself through others.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');
const src = join(root, 'src');
/** The Node command line lives beside src/, which is the plugin alone; here it is the layer `cli`. */
const cliDir = join(root, 'cli');
/** A file's name in the graph: relative to src, the command line's as `cli/…`. */
const named = (file: string) => (file.startsWith(cliDir) ? `cli/${relative(cliDir, file)}` : relative(src, file));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    return entry.isDirectory() ? sources(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/g;

/** Each source file (relative to src, no extension) and what it imports: modules as written, files relative to src. */
function importGraph(): Map<string, { modules: string[]; files: string[] }> {
  const graph = new Map<string, { modules: string[]; files: string[] }>();
  for (const file of [...sources(src), ...sources(cliDir)]) {
    const text = readFileSync(file, 'utf8');
    const modules: string[] = [];
    const files: string[] = [];
    for (const match of text.matchAll(IMPORT)) {
      const spec = match[1] ?? '';
      if (spec.endsWith('.json')) continue;
      if (spec.startsWith('.')) files.push(named(resolve(dirname(file), spec)).replace(/\.ts$/, ''));
      else modules.push(spec);
    }
    graph.set(named(file).replace(/\.ts$/, ''), { modules, files });
  }
  return graph;
}

const graph = importGraph();
const layer = (file: string) => file.split('/')[0] ?? '';
/** The feature folder of a shell file: `obsidian/sidebar/x` → `sidebar`. */
const feature = (file: string) => (layer(file) === 'obsidian' ? (file.split('/')[1] ?? '') : '');
/** Shell folders every feature may use. */
const SHARED = new Set(['platform', 'ui']);

describe('the code layout', () => {
  it('keeps src/core pure: no obsidian, no DOM, no Node, and nothing from the layers above it', () => {
    const found: string[] = [];
    for (const [file, { modules, files }] of graph) {
      if (layer(file) !== 'core') continue;
      for (const name of modules) if (name === 'obsidian' || name.startsWith('node:')) found.push(`${file} → ${name}`);
      for (const target of files) if (layer(target) !== 'core') found.push(`${file} → ${target}`);
    }
    expect(found).toEqual([]);
  });

  it('keeps the shell to its own feature, the shared ui and platform folders, and the core', () => {
    const found: string[] = [];
    for (const [file, { files }] of graph) {
      if (layer(file) !== 'obsidian') continue;
      for (const target of files) {
        if (layer(target) === 'core' || feature(target) === feature(file) || SHARED.has(feature(target))) continue;
        found.push(`${file} → ${target}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('keeps the command line off obsidian and the plugin shell', () => {
    const found: string[] = [];
    for (const [file, { modules, files }] of graph) {
      if (layer(file) !== 'cli') continue;
      for (const name of modules) if (name === 'obsidian') found.push(`${file} → ${name}`);
      for (const target of files) if (layer(target) !== 'core' && layer(target) !== 'cli') found.push(`${file} → ${target}`);
    }
    expect(found).toEqual([]);
  });

  it('has no import circles, type imports included', () => {
    const circles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const path: string[] = [];
    const visit = (file: string): void => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        circles.push([...path.slice(path.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'open');
      path.push(file);
      for (const target of graph.get(file)?.files ?? []) if (graph.has(target)) visit(target);
      path.pop();
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file);
    expect(circles).toEqual([]);
  });

  it('keeps each file to one idea, under 300 lines', () => {
    const lines = (file: string) => readFileSync(file.startsWith('cli/') ? join(root, `${file}.ts`) : join(src, `${file}.ts`), 'utf8').trimEnd().split('\n').length;
    const long = [...graph.keys()].filter((file) => lines(file) > 300);
    expect(long).toEqual([]);
  });
});
