import { defineConfig } from 'vitest/config';

/**
 * Every test in one run: unit tests beside their code, integration tests against real servers,
 * end-to-end tests in Chromium. `pnpm test` runs all but e2e; `pnpm test:e2e` runs only e2e.
 */
export default defineConfig({
  test: {
    reporters: ['default', './scripts/summaryReporter.ts'],
    projects: [
      { test: { name: 'shared', root: './shared', include: ['src/**/*.test.ts'] } },
      { test: { name: 'server', root: './server', include: ['src/**/*.test.ts'] } },
      { test: { name: 'client', root: './client', include: ['src/**/*.test.ts', 'build/**/*.test.ts'] } },
      // The benchmark's own helpers (marker finding, percentiles, tables): run with the unit tests.
      { test: { name: 'bench', root: './bench', include: ['src/**/*.test.ts'] } },
      {
        test: {
          name: 'integration',
          root: './tests',
          include: ['integration/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'abuse',
          root: './tests',
          include: ['abuse/**/*.test.ts'],
          testTimeout: 90_000,
          hookTimeout: 30_000,
          // Each file starts its own server process and floods it: one at a time on two cores.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          root: './tests',
          include: ['e2e/**/*.spec.ts'],
          testTimeout: 120_000,
          hookTimeout: 60_000,
          // One browser at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
