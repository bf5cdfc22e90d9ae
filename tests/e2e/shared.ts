/**
 * What both end-to-end suites share: the Chromium suite (Playwright, tests/e2e) and the Firefox ESR
 * suite (puppeteer-core, tests/e2e-firefox) type the same emails and expect the same underlines.
 */

/** A Gmail reply full of evasions, typed into a new message. */
export const GMAIL_EVASIVE = [
  'Hi Sam,',
  '',
  'We apologize for any inconvenience this may have caused. Your order was shipped to the wrong address. Per our policy, we will try to resend it.',
  '',
  'Best,',
  'Jo',
].join('\n');

/** Its underlined phrases, in order. */
export const GMAIL_EVASIVE_UNDERLINES = [
  'We apologize for any inconvenience this may have caused',
  'Your order was shipped to the wrong address',
  'Per our policy',
  'we will try to resend it',
];

/** An Outlook reply that blames a partner and hedges. */
export const OUTLOOK_BLAME = 'Hi Robert, unfortunately the delay was caused by our correspondent bank. We are hoping to release it soon.';
export const OUTLOOK_BLAME_UNDERLINES = ['caused by our correspondent bank', 'We are hoping to release it soon'];

/**
 * Runs in the page (passed to evaluate, so it uses nothing from outside): where a person would point
 * at the first occurrence of a phrase inside root — the centre of its first line box (a phrase that
 * wraps has a bounding box whose centre can fall between the lines, outside the phrase).
 */
export function phraseCenterIn(root: Element, phrase: string): { x: number; y: number } {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = (n as Text).data.indexOf(phrase);
    if (i >= 0) {
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + phrase.length);
      const b = r.getClientRects()[0] ?? r.getBoundingClientRect();
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    }
  }
  throw new Error(`phrase not found: ${phrase}`);
}
