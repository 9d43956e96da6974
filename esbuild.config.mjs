import { builtinModules } from 'node:module';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import esbuild from 'esbuild';
import { questionsPlugin } from './questions-plugin.mjs';

const production = process.argv[2] === 'production';

const pluginOptions = {
  entryPoints: ['src/main.ts'],
  bundle: true,
  external: [
    'obsidian',
    'electron',
    '@codemirror/*',
    '@lezer/*',
    ...builtinModules,
    ...builtinModules.map((name) => `node:${name}`),
  ],
  format: 'cjs',
  // ES2020 keeps ?. and ?? as written (es2018 rewrote each into longer code, about 6 KB in all);
  // every app Obsidian 1.13 runs in — its Electron, and the iOS and Android web views — has ES2020.
  target: 'es2020',
  charset: 'utf8',
  logLevel: 'info',
  sourcemap: production ? false : 'inline',
  minify: production,
  treeShaking: true,
  outfile: 'main.js',
};

// styles/ holds several CSS sources; Obsidian loads exactly one styles.css.
function bundleStyles() {
  const sources = readdirSync('styles').filter((name) => name.endsWith('.css')).sort();
  const css = sources.map((name) => readFileSync(`styles/${name}`, 'utf8')).join('\n');
  writeFileSync('styles.css', css);
}

const stylesPlugin = {
  name: 'styles',
  setup(build) {
    build.onEnd(() => bundleStyles());
  },
};

// The command-line tool runs the same core in Node; it is its own file (.cjs: package.json says
// "type": "module"), never part of main.js.
const cliOptions = {
  entryPoints: ['cli/cli.ts'],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  banner: { js: '#!/usr/bin/env node' },
  logLevel: 'info',
  minify: production,
  outfile: 'cli.cjs',
};

const contexts = [await esbuild.context({ ...pluginOptions, plugins: [stylesPlugin, questionsPlugin] }), await esbuild.context({ ...cliOptions, plugins: [questionsPlugin] })];
for (const context of contexts) {
  if (production) {
    await context.rebuild();
    await context.dispose();
  } else {
    await context.watch();
  }
}
