/**
 * The content script's app, loaded lazily by ./index.ts when the first compose
 * window appears (built as an ES module into content-scripts/app/, see
 * wxt.config.ts). Wiring only; the logic lives in lib/content (controller),
 * lib/adapters, lib/engine and components/.
 */
import ReactDOM from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Overlay } from '../../components/Overlay';
import type { WebmailAdapter } from '../../lib/adapters';
import { Controller } from '../../lib/content/controller';
import { Store } from '../../lib/content/store';
import { lintEmail, preparedSettings, warmUpTexts } from '../../lib/engine';
import { popupState, type PopupState } from '../../lib/messages';
import type { Settings } from '../../lib/settings';
import { loadSettings, updateUserSettings, watchSettings } from '../../lib/settings-storage';

export interface ContentApp {
  /** The popup's view of this tab. */
  state(): PopupState;
}

export default async function startApp(ctx: ContentScriptContext, adapter: WebmailAdapter): Promise<ContentApp> {
  const alive = () => ctx.isValid && !!browser.runtime?.id;
  let settings: Settings = (await loadSettings()).settings;
  let controller: Controller | null = null;
  let lastCount = -1;
  const store = new Store();

  const reportCount = (count: number) => {
    if (count === lastCount || !alive()) return;
    lastCount = count;
    browser.runtime.sendMessage({ type: 'candor/count', count }).catch(() => undefined);
  };

  // Firefox stops an add-on's content script without running any of it when the add-on is updated or
  // re-enabled, and injects the new one into open tabs. The old overlay stays in the page (hidden
  // while the extension was off, see public/candor-live.css); it belongs to no one now, so remove it.
  for (const stale of document.querySelectorAll('candor-ui')) stale.remove();
  const ui = await createShadowRootUi(ctx, {
    name: 'candor-ui',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(container) {
      const root = ReactDOM.createRoot(container);
      root.render(<Overlay store={store} actions={actionsProxy} />);
      return root;
    },
    onRemove(root) {
      root?.unmount();
    },
  });

  // The overlay's buttons call into whichever controller is running.
  const actionsProxy = new Proxy({} as Controller['actions'], {
    get: (_t, key: keyof Controller['actions']) => (...args: unknown[]) => (controller?.actions[key] as (...a: unknown[]) => void)?.(...args),
  });

  const start = () => {
    if (controller || !settings.sites[adapter.id]) return;
    controller = new Controller({
      adapter,
      store,
      settings: preparedSettings(settings),
      lint: (text, s) => lintEmail(text, s),
      isAlive: alive,
      onResults: reportCount,
      disableRule: (ruleId) => {
        void updateUserSettings((own) => {
          own.rules[ruleId] = { ...own.rules[ruleId], severity: 'off' };
        }).catch(() => undefined);
      },
    });
    ui.mount();
    controller.start();
    warmUp();
  };
  // Compile the rules' patterns in idle time, one small email per slice, so the first keystrokes never stall.
  const warm = warmUpTexts();
  const warmUp = () => {
    const idle = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number }).requestIdleCallback;
    const next = () => {
      const item = warm.shift();
      if (item === undefined || !controller) return;
      lintEmail(item.text, preparedSettings(settings), { lang: item.lang });
      if (idle) idle(next, { timeout: 2000 });
      else setTimeout(next, 50);
    };
    next();
  };
  const stop = () => {
    controller?.destroy();
    controller = null;
    ui.remove();
    reportCount(0);
  };

  start();

  const unwatch = watchSettings((s) => {
    settings = s.settings;
    if (!settings.sites[adapter.id]) stop();
    else if (!controller) start();
    else controller.setSettings(preparedSettings(settings));
  });

  // Extension updated or reloaded: notice it within a second even if the person does nothing
  // (checking ctx.isValid fires onInvalidated), then stop cleanly and leave the page as it was.
  ctx.setInterval(() => void alive(), 1000);
  ctx.onInvalidated(() => {
    stop();
    try {
      unwatch();
    } catch {
      /* the context is gone */
    }
  });

  return {
    state: () => popupState(adapter.id, !!settings.sites[adapter.id], controller?.results() ?? []),
  };
}
