/**
 * Messages between the content script and the background worker, and the
 * background's badge handler. Kept apart from lib/messages.ts so the
 * background worker does not bundle the rules.
 */
export type Message =
  | { type: 'candor/count'; count: number }
  | { type: 'candor/get-state' };

export function isMessage(m: unknown): m is Message {
  return typeof m === 'object' && m !== null && typeof (m as { type?: unknown }).type === 'string' && (m as { type: string }).type.startsWith('candor/');
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
