import { bodyHtml, expect, GMAIL, GMAIL_NEW_BODY, highlightTexts, openGmailCompose, phraseCenter, SHOTS, test } from './extension';
import { join } from 'node:path';
import { GMAIL_EVASIVE, GMAIL_EVASIVE_UNDERLINES } from './shared';

const NEW_BODY = GMAIL_NEW_BODY;
const REPLY_BODY = '#inline-reply [contenteditable="true"]';


test('new message: underlines, badge, card on hover and click, replace and undo, insert', async ({ page, foreignRequests }) => {
  await openGmailCompose(page);
  await page.keyboard.type(GMAIL_EVASIVE, { delay: 2 });

  const badge = page.locator('candor-ui').getByRole('button', { name: 'Candor: 10 suggestions' });
  await expect(badge).toBeVisible();
  await expect.poll(() => highlightTexts(page, 'candor-evasive')).toEqual(GMAIL_EVASIVE_UNDERLINES);

  // Hover opens the card.
  const p = await phraseCenter(page, NEW_BODY, 'Per our policy');
  await page.mouse.move(p.x, p.y);
  const card = page.getByRole('dialog', { name: /^Defensive: Per our policy/ });
  await expect(card).toBeVisible();
  await expect(card).toContainText('Quoting policy or terms at the customer sounds like a rebuttal.');
  await page.screenshot({ path: join(SHOTS, 'gmail-card-hover.png') });

  // "Remove" replaces exactly that phrase (and its comma), through the editor.
  await card.getByRole('button', { name: /Remove/ }).click();
  await expect(page.locator(NEW_BODY)).toContainText('Your order was shipped to the wrong address. We will try to resend it.');
  await expect(page.locator(NEW_BODY)).not.toContainText('Per our policy');

  // Ctrl+Z undoes it in one step.
  await page.locator(NEW_BODY).focus();
  await page.keyboard.press('Control+z');
  await expect(page.locator(NEW_BODY)).toContainText('wrong address. Per our policy, we will try to resend it.');

  // Click opens a pinned card; apply the active-voice rewrite.
  const q = await phraseCenter(page, NEW_BODY, 'shipped to the wrong');
  await page.mouse.click(q.x, q.y);
  const passiveCard = page.getByRole('dialog', { name: /^Passive that hides who failed/ });
  await expect(passiveCard).toBeVisible();
  await passiveCard.getByRole('button', { name: /we shipped your order to the wrong address/ }).click();
  await expect(page.locator(NEW_BODY)).toContainText('caused. We shipped your order to the wrong address. Per our policy');

  // The badge opens the checklist; "Insert" adds the apology before the sign-off.
  await page.locator('candor-ui').getByRole('button', { name: /^Candor: \d+ suggestions$/ }).click();
  const panel = page.getByRole('dialog', { name: 'Apology checklist' });
  await expect(panel).toBeVisible();
  await expect(panel.locator('[data-item="apology"]')).toContainText('✗');
  await expect(panel.locator('[data-item="ownership"]')).toContainText('✓');
  await page.screenshot({ path: join(SHOTS, 'gmail-checklist.png') });
  await panel.locator('[data-item="apology"]').getByRole('button', { name: /Insert/ }).click();
  const text = await page.locator(NEW_BODY).innerText();
  expect(text).toMatch(/resend it\. I'm sorry that we let you down here\.\s*\n\s*Best,\nJo/);
  await expect(panel.locator('[data-item="apology"]')).toContainText('✓');

  expect(foreignRequests).toEqual([]);
});

test('keyboard: Alt+Enter opens the card at the caret, Escape closes it and returns focus', async ({ page }) => {
  await openGmailCompose(page);
  await page.keyboard.type('Hi,\n\nSorry for the delay. It was just a small glitch on our side.\n\nBest,\nJo', { delay: 2 });
  await expect.poll(() => highlightTexts(page, 'candor-evasive')).toEqual(['just a small glitch']);
  const p = await phraseCenter(page, NEW_BODY, 'small');
  await page.mouse.click(p.x, p.y);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: /^Minimizing/ })).toHaveCount(0);
  await page.keyboard.press('Alt+Enter');
  const card = page.getByRole('dialog', { name: /^Minimizing: just a small glitch/ });
  await expect(card).toBeVisible();
  await expect(card.getByRole('button', { name: /a small glitch/ })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  await expect(page.locator(NEW_BODY)).toBeFocused();
  await page.keyboard.press('Alt+Enter');
  await expect(card).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator(NEW_BODY)).toContainText('Sorry for the delay. It was a small glitch on our side.');
});

