import { useMemo, useState } from 'react';
import { z } from 'zod';
import { rules } from '../rules';
import { lintEmail, preparedSettings } from '../lib/engine';
import { t, uiLang, type MessageKey } from '../lib/i18n';
import { parsePhrase } from '../lib/phrases';
import { defaultRuleSettings, defaultSettings, type Settings } from '../lib/settings';
import type { Rule } from '../lib/rule';
import { CHECKLIST_IDS, type Category, type Severity } from '../lib/types';

export interface OptionsProps {
  settings: Settings;
  /** Dotted paths an administrator's policy sets (shown locked). */
  locked: Set<string>;
  /** A message to show at the top (fields reset, import result, save error). */
  notice?: { kind: 'info' | 'error'; text: string } | null;
  onChange(next: Settings): void;
  onExport(): void;
  onImport(text: string): void;
}

const CATEGORIES: Array<[Category, MessageKey]> = [
  ['evasive', 'optCatEvasive'],
  ['detail', 'optCatDetail'],
  ['missing', 'optCatMissing'],
];
const SEVERITIES: Array<[Exclude<Severity, 'off'>, MessageKey]> = [
  ['hint', 'optSevHint'],
  ['warning', 'optSevWarning'],
  ['error', 'optSevError'],
];

function clone(s: Settings): Settings {
  return JSON.parse(JSON.stringify(s)) as Settings;
}

function Locked({ on }: { on: boolean }) {
  return on ? <span className="locked">{t("optLocked")}</span> : null;
}

/** A number option, validated with the rule's own schema. */
function NumberOption({ id, label, help, schema, value, disabled, onValid }: { id: string; label: string; help: string; schema: z.ZodType<unknown>; value: number; disabled: boolean; onValid(v: number): void }) {
  const [text, setText] = useState(String(value));
  const [lastProp, setLastProp] = useState(value);
  if (value !== lastProp) {
    setLastProp(value);
    if (Number(text) !== value) setText(String(value));
  }
  const checks = (schema as unknown as { minValue?: number | null; maxValue?: number | null });
  const range = `${checks.minValue ?? 0}–${checks.maxValue ?? '∞'}`;
  const parsed = schema.safeParse(Number(text));
  const error = text.trim() === '' || !parsed.success ? t('optInvalidNumber', range) : null;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        value={text}
        disabled={disabled}
        aria-invalid={!!error}
        aria-describedby={`${id}-help${error ? ` ${id}-err` : ''}`}
        onChange={(e) => {
          setText(e.currentTarget.value);
          const r = schema.safeParse(Number(e.currentTarget.value));
          if (e.currentTarget.value.trim() !== '' && r.success) onValid(r.data as number);
        }}
      />
      <small id={`${id}-help`}>{help}</small>
      {error && (
        <small id={`${id}-err`} className="error" role="alert">
          {error}
        </small>
      )}
    </div>
  );
}

/** A phrase list: one per line, each checked by the phrase parser; only usable phrases are saved. */
function PhraseOption({ id, label, help, value, disabled, onValid }: { id: string; label: string; help: string; value: string[]; disabled: boolean; onValid(v: string[]): void }) {
  const [text, setText] = useState(value.join('\n'));
  // Follow the setting when it changes from outside (reset, import), not while typing here.
  const [lastProp, setLastProp] = useState(value.join('\n'));
  if (value.join('\n') !== lastProp) {
    setLastProp(value.join('\n'));
    const own = text.split('\n').map((l) => l.trim()).filter((l) => l && parsePhrase(l).ok).join('\n');
    if (own !== value.join('\n')) setText(value.join('\n'));
  }
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const errors = lines.map((l) => ({ l, r: parsePhrase(l) })).filter((x) => !x.r.ok) as Array<{ l: string; r: { ok: false; error: string } }>;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={3}
        value={text}
        disabled={disabled}
        aria-invalid={errors.length > 0}
        aria-describedby={`${id}-help`}
        onChange={(e) => {
          const v = e.currentTarget.value;
          setText(v);
          const good = v.split('\n').map((l) => l.trim()).filter((l) => l && parsePhrase(l).ok);
          onValid(good);
        }}
      />
      <small id={`${id}-help`}>{help}</small>
      {errors.map((e) => (
        <small key={e.l} className="error" role="alert">
          {e.r.error}
        </small>
      ))}
    </div>
  );
}

