/**
 * Trust (#8): no network in a full session, hostile pages, HTML payloads rendered as text,
 * huge input, and the editor changed only by an explicit Replace/Insert.
 */
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { bodyHtml, expect, GMAIL_NEW_BODY, highlightTexts, openGmailCompose, phraseCenter, SHOTS, test } from './extension';

const BODY = GMAIL_NEW_BODY;
const badge = (page: Page) => page.locator('candor-ui').getByRole('button', { name: /^Candor: \d+ suggestions?$/ });

/** Every error the page reports (uncaught exceptions and console errors). */
function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return errors;
}

test('a full session makes no request from the extension; HTML in the email and in settings is shown as text', async ({ page, context, extensionId, foreignRequests }) => {
  const errors = pageErrors(page);
  // A custom phrase that is an HTML payload, written to settings the way an import would.
  const [sw] = context.serviceWorkers();
  await sw.evaluate(() =>
    chrome.storage.sync.set({ settings: { version: 1, rules: { defensive: { options: { extraPhrases: ['<img src=x onerror=window.__xss=1>'] } } } } }),
  );
  await openGmailCompose(page);
  const email = [
    'Hi Sam,',
    '',
    'Per our policy <img src=x onerror=window.__xss=1> we cannot refund. Your order was shipped to the wrong address. <script>window.__xss=2</script>',
    '',
    'Best,',
    'Jo',
  ].join('\n');
  await page.keyboard.type(email, { delay: 1 });
  await expect(badge(page)).toBeVisible();
  // Custom phrases match words (never markup or regular expressions): the payload's words are underlined.
  await expect.poll(() => highlightTexts(page, 'candor-evasive')).toContain('img src=x onerror=window.__xss=1');

  // The card quotes the payload as text.
  const p = await phraseCenter(page, BODY, '<img src=x');
  await page.mouse.click(p.x, p.y);
  const card = page.getByRole('dialog', { name: /^Defensive/ });
  await expect(card).toBeVisible();
  await expect(card).toContainText('This phrase is on your list: "<img src=x onerror=window.__xss=1>"');
  // Nothing was parsed as HTML: no <img> or <script> in Candor's UI, no payload ran in the page.
  const shadowImgs = await page.locator('candor-ui').evaluate((host) => host.shadowRoot?.querySelectorAll('img, script').length ?? -1);
  expect(shadowImgs).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await page.keyboard.press('Escape');

  // Checklist panel, popup, options page and send review in the same session.
  await badge(page).click();
  await expect(page.getByRole('dialog', { name: 'Apology checklist' })).toBeVisible();
  await page.keyboard.press('Escape');
  const tabId = await sw.evaluate(async () => (await chrome.tabs.query({ active: true }))[0].id!);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await expect(popup.getByRole('status')).toHaveText('Candor is on for Gmail.');
  const options = await context.newPage();
  const optionErrors = pageErrors(options);
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.locator('[data-rule="defensive"]')).toBeVisible();
  // The payload is in the phrase list as text, and the options page did not run it.
  await expect(options.locator('[data-rule="defensive"]')).toContainText('<img src=x onerror=window.__xss=1>');
  expect(await options.locator('img').count()).toBe(0);
  expect(await options.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await popup.close();
  await options.close();
  await page.bringToFront();
  await page.locator('#compose-1 .aoO').click();
  await expect(page.getByRole('alertdialog', { name: 'Before you send' })).toBeVisible();
  await page.getByRole('alertdialog', { name: 'Before you send' }).getByRole('button', { name: 'Back to editing' }).click();

  expect(foreignRequests).toEqual([]);
  expect(errors).toEqual([]);
  expect(optionErrors).toEqual([]);
  // Email text is never written to storage: only settings are there.
  const stored = await sw.evaluate(async () => JSON.stringify([await chrome.storage.sync.get(null), await chrome.storage.local.get(null)]));
  expect(stored).not.toContain('shipped to the wrong address');
});

