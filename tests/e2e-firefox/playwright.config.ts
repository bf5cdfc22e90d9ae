import { defineConfig } from '@playwright/test';

// Runner only: the tests drive Debian's firefox-esr through puppeteer-core (see firefox.ts).
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  timeout: 90_000,
  expect: { timeout: 8_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: '../../test-results/e2e-firefox.json' }]],
  outputDir: '../../test-results/e2e-firefox',
});
