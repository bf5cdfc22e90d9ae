import { bodyHtml, expect, highlightTexts, OUTLOOK, phraseCenter, SHOTS, test } from './extension';
import { join } from 'node:path';
import { OUTLOOK_BLAME, OUTLOOK_BLAME_UNDERLINES } from './shared';

const BODY = '#reply-form [contenteditable="true"]';

test('Outlook reply: only the new text is linted (not #Signature, not history after #divRplyFwdMsg); replace and undo', async ({ page, foreignRequests }) => {
  await page.goto(OUTLOOK);
  const badge = page.locator('candor-ui').getByRole('button', { name: /^Candor:/ });
  await expect(badge).toHaveCount(1);
  await expect(badge).toHaveAccessibleName('Candor: no suggestions');
  const original = await bodyHtml(page, BODY);

  const first = page.locator(`${BODY} .elementToProof`).first();
  await first.click();
  await page.keyboard.type(OUTLOOK_BLAME, { delay: 2 });
  await expect.poll(() => highlightTexts(page, 'candor-evasive')).toEqual(OUTLOOK_BLAME_UNDERLINES);
  await expect(badge).toHaveAccessibleName(/^Candor: \d+ suggestions$/);

  // Nothing in the signature or the quoted history is flagged.
  const all = [...(await highlightTexts(page, 'candor-evasive')), ...(await highlightTexts(page, 'candor-detail'))];
  expect(all.some((t) => /Per our policy|Mistakes were made|beyond our control/.test(t))).toBe(false);

  const p = await phraseCenter(page, BODY, 'correspondent bank');
  await page.mouse.move(p.x, p.y);
  const card = page.getByRole('dialog', { name: /^Blame-shifting/ });
  await expect(card).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'outlook-card.png') });
  await card.getByRole('button', { name: 'Dismiss' }).click();
  await expect.poll(() => highlightTexts(page, 'candor-evasive')).toEqual(['We are hoping to release it soon']);

  const h = await phraseCenter(page, BODY, 'hoping to release');
  await page.mouse.click(h.x, h.y);
  await expect(page.getByRole('dialog', { name: /^Hedging/ })).toBeVisible();
  await page.getByRole('dialog', { name: /^Hedging/ }).getByRole('button', { name: /Commit/ }).click();
  await expect(page.locator(BODY)).toContainText('bank. We will release it soon.');
  await page.keyboard.press('Control+z');
  await expect(page.locator(BODY)).toContainText('bank. We are hoping to release it soon.');

  // The history and signature HTML are exactly as they were.
  const after = await bodyHtml(page, BODY);
  expect(after.slice(after.indexOf('<div id="Signature">'))).toBe(original.slice(original.indexOf('<div id="Signature">')));
  expect(foreignRequests).toEqual([]);
});

test('Outlook: "Turn off this rule" applies at once and is saved to settings', async ({ page, context }) => {
  await page.goto(OUTLOOK);
  await page.locator(`${BODY} .elementToProof`).first().click();
  await page.keyboard.type('Sorry, this was only a minor delay of two days.', { delay: 2 });
  await expect.poll(() => highlightTexts(page, 'candor-evasive')).toEqual(['only a minor delay']);
  const p = await phraseCenter(page, BODY, 'minor delay');
  await page.mouse.click(p.x, p.y);
  await page.getByRole('dialog', { name: /^Minimizing/ }).getByRole('button', { name: 'Turn off this rule' }).click();
  await expect.poll(() => highlightTexts(page, 'candor-evasive')).toEqual([]);
  // A new tab reads the saved setting.
  const page2 = await context.newPage();
  await page2.goto(OUTLOOK.replace('office.com', 'live.com'));
  await page2.locator(`${BODY} .elementToProof`).first().click();
  await page2.keyboard.type('Sorry, this was only a minor delay of two days.', { delay: 1 });
  await expect(page2.locator('candor-ui').getByRole('button', { name: /^Candor: \d+ suggestions$/ })).toBeVisible();
  expect(await highlightTexts(page2, 'candor-evasive')).toEqual([]);
});
