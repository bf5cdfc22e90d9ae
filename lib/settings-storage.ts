/**
 * Settings in the browser: sync storage through wxt/utils/storage, with the
 * organisation's managed policy (storage.managed) laid over them. Email text is
 * never stored: only settings.
 */
import { storage } from 'wxt/utils/storage';
import { overlaySettings, parseSettings, type ParsedSettings, type Settings } from './settings';

export const settingsItem = storage.defineItem<unknown>('sync:settings', { fallback: null });
export const policyItem = storage.defineItem<unknown>('managed:policy', { fallback: null });

export interface LoadedSettings extends ParsedSettings {
  /** The managed policy, if an administrator set one. */
  policy: unknown;
}

async function readPolicy(): Promise<unknown> {
  try {
    return await policyItem.getValue();
  } catch {
    return null; // Firefox without a managed manifest, or no policy.
  }
}

export async function loadSettings(): Promise<LoadedSettings> {
  let raw: unknown = null;
  try {
    raw = await settingsItem.getValue();
  } catch {
    raw = null;
  }
  const parsed = parseSettings(raw);
  const policy = await readPolicy();
  const settings: Settings = policy ? overlaySettings(parsed.settings, policy) : parsed.settings;
  return { ...parsed, settings, policy };
}

export async function saveSettings(s: Settings): Promise<void> {
  await settingsItem.setValue(JSON.parse(JSON.stringify(s)));
}

/** Calls back with fresh settings whenever they change (in any tab or the options page). */
export function watchSettings(cb: (s: LoadedSettings) => void): () => void {
  const a = settingsItem.watch(() => void loadSettings().then(cb));
  const b = policyItem.watch(() => void loadSettings().then(cb));
  return () => {
    a();
    b();
  };
}
