import { useEffect, useRef } from 'react';
import { t, type MessageKey } from '../lib/i18n';
import type { ReviewState, UiActions } from '../lib/content/store';
import { ChecklistRow, FindingRow } from './Rows';
import type { Lang } from '../lib/types';

/** Shown over the compose window when a send is held: what is missing, Fix, Send anyway, Back to editing. */
export function ReviewDialog({ review, lang, actions }: { review: ReviewState; lang: Lang; actions: UiActions }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>('.primary')?.focus();
  }, [review.sessionId]);
  const width = Math.min(420, Math.max(300, review.rect.width - 24));
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  const left = Math.max(8, Math.min(review.rect.left + (review.rect.width - width) / 2, vw - width - 8));
  // Keep the whole dialog on screen: its height grows with the list.
  const estimated = 150 + 58 * (review.missing.length + review.errors.length) + (review.errors.length ? 30 : 0);
  const top = Math.max(8, Math.min(review.rect.top + 40, vh - estimated - 8));
  const nothingLeft = review.missing.length === 0 && review.errors.length === 0;
  return (
    <div
      ref={ref}
      className="review"
      role="alertdialog"
      aria-modal="true"
      aria-label={t('reviewTitle')}
      style={{ left, top, width }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          actions.backToEditing(review.sessionId);
        }
      }}
    >
      <div className="panel-title">{t('reviewTitle')}</div>
      {nothingLeft ? (
        <p>{t('reviewAllSet')}</p>
      ) : (
        <>
          {review.missing.length > 0 && <p className="muted">{t('reviewIntro')}</p>}
          <ul className="checklist">
            {review.missing.map((c) => (
              <ChecklistRow
                key={c.id}
                item={c}
                action={
                  c.template ? (
                    <button className="small" onClick={() => actions.reviewFix(review.sessionId, c, null)} aria-label={`${t('reviewFix')}: ${t(`checklist_${c.id}` as MessageKey)}`}>
                      {t('reviewFix')}
                    </button>
                  ) : (
                    <span />
                  )
                }
              />
            ))}
          </ul>
          {review.errors.length > 0 && (
            <>
              <div className="panel-sub">{t('reviewErrors')}</div>
              <ul className="findings">
                {review.errors.map((f, i) => (
                  <FindingRow
                    key={`${f.ruleId}-${f.start}-${i}`}
                    finding={f}
                    lang={lang}
                    action={
                      <button className="small" onClick={() => actions.reviewFix(review.sessionId, null, f)}>
                        {t('reviewFix')}
                      </button>
                    }
                  />
                ))}
              </ul>
            </>
          )}
        </>
      )}
      <div className="review-actions">
        <button className="secondary" onClick={() => actions.backToEditing(review.sessionId)}>
          {t('reviewBack')}
        </button>
        <button className="primary" onClick={() => actions.sendAnyway(review.sessionId)}>
          {t('reviewSendAnyway')}
        </button>
      </div>
    </div>
  );
}
