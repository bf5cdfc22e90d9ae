import { t } from '../lib/i18n';
import { ChecklistRow, FindingRow } from './Rows';
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
            <ChecklistRow
              key={c.id}
              item={c}
              action={
                !c.passed && c.template ? (
                  <button className="small" onClick={() => actions.insertTemplate(view.id, c)} aria-label={`${t('panelInsert')}: ${c.template}`}>
                    {t('panelInsert')}
                  </button>
                ) : undefined
              }
            />
          ))}
        </ul>
      )}
      {view.findings.length > 0 && (
        <>
          <div className="panel-sub">{t('panelSuggestions')}</div>
          <ul className="findings">
            {view.findings.map((f, i) => (
              <FindingRow
                key={`${f.ruleId}-${f.start}-${i}`}
                finding={f}
                lang={view.lang}
                action={
                  <button className="small" onClick={() => actions.showFinding(view.id, f)}>
                    {t('panelShow')}
                  </button>
                }
              />
            ))}
          </ul>
        </>
      )}
      {view.truncated && <p className="muted">{t('truncatedNote', view.truncated.checkedWords)}</p>}
    </div>
  );
}
