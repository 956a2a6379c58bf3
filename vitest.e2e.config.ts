import { defineConfig } from 'vitest/config';

/** Browser tests: Debian's Chromium driven by playwright-core against a real server. */
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
