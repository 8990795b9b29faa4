import { defineConfig } from 'vitest/config';

/** Unit tests beside their code, integration tests against real servers; e2e has its own config. */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'shared', root: './shared', include: ['src/**/*.test.ts'] } },
      { test: { name: 'server', root: './server', include: ['src/**/*.test.ts'] } },
      {
        test: {
          name: 'integration',
          root: './tests',
          include: ['integration/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
    ],
  },
});
