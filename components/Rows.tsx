/** One checklist line and one finding line, shared by the in-page panel, the send review and the popup. Text only. */
import type { ReactNode } from 'react';
import { ruleById } from '../rules';
import { t, type MessageKey } from '../lib/i18n';
import type { ChecklistItem, Finding, Lang } from '../lib/types';

export function ChecklistRow({ item, action }: { item: ChecklistItem; action?: ReactNode }) {
  const detail = item.passed && item.evidence ? `“${item.evidence.text}”` : item.message;
  return (
    <li className={item.passed ? 'ok' : 'missing'} data-item={item.id}>
      <span className="mark" aria-hidden="true">
        {item.passed ? '✓' : '✗'}
      </span>
      <span className="item-name">{t(`checklist_${item.id}` as MessageKey)}</span>
      <span className="item-detail">{detail}</span>
      {action ?? null}
    </li>
  );
}

export function FindingRow({ finding, lang, action }: { finding: Finding; lang: Lang; action: ReactNode }) {
  const text = finding.text.length > 50 ? finding.text.slice(0, 47) + '…' : finding.text;
  return (
    <li>
      <span className={`dot cat-${finding.category}`} aria-hidden="true" />
      <span className="finding-rule">{ruleById.get(finding.ruleId)?.title[lang] ?? finding.ruleId}</span>
      <span className="finding-text">“{text}”</span>
      {action}
    </li>
  );
}
