import { expect, GMAIL, test } from './extension';

test('extension loads and finds the Gmail compose body', async ({ page, extensionId }) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  await page.goto(GMAIL);
  await expect(page.getByRole('button', { name: /Candor:/ })).toHaveCount(1, { timeout: 10000 });
});
