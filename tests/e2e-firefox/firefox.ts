/**
 * Firefox end-to-end fixtures: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi, with
 * the built Firefox package installed as a temporary add-on (webExtension.install), and the fixture
 * pages served at the real webmail URLs through request interception, so the manifest's real match
 * patterns apply. Every other request from the page is blocked and recorded.
 *
 * Playwright Test is only the runner here (tables, expect.poll, the JSON report); the browser is
 * driven by puppeteer-core, because Playwright's Firefox is its own patched build, not Debian's.
 */
import { test as base } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { phraseCenterIn } from '../e2e/shared';

const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(HERE, '..', '..');
export const EXTENSION = join(ROOT, '.output', 'firefox-mv2');
export const SHOTS = join(ROOT, 'tests', 'e2e', 'screenshots');
mkdirSync(SHOTS, { recursive: true });
/** The gecko id from the manifest (wxt.config.ts). */
export const ADDON_ID = 'candor@candor-extension.org';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

const FIXTURES: Record<string, string> = {
  'https://mail.google.com/': join(ROOT, 'tests', 'e2e', 'fixtures', 'gmail.html'),
  'https://outlook.office.com/': join(ROOT, 'tests', 'e2e', 'fixtures', 'outlook.html'),
};
export const GMAIL = 'https://mail.google.com/mail/u/0/#inbox';
export const OUTLOOK = 'https://outlook.office.com/mail/inbox';

/** Named apart from Playwright's own browser and page fixtures, which this runner never launches. */
interface Fixtures {
  firefox: Browser;
  tab: Page;
  /** Requests from the page to anything that is not a fixture page (must stay empty). */
  foreignRequests: string[];
  /** Uncaught errors and console errors in the page (must stay empty). */
  pageErrors: string[];
}

export const test = base.extend<Fixtures>({
  foreignRequests: async ({}, use) => use([]),
  pageErrors: async ({}, use) => use([]),
  firefox: async ({}, use) => {
    if (!existsSync(FIREFOX)) throw new Error(`Firefox ESR is not installed at ${FIREFOX}: apt-get install -y firefox-esr (or set FIREFOX_PATH).`);
    if (!existsSync(join(EXTENSION, 'manifest.json'))) throw new Error('The Firefox build is missing: run `npm run build` first.');
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      defaultViewport: { width: 1280, height: 860 },
      extraPrefsFirefox: {
        // No traffic of Firefox's own (telemetry, updates, safe browsing) on a closed network.
        'network.captive-portal-service.enabled': false,
        'browser.safebrowsing.malware.enabled': false,
        'browser.safebrowsing.phishing.enabled': false,
        'app.update.enabled': false,
        'intl.accept_languages': 'en-US',
      },
    });
    expect(await browser.installExtension(EXTENSION)).toBe(ADDON_ID);
    await use(browser);
    await browser.close();
  },
  tab: async ({ firefox, foreignRequests, pageErrors }, use) => {
    const page = await firefox.newPage();
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      const url = req.url();
      if (url.startsWith('moz-extension://') || url.startsWith('data:')) return void req.continue();
      const fixture = Object.entries(FIXTURES).find(([prefix]) => url.startsWith(prefix));
      if (fixture && req.isNavigationRequest()) {
        return void req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(fixture[1], 'utf8') });
      }
      foreignRequests.push(url);
      void req.abort();
    });
    page.on('pageerror', (e) => pageErrors.push(`pageerror: ${e instanceof Error ? e.message : String(e)}`));
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(`console: ${m.text()}`);
    });
    await use(page);
  },
});

export const expect = test.expect;

/** Texts of the ranges in a CSS highlight (Firefox 140+ has the Custom Highlight API). */
export function highlightTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n) => {
    const h = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get(n);
    return h ? [...h].map((r) => r.toString()) : [];
  }, name);
}

/** Where a person would point at a phrase inside an element (see phraseCenterIn). */
export async function phraseCenter(page: Page, selector: string, phrase: string): Promise<{ x: number; y: number }> {
  const el = await page.$(selector);
  if (!el) throw new Error(`no element ${selector}`);
  return el.evaluate(phraseCenterIn, phrase);
}

export interface Control {
  role: string;
  name: string;
  text: string;
  x: number;
  y: number;
  visible: boolean;
}

/**
 * What Candor shows, read the way a person sees it: the buttons and dialogs inside every candor-ui
 * shadow root, with their accessible names (aria-label, else text) and their on-screen centres.
 */
export function candorControls(page: Page): Promise<Control[]> {
  return page.evaluate(() => {
    const out: Control[] = [];
    for (const host of document.querySelectorAll('candor-ui')) {
      const root = host.shadowRoot;
      if (!root) continue;
      for (const el of root.querySelectorAll<HTMLElement>('button, [role="dialog"], [role="alertdialog"]')) {
        const b = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        out.push({
          role: el.getAttribute('role') ?? el.tagName.toLowerCase(),
          name: (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim(),
          text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
          x: b.left + b.width / 2,
          y: b.top + b.height / 2,
          visible: b.width > 0 && b.height > 0 && style.visibility !== 'hidden' && style.display !== 'none',
        });
      }
    }
    return out;
  });
}

/** The visible Candor control of a role whose name matches, or undefined. */
export async function findControl(page: Page, role: string, name: RegExp): Promise<Control | undefined> {
  return (await candorControls(page)).find((c) => c.role === role && c.visible && name.test(c.name));
}

/** Clicks the visible Candor button whose name matches, with the mouse at its centre (fails if none appears). */
export async function clickButton(page: Page, name: RegExp): Promise<void> {
  await expect.poll(async () => (await findControl(page, 'button', name)) !== undefined, { message: `button ${name}` }).toBe(true);
  const b = (await findControl(page, 'button', name))!;
  await page.mouse.click(b.x, b.y);
}

/** The editor's text and HTML as the page sees them. */
export function bodyText(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (el) => (el as HTMLElement).innerText);
}
export function bodyHtml(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (el) => el.innerHTML);
}

/**
 * How many pixels of Candor's underline colour (#c2410c) a person would see inside an element: the
 * element's screenshot, decoded on a canvas in the page. Counts what is painted, whatever is (or is
 * no longer) registered in CSS.highlights.
 */
export async function underlinePixels(page: Page, selector: string): Promise<number> {
  const el = await page.$(selector);
  if (!el) throw new Error(`no element ${selector}`);
  const png = await el.screenshot({ encoding: 'base64' });
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const g = canvas.getContext('2d')!;
    g.drawImage(img, 0, 0);
    const d = g.getImageData(0, 0, img.width, img.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i] > 150 && d[i] - d[i + 1] > 80 && d[i + 1] - d[i + 2] > 20) n++;
    return n;
  }, png);
}
