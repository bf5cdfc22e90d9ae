/**
 * How a rule is written. A rule is one file in rules/ that reads like a page of
 * a style guide: id, category, why, messages, default severity, typed options
 * with defaults, and a pure check. See rules/non-apology.ts for a model.
 */
import { z } from 'zod';
import { clearAllMemos, registeredMemo, type SentenceSlot } from './memo';
import { PATTERN_SYNTAX, requiredLiteralSets } from './prefilter';
import { LETTERS_DIGITS } from './text/letters';
import type { Category, ChecklistId, Lang, LocalHit, Localized, Sentence, Severity } from './types';

// No code generation: extension pages forbid eval by their CSP, and Candor must not depend on it.
z.config({ jitless: true });

export interface SentenceInput extends Sentence {
  lang: Lang;
  /** Scratch space kept with this sentence while its text is unchanged (pass it to memoSentence functions). */
  slot?: SentenceSlot;
}

export interface DocumentInput {
  lang: Lang;
  text: string;
  sentences: SentenceInput[];
  body: { start: number; end: number; words: number };
  /** Per-sentence hits of every rule, keyed by rule id (relative to each sentence). */
  hits: Map<string, Array<{ sentence: number; hit: LocalHit }>>;
}

/** A hit of a document-level check, with absolute offsets (or none). */
export interface DocumentHit {
  start?: number;
  end?: number;
  messageId?: string;
  data?: Record<string, string>;
}

export interface ChecklistSpec {
  id: ChecklistId;
  /** A sentence to insert when the element is missing. */
  template: Localized;
  /** The checklist line when the element is there / missing. */
  passed: Localized;
  missing: Localized;
}

export interface RuleExample {
  bad: string;
  good: string;
}

export interface Rule<O extends BaseOptions = BaseOptions> {
  id: string;
  category: Category;
  title: Localized;
  /** One paragraph: why this matters to the person reading the email. */
  why: Localized;
  example: Record<Lang, RuleExample>;
  defaultSeverity: Exclude<Severity, 'off'>;
  /** 'incident': only in emails that answer a mistake; 'always': in every email. */
  scope: 'incident' | 'always';
  /** Messages by id; {name} placeholders are filled from a hit's data. */
  messages: Record<string, Localized>;
  options: z.ZodType<O>;
  /** Sentence-level check; offsets are relative to the sentence's text. */
  check?: (s: SentenceInput, options: O) => LocalHit[];
  /** Document-level check (runs after every sentence-level check). */
  checkDocument?: (doc: DocumentInput, options: O) => DocumentHit[];
  /** For missing-* rules: the checklist item the rule feeds. */
  checklist?: ChecklistSpec;
  /** Tests for every rule live in tests/rules/<id>.test.ts (checked by the meta-test). */
}

export const baseOptions = z.object({
  /** Extra phrases to flag (words, case-insensitive, "*" for any one word). */
  extraPhrases: z.array(z.string().max(200)).max(200).default([]),
  /** Phrases never to flag. */
  ignorePhrases: z.array(z.string().max(200)).max(200).default([]),
});
export type BaseOptions = z.infer<typeof baseOptions>;

export function defineRule<O extends BaseOptions>(rule: Rule<O>): Rule<O> {
  return rule;
}

/* ------------------------------------------------------------------------ */
/* Pattern helpers for rule authors.                                         */

const B = '(?:(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}]))';
/** Cheaper one-sided boundaries where the side is clear from the pattern. */
const B_START = '(?<![\\p{L}\\p{N}])';
const B_END = '(?![\\p{L}\\p{N}])';

/**
 * A \b at source[i]: before a word (at the start, after "(", "|", "(?:" or
 * whitespace tokens, and followed by a letter, "(" or a class) it only needs
 * "no letter before"; after a word (followed by ")", "|", "(?=", "(?!", the end,
 * or whitespace/punctuation tokens) only "no letter after". Otherwise the full check.
 */
