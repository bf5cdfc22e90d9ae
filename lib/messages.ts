/**
 * Messages between the content script, the background worker and the popup.
 * The popup asks the content script of the active tab for its state (no email
 * text leaves the tab except the short evidence quotes shown in the popup);
 * the content script tells the background its suggestion count for the
 * toolbar badge.
 */
import { ruleById } from '../rules';
import type { ChecklistItem, Finding, Lang, LintResult } from './types';

export type Message =
  | { type: 'candor/count'; count: number }
  | { type: 'candor/get-state' };

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

export function isMessage(m: unknown): m is Message {
  return typeof m === 'object' && m !== null && typeof (m as { type?: unknown }).type === 'string' && (m as { type: string }).type.startsWith('candor/');
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

export interface BadgeApi {
  setBadgeText(d: { tabId?: number; text: string }): Promise<void> | void;
  setBadgeBackgroundColor(d: { tabId?: number; color: string }): Promise<void> | void;
}

/** The background's handler: the toolbar badge shows the active tab's open suggestions. */
export async function handleBackgroundMessage(msg: unknown, sender: { tab?: { id?: number } }, action: BadgeApi): Promise<void> {
  if (!isMessage(msg) || msg.type !== 'candor/count') return;
  const tabId = sender.tab?.id;
  if (tabId === undefined) return;
  const n = Math.max(0, Math.floor(Number(msg.count) || 0));
  await action.setBadgeText({ tabId, text: n === 0 ? '' : n > 99 ? '99+' : String(n) });
  await action.setBadgeBackgroundColor({ tabId, color: '#c2410c' });
}
