// The order in which a mutant's tests run under `npm run mutate`. A mutant run stops at its first
// failing test, so the quick unit tests go first and the integration tests, which start the plugin,
// last; inside a project, the smaller test files first.
import { statSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const PROJECT_ORDER = ['unit', 'integration'];

function projectRank(spec: TestSpecification): number {
  const rank = PROJECT_ORDER.indexOf(spec.project.name);
  return rank === -1 ? PROJECT_ORDER.length : rank;
}

export class FastestFirst extends BaseSequencer {
  override sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const size = (spec: TestSpecification) => statSync(spec.moduleId, { throwIfNoEntry: false })?.size ?? 0;
    return Promise.resolve([...files].sort((a, b) => projectRank(a) - projectRank(b) || size(a) - size(b)));
  }
}
