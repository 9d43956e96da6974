// Copies the built plugin into the demo vault so it can be opened in Obsidian as it is.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const target = join('test', 'demo-vault', '.obsidian', 'plugins', 'one-on-ones');
mkdirSync(target, { recursive: true });
for (const file of ['main.js', 'manifest.json', 'styles.css']) {
  if (!existsSync(file)) {
    process.stderr.write(`${file} is missing: run "npm run build" first\n`);
    process.exit(1);
  }
  copyFileSync(file, join(target, file));
}
process.stdout.write(`Installed One-on-ones into ${target}. Open test/demo-vault as a vault in Obsidian ("Open folder as vault").\n`);
