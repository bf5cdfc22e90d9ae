/**
 * The Candor engine: lintEmail(text, settings?) → { language, incident, findings, checklist }.
 * Pure TypeScript, no browser API: the same code runs in the content script,
 * the CLI and the tests. Sentence-level work is cached per sentence, so after
 * a one-character edit only the edited sentence is analysed again.
 */
import { rules } from '../rules';
import type { Rule, SentenceInput, DocumentInput, DocumentHit } from './rule';
import { Memo, registeredMemo } from './memo';
import { clearMemos, format, memoSentence, mergeHits } from './rule';
import { detectLanguageOfLines } from './language';
import { detectIncident } from './incident';
import { matchPhrases, parsePhrases, type Phrase } from './phrases';
import { parseSettings, settingsKey, type Settings } from './settings';
import { findBody } from './text/body';
import { clearStableLines, linesIn, stableLines, stretchOf, type LineData } from './text/lines';
import { countWords, splitSentences, tokenize } from './text/sentences';
import {
  CHECKLIST_IDS,
  type ChecklistId,
  type ChecklistItem,
  type Finding,
  type Lang,
  type LintResult,
  type LocalHit,
  type Sentence,
} from './types';

/** Above this many body words, only the first part is checked (and the result says so). */
export const MAX_CHECKED_WORDS = 12000;
/** Longest stretch of one sentence the rules look at (a 5,000-word "sentence" is cut into pieces). */
const MAX_SENTENCE_CHARS = 1500;

type SentenceHits = Map<string, LocalHit[]>;

/** Per-sentence results, one bounded memo per language and settings (keyed by the sentence text). */
const caches = new Map<string, Memo<SentenceHits>>();
function sentenceCache(lang: Lang, settingsId: string): Memo<SentenceHits> {
  const k = lang + settingsId;
  let c = caches.get(k);
  if (!c) {
    if (caches.size >= 8) caches.clear(); // settings changed many times: start over
    caches.set(k, (c = new Memo<SentenceHits>(4000)));
  }
  return c;
}
const lineWords = memoSentence((line: string) => countWords(line));

/** A line's words: after a keystroke in it, its previous count plus what the edited stretch changed. */
function wordsOfLine(text: string, data: LineData): number {
  if (data.prevText !== undefined && data.prevWords !== undefined) {
    const [before, after] = stretchOf(text, data.prevText, data);
    return data.prevWords - countWords(before) + countWords(after);
  }
  return lineWords(text, 'en');
}

/** Empties the sentence cache and every per-sentence memo (benchmarks measure cold runs with it). */
export function clearCache(): void {
  caches.clear();
  clearStableLines();
  clearMemos(); // every registered memo: per-sentence rule memos, line splits, language scores, body flags, tags, past tenses, messages
}
export function cacheSize(): number {
  let n = 0;
  for (const c of caches.values()) n += c.size;
  return n;
}

interface PreparedRule {
  rule: Rule;
  options: Record<string, unknown>;
  severity: Exclude<Settings['rules'][string]['severity'], 'off'> | 'off';
  extra: Phrase[];
  ignore: Phrase[];
  evidence: Phrase[];
}

/** Per settings key: the prepared rules and a short id that names these settings in the sentence cache. */
const preparedCache = new Map<string, { rules: PreparedRule[]; id: string }>();
let settingsCounter = 0;

function prepare(settings: Settings, key: string): { rules: PreparedRule[]; id: string } {
  const hit = preparedCache.get(key);
  if (hit) return hit;
  const out = rules.map((rule) => {
    const rs = settings.rules[rule.id];
    const options = (rs?.options ?? rule.options.parse({})) as Record<string, unknown>;
    const list = (k: string) => (Array.isArray(options[k]) ? (options[k] as string[]) : []);
    return {
      rule,
      options,
      severity: rs?.severity ?? rule.defaultSeverity,
      extra: parsePhrases(list('extraPhrases')).phrases,
      ignore: parsePhrases(list('ignorePhrases')).phrases,
      evidence: parsePhrases(list('evidencePhrases')).phrases,
    };
  });
  if (preparedCache.size > 20) preparedCache.clear();
  // A short id: hashing the settings JSON into every sentence's cache key cost more than the rules.
  const entry = { rules: out, id: String(++settingsCounter) };
  preparedCache.set(key, entry);
  return entry;
}