function RuleCard({ rule, settings, locked, onChange }: { rule: Rule; settings: Settings; locked: Set<string>; onChange(next: Settings): void }) {
  const lang = uiLang();
  const rs = settings.rules[rule.id];
  const enabled = rs.severity !== 'off';
  const sevLocked = locked.has(`rules.${rule.id}.severity`);
  const shape = (rule.options as unknown as z.ZodObject<z.ZodRawShape>).shape;
  const update = (fn: (s: Settings) => void) => {
    const next = clone(settings);
    fn(next);
    onChange(next);
  };
  return (
    <article className="rule" id={`rule-${rule.id}`} data-rule={rule.id} aria-labelledby={`title-${rule.id}`}>
      <header>
        <h3 id={`title-${rule.id}`}>{rule.title[lang]}</h3>
        <code>{rule.id}</code>
        <label className="switch">
          <input
            type="checkbox"
            checked={enabled}
            disabled={sevLocked}
            onChange={(e) => {
              const on = e.currentTarget.checked;
              update((s) => (s.rules[rule.id].severity = on ? rule.defaultSeverity : 'off'));
            }}
          />
          {t('optEnabled')}
        </label>
      </header>
      <p>{rule.why[lang]}</p>
      <dl className="example">
        <dt>{t('optExample')}</dt>
        <dd className="bad">{rule.example[lang].bad}</dd>
        <dt>{t('optInstead')}</dt>
        <dd className="good">{rule.example[lang].good}</dd>
      </dl>
      <div className="controls">
        <div className="field">
          <label htmlFor={`${rule.id}-severity`}>{t('optSeverity')}</label>
          <select
            id={`${rule.id}-severity`}
            value={enabled ? rs.severity : rule.defaultSeverity}
            disabled={!enabled || sevLocked}
            onChange={(e) => {
              const v = e.currentTarget.value as Severity;
              update((s) => (s.rules[rule.id].severity = v));
            }}
          >
            {SEVERITIES.map(([v, k]) => (
              <option key={v} value={v}>
                {t(k)}
              </option>
            ))}
          </select>
          <Locked on={sevLocked} />
        </div>
        {Object.keys(shape).map((key) => {
          const path = `rules.${rule.id}.options.${key}`;
          const isLocked = locked.has(path);
          const fid = `${rule.id}-${key}`;
          const label = t(`opt_${key}` as MessageKey);
          const help = t(`opt_${key}_help` as MessageKey);
          const inner = (shape[key] as unknown as { unwrap?: () => z.ZodType<unknown> }).unwrap?.() ?? (shape[key] as z.ZodType<unknown>);
          const isArray = Array.isArray(rs.options[key]);
          return (
            <div key={key}>
              {isArray ? (
                <PhraseOption
                  id={fid}
                  label={label}
                  help={help}
                  value={rs.options[key] as string[]}
                  disabled={isLocked}
                  onValid={(v) => update((s) => (s.rules[rule.id].options[key] = v))}
                />
              ) : (
                <NumberOption
                  id={fid}
                  label={label}
                  help={help}
                  schema={inner}
                  value={rs.options[key] as number}
                  disabled={isLocked}
                  onValid={(v) => update((s) => (s.rules[rule.id].options[key] = v))}
                />
              )}
              <Locked on={isLocked} />
            </div>
          );
        })}
      </div>
      <button
        className="secondary"
        disabled={[...locked].some((p) => p.startsWith(`rules.${rule.id}.`))}
        onClick={() => update((s) => (s.rules[rule.id] = defaultRuleSettings(rule.id)))}
      >
        {t('optResetRule')}
      </button>
    </article>
  );
}