test('reply with quote and signature: only the new text is linted; the page HTML is unchanged but for the typed text', async ({ page, foreignRequests }) => {
  await page.goto(GMAIL);
  await expect(page.locator('candor-ui').getByRole('button', { name: /^Candor:/ })).toHaveCount(1);
  const pageBefore = await page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('candor-ui').forEach((e) => e.remove());
    return clone.innerHTML;
  });
  const originalBody = await bodyHtml(page, REPLY_BODY);
  await page.locator(REPLY_BODY).click({ position: { x: 20, y: 10 } });
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('Hi Priya, to be fair, mistakes were made. It seems the label was wrong.', { delay: 2 });
  await expect.poll(() => highlightTexts(page, 'candor-evasive')).toEqual(['to be fair', 'mistakes were made', 'It seems the label was wrong']);
  const typedHtml = await bodyHtml(page, REPLY_BODY);
  expect(typedHtml.endsWith(originalBody.slice(originalBody.indexOf('<div><div dir="ltr" class="gmail_signature"')))).toBe(true);

  // Hover and click cards, open and close the checklist, and leave the text alone.
  for (const phrase of ['to be fair', 'mistakes were made', 'label was wrong']) {
    const p = await phraseCenter(page, REPLY_BODY, phrase);
    await page.mouse.move(p.x, p.y);
    await expect(page.getByRole('dialog').filter({ hasText: phrase === 'label was wrong' ? 'Vague about the cause' : '' }).first()).toBeVisible();
    await page.mouse.click(p.x, p.y);
    await page.keyboard.press('Escape');
  }
  await page.locator('candor-ui').getByRole('button', { name: /^Candor:/ }).click();
  await page.locator('candor-ui').getByRole('button', { name: /^Candor:/ }).click();
  await page.mouse.move(5, 5);
  expect(await bodyHtml(page, REPLY_BODY)).toBe(typedHtml);

  const pageAfter = await page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('candor-ui').forEach((e) => e.remove());
    return clone.innerHTML;
  });
  expect(pageAfter).toBe(pageBefore.replace(originalBody, typedHtml));
  await page.screenshot({ path: join(SHOTS, 'gmail-reply-underlines.png') });
  expect(foreignRequests).toEqual([]);
});

test('two compose windows at once, each with its own badge; closing one cleans up', async ({ page }) => {
  await page.goto(GMAIL);
  await page.locator('#compose-button').click();
  await page.keyboard.type('Hi,\n\nWe sent the wrong item. Per our policy, refunds take ten days.\n\nBest,\nJo', { delay: 1 });
  await page.locator('#compose-button').click();
  await page.keyboard.type('Hi,\n\nThanks for lunch yesterday, it was lovely.\n\nBest,\nJo', { delay: 1 });
  const badges = page.locator('candor-ui').getByRole('button', { name: /^Candor:/ });
  await expect(badges).toHaveCount(3);
  await expect(page.locator('candor-ui').getByRole('button', { name: 'Candor: no suggestions' })).toHaveCount(2);
  await expect(page.locator('candor-ui').getByRole('button', { name: /Candor: [1-9]\d* suggestions/ })).toHaveCount(1);
  await page.screenshot({ path: join(SHOTS, 'gmail-two-composes.png') });
  await page.evaluate(() => document.getElementById('compose-2')?.remove());
  await expect(badges).toHaveCount(2);
});
