/**
 * Settings in the browser: sync storage through wxt/utils/storage, with the
 * organisation's managed policy (storage.managed) laid over them. Email text is
 * never stored: only settings.
 */
import { storage } from 'wxt/utils/storage';
import { overlaySettings, parseSettings, type ParsedSettings, type Settings } from './settings';

export const settingsItem = storage.defineItem<unknown>('sync:settings', { fallback: null });
/**
 * The managed policy is read with storage.getItem, not storage.defineItem: a defined item reads its value
 * once when it is defined, and in Firefox, without a managed-storage manifest, that read rejects with
 * nothing to catch it ("Managed storage manifest not found" as an unhandled rejection in the page).
 */
const POLICY_KEY = 'managed:policy';
export const policyItem = {
  getValue: () => storage.getItem<unknown>(POLICY_KEY),
  watch: (cb: () => void) => storage.watch<unknown>(POLICY_KEY, cb),
};
/** The last policy seen, so pages do not wait for the browser's policy service (which can take seconds). */
const policyCache = storage.defineItem<unknown>('local:policyCache', { fallback: null });

export interface LoadedSettings extends ParsedSettings {
  /** The managed policy, if an administrator set one. */
  policy: unknown;
  /** The person's own settings, before the policy is laid over them. */
  own: Settings;
}

async function readPolicyNow(): Promise<unknown> {
  try {
    const p = await policyItem.getValue();
    await policyCache.setValue(p ?? null).catch(() => undefined);
    return p;
  } catch {
    return null; // Firefox without a managed manifest, or no policy.
  }
}

let freshPolicy: Promise<unknown> | null = null;

/** The policy if the browser answers quickly, else the cached one (the fresh one arrives through watchSettings). */
async function readPolicy(waitMs = 250): Promise<unknown> {
  freshPolicy ??= readPolicyNow();
  const timeout = new Promise<typeof TIMEOUT>((r) => setTimeout(() => r(TIMEOUT), waitMs));
  const p = await Promise.race([freshPolicy, timeout]);
  if (p !== TIMEOUT) return p;
  try {
    return await policyCache.getValue();
  } catch {
    return null;
  }
}
const TIMEOUT = Symbol('timeout');

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
  return { ...parsed, settings, policy, own: parsed.settings };
}

export async function saveSettings(s: Settings): Promise<void> {
  await settingsItem.setValue(JSON.parse(JSON.stringify(s)));
}

/** Changes the person's own stored settings (never the organisation's policy values). */
export async function updateUserSettings(change: (own: Settings) => void): Promise<void> {
  const own = parseSettings(await settingsItem.getValue()).settings;
  change(own);
  await saveSettings(own);
}

/** Calls back with fresh settings whenever they change (in any tab or the options page). */
export function watchSettings(cb: (s: LoadedSettings) => void): () => void {
  let stopped = false;
  const a = settingsItem.watch(() => void loadSettings().then(cb));
  const b = policyItem.watch(() => {
    freshPolicy = null;
    void loadSettings().then(cb);
  });
  // When the browser's policy service answers late, apply what it says.
  freshPolicy ??= readPolicyNow();
  void freshPolicy.then(() => {
    if (!stopped) void loadSettings().then(cb);
  });
  return () => {
    stopped = true;
    a();
    b();
  };
}