function analyseSentence(s: SentenceInput, prepared: PreparedRule[]): SentenceHits {
  const result: SentenceHits = new Map();
  let tokens: ReturnType<typeof tokenize> | undefined;
  const toks = () => (tokens ??= tokenize(s.text));
  for (const p of prepared) {
    // Checklist evidence is gathered even when the rule's finding is off: the checklist still shows it.
    if (p.severity === 'off' && !p.rule.checklist) continue;
    let hits: LocalHit[] = [];
    if (p.rule.check) {
      try {
        hits = p.rule.check(s, p.options as never);
      } catch (e) {
        // A rule bug must never break linting; report it once in the console of the developer.
        if (typeof console !== 'undefined') console.warn(`[candor] rule ${p.rule.id} failed:`, (e as Error).message);
        hits = [];
      }
    }
    const extraPhrases = p.rule.checklist ? p.evidence : p.extra;
    if (extraPhrases.length) {
      for (const m of matchPhrases(s.text, extraPhrases, toks())) {
        hits.push({ start: m.start, end: m.end, messageId: p.rule.checklist ? undefined : 'custom', data: { phrase: m.phrase.source } });
      }
    }
    if (extraPhrases.length && hits.length > 1) hits = mergeHits(hits);
    if (p.ignore.length && hits.length) {
      const ign = matchPhrases(s.text, p.ignore, toks());
      hits = hits.filter((h) => !ign.some((g) => g.start < h.end && h.start < g.end));
    }
    if (hits.length) result.set(p.rule.id, hits);
  }
  return result;
}

const RANK = { hint: 0, warning: 1, error: 2 } as const;

/**
 * The spans inside a more severe (or equally severe, longer) span of another rule. Spans sorted by
 * start: only spans that start at most one longest-span length earlier can contain a span, so this
 * stays linear in a long email instead of comparing every pair.
 */
export function coveredSpans(spans: Finding[]): Set<Finding> {
  const out = new Set<Finding>();
  if (spans.length < 2) return out;
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  let longest = 0;
  for (const g of sorted) longest = Math.max(longest, g.end - g.start);
  for (let i = 0; i < sorted.length; i++) {
    const f = sorted[i];
    // Candidates start at or before f and reach its end: earlier in the order (or the same start, later).
    for (let j = i - 1; j >= 0 && sorted[j].start >= f.end - longest; j--) if (covers(sorted[j], f)) out.add(f);
    for (let j = i + 1; j < sorted.length && sorted[j].start === f.start; j++) if (covers(sorted[j], f)) out.add(f);
  }
  return out;
}

function covers(g: Finding, f: Finding): boolean {
  return (
    g.ruleId !== f.ruleId &&
    g.start <= f.start &&
    f.end <= g.end &&
    (RANK[g.severity] > RANK[f.severity] || (RANK[g.severity] === RANK[f.severity] && g.end - g.start > f.end - f.start))
  );
}

/** Splits an overly long sentence into pieces the rules can look at in bounded time. */
function boundSentences(sentences: SentenceInput[]): SentenceInput[] {
  let long = false;
  for (let i = 0; i < sentences.length && !long; i++) long = sentences[i].text.length > MAX_SENTENCE_CHARS;
  if (!long) return sentences; // the usual case: nothing to cut, no copy
  const out: SentenceInput[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    if (s.text.length <= MAX_SENTENCE_CHARS) {
      out.push(s);
      continue;
    }
    let off = 0;
    while (off < s.text.length) {
      let end = Math.min(s.text.length, off + MAX_SENTENCE_CHARS);
      if (end < s.text.length) {
        const space = s.text.lastIndexOf(' ', end);
        if (space > off + MAX_SENTENCE_CHARS / 2) end = space;
      }
      out.push({ start: s.start + off, end: s.start + end, text: s.text.slice(off, end), paragraph: s.paragraph, lang: s.lang, slot: undefined });
      off = end;
    }
  }
  return out;
}

