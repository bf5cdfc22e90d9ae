import { useSyncExternalStore } from 'react';
import { t } from '../lib/i18n';
import type { Store, UiActions } from '../lib/content/store';
import { Card } from './Card';
import { ChecklistPanel } from './ChecklistPanel';
import { ReviewDialog } from './ReviewDialog';

/** Everything Candor draws on a webmail page, inside one shadow root. */
export function Overlay({ store, actions }: { store: Store; actions: UiActions }) {
  const state = useSyncExternalStore(store.subscribe, store.get, store.get);
  const card = state.card;
  const cardSession = card ? state.sessions.find((s) => s.id === card.sessionId) : undefined;
  return (
    <div className="candor-root">
      {state.sessions.map((s) => {
        if (!s.anchor) return null;
        const count = s.findings.length + s.documentFindings.length;
        const worst = s.findings.some((f) => f.severity === 'error') || s.documentFindings.some((f) => f.severity === 'error') ? 'error' : count ? 'warn' : 'ok';
        const label = count ? t('badgeLabel', count) : t('badgeLabelNone');
        const badgeStyle = { left: s.anchor.x - 44, top: s.anchor.y - 40 };
        const open = state.panel === s.id;
        return (
          <div key={s.id} data-session={s.id}>
            <button
              className={`badge badge-${worst}`}
              style={badgeStyle}
              aria-label={label}
              title={label}
              aria-expanded={open}
              onClick={() => actions.togglePanel(s.id)}
            >
              {count}
            </button>
            {open && (
              <ChecklistPanel
                view={s}
                actions={actions}
                style={{ left: Math.max(8, s.anchor.x - 380), bottom: Math.max(8, window.innerHeight - s.anchor.y + 48) }}
              />
            )}
          </div>
        );
      })}
      {card && cardSession && <Card card={card} lang={cardSession.lang} actions={actions} />}
      {state.review && (
        <ReviewDialog review={state.review} lang={state.sessions.find((s) => s.id === state.review!.sessionId)?.lang ?? 'en'} actions={actions} />
      )}
    </div>
  );
}