function boundaryAt(source: string, i: number): string {
  const before = source.slice(Math.max(0, i - 3), i);
  const after = source.slice(i + 2, i + 5);
  const startCtx = i === 0 || /(?:\(|\||\(\?:|\?:|\\s[*+?]?|\\s\{[^}]*\}|[\s,'’:;-])$/.test(before);
  const wordNext = /^(?:[\p{L}\p{N}]|\(|\[|\\w|\\d|\$\{)/u.test(after);
  if (startCtx && wordNext) return B_START;
  const endNext = after === '' || /^(?:\)|\||\(\?[=!]|\\s|\[\^|[\s,'’:;-])/.test(after);
  const wordBefore = /(?:[\p{L}\p{N}]|\)|\]|\\w[*+?]?|[*+?]|\})$/u.test(before);
  if (endNext && wordBefore) return B_END;
  return B;
}

/**
 * A regular expression from a rule's own (static, reviewed) pattern, where \b
 * means a Unicode word boundary, so German umlauts and ß work. Never use this
 * with user input: custom phrases go through lib/phrases.ts.
 */
export function rx(source: string, flags = 'giu'): RegExp {
  // Rules run per sentence, so a dot inside it ("Dr.", "1.284,50", "2. Juni") does not end a clause.
  source = source.split('[^.!?;]').join('(?:[^.!?;]|\\.(?!\\s*$))');
  let src = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\' && i + 1 < source.length) {
      const n = source[i + 1];
      if (n === 'w') src += inClass ? '\\p{L}\\p{N}_' : '[\\p{L}\\p{N}_]';
      else if (n === 'b' && !inClass) src += boundaryAt(source, i);
      else src += c + n;
      i++;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    src += c;
  }
  return compile(src, flags);
}

/**
 * V8 runs case-insensitive patterns markedly slower with the u flag (Unicode case folding) than
 * without: the rules as a whole ran about 25% faster, and compiled in half the time, once they lost it.
 * The rules' patterns need u only for [\p{L}\p{N}] (word boundaries and \w); with the class of ranges
 * (lib/text/letters.ts) they compile without it. A pattern with any other Unicode syntax keeps the flag.
 * (Without u, /i folds case by toUpperCase: ä/Ä, ö/Ö, ü/Ü, é/É fold as before.)
 */
function compile(src: string, flags: string): RegExp {
  const plain = plainOf(src);
  let re: RegExp | undefined;
  if (!/\\[pPu]\{|\\u\{|[\ud800-\udfff]|\(\?<[a-zA-Z]/.test(plain)) {
    try {
      re = new RegExp(plain, flags.replace('u', ''));
    } catch {
      /* fall back to the Unicode pattern */
    }
  }
  re ??= new RegExp(src, flags.includes('u') ? flags : flags + 'u');
  // Sets of words every match contains one of each (see lib/prefilter.ts): hitsOf and test skip the scan
  // when a sentence lacks all words of any one set.
  const sets = requiredLiteralSets(src, re.ignoreCase);
  if (sets) required.set(re, sets.map(literalKeys));
  unanchor(re, src);
  return re;
}

/** A pattern source with the letter class spelled as ranges (what compile hands V8 without the u flag). */
function plainOf(src: string): string {
  return src.split('\\p{L}\\p{N}').join(LETTERS_DIGITS);
}

/**
 * Most rule patterns open with "no letter before" ((?<![…]), a leading \b). V8 then runs that
 * look-behind at every position of the sentence before it can test the first letters of the
 * alternatives, which made these scans about 30% slower. hitsOf and test therefore scan with the
 * pattern minus its opening look-behind, and check the look-behind (the same one, sticky) where that
 * finds a match; where it fails, the scan goes on one character later, exactly where the whole
 * pattern would have gone on. Only for patterns without the u flag where every top-level
 * alternative opens with that look-behind followed by a literal character.
 */
interface Unanchored {
  rest: RegExp;
  lead: RegExp;
}
const unanchored = new WeakMap<RegExp, Unanchored>();
const LEAD = `(?<![${LETTERS_DIGITS}])`;

/**
 * re was compiled from src (plainOf(src) without the u flag). The alternatives are read from src, where
 * the letter class is 11 characters instead of several hundred: the same split, a fraction of the
 * characters to walk when the rules load.
 */
function unanchor(re: RegExp, src: string): void {
  if (re.unicode || re.sticky) return;
  // Every top-level alternative must open with the look-behind ("\bfoo|\bbar"), or it is not checked
  // the same way for all of them.
  const branches = topLevelAlternatives(src);
  if (!branches.every((b) => b.startsWith(B_START) && opensWithLiteral(b.slice(B_START.length)))) return;
  const rest = plainOf(branches.map((b) => b.slice(B_START.length)).join('|'));
  const flags = re.flags.replace('g', '');
  unanchored.set(re, { rest: new RegExp(rest, flags + 'g'), lead: new RegExp(LEAD, flags + 'y') });
}

/** How many of these patterns hitsOf and test scan without their opening look-behind (for the tests). */
export function scannedWithoutLookBehind(patterns: RegExp[]): number {
  return patterns.filter((re) => unanchored.has(re)).length;
}

/**
 * Does every match of this pattern source begin with a literal character? Then V8 finds the places
 * to try by their first characters, and dropping the look-behind helps. A branch that can begin with
 * a class or \w ("\w+ is on us") would instead be tried inside every word, where the look-behind used
 * to stop it at once: such patterns keep it. Conservative: false when unsure.
 */
function opensWithLiteral(src: string): boolean {
  const c = src[0];
  if (c === undefined) return false;
  if (src.startsWith('(?:')) {
    const group = alternativesUntilClose(src, 3);
    if (group.end >= src.length || /^[?*{]/.test(src.slice(group.end + 1))) return false;
    return group.branches.every(opensWithLiteral);
  }
  if (PATTERN_SYNTAX.includes(c)) return false;
  return !/^[?*{]/.test(src.slice(1));
}

/** The pattern source split at each "|" outside every group and class. */
function topLevelAlternatives(source: string): string[] {
  return alternativesUntilClose(source, 0).branches;
}

/**
 * From `from` on, the alternatives at this depth, split at "|" outside groups and classes, up to the
 * ")" that closes the depth (its index is `end`) or the end of the source (`end` = its length).
 */
function alternativesUntilClose(source: string, from: number): { branches: string[]; end: number } {
  const branches: string[] = [];
  let depth = 0;
  let inClass = false;
  let i = from;
  for (; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && depth-- === 0) break;
    else if (c === '|' && depth === 0) {
      branches.push(source.slice(from, i));
      from = i + 1;
    }
  }
  branches.push(source.slice(from, Math.min(i, source.length)));
  return { branches, end: i };
}

/** The first match of re in s at or after `from`, the match re itself would find there (re must be global or used through test). */
function matchFrom(re: RegExp, s: string, from: number): RegExpExecArray | null {
  const u = unanchored.get(re);
  if (u === undefined) {
    re.lastIndex = from;
    return re.exec(s);
  }
  const { rest, lead } = u;
  rest.lastIndex = from;
  for (;;) {
    const m = rest.exec(s);
    if (m === null) return null;
    lead.lastIndex = m.index;
    if (lead.test(s)) return m;
    rest.lastIndex = m.index + 1;
  }
}

const required = new WeakMap<RegExp, Int32Array[]>();

/**
 * Which three-letter pieces a sentence has: a table of stamps indexed by a 16-bit hash of each
 * trigram, refilled only when the sentence changes (the rules try many patterns on one sentence in a
 * row). A literal can only occur where its first and last trigram do; a hash collision can only let a
 * pattern through that could not match, never the other way round.
 */
class Trigrams {
  private table = new Uint32Array(65536);
  private stamp = 0;
  text: string | undefined;
  fill(s: string): void {
    if (s === this.text) return;
    this.text = s;
    if (++this.stamp === 0xffffffff) {
      this.table.fill(0);
      this.stamp = 1;
    }
    // trigram(s, i), rolled along: one character read per position.
    const table = this.table;
    const stamp = this.stamp;
    let a = s.charCodeAt(0);
    let b = s.charCodeAt(1);
    for (let i = 2; i < s.length; i++) {
      const c = s.charCodeAt(i);
      table[hash3(a, b, c)] = stamp;
      a = b;
      b = c;
    }
  }
  has(h: number): boolean {
    return this.table[h] === this.stamp;
  }
}

/**
 * Two tables each way: a rule that tests a clause of the sentence (agentless-passive) and then the
 * next rule that tests the sentence again find both filled, instead of refilling one table in turn.
 */
const lowerTrigrams = [new Trigrams(), new Trigrams()];
const exactTrigrams = [new Trigrams(), new Trigrams()];
const lowered: Array<[string, string]> = [
  ['', ''],
  ['', ''],
];

/** s lowercased, for the last two strings asked about. */
function lowerOf(s: string): string {
  if (lowered[0][0] === s) return lowered[0][1];
  if (lowered[1][0] !== s) lowered[1] = [s, s.toLowerCase()];
  [lowered[0], lowered[1]] = [lowered[1], lowered[0]];
  return lowered[0][1];
}

/** The table filled with s, refilling the one used less recently if neither is. */
function tableFor(pair: Trigrams[], s: string): Trigrams {
  if (pair[0].text === s) return pair[0];
  if (pair[1].text !== s) pair[1].fill(s);
  [pair[0], pair[1]] = [pair[1], pair[0]];
  return pair[0];
}

function trigram(s: string, i: number): number {
  return hash3(s.charCodeAt(i), s.charCodeAt(i + 1), s.charCodeAt(i + 2));
}

/** The 16-bit hash of three character codes. */
function hash3(a: number, b: number, c: number): number {
  return (a * 961 + b * 31 + c) & 0xffff;
}

/** Per literal, the hashes of its first and last trigram (literals are at least three characters). */
function literalKeys(literals: string[]): Int32Array {
  const keys = new Int32Array(literals.length * 2);
  literals.forEach((l, k) => {
    keys[2 * k] = trigram(l, 0);
    keys[2 * k + 1] = trigram(l, l.length - 3);
  });
  return keys;
}

/**
 * Below this length (a word, a short phrase) a pattern just runs: the scan is cheap, and the table
 * stays filled for the sentence the rules are working through instead of being refilled for every
 * word they test on the way (agentless-passive tests each word after an auxiliary).
 */
const MIN_FILTERED_LENGTH = 24;

/** False when re cannot match s: for one of the sets of words every match needs one of, s has none. */
function mayMatch(re: RegExp, s: string): boolean {
  if (s.length < MIN_FILTERED_LENGTH) return true;
  const keys = required.get(re);
  if (keys === undefined) return true;
  let t: Trigrams;
  if (re.ignoreCase) {
    t = tableFor(lowerTrigrams, lowerOf(s));
  } else {
    t = tableFor(exactTrigrams, s);
  }
  // Every set needs one of its words (a word can only be there where its first and last trigram are).
  for (let j = 0; j < keys.length; j++) {
    const set = keys[j];
    let found = false;
    for (let k = 0; k < set.length && !found; k += 2) found = t.has(set[k]) && t.has(set[k + 1]);
    if (!found) return false;
  }
  return true;
}

/** Alternation of word lists: alt(['a b', 'c']) → "(?:a\s+b|c)". */
export function alt(words: readonly string[]): string {
  return `(?:${words.map((w) => w.trim().replace(/ +/g, '\\s+')).join('|')})`;
}

/** All matches of re in s as hits (optionally of one capture group). */
export function hitsOf(re: RegExp, s: string, extra: Partial<LocalHit> = {}, group?: number): LocalHit[] {
  const out: LocalHit[] = [];
  if (!mayMatch(re, s)) return out;
  let m: RegExpExecArray | null;
  for (let from = 0; (m = matchFrom(re, s, from)) !== null; ) {
    if (m[0].length === 0) {
      from = m.index + 1;
      continue;
    }
    from = m.index + m[0].length;
    let start = m.index;
    let end = m.index + m[0].length;
    if (group !== undefined && m[group] !== undefined && m.indices) {
      [start, end] = m.indices[group]!;
    } else if (group !== undefined && m[group] !== undefined) {
      const rel = m[0].indexOf(m[group]);
      start = m.index + rel;
      end = start + m[group].length;
    }
    out.push({ start, end, ...extra });
  }
  return out;
}

export function test(re: RegExp, s: string): boolean {
  return mayMatch(re, s) && testClause(re, s);
}

/**
 * test() without the pre-filter, for a clause cut out of the sentence being checked: filling a table
 * for a string used once costs about as much as scanning it, and would push out the sentence's table.
 */
export function testClause(re: RegExp, s: string): boolean {
  if (unanchored.has(re)) return matchFrom(re, s, 0) !== null;
  re.lastIndex = 0;
  return re.test(s);
}

/** Fills {name} placeholders. */
export function format(template: string, data: Record<string, string> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in data ? data[k] : m));
}

/* ------------------------------------------------------------------------ */
/* Missing-element rules: evidence patterns feed one checklist item.         */

export interface ChecklistRuleSpec {
  id: string;
  title: Localized;
  why: Localized;
  example: Record<Lang, RuleExample>;
  defaultSeverity?: Exclude<Severity, 'off'>;
  checklist: ChecklistSpec;
  /** Patterns whose match is evidence that the element is there. */
  evidence: Record<Lang, RegExp[]>;
  /** A sentence matching one of these gives no evidence (negations, hedges, look-alikes). */
  exclude?: Record<Lang, RegExp[]>;
  /** Cheap test before the patterns run. */
  prefilter?: Record<Lang, RegExp>;
}

export const checklistOptions = baseOptions.extend({
  /** Extra phrases that count as evidence for this element. */
  evidencePhrases: z.array(z.string().max(200)).max(200).default([]),
});
export type ChecklistOptions = z.infer<typeof checklistOptions>;

/** Builds a missing-* rule: its check returns evidence spans, the engine turns their absence into a finding. */
export function defineChecklistRule(spec: ChecklistRuleSpec): Rule<ChecklistOptions> {
  return {
    id: spec.id,
    category: 'missing',
    title: spec.title,
    why: spec.why,
    example: spec.example,
    defaultSeverity: spec.defaultSeverity ?? 'warning',
    scope: 'incident',
    messages: {
      missing: spec.checklist.missing,
      passed: spec.checklist.passed,
    },
    options: checklistOptions,
    checklist: spec.checklist,
    check(s) {
      const pre = spec.prefilter?.[s.lang];
      if (pre && !test(pre, s.text)) return [];
      const exclude = spec.exclude?.[s.lang] ?? [];
      const hits: LocalHit[] = [];
      for (const re of spec.evidence[s.lang]) {
        for (const h of hitsOf(re, s.text)) {
          // A hedge or negation near the evidence (not anywhere in the sentence) cancels it.
          const near = s.text.slice(Math.max(0, h.start - 25), Math.min(s.text.length, h.end + 25));
          if (exclude.some((x) => test(x, near))) continue;
          hits.push(h);
        }
      }
      for (const h of hits) {
        while (h.start < h.end && /\s/u.test(s.text[h.start])) h.start++;
        while (h.end > h.start && /[\s,]/u.test(s.text[h.end - 1])) h.end--;
      }
      hits.sort((a, b) => a.start - b.start);
      return hits.slice(0, 1);
    },
  };
}

/* ------------------------------------------------------------------------ */
/* Lexical rules: a table of patterns, each with its message and rewrite.    */

export interface LexicalPattern {
  re: RegExp;
  messageId: string;
  /** Rewrite of the matched text, or a fixed replacement. */
  rewrite?: (match: string) => string;
  label?: Localized;
  /** Narrow the hit to this capture group. */
  group?: number;
}

export interface LexicalRuleSpec {
  id: string;
  title: Localized;
  why: Localized;
  example: Record<Lang, RuleExample>;
  defaultSeverity: Exclude<Severity, 'off'>;
  scope?: 'incident' | 'always';
  messages: Record<string, Localized>;
  prefilter: Record<Lang, RegExp>;
  patterns: Record<Lang, LexicalPattern[]>;
  /** A hit whose surrounding sentence matches one of these is dropped. */
  unless?: Record<Lang, RegExp[]>;
  /** A hit whose own text matches one of these is dropped. */
  unlessHit?: Record<Lang, RegExp[]>;
}

/** Merges overlapping hits (first pattern's message wins). */
export function mergeHits(hits: LocalHit[]): LocalHit[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: LocalHit[] = [];
  for (const h of hits) {
    const prev = out[out.length - 1];
    if (prev && h.start < prev.end) {
      prev.end = Math.max(prev.end, h.end);
      continue;
    }
    out.push({ ...h });
  }
  return out;
}

export function defineLexicalRule(spec: LexicalRuleSpec): Rule<BaseOptions> {
  return {
    id: spec.id,
    category: 'evasive',
    title: spec.title,
    why: spec.why,
    example: spec.example,
    defaultSeverity: spec.defaultSeverity,
    scope: spec.scope ?? 'incident',
    messages: spec.messages,
    options: baseOptions,
    check(s) {
      if (!test(spec.prefilter[s.lang], s.text)) return [];
      const unless = spec.unless?.[s.lang] ?? [];
      if (unless.some((re) => test(re, s.text))) return [];
      const unlessHit = spec.unlessHit?.[s.lang] ?? [];
      const hits: LocalHit[] = [];
      for (const p of spec.patterns[s.lang]) {
        for (const h of hitsOf(p.re, s.text, {}, p.group)) {
          while (h.start < h.end && /\s/u.test(s.text[h.start])) h.start++;
          while (h.end > h.start && /[\s,.;:!?]/u.test(s.text[h.end - 1])) h.end--;
          const matched = s.text.slice(h.start, h.end);
          if (unlessHit.some((re) => test(re, matched))) continue;
          const suggestions = p.rewrite
            ? [{ label: (p.label ?? DEFAULT_LABEL)[s.lang], replacement: p.rewrite(matched) }]
            : [];
          hits.push({ ...h, messageId: p.messageId, suggestions });
        }
      }
      return mergeHits(hits);
    },
  };
}

const DEFAULT_LABEL: Localized = { en: 'Rewrite', de: 'Umformulieren' };

/** Keeps the capitalisation of the first letter of the original. */
export function keepCase(original: string, replacement: string): string {
  if (!replacement) return replacement;
  const first = original.trimStart()[0];
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) {
    return replacement[0].toUpperCase() + replacement.slice(1);
  }
  return replacement;
}

let memoCount = 0;

/**
 * Memoises a per-sentence computation (bounded, keyed by language and text),
 * so document-level checks cost one sentence after an edit, not the email.
 * Pass the sentence's slot (SentenceInput.slot) where there is one: an unchanged
 * sentence then finds its value there, without a lookup by text.
 */
export function memoSentence<T>(fn: (text: string, lang: Lang) => T, limit = 1500): (text: string, lang: Lang, slot?: SentenceSlot) => T {
  const byLang = { en: registeredMemo<T>(limit), de: registeredMemo<T>(limit) };
  const id = memoCount++;
  return (text, lang, slot) => {
    if (slot) {
      if (slot.lang !== lang) {
        slot.lang = lang;
        slot.values = [];
      }
      const v = slot.values[id];
      if (v !== undefined) return v as T;
    }
    const memo = byLang[lang];
    let v = memo.get(text);
    if (v === undefined) {
      v = fn(text, lang);
      memo.set(text, v);
    }
    if (slot) slot.values[id] = v;
    return v;
  };
}

/** Empties every per-sentence memo (benchmarks measure cold runs). */
export const clearMemos = clearAllMemos;