function message(rule: Rule, lang: Lang, messageId: string | undefined, data: Record<string, string> | undefined, fallback?: string): string {
  if (fallback) return fallback;
  if (messageId === 'custom') {
    return format(lang === 'de' ? 'Diese Formulierung steht auf Ihrer Liste: „{phrase}“.' : 'This phrase is on your list: "{phrase}".', data) + ' ' + rule.why[lang].split('. ')[0] + '.';
  }
  const m = (messageId && rule.messages[messageId]) || Object.values(rule.messages)[0];
  return format(m ? m[lang] : rule.title[lang], data);
}

/**
 * The message of a document-level hit ("8 sentences in a row narrate…"): the same few messages come
 * back on every keystroke, so each text is formatted once (bounded).
 */
const docMessages = registeredMemo<string>(500);
function docMessage(rule: Rule, lang: Lang, messageId: string | undefined, data: Record<string, string> | undefined): string {
  let key = `${rule.id}\u0001${lang}\u0001${messageId ?? ''}`;
  if (data) for (const k in data) key += `\u0001${k}\u0002${data[k]}`;
  let m = docMessages.get(key);
  if (m === undefined) docMessages.set(key, (m = message(rule, lang, messageId, data)));
  return m;
}

/**
 * The message of a sentence hit, formatted once: hits live in the sentence cache (one language per
 * cache), so an unchanged sentence's findings reuse their text instead of formatting it on every run.
 */
const hitMessages = new WeakMap<LocalHit, string>();
function hitMessage(rule: Rule, lang: Lang, hit: LocalHit): string {
  let m = hitMessages.get(hit);
  if (m === undefined) hitMessages.set(hit, (m = message(rule, lang, hit.messageId, hit.data, hit.message)));
  return m;
}

function gatherHits(this: { hits: Map<string, Array<{ sentence: number; hit: LocalHit }>>; sentence: number }, list: LocalHit[], id: string): void {
  let arr = this.hits.get(id);
  if (!arr) this.hits.set(id, (arr = []));
  for (let k = 0; k < list.length; k++) arr.push({ sentence: this.sentence, hit: list[k] });
}

/** The rules whose document hits make the "concise" item fail, and the rule of every other checklist item. */
const DETAIL_RULES = ['body-length', 'over-explaining'].map((id) => rules.find((r) => r.id === id)!);
const CHECKLIST_RULES = new Map(rules.filter((r) => r.checklist).map((r) => [r.checklist!.id as ChecklistId, r]));

let defaults: Settings | undefined;

/**
 * Small emails that make V8 compile the rules' regular expressions ahead of
 * typing. V8 compiles a regular expression separately for one-byte (Latin-1)
 * and two-byte strings; an email with one "–" or "’" is two-byte, but a short
 * new sentence in it ("Q") is one-byte, and the first such sentence used to
 * cost ~100 ms of compiling in one go. Each text is linted in its own idle slice.
 */
export function warmUpTexts(): Array<{ text: string; lang: Lang }> {
  const out: Array<{ text: string; lang: Lang }> = [];
  for (const rule of rules) {
    for (const lang of ['en', 'de'] as const) {
      const ex = rule.example[lang];
      const text = `${ex.bad} ${ex.good}`;
      out.push({ text, lang }, { text: `${text}\n\n– ’`, lang });
    }
  }
  return out;
}

export interface LintOptions {
  /** Use this language instead of the settings' / detection. */
  lang?: Lang;
}

/**
 * Lints one email. `settings` may be partial or unvalidated: it is parsed
 * field by field (invalid fields fall back to defaults).
 */
