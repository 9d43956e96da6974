import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';

// The built-in questions are 15 KB of prose: the bundles carry them deflated (about 7 KB as base64),
// read back by src/core/questions/inflate.ts when first asked for (not at startup). The source stays plain text.
const QUESTIONS = /const BY_CATEGORY = \(\): Readonly<Record<string, string>> => \((\{[\s\S]*?\n\})\);/;
export const questionsPlugin = {
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
