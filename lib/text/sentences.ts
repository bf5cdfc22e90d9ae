import type { Sentence } from '../types';

/**
 * Splits a range of text into sentences with offsets into the full text.
 * Blank lines separate paragraphs; every line break ends a sentence (emails
 * typed in webmail rarely wrap lines by hand); inside a line, ., ! and ?
 * followed by a space and a capital, digit or quote end a sentence, except
 * after common abbreviations and in German dates ("3. Februar").
 */

const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'mt', 'no', 'nos', 'vs', 'etc', 'approx', 'ca', 'inc', 'ltd', 'co', 'corp',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'e.g', 'i.e', 'eg', 'ie',
    'nr', 'hr', 'fr', 'hrn', 'z.b', 'u.a', 'bzw', 'inkl', 'ggf', 'usw', 'd.h', 'evtl', 'vgl', 'bspw', 'str', 'tel',
    'abs', 'ziff', 'gem', 'max', 'min', 'ref', 'dept', 'u.s', 'a.m', 'p.m', 'sr', 'jr', 'ggfs', 'zzgl', 'mwst', 'geb',
  ],
);

const MONTHS_DE =
  /^(?:januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|jan|feb|mär|apr|jun|jul|aug|sep|okt|nov|dez)\b/iu;

function isBoundary(line: string, dot: number, next: number): boolean {
  const ch = line[dot];
  const rest = line.slice(next);
  if (rest.length === 0) return true;
  if (ch === '!' || ch === '?') return /^["'“”‘’(\[]?[\p{Lu}\p{N}]/u.test(rest) || /^\p{Extended_Pictographic}/u.test(rest);
  // A period (or ellipsis).
  // Word before the period.
  // The word before the period, found by scanning back (not a regex over the whole line: lines can be long).
  let w = dot;
  while (w > 0 && /[\p{L}\p{N}.]/u.test(line[w - 1])) w--;
  const word = line.slice(w, dot);
  if (word) {
    const lw = word.toLowerCase();
    if (ABBREVIATIONS.has(lw) || ABBREVIATIONS.has(lw.replace(/\.$/, ''))) return false;
    // Single letters ("J. Smith", "z. B.")
    if (/^\p{L}$/u.test(word)) return false;
    // German ordinals and dates: "3. Februar", "am 1. März", "seit dem 1." followed by a month or lowercase.
    if (/^\d{1,2}$/.test(word) && (MONTHS_DE.test(rest) || /^\p{Ll}/u.test(rest))) return false;
    if (/^\d{1,2}$/.test(word) && /^\d/.test(rest)) return false;
  }
  return /^["'“”‘’(\[]?[\p{Lu}\p{N}]/u.test(rest) || /^\p{Extended_Pictographic}/u.test(rest);
}

/** Sentence ranges [start, end) inside one line, remembered per line (an edit re-splits one line). */
const lineCache = new Map<string, number[]>();
function splitLine(line: string): number[] {
  const hit = lineCache.get(line);
  if (hit) return hit;
  const ranges: number[] = [];
  const push = (s: number, e: number) => {
    while (s < e && /\s/u.test(line[s])) s++;
    while (e > s && /\s/u.test(line[e - 1])) e--;
    if (e > s && /[\p{L}\p{N}]/u.test(line.slice(s, e))) ranges.push(s, e);
  };
  let sStart = 0;
  const re = /[.!?…]+["'”’)\]]*(?=\s+)/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line)) !== null) {
    const punctEnd = m.index + m[0].length;
    let next = punctEnd;
    while (next < line.length && /\s/u.test(line[next])) next++;
    if (isBoundary(line, m.index + m[0].search(/[.!?…]/u), next)) {
      push(sStart, punctEnd);
      sStart = next;
    }
  }
  push(sStart, line.length);
  if (lineCache.size > 3000) lineCache.delete(lineCache.keys().next().value as string);
  lineCache.set(line, ranges);
  return ranges;
}

export function clearSplitCache(): void {
  lineCache.clear();
}

/** Sentences of text[start, end), skipping excluded ranges. */
export function splitSentences(
  text: string,
  start: number,
  end: number,
  excluded: Array<{ start: number; end: number }> = [],
): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let lineStart = start;
  let sawBlank = false;
  for (let i = start; i <= end; i++) {
    // Jump from line break to line break.
    const nl = text.indexOf('\n', i);
    i = nl < 0 || nl > end ? end : nl;
    const lineEnd = i;
    const line = text.slice(lineStart, lineEnd);
    const isExcluded = excluded.some((r) => lineStart >= r.start && lineEnd <= r.end);
    if (line.trim() === '') {
      sawBlank = true;
    } else if (!isExcluded) {
      if (sawBlank && out.length > 0) paragraph++;
      sawBlank = false;
      const ranges = splitLine(line);
      for (let k = 0; k < ranges.length; k += 2) {
        const a = lineStart + ranges[k];
        const b = lineStart + ranges[k + 1];
        out.push({ start: a, end: b, text: text.slice(a, b), paragraph });
      }
    }
    lineStart = i + 1;
  }
  return out;
}

const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;

export function countWords(s: string): number {
  return s.match(WORD)?.length ?? 0;
}

export interface WordToken {
  start: number;
  end: number;
  text: string;
  lower: string;
}

export function tokenize(s: string): WordToken[] {
  const out: WordToken[] = [];
  const re = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], lower: m[0].toLowerCase() });
  }
  return out;
}
