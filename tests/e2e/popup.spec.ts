import type { BrowserContext, Page } from '@playwright/test';
import { expect, GMAIL, SHOTS, test } from './extension';
import { join } from 'node:path';

/** The id of the tab showing `page`, asked of the extension's service worker while that tab is active. */
async function tabIdOf(context: BrowserContext, page: Page): Promise<number> {
  await page.bringToFront();
  const [sw] = context.serviceWorkers();
  return sw.evaluate(async () => (await chrome.tabs.query({ active: true }))[0].id!);
}

test('the popup shows the checklist of the right compose window, live, and the toolbar badge count', async ({ page, context, extensionId }) => {
  await page.goto(GMAIL);
  await page.locator('#compose-button').click();
  await page.keyboard.type('Hi,\n\nPer our policy, refunds take ten days. We shipped the wrong size.\n\nBest,\nJo', { delay: 1 });
  await page.locator('#compose-button').click();
  await page.keyboard.type('Hi,\n\nIt was just a small glitch, sorry.\n\nBest,\nJo', { delay: 1 });
  await expect(page.locator('candor-ui').getByRole('button', { name: /^Candor: \d+ suggestions$/ })).toHaveCount(2);
  const tabId = await tabIdOf(context, page);
  const [sw] = context.serviceWorkers();
  await expect.poll(() => sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toMatch(/^\d+$/);

  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 560 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await expect(popup.getByRole('status')).toHaveText('Candor is on for Gmail.');
  // Most recent first: the second window.
  await expect(popup.getByRole('combobox')).toHaveValue(/c\d+/);
  await expect(popup.locator('[data-rule="minimizing"] .count')).toHaveText('1');
  await expect(popup.locator('[data-item="apology"] .mark')).toHaveText('✓');
  await popup.screenshot({ path: join(SHOTS, 'popup.png') });
  // Pick the first window.
  const first = await popup.locator('option').nth(1).getAttribute('value');
  await popup.getByRole('combobox').selectOption(first!);
  await expect(popup.locator('[data-rule="defensive"] .count')).toHaveText('1');
  await expect(popup.locator('[data-item="ownership"] .item-detail')).toHaveText('“We shipped the wrong”');

  // Live: type in the first window and the popup follows.
  await page.locator('#compose-1 [contenteditable="true"]').click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await page.keyboard.type(' I apologise for the mix-up.', { delay: 1 });
  await expect(popup.locator('[data-item="apology"] .mark')).toHaveText('✓');
});

test('the popup on a page that is not a webmail says so; pausing a site stops Candor there', async ({ page, context, extensionId }) => {
  const other = await context.newPage();
  await other.goto('about:blank');
  const otherId = await tabIdOf(context, other);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${otherId}`);
  await expect(popup.getByRole('status')).toContainText('works in Gmail and Outlook on the web');

  await page.goto(GMAIL);
  await expect(page.locator('candor-ui').getByRole('button', { name: /^Candor:/ })).toHaveCount(1);
  const gmailId = await tabIdOf(context, page);
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${gmailId}`);
  await popup.getByRole('checkbox', { name: 'Candor on this site' }).uncheck();
  await expect(popup.getByRole('status')).toHaveText('Candor is paused for Gmail.');
  await expect(page.locator('candor-ui')).toHaveCount(0);
  await popup.getByRole('checkbox', { name: 'Candor on this site' }).check();
  await expect(page.locator('candor-ui').getByRole('button', { name: /^Candor:/ })).toHaveCount(1);
});
