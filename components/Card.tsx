import { useEffect, useRef } from 'react';
import { ruleById } from '../rules';
import { t } from '../lib/i18n';
import type { CardState, UiActions } from '../lib/content/store';
import type { Lang } from '../lib/types';

/** The card for one underlined phrase: title, why, rewrites, dismiss, turn off. Text only, never HTML. */
export function Card({ card, lang, actions }: { card: CardState; lang: Lang; actions: UiActions }) {
  const ref = useRef<HTMLDivElement>(null);
  const { finding } = card;
  const rule = ruleById.get(finding.ruleId);
  useEffect(() => {
    if (card.focus) (ref.current?.querySelector<HTMLButtonElement>('.suggestion') ?? ref.current?.querySelector<HTMLButtonElement>('button'))?.focus();
  }, [card.focus, finding]);
  const width = 340;
  const vw = typeof window !== 'undefined' ? window.innerWidth : 1024;
  const vh = typeof window !== 'undefined' ? window.innerHeight : 768;
  const left = Math.max(8, Math.min(card.rect.left, vw - width - 8));
  const below = card.rect.bottom + 6;
  const style: React.CSSProperties = below + 220 < vh ? { left, top: below } : { left, bottom: Math.max(8, vh - card.rect.top + 6) };
  const onKey = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      actions.closeCard(true);
    }
  };
  const category = finding.category === 'detail' ? t('categoryDetail') : finding.category === 'missing' ? t('categoryMissing') : t('categoryEvasive');
  return (
    <div
      ref={ref}
      className={`card cat-${finding.category}`}
      style={{ ...style, width }}
      role="dialog"
      aria-label={`${rule?.title[lang] ?? finding.ruleId}: ${finding.text}`}
      onKeyDown={onKey}
      onMouseEnter={() => actions.cardHover(true)}
      onMouseLeave={() => actions.cardHover(false)}
      data-rule={finding.ruleId}
    >
      <div className="card-head">
        <span className="dot" aria-hidden="true" />
        <span className="card-category">{category}</span>
        <button className="icon" aria-label={t('cardClose')} title={t('cardClose')} onClick={() => actions.closeCard(true)}>
          ×
        </button>
      </div>
      <div className="card-title">{rule?.title[lang] ?? finding.ruleId}</div>
      <p className="card-why">{finding.message}</p>
      <div className="card-suggestions">
        {finding.suggestions.length === 0 && <p className="muted">{t('cardNoSuggestion')}</p>}
        {finding.suggestions.map((s, i) => (
          <button key={i} className="suggestion" data-replacement={s.replacement} onClick={() => actions.apply(card.sessionId, finding, s.replacement)}>
            {s.replacement === '' ? (
              <>
                <s className="strike">{finding.text}</s> <span className="muted">{t('cardRemove')}</span>
              </>
            ) : (
              <>
                <span className="muted">{s.label}:</span> {s.replacement}
              </>
            )}
          </button>
        ))}
      </div>
      <div className="card-actions">
        <button className="link" onClick={() => actions.dismiss(card.sessionId, finding)}>
          {t('cardDismiss')}
        </button>
        <button className="link" onClick={() => actions.disableRule(finding.ruleId)}>
          {t('cardTurnOff')}
        </button>
      </div>
    </div>
  );
}
