import { describe, expect, it } from 'vitest';
import { defaultSettings, lockedPaths, migrate, overlaySettings, parseSettings, restoreLocked, SETTINGS_VERSION } from '../lib/settings';
import { rules } from '../rules';

describe('settings schema', () => {
  it('has defaults for every rule and checklist item', () => {
    const d = defaultSettings();
    expect(d.version).toBe(SETTINGS_VERSION);
    expect(Object.keys(d.rules).sort()).toEqual(rules.map((r) => r.id).sort());
    expect(d.rules['long-sentence']).toEqual({ severity: 'hint', options: { extraPhrases: [], ignorePhrases: [], maxWords: 30 } });
    expect(d.rules['body-length'].options.maxWords).toBe(200);
    expect(d.rules['over-explaining'].options.maxExplanationSentences).toBe(2);
    expect(d.rules['non-apology'].severity).toBe('error');
    expect(Object.values(d.checklist).every(Boolean)).toBe(true);
    expect([d.language, d.incident, d.sendReview]).toEqual(['auto', 'auto', 'missing']);
  });
  it('parses nothing into the defaults', () => {
    expect(parseSettings(undefined)).toEqual({ settings: defaultSettings(), reset: [], ignored: [] });
  });
  it('falls back field by field and reports what was reset', () => {
    const r = parseSettings({
      version: 1,
      language: 'fr',
      incident: 'always',
      rules: {
        'long-sentence': { severity: 'warning', options: { maxWords: 'many', extraPhrases: ['at the end of the day'] } },
        hedging: 'off',
      },
      sites: { gmail: 'yes', outlook: false },
    });
    expect(r.settings.language).toBe('auto');
    expect(r.settings.incident).toBe('always');
    expect(r.settings.rules['long-sentence']).toEqual({ severity: 'warning', options: { maxWords: 30, extraPhrases: ['at the end of the day'], ignorePhrases: [] } });
    expect(r.settings.rules.hedging).toEqual(defaultSettings().rules.hedging);
    expect(r.settings.sites).toEqual({ gmail: true, outlook: false });
    expect(r.reset.map((x) => x.path).sort()).toEqual(['language', 'rules.hedging', 'rules.long-sentence.options.maxWords', 'sites.gmail']);
  });
  it('ignores unknown keys and hostile ones, without prototype pollution', () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": true}, "rules": {"__proto__": {"x": 1}, "hedging": {"options": {"__proto__": {"y": 1}, "constructor": 1}}}, "bogus": 1}');
    const r = parseSettings(hostile);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((r.settings as unknown as Record<string, unknown>).bogus).toBeUndefined();
    expect(r.ignored.map((x) => x.path)).toEqual(expect.arrayContaining(['bogus', 'rules.hedging.options.constructor']));
    expect(Object.getPrototypeOf(r.settings.rules.hedging.options)).toBe(Object.prototype);
  });
  it('rejects non-objects and huge strings', () => {
    expect(parseSettings('hello').reset[0].path).toBe('');
    expect(parseSettings([1, 2]).settings).toEqual(defaultSettings());
    const r = parseSettings({ rules: { hedging: { options: { extraPhrases: ['x'.repeat(10000)] } } } });
    expect(r.settings.rules.hedging.options.extraPhrases).toEqual([]);
    expect(r.reset.map((x) => x.path)).toEqual(['rules.hedging.options.extraPhrases']);
  });
  it('migrates version 0 (unversioned): enabled:false → off, incidentDetection → incident', () => {
    const r = parseSettings({ incidentDetection: 'never', rules: { minimizing: { enabled: false } } });
    expect(r.settings.incident).toBe('never');
    expect(r.settings.rules.minimizing.severity).toBe('off');
    expect(r.settings.version).toBe(SETTINGS_VERSION);
    expect(r.reset).toEqual([]);
    expect(migrate({ version: 0 }, []).version).toBe(1);
  });
  it('reports a version from the future and keeps the known fields', () => {
    const r = parseSettings({ version: 99, language: 'de' });
    expect(r.settings.language).toBe('de');
    expect(r.reset.map((x) => x.path)).toEqual(['version']);
  });
  it('overlays managed values over the user settings', () => {
    const user = parseSettings({ language: 'en', rules: { hedging: { severity: 'hint' } } }).settings;
    const merged = overlaySettings(user, { rules: { hedging: { severity: 'error' } }, sendReview: 'always' });
    expect(merged.rules.hedging.severity).toBe('error');
    expect(merged.sendReview).toBe('always');
    expect(merged.language).toBe('en');
  });
  it('never writes policy values into personal settings', () => {
    const own = parseSettings({ sendReview: 'off', rules: { hedging: { severity: 'hint' } } }).settings;
    const policy = { sendReview: 'always', rules: { hedging: { severity: 'error' } } };
    const edited = overlaySettings(own, policy);
    edited.rules['long-sentence'].options.maxWords = 20; // the person's own edit
    const stored = restoreLocked(edited, own, lockedPaths(policy));
    expect(stored.sendReview).toBe('off');
    expect(stored.rules.hedging.severity).toBe('hint');
    expect(stored.rules['long-sentence'].options.maxWords).toBe(20);
    expect(edited.sendReview).toBe('always');
  });
});
