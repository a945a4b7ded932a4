import { defineConfig } from 'vitest/config';

/**
 * Browser tests: real Chromium and Firefox with the built extension (see tests/e2e/README.md).
 * Browsers start slowly on small machines, so timeouts are generous, and files run one after
 * another in a single worker: at most one browser runs at a time.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    maxWorkers: 1,
    retry: 0,
    reporters: ['verbose'],
  },
});
