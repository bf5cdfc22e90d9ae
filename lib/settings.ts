/**
 * The settings model: one typed schema with defaults for everything, parsed
 * field by field so that one bad value never throws away the rest.
 * Pure: storage lives in lib/settings-storage.ts (browser) and the CLI.
 */
import { z } from 'zod';
import { rules } from '../rules';
import { CHECKLIST_IDS, type ChecklistId, type Severity } from './types';

export const SETTINGS_VERSION = 1;

export const severitySchema = z.enum(['off', 'hint', 'warning', 'error']);
export const languageSetting = z.enum(['auto', 'en', 'de']);
export const incidentSetting = z.enum(['auto', 'always', 'never']);
export const sendReviewSetting = z.enum(['off', 'missing', 'always']);

export interface RuleSettings {
  severity: Severity;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  options: Record<string, any>;
}

export interface Settings {
  version: number;
  language: z.infer<typeof languageSetting>;
  incident: z.infer<typeof incidentSetting>;
  sendReview: z.infer<typeof sendReviewSetting>;
  sites: { gmail: boolean; outlook: boolean };
  checklist: Record<ChecklistId, boolean>;
  rules: Record<string, RuleSettings>;
}

export function defaultRuleSettings(id: string): RuleSettings {
  const rule = rules.find((r) => r.id === id);
  if (!rule) throw new Error(`Unknown rule ${id}`);
  return { severity: rule.defaultSeverity, options: rule.options.parse({}) as Record<string, unknown> };
}

export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    language: 'auto',
    incident: 'auto',
    sendReview: 'missing',
    sites: { gmail: true, outlook: true },
    checklist: Object.fromEntries(CHECKLIST_IDS.map((id) => [id, true])) as Record<ChecklistId, boolean>,
    rules: Object.fromEntries(rules.map((r) => [r.id, defaultRuleSettings(r.id)])),
  };
}

export interface SettingsIssue {
  /** Dotted path of the field, e.g. "rules.long-sentence.options.maxWords". */
  path: string;
  message: string;
}

export interface ParsedSettings {
  settings: Settings;
  /** Fields that were invalid and fell back to their defaults. */
  reset: SettingsIssue[];
  /** Keys that are not part of the settings and were ignored. */
  ignored: SettingsIssue[];
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function ownKeys(o: Record<string, unknown>): string[] {
  return Object.keys(o);
}

/**
 * Parses any value (stored settings, an imported file, a CLI config) into
 * complete settings. Every field that is missing or invalid falls back to its
 * default and is reported; unknown keys are reported and ignored.
 */
export function parseSettings(input: unknown): ParsedSettings {
  const d = defaultSettings();
  const reset: SettingsIssue[] = [];
  const ignored: SettingsIssue[] = [];
  if (input === undefined || input === null) return { settings: d, reset, ignored };
  if (!isPlainObject(input)) {
    reset.push({ path: '', message: 'Settings must be a JSON object; all defaults are used.' });
    return { settings: d, reset, ignored };
  }
  const data = migrate(input, reset);

  const field = <T>(path: string, value: unknown, schema: z.ZodType<T>, fallback: T): T => {
    if (value === undefined) return fallback;
    const r = schema.safeParse(value);
    if (r.success) return r.data;
    reset.push({ path, message: r.error.issues[0]?.message ?? 'Invalid value' });
    return fallback;
  };

  const known = new Set(['version', 'language', 'incident', 'sendReview', 'sites', 'checklist', 'rules']);
  for (const k of ownKeys(data)) if (!known.has(k)) ignored.push({ path: k, message: 'Unknown setting' });

  const out: Settings = {
    version: SETTINGS_VERSION,
    language: field('language', data.language, languageSetting, d.language),
    incident: field('incident', data.incident, incidentSetting, d.incident),
    sendReview: field('sendReview', data.sendReview, sendReviewSetting, d.sendReview),
    sites: { ...d.sites },
    checklist: { ...d.checklist },
    rules: {},
  };

  if (data.sites !== undefined) {
    if (!isPlainObject(data.sites)) reset.push({ path: 'sites', message: 'Expected an object' });
    else {
      for (const k of ownKeys(data.sites)) {
        if (k === 'gmail' || k === 'outlook') out.sites[k] = field(`sites.${k}`, data.sites[k], z.boolean(), d.sites[k]);
        else ignored.push({ path: `sites.${k}`, message: 'Unknown site' });
      }
    }
  }
  if (data.checklist !== undefined) {
    if (!isPlainObject(data.checklist)) reset.push({ path: 'checklist', message: 'Expected an object' });
    else {
      for (const k of ownKeys(data.checklist)) {
        if ((CHECKLIST_IDS as readonly string[]).includes(k)) {
          const id = k as ChecklistId;
          out.checklist[id] = field(`checklist.${k}`, data.checklist[k], z.boolean(), d.checklist[id]);
        } else ignored.push({ path: `checklist.${k}`, message: 'Unknown checklist item' });
      }
    }
  }

  const inRules = data.rules;
  if (inRules !== undefined && !isPlainObject(inRules)) reset.push({ path: 'rules', message: 'Expected an object' });
  for (const rule of rules) {
    const def = d.rules[rule.id];
    const given = isPlainObject(inRules) && Object.hasOwn(inRules, rule.id) ? inRules[rule.id] : undefined;
    if (given === undefined) {
      out.rules[rule.id] = def;
      continue;
    }
    if (!isPlainObject(given)) {
      reset.push({ path: `rules.${rule.id}`, message: 'Expected an object' });
      out.rules[rule.id] = def;
      continue;
    }
    let severity = field(`rules.${rule.id}.severity`, given.severity, severitySchema, def.severity);
    // Older form: { enabled: false }.
    if (given.enabled === false && given.severity === undefined) severity = 'off';
    const options: Record<string, unknown> = { ...def.options };
    if (given.options !== undefined) {
      if (!isPlainObject(given.options)) reset.push({ path: `rules.${rule.id}.options`, message: 'Expected an object' });
      else {
        const shape = (rule.options as unknown as z.ZodObject<z.ZodRawShape>).shape;
        for (const k of ownKeys(given.options)) {
          if (!shape || !Object.hasOwn(shape, k) || FORBIDDEN_KEYS.has(k)) {
            ignored.push({ path: `rules.${rule.id}.options.${k}`, message: 'Unknown option' });
            continue;
          }
          options[k] = field(`rules.${rule.id}.options.${k}`, given.options[k], shape[k] as z.ZodType<unknown>, def.options[k]);
        }
      }
    }
    for (const k of ownKeys(given)) {
      if (!['severity', 'options', 'enabled'].includes(k)) ignored.push({ path: `rules.${rule.id}.${k}`, message: 'Unknown key' });
    }
    out.rules[rule.id] = { severity, options };
  }
  if (isPlainObject(inRules)) {
    for (const k of ownKeys(inRules)) if (!rules.some((r) => r.id === k)) ignored.push({ path: `rules.${k}`, message: 'Unknown rule' });
  }
  return { settings: out, reset, ignored };
}

/**
 * Migrations from every earlier version to the current one. Version 0 is the
 * unversioned form (rule switches as `enabled`); the version field itself is
 * checked here.
 */
export function migrate(input: Record<string, unknown>, reset: SettingsIssue[]): Record<string, unknown> {
  let v = input.version;
  if (v === undefined) v = 0;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
    reset.push({ path: 'version', message: 'Invalid version; read as the current version' });
    v = SETTINGS_VERSION;
  }
  let data: Record<string, unknown> = { ...input };
  if ((v as number) < 1) {
    // v0 → v1: { rules: { id: { enabled: bool } } } became severity 'off' when disabled (handled in parse);
    // "incidentDetection" was renamed "incident".
    if (data.incidentDetection !== undefined && data.incident === undefined) data.incident = data.incidentDetection;
    delete data.incidentDetection;
    data.version = 1;
  }
  if ((v as number) > SETTINGS_VERSION) {
    reset.push({ path: 'version', message: `Settings are from a newer version (${String(v)}); known fields are used` });
  }
  return data;
}