export function lintEmail(text: string, settingsInput?: unknown, opts: LintOptions = {}): LintResult {
  if (typeof text !== 'string') throw new TypeError('lintEmail: text must be a string');
  const settings = isSettings(settingsInput)
    ? settingsInput
    : settingsInput === undefined
      ? (defaults ??= preparedSettings(parseSettings(undefined).settings))
      : parseSettings(settingsInput).settings;
  const key = settingsKey(settings);
  const { rules: prepared, id: sid } = prepare(settings, key);

  // The text's lines, with the previous run's strings where nothing changed (see lib/text/lines.ts).
  const lines = stableLines(text);
  const body = findBody(text, lines);
  const bodyLines = body.end > body.start ? linesIn(lines, text, body.start, body.end) : [];
  const lang: Lang = opts.lang ?? (settings.language !== 'auto' ? settings.language : detectLanguageOfLines(bodyLines.length ? bodyLines : lines));

  // The body lines, already cut to the body: splitSentences does not cut them again.
  let sentences: SentenceInput[] = splitSentences(text, body.start, body.end, body.excluded, bodyLines, lang);
  // Words of the body: per line, remembered, so an edit costs one line.
  let totalWords = 0;
  for (let i = 0; i < bodyLines.length; i++) {
    const l = bodyLines[i];
    totalWords += l.data ? (l.data.words ??= wordsOfLine(l.text, l.data)) : lineWords(l.text, 'en');
  }
  let truncated: LintResult['truncated'];
  if (totalWords > MAX_CHECKED_WORDS) {
    let words = 0;
    let n = 0;
    for (; n < sentences.length && words < MAX_CHECKED_WORDS; n++) words += countWords(sentences[n].text);
    sentences = sentences.slice(0, n);
    truncated = { checkedWords: words, totalWords };
  }
  sentences = boundSentences(sentences);

  // 1. Sentence-level analysis (cached per sentence text).
  // An unchanged sentence keeps its hits in its slot; a new one looks its text up, then is analysed.
  const cache = sentenceCache(lang, sid);
  const cacheKey = lang + sid;
  const perSentence: SentenceHits[] = new Array(sentences.length);
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    const slot = s.slot;
    if (slot && slot.hitsKey === cacheKey) {
      perSentence[i] = slot.hits as SentenceHits;
      continue;
    }
    let r = cache.get(s.text);
    if (!r) {
      r = analyseSentence(s, prepared);
      cache.set(s.text, r);
    }
    if (slot) {
      slot.hitsKey = cacheKey;
      slot.hits = r;
    }
    perSentence[i] = r;
  }

  const hits = new Map<string, Array<{ sentence: number; hit: LocalHit }>>();
  // Map.forEach with one shared callback: no [key, value] array per entry and no closure per sentence
  // (this runs for every sentence on every keystroke).
  const gather = { hits, sentence: 0 };
  for (let i = 0; i < perSentence.length; i++) {
    gather.sentence = i;
    perSentence[i].forEach(gatherHits, gather);
  }

  // Apology evidence that is really a non-apology does not count.
  const nonApology = hits.get('non-apology') ?? [];
  const apology = hits.get('missing-apology');
  if (apology) {
    const kept = apology.filter(
      (a) => !nonApology.some((n) => n.sentence === a.sentence && n.hit.start < a.hit.end + 12 && a.hit.start < n.hit.end),
    );
    if (kept.length) hits.set('missing-apology', kept);
    else hits.delete('missing-apology');
  }

  const doc: DocumentInput = {
    lang,
    text,
    sentences,
    body: { start: body.start, end: body.end, words: totalWords },
    hits,
  };

  // 2. Document-level checks.
  const docHits = new Map<string, DocumentHit[]>();
  for (const p of prepared) {
    if (!p.rule.checkDocument) continue;
    if (p.severity === 'off' && p.rule.category !== 'detail') continue;
    try {
      docHits.set(p.rule.id, p.rule.checkDocument(doc, p.options as never));
    } catch (e) {
      if (typeof console !== 'undefined') console.warn(`[candor] rule ${p.rule.id} failed:`, (e as Error).message);
    }
  }

  // 3. Is this an answer to a mistake?
  const incident =
    settings.incident === 'always' ? true : settings.incident === 'never' ? false : detectIncident(doc, docHits);

  // 4. Findings.
  const findings: Finding[] = [];
  for (const p of prepared) {
    const rule = p.rule;
    if (p.severity === 'off') continue;
    if (rule.scope === 'incident' && !incident) continue;
    if (rule.checklist) continue; // missing-* are produced with the checklist below
    for (const { sentence, hit } of hits.get(rule.id) ?? []) {
      const s = sentences[sentence];
      const start = s.start + hit.start;
      const end = s.start + hit.end;
      findings.push({
        ruleId: rule.id,
        category: rule.category,
        severity: p.severity,
        start,
        end,
        text: text.slice(start, end),
        message: hitMessage(rule, lang, hit),
        suggestions: hit.suggestions ?? [],
      });
    }
    for (const h of docHits.get(rule.id) ?? []) {
      const hasSpan = h.start !== undefined && h.end !== undefined;
      findings.push({
        ruleId: rule.id,
        category: rule.category,
        severity: p.severity,
        start: hasSpan ? h.start! : -1,
        end: hasSpan ? h.end! : -1,
        text: hasSpan ? text.slice(h.start!, h.end!) : '',
        message: docMessage(rule, lang, h.messageId, h.data),
        suggestions: [],
      });
    }
  }

  // 5. Checklist.
  const checklist: ChecklistItem[] = [];
  for (const id of CHECKLIST_IDS) {
    const enabled = settings.checklist[id] !== false;
    if (id === 'concise') {
      // The detail rules' document hits, unless the rule is off.
      let detail = '';
      for (const rule of DETAIL_RULES) {
        if (settings.rules[rule.id]?.severity === 'off') continue;
        for (const h of docHits.get(rule.id) ?? []) detail += (detail ? ' ' : '') + docMessage(rule, lang, h.messageId, h.data);
      }
      const passed = detail === '';
      checklist.push({
        id,
        enabled,
        passed: incident ? passed : true,
        message: passed ? (lang === 'de' ? `Knapp (${totalWords} Wörter)` : `Concise (${totalWords} words)`) : detail,
      });
      continue;
    }
    const rule = CHECKLIST_RULES.get(id)!;
    const ev = hits.get(rule.id)?.[0];
    const evidence = ev
      ? { start: sentences[ev.sentence].start + ev.hit.start, end: sentences[ev.sentence].start + ev.hit.end, text: '' }
      : undefined;
    if (evidence) evidence.text = text.slice(evidence.start, evidence.end);
    const spec = rule.checklist!;
    const passed = !!evidence || !incident;
    checklist.push({
      id,
      enabled,
      passed,
      message: evidence ? spec.passed[lang] : incident ? spec.missing[lang] : lang === 'de' ? 'Nicht nötig: keine Antwort auf einen Fehler.' : 'Not needed: this email does not answer a mistake.',
      evidence,
      template: evidence ? undefined : spec.template[lang],
    });
    const sev = settings.rules[rule.id]?.severity ?? rule.defaultSeverity;
    if (incident && !evidence && enabled && sev !== 'off') {
      findings.push({
        ruleId: rule.id,
        category: 'missing',
        severity: sev,
        start: -1,
        end: -1,
        text: '',
        message: spec.missing[lang],
        suggestions: [{ label: lang === 'de' ? 'Satz einfügen' : 'Insert sentence', replacement: spec.template[lang] }],
      });
    }
  }

  // One underline per phrase: a finding inside a more severe (or equally severe, longer) finding of another rule is dropped.
  const covered = coveredSpans(findings.filter((f) => f.start >= 0 && f.category === 'evasive'));
  if (covered.size) for (let i = findings.length - 1; i >= 0; i--) if (covered.has(findings[i])) findings.splice(i, 1);

  findings.sort((a, b) => (a.start === -1 ? 1 : 0) - (b.start === -1 ? 1 : 0) || a.start - b.start || a.end - b.end);
  return {
    language: lang,
    incident,
    findings,
    checklist,
    body: { start: body.start, end: body.end, words: totalWords },
    insertAt: body.insertAt,
    ...(truncated ? { truncated } : {}),
  };
}

function isSettings(v: unknown): v is Settings {
  return (
    typeof v === 'object' &&
    v !== null &&
    (v as Settings).version !== undefined &&
    typeof (v as Settings).rules === 'object' &&
    (v as { __parsed?: boolean }).__parsed === true
  );
}

/** Marks parsed settings so lintEmail does not parse them again on every keystroke. */
export function preparedSettings(s: Settings): Settings {
  Object.defineProperty(s, '__parsed', { value: true, enumerable: false });
  return s;
}

export type { ChecklistId };
