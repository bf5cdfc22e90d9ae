import { useEffect, useRef, useState } from 'react';
import ReactDOM from 'react-dom/client';
import { Options } from '../../components/Options';
import '../../components/options.css';
import { t } from '../../lib/i18n';
import { lockedPaths, overlaySettings, parseSettings, restoreLocked, type Settings } from '../../lib/settings';
import { loadSettings, saveSettings, watchSettings } from '../../lib/settings-storage';

type Notice = { kind: 'info' | 'error'; text: string } | null;

function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [policy, setPolicy] = useState<unknown>(null);
  const own = useRef<Settings | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const pending = useRef<Settings | null>(null);

  useEffect(() => {
    void loadSettings().then((l) => {
      setSettings(l.settings);
      setPolicy(l.policy);
      own.current = l.own;
      if (l.reset.length) setNotice({ kind: 'error', text: t('optFieldsReset', l.reset.map((r) => r.path || '(all)').join(', ')) });
    });
    return watchSettings((l) => {
      if (!pending.current) {
        setSettings(l.settings);
        own.current = l.own;
      }
      setPolicy(l.policy);
    });
  }, []);

  const persist = (next: Settings) => {
    // The organisation's values win on screen; the person's own values are what is stored.
    const effective = policy ? overlaySettings(next, policy) : next;
    const toStore = policy && own.current ? restoreLocked(next, own.current, lockedPaths(policy)) : next;
    own.current = toStore;
    setSettings(effective);
    pending.current = toStore;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const s = pending.current!;
      saveSettings(s)
        .then(() => {
          pending.current = null;
        })
        .catch((e: Error) => {
          pending.current = null;
          setNotice({ kind: 'error', text: t('optSaveFailed', e.message) });
        });
    }, 300);
  };

  if (!settings) return null;
  return (
    <Options
      settings={settings}
      locked={lockedPaths(policy)}
      notice={notice}
      onChange={persist}
      onExport={() => {
        const blob = new Blob([JSON.stringify(settings, null, 2)], { type: 'application/json' });
        const a = document.createElement('a');
        a.href = URL.createObjectURL(blob);
        a.download = 'candor-settings.json';
        a.click();
        setTimeout(() => URL.revokeObjectURL(a.href), 1000);
      }}
      onImport={(text) => {
        let data: unknown;
        try {
          data = JSON.parse(text);
        } catch (e) {
          setNotice({ kind: 'error', text: t('optImportInvalid', (e as Error).message) });
          return;
        }
        // Parsed whole, then applied at once: nothing is half-applied.
        const parsed = parseSettings(data);
        persist(parsed.settings);
        const issues = [...parsed.reset, ...parsed.ignored].map((i) => `${i.path || '(root)'} (${i.message})`);
        setNotice(issues.length ? { kind: 'info', text: `${t('optImported')} ${t('optImportIgnored', issues.join('; '))}` } : { kind: 'info', text: t('optImported') });
      }}
    />
  );
}

ReactDOM.createRoot(document.getElementById('root')!).render(<App />);
