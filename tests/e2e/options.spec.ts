import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION, expect, GMAIL, highlightTexts, launchContext, SHOTS, test, unpackedExtensionId } from './extension';

const BODY = '#compose-1 [contenteditable="true"]';
const TEXT = 'Hi Sam,\n\nSorry, we sent the wrong size and it was just a small glitch. We checked the warehouse logs and the picking list and the packing notes and the courier manifest and the returns queue this morning.\n\nBest,\nJo';

test('a rule switched off and a threshold changed on the options page apply at once in an open Gmail compose window', async ({ page, context, extensionId, foreignRequests }) => {
  await page.goto(GMAIL);
  await page.locator('#compose-button').click();
  await page.keyboard.type(TEXT, { delay: 1 });
  await expect.poll(() => highlightTexts(page, 'candor-evasive')).toEqual(['just a small glitch']);
  expect(await highlightTexts(page, 'candor-detail')).toEqual([]);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const minimizing = options.locator('article[data-rule="minimizing"]');
  await minimizing.getByRole('checkbox', { name: 'On' }).uncheck();
  const ls = options.locator('article[data-rule="long-sentence"]');
  await ls.getByLabel('Maximum words').fill('15');
  await options.screenshot({ path: join(SHOTS, 'options.png'), fullPage: false });

  // No reload: the open compose window follows.
  await expect.poll(() => highlightTexts(page, 'candor-evasive')).toEqual([]);
  await expect.poll(() => highlightTexts(page, 'candor-detail')).toEqual([
    'We checked the warehouse logs and the picking list and the packing notes and the courier manifest and the returns queue this morning.',
  ]);
  expect(foreignRequests).toEqual([]);
});

test('export, reset everything, import restores the settings; a bad file changes nothing', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.locator('article[data-rule="hedging"]').getByLabel('Severity').selectOption('error');
  await options.locator('article[data-rule="hedging"]').getByLabel('Also flag these phrases').fill('at the end of the day');
  await options.getByLabel('Review before sending').selectOption('always');
  await options.waitForTimeout(600);
  const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export settings' }).click()]);
  const file = await download.path();
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported.rules.hedging.severity).toBe('error');
  expect(exported.rules.hedging.options.extraPhrases).toEqual(['at the end of the day']);

  await options.getByRole('button', { name: 'Reset everything' }).click();
  await expect(options.locator('article[data-rule="hedging"]').getByLabel('Severity')).toHaveValue('warning');
  await expect(options.getByLabel('Review before sending')).toHaveValue('missing');

  await options.locator('input[type=file]').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{ nope') });
  await expect(options.getByRole('alert').first()).toContainText('not valid JSON, so nothing was changed');
  await expect(options.locator('article[data-rule="hedging"]').getByLabel('Severity')).toHaveValue('warning');

  const withJunk = { ...exported, bogus: 1, rules: { ...exported.rules, nope: {} } };
  await options.locator('input[type=file]').setInputFiles({ name: 'candor-settings.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(withJunk)) });
  await expect(options.getByRole('status')).toContainText('Settings imported. Ignored or reset while importing: bogus (Unknown setting); rules.nope (Unknown rule)');
  await expect(options.locator('article[data-rule="hedging"]').getByLabel('Severity')).toHaveValue('error');
  await expect(options.getByLabel('Review before sending')).toHaveValue('always');
  await options.waitForTimeout(600);
  const stored = await options.evaluate(() => chrome.storage.sync.get('settings'));
  expect(stored.settings.rules.hedging.options.extraPhrases).toEqual(['at the end of the day']);
});

test('the options page is usable at 400 px and in dark mode', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.setViewportSize({ width: 400, height: 800 });
  await options.emulateMedia({ colorScheme: 'dark' });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('heading', { name: 'Candor settings' })).toBeVisible();
  await expect(options.locator('article.rule')).toHaveCount(15);
  const overflow = await options.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const bg = await options.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(13, 17, 23)');
  await options.screenshot({ path: join(SHOTS, 'options-400-dark.png') });
  // Keyboard: Tab reaches the controls.
  await options.bringToFront();
  await options.locator('h1').click();
  await options.keyboard.press('Tab');
  expect(await options.evaluate(() => document.activeElement?.tagName)).toMatch(/BUTTON|INPUT|TEXTAREA|SELECT/);
});

const POLICY_DIR = '/etc/chromium/policies/managed';
const canWritePolicy = (() => {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    writeFileSync(join(POLICY_DIR, '.candor-probe'), '');
    rmSync(join(POLICY_DIR, '.candor-probe'));
    return true;
  } catch {
    return false;
  }
})();

test('a managed policy locks a field', async () => {
  test.skip(!canWritePolicy, `needs write access to ${POLICY_DIR} (CI runs as root)`);
  const id = unpackedExtensionId(EXTENSION);
  const policyFile = join(POLICY_DIR, 'candor-e2e.json');
  writeFileSync(policyFile, JSON.stringify({ '3rdparty': { extensions: { [id]: { policy: { sendReview: 'always', rules: { hedging: { severity: 'error' } } } } } } }));
  const context = await launchContext([]);
  try {
    let [sw] = context.serviceWorkers();
    if (!sw) sw = await context.waitForEvent('serviceworker');
    expect(new URL(sw.url()).host).toBe(id);
    const options = await context.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    // Wait until the browser has loaded the policy, then look at the page.
    await expect.poll(() => options.evaluate(() => chrome.storage.managed.get('policy')), { timeout: 15000 }).toHaveProperty('policy.sendReview', 'always');
    await options.reload();
    const sev = options.locator('article[data-rule="hedging"]').getByLabel('Severity');
    await expect(sev).toHaveValue('error');
    await expect(sev).toBeDisabled();
    await expect(options.locator('article[data-rule="hedging"]')).toContainText('Set by your organisation');
    await expect(options.getByLabel('Review before sending')).toBeDisabled();
    await expect(options.getByLabel('Review before sending')).toHaveValue('always');
    await expect(options.locator('article[data-rule="long-sentence"]').getByLabel('Severity')).toBeEnabled();
    await options.screenshot({ path: join(SHOTS, 'options-locked.png') });
  } finally {
    await context.close();
    if (existsSync(policyFile)) rmSync(policyFile);
  }
});
