import { handleBackgroundMessage } from '../lib/badge';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((msg, sender) => {
    void handleBackgroundMessage(msg, sender, browser.action).catch(() => undefined);
    return undefined;
  });
});
