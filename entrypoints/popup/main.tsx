import { useEffect, useState } from 'react';
import ReactDOM from 'react-dom/client';
import { Popup, type PopupModel } from '../../components/Popup';
import '../../components/popup.css';
import type { PopupState } from '../../lib/messages';
import { updateUserSettings } from '../../lib/settings-storage';

/** The tab to show: the active tab, or ?tab=N (used by the end-to-end tests). */
async function targetTab(): Promise<number | undefined> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tab'));
  if (fromUrl) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function App() {
  const [model, setModel] = useState<PopupModel>({ kind: 'loading' });
  const [selected, setSelected] = useState<string | null>(null);
  useEffect(() => {
    let stop = false;
    let timer: ReturnType<typeof setTimeout>;
    const poll = async () => {
      const tabId = await targetTab();
      try {
        if (tabId === undefined) throw new Error('no tab');
        const state = (await browser.tabs.sendMessage(tabId, { type: 'candor/get-state' })) as PopupState | undefined;
        if (!state) throw new Error('no answer');
        if (!stop) setModel({ kind: 'ok', state });
      } catch {
        if (!stop) setModel({ kind: 'unsupported' });
      }
      if (!stop) timer = setTimeout(poll, 400); // live while the popup is open
    };
    void poll();
    return () => {
      stop = true;
      clearTimeout(timer);
    };
  }, []);
  const toggleSite = async (enabled: boolean) => {
    if (model.kind !== 'ok') return;
    // Show the new state at once; the next poll confirms it from the tab.
    setModel({ kind: 'ok', state: { ...model.state, enabled } });
    const site = model.state.site;
    await updateUserSettings((own) => {
      own.sites[site] = enabled;
    });
  };
  return (
    <Popup
      model={model}
      selected={selected}
      onSelect={setSelected}
      onToggleSite={(e) => void toggleSite(e)}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
    />
  );
}

ReactDOM.createRoot(document.getElementById('root')!).render(<App />);