function Preview({ settings }: { settings: Settings }) {
  const [text, setText] = useState(
    uiLang() === 'de'
      ? 'Hallo Frau Berg,\n\nwir entschuldigen uns für eventuelle Unannehmlichkeiten. Ihre Bestellung wurde leider falsch verschickt.\n\nViele Grüße\nJo'
      : 'Hi Sam,\n\nWe apologize for any inconvenience this may have caused. Your order was shipped to the wrong address. Per our policy, we will try to resend it.\n\nBest,\nJo',
  );
  const result = useMemo(() => lintEmail(text, preparedSettings(clone(settings))), [text, settings]);
  const lang = result.language;
  return (
    <section className="preview" aria-labelledby="preview-title">
      <h2 id="preview-title">{t('optPreview')}</h2>
      <p className="muted">{t('optPreviewHelp')}</p>
      <textarea aria-label={t('optPreview')} rows={8} value={text} onChange={(e) => setText(e.currentTarget.value)} />
      <div className="preview-results">
        <div>
          <h3>{t('optPreviewFindings')}</h3>
          <ul className="preview-findings">
            {result.findings.filter((f) => f.start >= 0).length === 0 && <li className="muted">{t('optNoFindings')}</li>}
            {result.findings
              .filter((f) => f.start >= 0)
              .map((f, i) => (
                <li key={`${f.ruleId}-${f.start}-${i}`} data-finding={f.ruleId}>
                  <strong>{rules.find((r) => r.id === f.ruleId)?.title[lang] ?? f.ruleId}</strong> “{f.text}”
                </li>
              ))}
          </ul>
        </div>
        <div>
          <h3>{t('panelTitle')}</h3>
          {!result.incident ? (
            <p className="muted">{t('popupNotIncident')}</p>
          ) : (
            <ul className="preview-checklist">
              {result.checklist
                .filter((c) => c.enabled)
                .map((c) => (
                  <li key={c.id} data-item={c.id}>
                    {c.passed ? '✓' : '✗'} {t(`checklist_${c.id}` as MessageKey)}
                  </li>
                ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}

export function Options({ settings, locked, notice, onChange, onExport, onImport }: OptionsProps) {
  const [filter, setFilter] = useState('');
  const lang = uiLang();
  const q = filter.trim().toLowerCase();
  const visible = rules.filter((r) => !q || [r.id, r.title[lang], r.why[lang]].some((s) => s.toLowerCase().includes(q)));
  const update = (fn: (s: Settings) => void) => {
    const next = clone(settings);
    fn(next);
    onChange(next);
  };
  const select = <K extends 'language' | 'incident' | 'sendReview'>(key: K, label: MessageKey, values: Array<[Settings[K], MessageKey | string]>) => (
    <div className="field">
      <label htmlFor={`general-${key}`}>{t(label)}</label>
      <select id={`general-${key}`} value={settings[key]} disabled={locked.has(key)} onChange={(e) => update((s) => ((s[key] as string) = e.currentTarget.value))}>
        {values.map(([v, k]) => (
          <option key={v} value={v}>
            {k.startsWith('opt') ? t(k as MessageKey) : k}
          </option>
        ))}
      </select>
      <Locked on={locked.has(key)} />
    </div>
  );
  return (
    <main className="options">
      <header className="top">
        <h1>{t('optTitle')}</h1>
        <p className="muted">{t('optIntro')}</p>
        {notice && (
          <p className={notice.kind === 'error' ? 'notice error' : 'notice'} role={notice.kind === 'error' ? 'alert' : 'status'}>
            {notice.text}
          </p>
        )}
        <div className="toolbar">
          <button onClick={onExport}>{t('optExport')}</button>
          <label className="button">
            {t('optImport')}
            <input
              type="file"
              accept="application/json,.json"
              className="visually-hidden"
              onChange={(e) => {
                const f = e.currentTarget.files?.[0];
                e.currentTarget.value = '';
                if (f) void f.text().then(onImport);
              }}
            />
          </label>
          <button
            className="secondary"
            onClick={() => {
              const d = defaultSettings();
              onChange(d);
            }}
          >
            {t('optResetAll')}
          </button>
        </div>
      </header>

      <Preview settings={settings} />

      <section aria-labelledby="general-title">
        <h2 id="general-title">{t('optGeneral')}</h2>
        <div className="controls">
          {select('language', 'optLanguage', [['auto', 'optLanguageAuto'], ['en', 'English'], ['de', 'Deutsch']])}
          {select('incident', 'optIncident', [['auto', 'optIncidentAuto'], ['always', 'optIncidentAlways'], ['never', 'optIncidentNever']])}
          {select('sendReview', 'optSendReview', [['off', 'optSendReviewOff'], ['missing', 'optSendReviewMissing'], ['always', 'optSendReviewAlways']])}
        </div>
        <fieldset>
          <legend>{t('optSites')}</legend>
          {(['gmail', 'outlook'] as const).map((site) => (
            <label key={site} className="switch">
              <input type="checkbox" checked={settings.sites[site]} disabled={locked.has(`sites.${site}`)} onChange={(e) => update((s) => (s.sites[site] = e.currentTarget.checked))} />
              {site === 'gmail' ? 'Gmail' : 'Outlook on the web'}
              <Locked on={locked.has(`sites.${site}`)} />
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('optChecklist')}</legend>
          {CHECKLIST_IDS.map((id) => (
            <label key={id} className="switch">
              <input type="checkbox" checked={settings.checklist[id]} disabled={locked.has(`checklist.${id}`)} onChange={(e) => update((s) => (s.checklist[id] = e.currentTarget.checked))} />
              {t(`checklist_${id}` as MessageKey)}
              <Locked on={locked.has(`checklist.${id}`)} />
            </label>
          ))}
        </fieldset>
      </section>

      <div className="field search">
        <label htmlFor="filter">{t('optSearch')}</label>
        <input id="filter" type="search" value={filter} onChange={(e) => setFilter(e.currentTarget.value)} />
      </div>
      {visible.length === 0 && <p className="muted">{t('optNoMatch')}</p>}
      {CATEGORIES.map(([cat, key]) => {
        const list = visible.filter((r) => r.category === cat);
        if (!list.length) return null;
        return (
          <section key={cat} aria-labelledby={`cat-${cat}`}>
            <h2 id={`cat-${cat}`}>{t(key)}</h2>
            {list.map((r) => (
              <RuleCard key={r.id} rule={r} settings={settings} locked={locked} onChange={onChange} />
            ))}
          </section>
        );
      })}
    </main>
  );
}
