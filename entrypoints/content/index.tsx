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
import { parseSettings } from '../../lib/settings';
import { loadSettings, settingsItem, watchSettings } from '../../lib/settings-storage';

export default defineContentScript({
  matches: ['https://mail.google.com/*', 'https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*'],
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  async main(ctx) {
    const adapter = adapterFor(location.hostname);
    if (!adapter) return;
    const loaded = await loadSettings();
    if (!loaded.settings.sites[adapter.id]) return;

    const store = new Store();
    const controller = new Controller({
      adapter,
      store,
      settings: preparedSettings(loaded.settings),
      lint: (text, settings) => lintEmail(text, settings),
      disableRule: (ruleId) => {
        void (async () => {
          const current = parseSettings(await settingsItem.getValue()).settings;
          current.rules[ruleId] = { ...current.rules[ruleId], severity: 'off' };
          await settingsItem.setValue(JSON.parse(JSON.stringify(current)));
        })().catch(() => undefined);
      },
    });

    const removeStyles = injectHighlightStyles(document);
    const ui = await createShadowRootUi(ctx, {
      name: 'candor-ui',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount(container) {
        const root = ReactDOM.createRoot(container);
        root.render(<Overlay store={store} actions={controller.actions} />);
        return root;
      },
      onRemove(root) {
        root?.unmount();
      },
    });
    ui.mount();
    controller.start();

    const unwatch = watchSettings((s) => {
      if (!s.settings.sites[adapter.id]) controller.destroy();
      else controller.setSettings(preparedSettings(s.settings));
    });

    // Extension updated or reloaded: stop cleanly, leave the page as it was.
    ctx.onInvalidated(() => {
      controller.destroy();
      try {
        unwatch();
      } catch {
        /* the context is gone */
      }
      ui.remove();
      removeStyles();
    });
  },
});
