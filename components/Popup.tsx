import { t } from '../lib/i18n';
import type { PopupState } from '../lib/messages';
import { ChecklistRow } from './Rows';

export type PopupModel = { kind: 'loading' } | { kind: 'unsupported' } | { kind: 'ok'; state: PopupState };

const SITE_NAMES = { gmail: 'Gmail', outlook: 'Outlook' } as const;

/** The toolbar popup: the checklist of the compose window last typed in, findings by rule, site switch. */
export function Popup({
  model,
  selected,
  onSelect,
  onToggleSite,
  onOpenOptions,
}: {
  model: PopupModel;
  selected: string | null;
  onSelect: (id: string) => void;
  onToggleSite: (enabled: boolean) => void;
  onOpenOptions: () => void;
}) {
  const footer = (
    <footer>
      <button className="link" onClick={onOpenOptions}>
        {t('popupOptions')}
      </button>
    </footer>
  );
  if (model.kind === 'loading') return <main className="popup" aria-busy="true" />;
  if (model.kind === 'unsupported')
    return (
      <main className="popup">
        <h1>Candor</h1>
        <p role="status">{t('popupUnsupported')}</p>
        {footer}
      </main>
    );
  const { state } = model;
  const site = SITE_NAMES[state.site];
  const session = state.sessions.find((s) => s.id === selected) ?? state.sessions[0];
  return (
    <main className="popup">
      <header>
        <h1>Candor</h1>
        <label className="switch">
          <input type="checkbox" checked={state.enabled} onChange={(e) => onToggleSite(e.currentTarget.checked)} />
          <span>{t('popupPause')}</span>
        </label>
      </header>
      <p className="muted" role="status">
        {state.enabled ? t('popupActiveOn', site) : t('popupPausedOn', site)}
      </p>
      {state.enabled && state.sessions.length === 0 && <p>{t('popupNoCompose')}</p>}
      {state.enabled && state.sessions.length > 1 && (
        <label className="selector">
          {t('popupWindow')}{' '}
          <select value={session?.id} onChange={(e) => onSelect(e.currentTarget.value)}>
            {state.sessions.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label || '—'}
              </option>
            ))}
          </select>
        </label>
      )}
      {state.enabled && session && (
        <section aria-label={t('panelTitle')}>
          {!session.incident ? (
            <p className="muted">{t('popupNotIncident')}</p>
          ) : (
            <ul className="checklist">
              {session.checklist
                .filter((c) => c.enabled)
                .map((c) => (
                  <ChecklistRow key={c.id} item={c} />
                ))}
            </ul>
          )}
          <h2>{t('popupFindings')}</h2>
          {session.groups.length === 0 ? (
            <p className="muted">{t('popupNoFindings')}</p>
          ) : (
            <ul className="groups">
              {session.groups.map((g) => (
                <li key={g.ruleId} data-rule={g.ruleId}>
                  <span className={`dot cat-${g.category}`} aria-hidden="true" />
                  <span>{g.title}</span>
                  <span className="count">{g.count}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {footer}
    </main>
  );
}
