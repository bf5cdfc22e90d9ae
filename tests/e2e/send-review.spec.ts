import type { Page } from '@playwright/test';
import { expect, GMAIL, OUTLOOK, SHOTS, test } from './extension';
import { join } from 'node:path';

const BODY = '#compose-1 [contenteditable="true"]';
const INCOMPLETE = 'Hi Sam,\n\nSorry, your order was shipped to the wrong address. We will send the right one today.\n\nBest,\nJo';
const COMPLETE =
  "Hi Sam,\n\nI'm sorry that we sent your order to the wrong address; that was our mistake. The right one ships today and I've refunded your shipping. So this doesn't happen again, we now check every label against the order. Just reply if anything else isn't right.\n\nBest,\nJo";

async function compose(page: Page, text: string) {
  await page.goto(GMAIL);
  await page.locator('#compose-button').click();
  await page.keyboard.type(text, { delay: 1 });
  await expect(page.locator('candor-ui').getByRole('button', { name: /^Candor:/ }).last()).toBeVisible();
}
const sent = (page: Page) => page.evaluate(() => (window as unknown as { __sent: string[] }).__sent.length);
const dialog = (page: Page) => page.getByRole('alertdialog', { name: 'Before you send' });

test('Send with missing items shows the review; "Send anyway" sends exactly once', async ({ page, foreignRequests }) => {
  await compose(page, INCOMPLETE);
  await page.locator('#compose-1 .aoO').click();
  await expect(dialog(page)).toBeVisible();
  expect(await sent(page)).toBe(0);
  await expect(dialog(page).locator('[data-item="compensation"]')).toBeVisible();
  await expect(dialog(page).locator('[data-item="fix"]')).toHaveCount(0);
  await page.screenshot({ path: join(SHOTS, 'send-review.png') });
  await dialog(page).getByRole('button', { name: 'Send anyway' }).click();
  await expect(dialog(page)).toHaveCount(0);
  await expect.poll(() => sent(page)).toBe(1);
  await page.waitForTimeout(300);
  expect(await sent(page)).toBe(1);
  expect(foreignRequests).toEqual([]);
});

test('"Back to editing" sends nothing and returns to the draft untouched; Fix inserts the template', async ({ page }) => {
  await compose(page, INCOMPLETE);
  const before = await page.locator(BODY).innerHTML();
  await page.locator('#compose-1 .aoO').click();
  await dialog(page).getByRole('button', { name: 'Back to editing' }).click();
  await expect(dialog(page)).toHaveCount(0);
  await expect(page.locator(BODY)).toBeFocused();
  expect(await page.locator(BODY).innerHTML()).toBe(before);
  await page.waitForTimeout(300);
  expect(await sent(page)).toBe(0);
  // Again, and use "Fix" for the missing invitation.
  await page.locator('#compose-1 .aoO').click();
  await dialog(page).getByRole('button', { name: 'Fix: Invitation' }).click();
  await expect(page.locator(BODY)).toContainText('If you have any questions, just reply to this email.');
  await expect(dialog(page).locator('[data-item="invitation"]')).toHaveCount(0);
  expect(await sent(page)).toBe(0);
});

test('Ctrl+Enter is intercepted the same way', async ({ page }) => {
  await compose(page, INCOMPLETE);
  await page.keyboard.press('Control+Enter');
  await expect(dialog(page)).toBeVisible();
  expect(await sent(page)).toBe(0);
  await dialog(page).getByRole('button', { name: 'Send anyway' }).click();
  await expect.poll(() => sent(page)).toBe(1);
});

test('a complete apology and a non-incident email are sent with no dialog', async ({ page }) => {
  await compose(page, COMPLETE);
  await page.locator('#compose-1 .aoO').click();
  await expect.poll(() => sent(page)).toBe(1);
  await expect(dialog(page)).toHaveCount(0);
  await page.locator('#compose-button').click();
  await page.keyboard.type('Hi,\n\nThanks for lunch!\n\nBest,\nJo', { delay: 1 });
  await page.keyboard.press('Control+Enter');
  await expect.poll(() => sent(page)).toBe(2);
  await expect(dialog(page)).toHaveCount(0);
});

test('with the review mode off nothing is intercepted', async ({ page, context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/popup.html`);
  await options.evaluate(() => chrome.storage.sync.set({ settings: { version: 1, sendReview: 'off' } }));
  await options.close();
  await compose(page, INCOMPLETE);
  await page.locator('#compose-1 .aoO').click();
  await expect.poll(() => sent(page)).toBe(1);
  await expect(dialog(page)).toHaveCount(0);
});

test('after the extension is reloaded (dead context) Send still works and Candor cleans up', async ({ page, context }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await compose(page, INCOMPLETE);
  const [sw] = context.serviceWorkers();
  await sw.evaluate(() => chrome.runtime.reload());
  // The old content script notices within a second and removes its badges and underlines.
  await expect(page.locator('candor-ui')).toHaveCount(0, { timeout: 5000 });
  expect(await page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size)).toBe(0);
  await page.locator('#compose-1 .aoO').click();
  await expect.poll(() => sent(page)).toBe(1);
  await expect(dialog(page)).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('Outlook: Send is reviewed too', async ({ page }) => {
  await page.goto(OUTLOOK);
  await page.locator('#reply-form [contenteditable="true"] .elementToProof').first().click();
  await page.keyboard.type('Unfortunately the delay was caused by our correspondent bank.', { delay: 1 });
  await expect(page.locator('candor-ui').getByRole('button', { name: /^Candor: \d+ suggestions$/ })).toBeVisible();
  await page.locator('button.send').click();
  await expect(dialog(page)).toBeVisible();
  await dialog(page).getByRole('button', { name: 'Send anyway' }).click();
  await expect.poll(() => sent(page)).toBe(1);
});
