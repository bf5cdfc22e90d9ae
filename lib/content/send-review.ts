/**
 * Whether a send should be held for review. Pure. A non-incident email is
 * never held; with mode "missing" (default) only when a checklist item is
 * missing or an error-severity finding remains; with "always", every incident
 * email is reviewed.
 */
import type { Settings } from '../settings';
import type { ChecklistItem, Finding, LintResult } from '../types';

export interface ReviewDecision {
  hold: boolean;
  missing: ChecklistItem[];
  errors: Finding[];
}

export function reviewDecision(result: LintResult | null, mode: Settings['sendReview']): ReviewDecision {
  const none: ReviewDecision = { hold: false, missing: [], errors: [] };
  if (!result || mode === 'off' || !result.incident) return none;
  const missing = result.checklist.filter((c) => c.enabled && !c.passed);
  const errors = result.findings.filter((f) => f.severity === 'error' && f.start >= 0);
  const hold = mode === 'always' || missing.length > 0 || errors.length > 0;
  return { hold, missing, errors };
}
