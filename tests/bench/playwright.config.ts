import { defineConfig } from '@playwright/test';

/** npm run bench:browser — a measurement, not a test: it prints figures and asserts nothing about time. */
export default defineConfig({
  testDir: '.',
  testMatch: 'browser.bench.ts',
  timeout: 180_000,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: '../../test-results/bench',
});
