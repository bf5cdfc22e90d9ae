import { ruleById } from '../rules';
import { t, type MessageKey } from '../lib/i18n';
import type { SessionView, UiActions } from '../lib/content/store';

/** The checklist for one compose window: ✓/✗ with evidence or a hint, and "Insert" for a missing element. */
export function ChecklistPanel({ view, actions, style }: { view: SessionView; actions: UiActions; style: React.CSSProperties }) {
  const items = view.checklist.filter((c) => c.enabled);
  const byRule = new Map<string, number>();
  for (const f of view.findings) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
  return (
    <div className="panel" role="dialog" aria-label={t('panelTitle')} style={style} onKeyDown={(e) => e.key === 'Escape' && actions.togglePanel(view.id)}>
      <div className="panel-title">{t('panelTitle')}</div>
      {!view.incident && <p className="muted">{t('panelNotIncident')}</p>}
      {view.incident && (
        <ul className="checklist">
          {items.map((c) => (
            <li key={c.id} className={c.passed ? 'ok' : 'missing'} data-item={c.id}>
              <span className="mark" aria-hidden="true">
                {c.passed ? '✓' : '✗'}
              </span>
              <span className="item-name">{t(`checklist_${c.id}` as MessageKey)}</span>
              <span className="item-detail">{c.passed ? (c.evidence ? `“${c.evidence.text}”` : c.message) : c.message}</span>
              {!c.passed && c.template && (
                <button className="small" onClick={() => actions.insertTemplate(view.id, c)} aria-label={`${t('panelInsert')}: ${c.template}`}>
                  {t('panelInsert')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {view.findings.length > 0 && (
        <>
          <div className="panel-sub">{t('panelSuggestions')}</div>
          <ul className="findings">
            {view.findings.map((f, i) => (
              <li key={`${f.ruleId}-${f.start}-${i}`}>
                <span className={`dot cat-${f.category}`} aria-hidden="true" />
                <span className="finding-rule">{ruleById.get(f.ruleId)?.title[view.lang] ?? f.ruleId}</span>
                <span className="finding-text">“{f.text.length > 50 ? f.text.slice(0, 47) + '…' : f.text}”</span>
                <button className="small" onClick={() => actions.showFinding(view.id, f)}>
                  {t('panelShow')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {view.truncated && <p className="muted">{t('truncatedNote', view.truncated.checkedWords)}</p>}
    </div>
  );
}
