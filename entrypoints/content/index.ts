/**
 * Content script for Gmail and Outlook on the web: a small loader. It waits
 * for the first compose window and only then imports the app (UI, engine and
 * NLP, built as an ES module into content-scripts/app/), so reading mail never
 * pays for Candor. It also answers the popup before the app is loaded.
 */
import '../../components/overlay.css';
import { adapterFor } from '../../lib/adapters';
import { isMessage } from '../../lib/badge';
import type { PopupState } from '../../lib/messages';
import type { ContentApp } from './app';

export const APP_PATH = '/content-scripts/app/app.js';

export default defineContentScript({
  matches: ['https://mail.google.com/*', 'https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*'],
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  main(ctx) {
    const adapter = adapterFor(location.hostname);
    if (!adapter) return;
    let app: ContentApp | null = null;
    let loading = false;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const load = async () => {
      if (loading || !ctx.isValid) return;
      loading = true;
      observer.disconnect();
      try {
        const mod = (await import(/* @vite-ignore */ browser.runtime.getURL(APP_PATH as '/'))) as { default: (c: typeof ctx, a: typeof adapter) => Promise<ContentApp> };
        if (ctx.isValid) app = await mod.default(ctx, adapter);
      } catch (e) {
        // A dead context (extension reloaded) or a blocked import: stay out of the page.
        if (ctx.isValid) console.warn('[candor] could not start:', (e as Error).message);
      }
    };

    // Watch for the first compose window, at most four checks a second.
    const check = () => {
      timer = undefined;
      if (adapter.findBodies(document).length) void load();
    };
    const observer = new MutationObserver(() => {
      if (timer === undefined && !loading) timer = setTimeout(check, 250);
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
    check();

    // The popup asks for this tab's state; before a compose window exists the answer has no sessions.
    const onMessage = (msg: unknown): Promise<PopupState> | undefined => {
      if (!isMessage(msg) || msg.type !== 'candor/get-state') return undefined;
      if (app) return Promise.resolve(app.state());
      return browser.storage.sync
        .get('settings')
        .then((v) => {
          const sites = (v?.settings as { sites?: Record<string, unknown> } | undefined)?.sites;
          return { site: adapter.id, enabled: sites?.[adapter.id] !== false, sessions: [] };
        })
        .catch(() => ({ site: adapter.id, enabled: true, sessions: [] }));
    };
    browser.runtime.onMessage.addListener(onMessage);

    ctx.onInvalidated(() => {
      observer.disconnect();
      clearTimeout(timer);
      try {
        browser.runtime.onMessage.removeListener(onMessage);
      } catch {
        /* the context is gone */
      }
    });
  },
});
