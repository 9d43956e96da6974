import { defineConfig, globalIgnores } from 'eslint/config';
import obsidianmd from 'eslint-plugin-obsidianmd';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default defineConfig([
  globalIgnores([
    'node_modules/',
    'main.js',
    'cli.cjs',
    'styles.css',
    'test/e2e/page/dist/',
    // `npm run demo` installs the built plugin into the demo vault; it is a build product too.
    'test/demo-vault/.obsidian/',
    'package-lock.json',
    // `npm run mutate`: its reports and the sandbox copies of the project it tests in.
    'reports/',
    '.stryker-tmp*/',
  ]),
  ...obsidianmd.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.mjs', '.ci/*.mjs', 'test/*.mjs', 'test/e2e/*.mjs', 'test/bench/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    // The core must run in Node, in the CLI and in the plugin alike.
    files: ['src/core/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: 'obsidian', message: 'src/core is pure: keep Obsidian in src/obsidian.' }] },
      ],
    },
  },
  {
    // Tests, the fake Obsidian, benchmarks and build scripts run in Node (or build the browser page),
    // never inside the plugin bundle: Node modules and DOM construction by hand are their job.
    files: ['test/**/*.{ts,mjs}', '*.mjs', '*.ts', '.ci/**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'obsidianmd/no-nodejs-modules': 'off',
      'import/no-extraneous-dependencies': 'off',
      'obsidianmd/prefer-create-el': 'off',
      'obsidianmd/no-global-this': 'off',
      'obsidianmd/prefer-window-timers': 'off',
      'obsidianmd/ui/sentence-case': 'off',
      'no-restricted-globals': 'off',
      // Tests play the user and the app: they delete files, name the demo vault's config folder
      // and hold fake files that the type checker sees as real ones.
      'obsidianmd/hardcoded-config-path': 'off',
      'obsidianmd/prefer-file-manager-trash-file': 'off',
      'obsidianmd/no-tfile-tfolder-cast': 'off',
    },
  },
  {
    // The command-line tool runs in Node and is bundled to cli.cjs, never into the plugin.
    files: ['cli/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    // Outside Obsidian there is no Vault#configDir to ask: the plugin's data.json is read from .obsidian.
    rules: { 'obsidianmd/no-nodejs-modules': 'off', 'no-restricted-globals': 'off', 'obsidianmd/hardcoded-config-path': 'off' },
  },
  {
    // The fake plays Obsidian itself: it styles elements, deletes files and knows its config folder
    // the way the app does, so the rules that keep plugins off those paths do not apply to it.
    files: ['test/fake-obsidian/**/*.ts'],
    rules: {
      'obsidianmd/prefer-instanceof': 'off',
      'obsidianmd/no-static-styles-assignment': 'off',
      'obsidianmd/prefer-file-manager-trash-file': 'off',
      'obsidianmd/hardcoded-config-path': 'off',
    },
  },
  {
    // The manifest rule only runs when the manifest itself is linted as JSON.
    // typescript-estree parses a .json file as one object expression, which is what the rule reads.
    files: ['manifest.json'],
    languageOptions: { parser: tseslint.parser, parserOptions: { project: null, projectService: false } },
    plugins: { obsidianmd },
    rules: { 'obsidianmd/validate-manifest': 'error' },
  },
]);
