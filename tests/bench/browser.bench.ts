/**
 * npm run bench:browser: the built extension in Chromium on the Gmail fixture. A 2,000-word email is
 * pasted, then 300 characters are typed at human speed (60–260 ms a key, a pause after each
 * sentence). Reported: long tasks (> 50 ms) on the page while typing, and the time from the last input event to updated highlights
 * (performance measures the content script records when the page has data-candor-measure). Also the long
 * tasks before typing (page load, Candor's first load, the pasted email's first lint), next to the same
 * steps in Chromium without the extension.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, GMAIL, GMAIL_NEW_BODY, highlightTexts, launchContext, ROOT, SHOTS } from '../e2e/extension';
import { generatedEmail, rng } from './corpus';
import { test, type Page } from '@playwright/test';

const BODY = GMAIL_NEW_BODY;
const TYPED =
  'I am sorry that we sent the wrong invoice. We have corrected it and refunded the fee, and from now on every invoice is checked twice before it goes out. If anything is unclear, just reply to this email. Thanks for your patience with us today, Sam';

/** Long tasks on the page from its first script on (a buffered observer installed before the page loads). */
async function observeLongTasksFromLoad(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __loadTasks: number[] };
    w.__loadTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__loadTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
}
const loadTasks = (page: Page) => page.evaluate(() => (window as unknown as { __loadTasks: number[] }).__loadTasks.map((d) => Math.round(d)));

/**
 * The page without the extension, through the same steps up to typing: the long tasks the page has of
 * its own, to compare with the ones while Candor loads.
 */
async function baselineLoadTasks(email: string): Promise<number[]> {
  const context = await launchContext([], 'en-US', false);
  const page = context.pages()[0] ?? (await context.newPage());
  await observeLongTasksFromLoad(page);
  await page.goto(GMAIL);
  await page.locator('#compose-button').click();
  await expect(page.locator(BODY)).toBeFocused();
  await page.keyboard.insertText(email);
  await page.waitForTimeout(3000);
  const tasks = await loadTasks(page);
  await context.close();
  return tasks;
}

test('@bench typing into a 2,000-word email', async () => {
  const foreign: string[] = [];
  const context = await launchContext(foreign);
  const page = context.pages()[0] ?? (await context.newPage());
  await observeLongTasksFromLoad(page);
  await page.goto(GMAIL);
  await page.evaluate(() => document.documentElement.setAttribute('data-candor-measure', ''));
  await page.locator('#compose-button').click();
  const body = page.locator(BODY);
  await expect(body).toBeFocused();

  const email = generatedEmail(2000).trim();
  await page.keyboard.insertText(email);
  await expect.poll(async () => (await highlightTexts(page, 'candor-evasive')).length, { timeout: 20_000 }).toBeGreaterThan(0);
  await page.waitForTimeout(3000);

  // Long tasks so far: page load, the app's first load (the fixture has a compose body from the start),
  // the first lint of the pasted email.
  const beforeTyping = await loadTasks(page);
  // Long tasks from now on, observed in the page (the content script runs on the same main thread).
  await page.evaluate(() => {
    performance.clearMeasures();
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push(e.duration);
    }).observe({ type: 'longtask' });
  });
  // Type at the end of the last paragraph, before the sign-off ("Best,").
  await body.evaluate((el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let last: Text | null = null;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if ((n as Text).data.trim() === 'Best,') break;
      if ((n as Text).data.trim()) last = n as Text;
    }
    if (!last) throw new Error('no paragraph before the sign-off');
    const r = document.createRange();
    r.setStart(last, last.data.length);
    r.collapse(true);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(r);
  });
  await page.keyboard.type(' ');
  const typed = TYPED.padEnd(300, ' and more').slice(0, 300);
  // Human rhythm (fixed seed): 60–260 ms between keys, a pause after each sentence.
  const rand = rng(300);
  for (const ch of typed) {
    await page.keyboard.type(ch);
    await page.waitForTimeout(/[.!?]/.test(ch) ? 700 : 60 + Math.floor(rand() * 200));
  }
  await page.waitForTimeout(1000);

  const r = await page.evaluate(() => ({
    longTasks: (window as unknown as { __longTasks: number[] }).__longTasks,
    inputToHighlight: performance.getEntriesByName('candor-input-to-highlight').map((e) => e.duration),
    lintAndPaint: performance.getEntriesByName('candor-lint-and-paint').map((e) => e.duration),
  }));
  await page.screenshot({ path: join(SHOTS, 'bench-2000-words.png') });
  await context.close();
  const baseline = await baselineLoadTasks(email);

  const pct = (xs: number[], p: number) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] : NaN);
  const r1 = (x: number) => Math.round(x * 10) / 10;
  const out = {
    words: email.split(/\s+/).length,
    typedCharacters: typed.length,
    keyDelayMs: '60–260',
    longTasksWhileTyping: r.longTasks.length,
    longestTaskMs: r1(Math.max(0, ...r.longTasks)),
    inputToHighlight: { count: r.inputToHighlight.length, p50Ms: r1(pct(r.inputToHighlight, 50)), p95Ms: r1(pct(r.inputToHighlight, 95)) },
    lintAndPaint: { count: r.lintAndPaint.length, p50Ms: r1(pct(r.lintAndPaint, 50)), p95Ms: r1(pct(r.lintAndPaint, 95)), maxMs: r1(Math.max(0, ...r.lintAndPaint)) },
    foreignRequests: foreign.length,
    longTasksBeforeTypingMs: beforeTyping,
    longTasksBeforeTypingWithoutExtensionMs: baseline,
  };
  console.log("   updates over 20 ms (index, ms):", r.lintAndPaint.map((d, i) => [i, Math.round(d)]).filter(([, d]) => d > 20));
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  writeFileSync(join(ROOT, 'test-results', 'bench-browser.json'), JSON.stringify(out, null, 2));
  console.log(`
6. In the browser (Gmail fixture, ${out.words}-word email, ${out.typedCharacters} characters typed, ${out.keyDelayMs} ms between keys)
   long tasks (> 50 ms) while typing   ${out.longTasksWhileTyping} (longest ${out.longestTaskMs} ms; target 0)
   input → updated highlights          p50 ${out.inputToHighlight.p50Ms} ms, p95 ${out.inputToHighlight.p95Ms} ms (${out.inputToHighlight.count} updates; includes the 150 ms pause Candor waits for)
   lint + paint per update              p50 ${out.lintAndPaint.p50Ms} ms, p95 ${out.lintAndPaint.p95Ms} ms, longest ${out.lintAndPaint.maxMs} ms
   long tasks before typing (page load, Candor's first load, the pasted email's first lint): ${beforeTyping.length ? beforeTyping.join(', ') + ' ms' : 'none'}
   the same steps without the extension: ${baseline.length ? baseline.join(', ') + ' ms' : 'none'}`);
  // The run must have measured something; this checks the harness, not a timing.
  expect(out.lintAndPaint.count).toBeGreaterThan(0);
});
