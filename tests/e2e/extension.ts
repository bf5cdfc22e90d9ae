/**
 * Playwright fixtures: Debian's Chromium with the built extension loaded, and
 * fixture pages served at the real webmail URLs through request routing, so
 * the extension's real match patterns apply. Every other request is blocked
 * and recorded: the tests assert that the extension makes none.
 */
import { test as base, chromium, type BrowserContext, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { phraseCenterIn } from './shared';

const HERE = dirname(fileURLToPath(import.meta.url));

export const ROOT = resolve(HERE, '..', '..');
export const EXTENSION = join(ROOT, '.output', 'chrome-mv3');
export const SHOTS = join(ROOT, 'tests', 'e2e', 'screenshots');
mkdirSync(SHOTS, { recursive: true });

export const FIXTURES: Record<string, string> = {
  'https://mail.google.com/': join(HERE, 'fixtures', 'gmail.html'),
  'https://outlook.office.com/': join(HERE, 'fixtures', 'outlook.html'),
  'https://outlook.live.com/': join(HERE, 'fixtures', 'outlook.html'),
};

export const GMAIL = 'https://mail.google.com/mail/u/0/#inbox';
export const OUTLOOK = 'https://outlook.office.com/mail/inbox';

export interface Fixtures {
  context: BrowserContext;
  extensionId: string;
  /** Requests to anything that is not a fixture page (must stay empty). */
  foreignRequests: string[];
  page: Page;
}

/**
 * Chromium with the built extension, fixture pages routed in, every other request blocked and recorded.
 * withExtension false: the same without the extension (a baseline for measurements).
 */
export async function launchContext(foreignRequests: string[], lang = 'en-US', withExtension = true): Promise<BrowserContext> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'candor-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 860 },
    acceptDownloads: true,
    locale: lang,
    args: [
      ...(withExtension ? [`--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--lang=${lang}`,
    ],
  });
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    // The extension reading its own packaged files (its stylesheet) is not network traffic.
    if (url.startsWith('chrome-extension://')) {
      await route.continue();
      return;
    }
    const fixture = Object.entries(FIXTURES).find(([prefix]) => url.startsWith(prefix));
    if (fixture && route.request().resourceType() === 'document') {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(fixture[1], 'utf8') });
      return;
    }
    foreignRequests.push(`${route.request().resourceType()} ${url}`);
    await route.abort();
  });
  return context;
}

/** Chromium's id for an unpacked extension: the SHA-256 of its path, in letters a–p. */
export function unpackedExtensionId(path: string): string {
  const hex = createHash('sha256').update(path).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

export const test = base.extend<Fixtures>({
  foreignRequests: async ({}, use) => {
    await use([]);
  },
  context: async ({ foreignRequests }, use) => {
    const context = await launchContext(foreignRequests);
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    let [sw] = context.serviceWorkers();
    if (!sw) sw = await context.waitForEvent('serviceworker');
    await use(new URL(sw.url()).host);
  },
  page: async ({ context }, use) => {
    const page = context.pages()[0] ?? (await context.newPage());
    await use(page);
  },
});

export const expect = test.expect;

/** The body of Gmail's first new-message window. */
export const GMAIL_NEW_BODY = '#compose-1 [contenteditable="true"]';

/** Opens Gmail and a new message window, with the caret in its body. */
export async function openGmailCompose(page: Page): Promise<void> {
  await page.goto(GMAIL);
  await page.locator('#compose-button').click();
  await expect(page.locator(GMAIL_NEW_BODY)).toBeFocused();
}

/** The editor's HTML as the page sees it. */
export async function bodyHtml(page: Page, selector: string): Promise<string> {
  return page.locator(selector).evaluate((el) => el.innerHTML);
}

/** Texts of the ranges in a CSS highlight, read from the page. */
export async function highlightTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n) => {
    const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(n);
    return h ? [...h].map((r) => r.toString()) : [];
  }, name);
}

/** Where a person would point at a phrase inside an element (see phraseCenterIn). */
export async function phraseCenter(page: Page, selector: string, phrase: string): Promise<{ x: number; y: number }> {
  return page.locator(selector).evaluate(phraseCenterIn, phrase);
}
