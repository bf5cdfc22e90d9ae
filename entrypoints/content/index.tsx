/**
 * Content script for Gmail and Outlook on the web. Thin: wiring only; the
 * logic lives in lib/content (controller), lib/adapters and components/.
 */
import '../../components/overlay.css';
import ReactDOM from 'react-dom/client';
import { Overlay } from '../../components/Overlay';
import { adapterFor } from '../../lib/adapters';
import { Controller } from '../../lib/content/controller';
import { injectHighlightStyles } from '../../lib/content/highlight-styles';
import { Store } from '../../lib/content/store';
import { lintEmail, preparedSettings } from '../../lib/engine';
import { isMessage, popupState, type PopupState } from '../../lib/messages';
import type { Settings } from '../../lib/settings';
import { loadSettings, updateUserSettings, watchSettings } from '../../lib/settings-storage';

export default defineContentScript({
  matches: ['https://mail.google.com/*', 'https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*'],
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  async main(ctx) {
    const adapter = adapterFor(location.hostname);
    if (!adapter) return;
    const alive = () => ctx.isValid && !!browser.runtime?.id;
    let settings: Settings = (await loadSettings()).settings;
    let controller: Controller | null = null;
    let removeStyles: (() => void) | null = null;
    let lastCount = -1;
    const store = new Store();

    const reportCount = (count: number) => {
      if (count === lastCount || !alive()) return;
      lastCount = count;
      browser.runtime.sendMessage({ type: 'candor/count', count }).catch(() => undefined);
    };

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
      removeStyles = injectHighlightStyles(document);
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
    };
    const stop = () => {
      controller?.destroy();
      controller = null;
      removeStyles?.();
      removeStyles = null;
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

    // The popup asks for the state of this tab's compose windows.
    const onMessage = (msg: unknown): Promise<PopupState> | undefined => {
      if (!isMessage(msg) || msg.type !== 'candor/get-state') return undefined;
      return Promise.resolve(popupState(adapter.id, !!settings.sites[adapter.id], controller?.results() ?? []));
    };
    browser.runtime.onMessage.addListener(onMessage);

    // Extension updated or reloaded: notice it within a second even if the person does nothing
    // (checking ctx.isValid fires onInvalidated), then stop cleanly and leave the page as it was.
    ctx.setInterval(() => void alive(), 1000);
    ctx.onInvalidated(() => {
      stop();
      try {
        unwatch();
        browser.runtime.onMessage.removeListener(onMessage);
      } catch {
        /* the context is gone */
      }
    });
  },
});
