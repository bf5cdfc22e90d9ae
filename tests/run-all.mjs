#!/usr/bin/env node
// `npm test`: type-check, unit tests (vitest), web-ext lint, end-to-end tests (the built extension in
// Chromium through Playwright, and in Firefox ESR through puppeteer-core),
// then one closing line "N passed, N failed" over all of them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const results = join(root, 'test-results');
mkdirSync(results, { recursive: true });
const run = (cmd, args) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : process.env.FORCE_COLOR } }).status ?? 1;

let passed = 0;
let failed = 0;
const only = process.argv[2]; // "unit" or "e2e"

console.log('\n▶ type-check');
if (run(bin('tsc'), ['--noEmit', '-p', '.']) === 0) passed++;
else failed++;

if (only !== 'e2e') {
  console.log('\n▶ unit tests (vitest)');
  rmSync(join(results, 'vitest.json'), { force: true });
  run(bin('vitest'), ['run', '-c', 'tests/vitest.config.ts', '--reporter=default', '--reporter=./tests/summary-reporter.ts', '--reporter=json', '--outputFile.json=test-results/vitest.json']);
  try {
    const v = JSON.parse(readFileSync(join(results, 'vitest.json'), 'utf8'));
    passed += v.numPassedTests;
    failed += v.numFailedTests + (v.numFailedTestSuites ?? 0) + (v.numTotalTests === 0 ? 1 : 0);
  } catch {
    console.error('vitest did not write its results');
    failed++;
  }
}

if (only !== 'unit') {
  // The Firefox package as addons.mozilla.org checks it: no errors allowed; the remaining warnings are
  // explained in the README ("Store packages").
  console.log('\n▶ web-ext lint (Firefox build)');
  const ff = join(root, '.output', 'firefox-mv2');
  if (!existsSync(join(ff, 'manifest.json'))) {
    console.error('The Firefox build is missing: run `npm run build` first.');
    failed++;
  } else {
    const lint = spawnSync(bin('web-ext'), ['lint', '-s', ff, '--output', 'json', '--no-config-discovery'], { cwd: root, encoding: 'utf8' });
    try {
      const r = JSON.parse(lint.stdout);
      for (const m of [...r.errors, ...r.warnings]) console.log(`  ${m.type ?? ''} ${m.code} ${m.file ?? ''}: ${m.message}`);
      console.log(`  ${r.summary.errors} errors, ${r.summary.warnings} warnings, ${r.summary.notices} notices`);
      if (r.summary.errors === 0) passed++;
      else failed++;
    } catch {
      console.error('web-ext lint did not answer:', lint.stderr || lint.stdout);
      failed++;
    }
  }

  console.log('\n▶ end-to-end tests (Playwright, built extension in Chromium)');
  if (!existsSync(join(root, '.output', 'chrome-mv3', 'manifest.json'))) {
    console.error('The extension is not built: run `npm run build` first (the README\'s install command does).');
    failed++;
  } else {
    playwright('tests/e2e/playwright.config.ts', 'e2e.json');
  }

  // The core path again in Debian's firefox-esr with the Firefox package (puppeteer-core over WebDriver BiDi).
  console.log('\n▶ end-to-end tests (puppeteer-core, built extension in Firefox ESR)');
  playwright('tests/e2e-firefox/playwright.config.ts', 'e2e-firefox.json');
}

/** Runs one Playwright config and adds up its JSON report (a missing report counts as a failure). */
function playwright(config, report) {
  rmSync(join(results, report), { force: true });
  run(bin('playwright'), ['test', '-c', config]);
  try {
    const e = JSON.parse(readFileSync(join(results, report), 'utf8'));
    passed += e.stats.expected + e.stats.flaky;
    failed += e.stats.unexpected + (e.errors?.length ?? 0);
  } catch {
    console.error(`Playwright did not write ${report} (${config})`);
    failed++;
  }
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
