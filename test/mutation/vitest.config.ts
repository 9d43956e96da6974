// The one vitest config StrykerJS's runner takes: the unit and integration projects of the project's
// vitest.config.ts, run in one reused child process, quick tests first.
import { defineConfig, type Plugin, type TestProjectConfiguration, type TestProjectInlineConfiguration } from 'vitest/config';
import base from '../../vitest.config';
import { FastestFirst } from './fastest-first';

const MEASURED = ['unit', 'integration'];
// Test files that replace modules with vi.mock need a module registry of their own, which a shared
// process does not give them. They test the Obsidian shell, not src/core, so they kill no mutant.
const NEEDS_OWN_MODULES = ['test/integration/question-index-lazy.test.ts'];

// The runner asks vitest for worker threads, which made tests that wait a fixed time flaky; its
// request overrides a project's `pool`, so the choice is made again once the config is resolved.
// Each mutant runs a handful of test files: starting a fresh process for each file (vitest's
// isolation) cost more than the tests themselves, and the tests pass in one shared process.
const forks: Plugin = {
  name: 'one-on-ones:forks',
  configResolved(config) {
    if (config.test) {
      config.test.pool = 'forks';
      config.test.isolate = false;
    }
  },
};

function isInline(project: TestProjectConfiguration): project is TestProjectInlineConfiguration {
  return typeof project === 'object' && !(project instanceof Promise);
}

const projects = (base.test?.projects ?? [])
  .filter(isInline)
  .filter((project) => {
    const name = project.test?.name;
    return MEASURED.includes((typeof name === 'string' ? name : name?.label) ?? '');
  })
  .map((project) => ({
    ...project,
    plugins: [...(project.plugins ?? []), forks],
    test: { ...project.test, exclude: [...(project.test?.exclude ?? []), ...NEEDS_OWN_MODULES] },
  }));

// A renamed project must not quietly drop its tests out of the mutation score.
if (projects.length !== MEASURED.length) throw new Error(`vitest.config.ts must define the projects ${MEASURED.join(' and ')}`);

export default defineConfig({ ...base, test: { ...base.test, projects, sequence: { sequencer: FastestFirst } } });
