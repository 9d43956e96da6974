import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const fakeObsidian = fileURLToPath(new URL('./test/fake-obsidian/index.ts', import.meta.url));

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' } },
      {
        resolve: { alias: { obsidian: fakeObsidian } },
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'happy-dom',
          setupFiles: ['test/fake-obsidian/test-setup.ts'],
        },
      },
      {
        resolve: { alias: { obsidian: fakeObsidian } },
        test: { name: 'cli', include: ['test/cli/**/*.test.ts'], environment: 'happy-dom', setupFiles: ['test/fake-obsidian/test-setup.ts'], testTimeout: 30_000 },
      },
      { test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 60_000 } },
      {
        resolve: { alias: { obsidian: fakeObsidian } },
        test: {
          name: 'bench',
          include: ['test/bench/**/*.bench.ts'],
          environment: 'happy-dom',
          setupFiles: ['test/fake-obsidian/test-setup.ts'],
          testTimeout: 600_000,
          fileParallelism: false,
          execArgv: ['--expose-gc'],
        },
      },
    ],
  },
});
