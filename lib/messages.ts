/**
 * Messages between the content script, the background worker and the popup.
 * The popup asks the content script of the active tab for its state (no email
 * text leaves the tab except the short evidence quotes shown in the popup);
 * the content script tells the background its suggestion count for the
 * toolbar badge.
 */
import { ruleById } from '../rules';
import type { ChecklistItem, Finding, Lang, LintResult } from './types';

export { handleBackgroundMessage, isMessage, type BadgeApi, type Message } from './badge';

export interface PopupSession {
  id: string;
  /** A short label for the selector: the first words of the body. */
  label: string;
  lastActive: number;
  lang: Lang;
  incident: boolean;
  checklist: ChecklistItem[];
  groups: Array<{ ruleId: string; title: string; category: Finding['category']; count: number }>;
  total: number;
}

export interface PopupState {
  site: 'gmail' | 'outlook';
  enabled: boolean;
  sessions: PopupSession[];
}

/** Builds the popup's view of the open compose windows, most recently used first. */
export function popupState(
  site: PopupState['site'],
  enabled: boolean,
  sessions: Array<{ id: string; result: LintResult | null; lastActive: number; text: string }>,
): PopupState {
  const out: PopupSession[] = sessions.map((s) => {
    const r = s.result;
    const counts = new Map<string, number>();
    for (const f of r?.findings ?? []) if (f.start >= 0) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
    const lang = r?.language ?? 'en';
    const body = r ? s.text.slice(r.body.start, r.body.end) : s.text;
    const words = body.slice(0, 300).trim().split(/\s+/).filter(Boolean);
    return {
      id: s.id,
      label: words.length ? words.slice(0, 6).join(' ') + (words.length > 6 ? '…' : '') : '',
      lastActive: s.lastActive,
      lang,
      incident: r?.incident ?? false,
      checklist: r?.checklist ?? [],
      groups: [...counts].map(([ruleId, count]) => {
        const rule = ruleById.get(ruleId);
        return { ruleId, title: rule?.title[lang] ?? ruleId, category: rule?.category ?? 'evasive', count };
      }),
      total: r?.findings.length ?? 0,
    };
  });
  out.sort((a, b) => b.lastActive - a.lastActive);
  return { site, enabled, sessions: out };
}