test('a hostile page (CSS on *, div, shadow hosts and highlights; execCommand and Range.prototype replaced) cannot break Candor', async ({ page }) => {
  const errors = pageErrors(page);
  await page.addInitScript(() => {
    const style = document.createElement('style');
    addEventListener('DOMContentLoaded', () => document.head.appendChild(style));
    style.textContent = `
      * { font-size: 31px !important; color: rgb(255, 0, 0) !important; letter-spacing: 4px !important; }
      div { padding: 9px !important; }
      candor-ui, candor-ui * { opacity: 0.1 !important; font-family: fantasy !important; }
      ::highlight(candor-evasive) { text-decoration: none !important; background: lime !important; }
    `;
    document.execCommand = () => {
      throw new Error('page replaced execCommand');
    };
    Range.prototype.getBoundingClientRect = () => {
      throw new Error('page replaced Range.prototype');
    };
    Range.prototype.setStart = () => {
      throw new Error('page replaced Range.prototype');
    };
  });
  await openGmailCompose(page);
  await page.keyboard.type('Hi Sam,\n\nPer our policy, your order was shipped to the wrong address.\n\nBest,\nJo', { delay: 1 });
  await expect(badge(page)).toBeVisible();
  await expect.poll(() => page.evaluate(() => (CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.get('candor-evasive')?.size ?? 0)).toBe(2);
  // The card opens on a click (Candor's own Range/execCommand live in its isolated world) and Replace works.
  const box = await page.locator(BODY).boundingBox();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Alt+Enter');
  const card = page.getByRole('dialog', { name: /^Defensive: Per our policy/ });
  await expect(card).toBeVisible();
  // The page's CSS does not reach into the card (shadow DOM with reset styles).
  const style = await card.evaluate((el) => ({ size: getComputedStyle(el).fontSize, color: getComputedStyle(el).color }));
  expect(style.size).not.toBe('31px');
  expect(style.color).not.toBe('rgb(255, 0, 0)');
  await page.screenshot({ path: join(SHOTS, 'hostile-page.png') });
  await card.getByRole('button', { name: 'Remove' }).click();
  await expect(page.locator(BODY)).toContainText('Hi Sam,');
  await expect(page.locator(BODY)).not.toContainText('Per our policy');
  expect(box).not.toBeNull();
  expect(errors).toEqual([]);
});

test('huge and odd input: 20,000 words, no spaces, emoji and right-to-left text, a pasted table, 10 compose windows', async ({ page }) => {
  const errors = pageErrors(page);
  await openGmailCompose(page);
  const para = 'Your order was shipped to the wrong address and we are sorry about that. ';
  const huge = `Hi Sam,\n\n${Array.from({ length: 1400 }, () => para).join('')}\n\nBest,\nJo`;
  await page.keyboard.insertText(huge);
  await expect(badge(page)).toBeVisible({ timeout: 20_000 });
  await badge(page).click();
  const panel = page.getByRole('dialog', { name: 'Apology checklist' });
  await expect(panel).toContainText(/Checked the first [\d,]+ words\./);
  await page.keyboard.press('Escape');
  // Odd text: one 3,000-character word, emoji, Arabic and Hebrew, a pasted table.
  await page.keyboard.insertText(`\n${'x'.repeat(3000)} 😀🙈 مرحبا بكم שלום עולם Per our policy`);
  await page.locator(BODY).evaluate((el) => {
    const t = document.createElement('table');
    t.innerHTML = '<tr><td>Per our policy</td><td>€ 12,00</td></tr><tr><td>Mistakes were made</td><td>—</td></tr>';
    el.appendChild(t);
    el.dispatchEvent(new InputEvent('input', { bubbles: true }));
  });
  await page.waitForTimeout(500);
  await expect(badge(page)).toBeVisible();
  // Ten more compose windows at once.
  for (let i = 0; i < 10; i++) await page.locator('#compose-button').click();
  await expect.poll(() => page.locator('[contenteditable="true"]').count()).toBeGreaterThanOrEqual(11);
  await page.keyboard.type('Sorry, your order was shipped to the wrong address. Per our policy, no.', { delay: 1 });
  await expect.poll(() => badge(page).count()).toBeGreaterThanOrEqual(2);
  expect(errors).toEqual([]);
});

test('long session: the editor changes only on Replace/Insert — typing, linting, cards and the panel leave the body exactly as typed', async ({ page }) => {
  await openGmailCompose(page);
  const lines = [
    'Hi Sam,',
    'We apologize for any inconvenience. Your order was shipped to the wrong address. Per our policy, we will try to resend it.',
    'I just wanted to say the delay was only a small thing. As we stated before, the courier lost it.',
  ];
  for (const l of lines) {
    await page.keyboard.type(l, { delay: 1 });
    await page.keyboard.press('Enter');
  }
  await expect(badge(page)).toBeVisible();
  const typed = await bodyHtml(page, BODY);
  for (let round = 0; round < 5; round++) {
    for (const phrase of ['Per our policy', 'Your order was shipped', 'As we stated', 'just']) {
      const p = await phraseCenter(page, BODY, phrase);
      await page.mouse.move(p.x, p.y);
      await page.waitForTimeout(300);
      await page.mouse.click(p.x, p.y);
      await page.keyboard.press('Escape');
    }
    await badge(page).click();
    await page.keyboard.press('Escape');
    await page.mouse.move(5, 5);
  }
  expect(await bodyHtml(page, BODY)).toBe(typed);
  expect(await page.locator(BODY).innerText()).toContain(lines[1]);
});
