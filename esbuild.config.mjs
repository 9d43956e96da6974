import { builtinModules } from 'node:module';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import esbuild from 'esbuild';
import { deflateRawSync } from 'node:zlib';

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

// The built-in questions are 15 KB of prose: the bundles carry them deflated (about 7 KB as base64),
// read back by src/core/questions/inflate.ts when first asked for (not at startup). The source stays plain text.
const QUESTIONS = /const BY_CATEGORY = \(\): Readonly<Record<string, string>> => \((\{[\s\S]*?\n\})\);/;
const questionsPlugin = {
  name: 'compressed-questions',
  setup(build) {
    build.onLoad({ filter: /src[\\/]core[\\/]questions[\\/]built-in-questions\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const found = QUESTIONS.exec(source);
      if (!found) throw new Error('built-in-questions.ts: the BY_CATEGORY table was not found; update esbuild.config.mjs');
      // Each category is `'id': \`lines\``, and no question holds a backquote or `${`.
      const table = Object.fromEntries([...found[1].matchAll(/'([a-z-]+)': `([^`]*)`/g)].map((entry) => [entry[1], entry[2]]));
      const categories = (found[1].match(/^ {2}\S/gm) ?? []).length;
      if (Object.keys(table).length !== categories) throw new Error(`built-in-questions.ts: ${categories} categories, of which ${Object.keys(table).length} read; update esbuild.config.mjs`);
      const packed = deflateRawSync(Buffer.from(JSON.stringify(table), 'utf8'), { level: 9 }).toString('base64');
      const contents = `import { inflatedText } from './inflate';\n${source.replace(found[0], `const BY_CATEGORY = (): Readonly<Record<string, string>> => JSON.parse(inflatedText('${packed}')) as Readonly<Record<string, string>>;`)}`;
      return { contents, loader: 'ts' };
    });
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