const keys = new WeakMap<Settings, string>();

/** A key for everything in the settings that changes lint results (remembered per settings object). */
export function settingsKey(s: Settings): string {
  let k = keys.get(s);
  if (k === undefined) keys.set(s, (k = JSON.stringify([s.language, s.rules])));
  return k;
}

/** Merge a partial override (e.g. managed policy) over settings; the override wins. */
export function overlaySettings(base: Settings, override: unknown): Settings {
  if (!isPlainObject(override)) return base;
  const merged = {
    ...base,
    ...override,
    sites: { ...base.sites, ...(isPlainObject(override.sites) ? override.sites : {}) },
    checklist: { ...base.checklist, ...(isPlainObject(override.checklist) ? override.checklist : {}) },
    rules: { ...base.rules },
  } as Record<string, unknown>;
  if (isPlainObject(override.rules)) {
    const r = merged.rules as Record<string, unknown>;
    for (const [k, v] of Object.entries(override.rules)) {
      if (FORBIDDEN_KEYS.has(k)) continue;
      const b = base.rules[k];
      if (b && isPlainObject(v)) {
        r[k] = { ...b, ...v, options: { ...b.options, ...(isPlainObject(v.options) ? v.options : {}) } };
      }
    }
  }
  return parseSettings(merged).settings;
}

/** Dotted paths of every leaf a managed policy sets ("rules.hedging.severity", "sendReview", …). */
export function lockedPaths(policy: unknown): Set<string> {
  const out = new Set<string>();
  const walk = (v: unknown, path: string, depth: number) => {
    if (isPlainObject(v) && depth < 4) {
      for (const [k, x] of Object.entries(v)) {
        if (FORBIDDEN_KEYS.has(k)) continue;
        walk(x, path ? `${path}.${k}` : k, depth + 1);
      }
    } else if (path) out.add(path);
  };
  walk(policy, '', 0);
  return out;
}

/**
 * The person's own settings to store after an edit of the effective (policy-overlaid) settings:
 * values an organisation's policy locks are taken from what the person had, so a policy is never
 * written into personal settings (and removing the policy gives the person's values back).
 */
export function restoreLocked(edited: Settings, own: Settings, locked: Set<string>): Settings {
  const out = JSON.parse(JSON.stringify(edited)) as Settings;
  const src = own as unknown as Record<string, unknown>;
  for (const path of locked) {
    const keys = path.split('.');
    if (keys.some((k) => FORBIDDEN_KEYS.has(k))) continue;
    let from: unknown = src;
    let to: Record<string, unknown> = out as unknown as Record<string, unknown>;
    for (let i = 0; i < keys.length - 1; i++) {
      from = isPlainObject(from) ? from[keys[i]] : undefined;
      const next = to[keys[i]];
      if (!isPlainObject(next)) {
        to = {};
        break;
      }
      to = next;
    }
    const last = keys[keys.length - 1];
    if (isPlainObject(from) && Object.hasOwn(from, last)) to[last] = JSON.parse(JSON.stringify(from[last]));
  }
  return out;
}
