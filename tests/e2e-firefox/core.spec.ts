/**
 * The core path in Firefox ESR with the built Firefox package: Gmail and Outlook fixtures at their real
 * URLs; type, underline, badge, card on hover and click, replace, undo, dismiss.
 */
import { join } from 'node:path';
import { GMAIL_EVASIVE, GMAIL_EVASIVE_UNDERLINES, OUTLOOK_BLAME, OUTLOOK_BLAME_UNDERLINES } from '../e2e/shared';
import {
  ADDON_ID,
  EXTENSION,
  bodyHtml,
  candorControls,
  bodyText,
  clickButton,
  expect,
  findControl,
  GMAIL,
  highlightTexts,
  OUTLOOK,
  phraseCenter,
  SHOTS,
  test,
  underlinePixels,
} from './firefox';

const GMAIL_BODY = '#compose-1 [contenteditable="true"]';
const SECOND_BODY = '#compose-2 [contenteditable="true"]';
const THIRD_BODY = '#compose-3 [contenteditable="true"]';
const OUTLOOK_BODY = '#reply-form [contenteditable="true"]';


test('Firefox, Gmail: underlines and badge while typing, card on hover, Remove, undo, active-voice rewrite on click', async ({ tab: page, foreignRequests, pageErrors }) => {
  await page.goto(GMAIL);
  await page.click('#compose-button');
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('contenteditable'))).toBe('true');
  await page.keyboard.type(GMAIL_EVASIVE, { delay: 2 });

  await expect.poll(() => findControl(page, 'button', /^Candor: 10 suggestions$/)).toBeTruthy();
  await expect.poll(() => highlightTexts(page, 'candor-evasive')).toEqual(GMAIL_EVASIVE_UNDERLINES);

  // Hover opens the card, which explains itself.
  const p = await phraseCenter(page, GMAIL_BODY, 'Per our policy');
  await page.mouse.move(p.x, p.y);
  await expect.poll(() => findControl(page, 'dialog', /^Defensive: Per our policy/)).toBeTruthy();
  const card = (await findControl(page, 'dialog', /^Defensive: Per our policy/))!;
  expect(card.text).toContain('Quoting policy or terms at the customer sounds like a rebuttal.');
  await page.screenshot({ path: join(SHOTS, 'firefox-gmail-card.png') });

  // Remove replaces exactly that phrase (and its comma), through the editor.
  await clickButton(page, /Remove/);
  await expect.poll(() => bodyText(page, GMAIL_BODY)).toContain('Your order was shipped to the wrong address. We will try to resend it.');
  expect(await bodyText(page, GMAIL_BODY)).not.toContain('Per our policy');
  await expect.poll(() => findControl(page, 'button', /^Candor: \d+ suggestions$/).then((b) => b?.name)).not.toBe('Candor: 10 suggestions');

  // Ctrl+Z undoes it in one step.
  await page.focus(GMAIL_BODY);
  await page.keyboard.down('Control');
  await page.keyboard.press('z');
  await page.keyboard.up('Control');
  await expect.poll(() => bodyText(page, GMAIL_BODY)).toContain('wrong address. Per our policy, we will try to resend it.');

  // A click pins the card; the active-voice rewrite names who failed.
  const q = await phraseCenter(page, GMAIL_BODY, 'shipped to the wrong');
  await page.mouse.click(q.x, q.y);
  await expect.poll(() => findControl(page, 'dialog', /^Passive that hides who failed/)).toBeTruthy();
  await clickButton(page, /we shipped your order to the wrong address/);
  await expect.poll(() => bodyText(page, GMAIL_BODY)).toContain('caused. We shipped your order to the wrong address. Per our policy');
  await expect.poll(() => highlightTexts(page, 'candor-evasive')).toEqual(['We apologize for any inconvenience this may have caused', 'Per our policy', 'we will try to resend it']);

  // The badge opens the checklist.
  await clickButton(page, /^Candor: \d+ suggestions$/);
  await expect.poll(() => findControl(page, 'dialog', /^Apology checklist$/)).toBeTruthy();
  await page.screenshot({ path: join(SHOTS, 'firefox-gmail-checklist.png') });

  expect(foreignRequests).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('Firefox, Outlook reply: only the new text is linted; card, Dismiss, Commit rewrite, undo; history untouched', async ({ tab: page, foreignRequests, pageErrors }) => {
  await page.goto(OUTLOOK);
  await expect.poll(() => findControl(page, 'button', /^Candor:/).then((b) => b?.name)).toBe('Candor: no suggestions');
  const original = await bodyHtml(page, OUTLOOK_BODY);

  await page.click(`${OUTLOOK_BODY} .elementToProof`);
  await page.keyboard.type(OUTLOOK_BLAME, { delay: 2 });
  await expect.poll(() => highlightTexts(page, 'candor-evasive')).toEqual(OUTLOOK_BLAME_UNDERLINES);
  await expect.poll(() => findControl(page, 'button', /^Candor:/).then((b) => b?.name)).toMatch(/^Candor: \d+ suggestions$/);
  const all = [...(await highlightTexts(page, 'candor-evasive')), ...(await highlightTexts(page, 'candor-detail'))];
  expect(all.filter((t) => /Per our policy|Mistakes were made|beyond our control/.test(t))).toEqual([]);

  const p = await phraseCenter(page, OUTLOOK_BODY, 'correspondent bank');
  await page.mouse.move(p.x, p.y);
  await expect.poll(() => findControl(page, 'dialog', /^Blame-shifting/)).toBeTruthy();
  await page.screenshot({ path: join(SHOTS, 'firefox-outlook-card.png') });
  await clickButton(page, /^Dismiss$/);
  await expect.poll(() => highlightTexts(page, 'candor-evasive')).toEqual(['We are hoping to release it soon']);

  const h = await phraseCenter(page, OUTLOOK_BODY, 'hoping to release');
  await page.mouse.click(h.x, h.y);
  await expect.poll(() => findControl(page, 'dialog', /^Hedging/)).toBeTruthy();
  await clickButton(page, /Commit/);
  await expect.poll(() => bodyText(page, OUTLOOK_BODY)).toContain('bank. We will release it soon.');
  await page.keyboard.down('Control');
  await page.keyboard.press('z');
  await page.keyboard.up('Control');
  await expect.poll(() => bodyText(page, OUTLOOK_BODY)).toContain('bank. We are hoping to release it soon.');

  // The signature and the quoted history are byte for byte as they were.
  const after = await bodyHtml(page, OUTLOOK_BODY);
  expect(after.slice(after.indexOf('<div id="Signature">'))).toBe(original.slice(original.indexOf('<div id="Signature">')));
  expect(foreignRequests).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('Firefox: send review, then the add-on is removed while Gmail is open: Candor cleans up and Send still works', async ({ firefox: browser, tab: page, pageErrors }) => {
  const sent = () => page.evaluate(() => (window as unknown as { __sent: string[] }).__sent.length);
  const review = () => candorControls(page).then((c) => c.some((x) => x.role === 'alertdialog' || /^Send anyway$/.test(x.name)));
  await page.goto(GMAIL);
  await page.click('#compose-button');
  await page.keyboard.type('Hi Sam,\n\nSorry, your order was shipped to the wrong address. We will send the right one today.\n\nBest,\nJo', { delay: 1 });
  await expect.poll(() => findControl(page, 'button', /^Candor: \d+ suggestions$/)).toBeTruthy();

  // Send with items missing: the review stops the first click; "Send anyway" sends exactly once.
  await page.click('#compose-1 .aoO');
  await expect.poll(review).toBe(true);
  expect(await sent()).toBe(0);
  await page.screenshot({ path: join(SHOTS, 'firefox-send-review.png') });
  await clickButton(page, /^Send anyway$/);
  await expect.poll(sent).toBe(1);

  // A second message, underlined.
  await page.click('#compose-button');
  await page.keyboard.type('Hi Sam,\n\nPer our policy, refunds take a while. Mistakes were made.\n\nBest,\nJo', { delay: 1 });
  await expect.poll(() => highlightTexts(page, 'candor-evasive')).toEqual(['Per our policy', 'Mistakes were made']);

  // Remove the add-on while the page stays open. Firefox stops the content script without running any
  // of it; the browser unloads the extension's page stylesheet, so the badges and underlines go with it.
  expect(await underlinePixels(page, SECOND_BODY)).toBeGreaterThan(50);
  await browser.uninstallExtension(ADDON_ID);
  await expect.poll(() => page.evaluate(() => [...document.querySelectorAll('candor-ui')].filter((h) => getComputedStyle(h).display !== 'none').length)).toBe(0);
  await expect.poll(() => underlinePixels(page, SECOND_BODY)).toBe(0);
  expect(await findControl(page, 'button', /^Candor:/)).toBeUndefined();
  await page.screenshot({ path: join(SHOTS, 'firefox-after-uninstall.png') });
  await page.click('#compose-2 .aoO');
  await expect.poll(sent).toBe(2);

  // Installing it again (as an update does) puts one live overlay back on the open page, not two.
  await page.click('#compose-button');
  await page.keyboard.type('Hi Sam,\n\nPer our policy, refunds take a while. Mistakes were made.', { delay: 1 });
  expect(await browser.installExtension(EXTENSION)).toBe(ADDON_ID);
  await expect.poll(() => highlightTexts(page, 'candor-evasive')).toEqual(['Per our policy', 'Mistakes were made']);
  await expect.poll(() => underlinePixels(page, THIRD_BODY)).toBeGreaterThan(50);
  expect(await page.evaluate(() => document.querySelectorAll('candor-ui').length)).toBe(1);
  // The inline reply's badge and the new message's: 2 phrases + 6 missing checklist items.
  expect((await candorControls(page)).filter((c) => c.visible && /^Candor:/.test(c.name)).map((c) => c.name)).toEqual(['Candor: no suggestions', 'Candor: 8 suggestions']);
  await page.screenshot({ path: join(SHOTS, 'firefox-reinstalled.png') });
  expect(pageErrors).toEqual([]);
});
