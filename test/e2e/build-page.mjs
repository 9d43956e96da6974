// Builds the end-to-end page into test/e2e/page/dist/: the fake Obsidian app and the harness
// (entry.ts, bundled by esbuild), the production main.js loaded as-is inside a CommonJS wrapper,
// the plugin's styles.css, our Obsidian-like theme, and the demo vault embedded as a JSON map.
// Run `npm run build` first: this script refuses to test a stale or missing main.js silently.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import esbuild from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pageDir = fileURLToPath(new URL('./page/', import.meta.url));
const distDir = fileURLToPath(new URL('./page/dist/', import.meta.url));
const vaultDir = fileURLToPath(new URL('../demo-vault/', import.meta.url));

function fail(message) {
  console.error(`build-page: ${message}`);
  process.exit(1);
}

/**
 * Every note of the demo vault, path → text. Hidden entries (the config folder among them) are not
 * part of the vault, as in Obsidian; the root README.md describes the vault and is no note.
 */
function readVault(dir, prefix = '') {
  const files = {};
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = `${prefix}${entry.name}`;
    if (entry.name.startsWith('.') || path === 'README.md') continue;
    if (entry.isDirectory()) Object.assign(files, readVault(`${dir}${entry.name}/`, `${path}/`));
    else if (entry.isFile()) files[path] = readFileSync(`${dir}${entry.name}`, 'utf8');
  }
  return files;
}

for (const product of ['main.js', 'styles.css', 'manifest.json']) {
  if (!existsSync(`${root}${product}`)) fail(`${product} is missing; run \`npm run build\` first.`);
}
const mainJs = readFileSync(`${root}main.js`, 'utf8');
const manifest = JSON.parse(readFileSync(`${root}manifest.json`, 'utf8'));
const vault = readVault(vaultDir);

// Obsidian draws Lucide icons: the page draws the same ones (lucide-static), so that screenshots show
// what users see. Only the icons named in main.js or the fake app are embedded.
const iconNodes = JSON.parse(readFileSync(`${root}node_modules/lucide-static/icon-nodes.json`, 'utf8'));
const fakeSources = readdirSync(`${root}test/fake-obsidian`).filter((name) => name.endsWith('.ts')).map((name) => readFileSync(`${root}test/fake-obsidian/${name}`, 'utf8'));
const named = new Set([mainJs, ...fakeSources].flatMap((text) => [...text.matchAll(/["'`]([a-z0-9-]+)["'`]/g)].map((match) => match[1])));
// Names Obsidian still accepts for icons Lucide renamed, and Obsidian's own collapse triangle (drawn
// here as Lucide's nearest, a chevron).
const ALIASES = { 'alert-triangle': 'triangle-alert', 'more-horizontal': 'ellipsis', 'more-vertical': 'ellipsis-vertical', 'right-triangle': 'chevron-down' };
const icons = Object.fromEntries(
  [...named].flatMap((name) => {
    const nodes = iconNodes[name] ?? iconNodes[ALIASES[name] ?? ''];
    return nodes ? [[name, nodes]] : [];
  }),
);

rmSync(distDir, { recursive: true, force: true });
mkdirSync(distDir, { recursive: true });

// As Obsidian does, the bundle runs as the body of a function given module, exports and require.
// A separate script keeps main.js byte-for-byte what ships, with its own name in stack traces.
writeFileSync(
  `${distDir}plugin.js`,
  `window.__pluginFactory = (function (module, exports, require) {\n${mainJs}\n});\n`,
);

await esbuild.build({
  entryPoints: [`${pageDir}entry.ts`],
  bundle: true,
  format: 'iife',
  target: 'es2020',
  platform: 'browser',
  outfile: `${distDir}entry.js`,
  sourcemap: 'inline',
  logLevel: 'warning',
  define: {
    __DEMO_VAULT__: JSON.stringify(vault),
    __PLUGIN_MANIFEST__: JSON.stringify(manifest),
    __LUCIDE_ICONS__: JSON.stringify(icons),
  },
});

copyFileSync(`${root}styles.css`, `${distDir}styles.css`);
copyFileSync(`${pageDir}obsidian-theme.css`, `${distDir}obsidian-theme.css`);
copyFileSync(`${pageDir}index.html`, `${distDir}index.html`);

const size = (name) => `${(statSync(`${distDir}${name}`).size / 1024).toFixed(1)} kB`;
process.stdout.write(
  `build-page: ${Object.keys(vault).length} vault files, ${Object.keys(icons).length} icons, main.js ${size('plugin.js')}, entry.js ${size('entry.js')} → test/e2e/page/dist/\n`,
);
