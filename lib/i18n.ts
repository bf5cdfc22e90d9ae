/**
 * UI strings through the browser's i18n (public/_locales), so the UI follows
 * the browser's language. Outside an extension (tests, CLI) the English file
 * is used.
 */
import en from '../public/_locales/en/messages.json';

type Key = keyof typeof en;
type Msg = { message: string; placeholders?: Record<string, { content: string }> };

function fallback(key: Key, subs: string[]): string {
  const m = (en as Record<string, Msg>)[key];
  if (!m) return key;
  let out = m.message;
  for (const [name, p] of Object.entries(m.placeholders ?? {})) {
    const idx = Number(p.content.replace('$', '')) - 1;
    out = out.split(`$${name.toUpperCase()}$`).join(subs[idx] ?? '');
  }
  return out;
}

export function t(key: Key, ...subs: Array<string | number>): string {
  const s = subs.map(String);
  try {
    const g = (globalThis as { chrome?: { i18n?: { getMessage(k: string, s?: string[]): string } } }).chrome?.i18n;
    const m = g?.getMessage(key, s);
    if (m) return m;
  } catch {
    // A dead extension context: fall back to English.
  }
  return fallback(key, s);
}

/** The UI language (browser's), "en" or "de". */
export function uiLang(): 'en' | 'de' {
  try {
    const g = (globalThis as { chrome?: { i18n?: { getUILanguage(): string } } }).chrome?.i18n;
    const l = g?.getUILanguage() ?? (typeof navigator !== 'undefined' ? navigator.language : 'en');
    return l.toLowerCase().startsWith('de') ? 'de' : 'en';
  } catch {
    return 'en';
  }
}

export type { Key as MessageKey };
