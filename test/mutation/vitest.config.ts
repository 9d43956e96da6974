// The one vitest config StrykerJS's runner takes: the unit and integration projects of the project's
// vitest.config.ts, run in one reused child process, quick tests first.
import { defineConfig, type Plugin, type TestProjectConfiguration, type TestProjectInlineConfiguration } from 'vitest/config';
import base from '../../vitest.config';
import { FastestFirst } from './fastest-first';
import { reusedForks } from './reused-forks';

const MEASURED = ['unit', 'integration'];
// Left out of the mutation run, as they test the Obsidian shell, not src/core:
// - a test file that replaces modules with vi.mock needs a module registry of its own, which a shared
//   process does not give it;
// - the rollup's drawing in chunks draws 1,000 rows in happy-dom (0.4–0.7 s a test, for each of the
//   ~1,800 mutants it reaches); the core code it runs, the rollup tests run as well.
const SHELL_ONLY = ['test/integration/question-index-lazy.test.ts', 'test/integration/rollup-chunks.test.ts'];

// The runner asks vitest for worker threads, which made tests that wait a fixed time flaky; its
// request overrides a project's `pool`, so the choice is made again once the config is resolved.
// Each mutant runs a handful of test files: starting a fresh process for each file (vitest's
// isolation), or for each mutant (vitest's forks pool), cost more than the tests themselves; the
// tests pass in one shared process, which reused-forks.ts keeps from one mutant to the next.
const forks: Plugin = {
  name: 'one-on-ones:reused-forks',
  configResolved(config) {
    if (config.test) {
      config.test.pool = reusedForks;
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
    test: { ...project.test, exclude: [...(project.test?.exclude ?? []), ...SHELL_ONLY] },
  }));

// A renamed project must not quietly drop its tests out of the mutation score.
if (projects.length !== MEASURED.length) throw new Error(`vitest.config.ts must define the projects ${MEASURED.join(' and ')}`);

// MUTATE_TESTS=test/unit/a.test.ts,test/integration/b.test.ts runs only those files: a quick way to see
// which of a module's mutants a new test kills (see README, Develop). Not for a score.
const chosen = process.env.MUTATE_TESTS?.split(',').map((file) => file.trim()).filter((file) => file !== '');
const run = chosen
  ? projects
      .map((project) => ({ ...project, test: { ...project.test, include: chosen.filter((file) => file.startsWith(`test/${project.test?.name as string}/`)) } }))
      .filter((project) => project.test.include.length > 0)
  : projects;
if (chosen && run.length === 0) throw new Error(`MUTATE_TESTS names no file under test/unit or test/integration: ${chosen.join(', ')}`);

export default defineConfig({ ...base, test: { ...base.test, projects: run, sequence: { sequencer: FastestFirst } } });
