import { registeredMemo, SentenceSlot } from '../memo';
import type { Lang, Sentence } from '../types';
import { charClassAt, isSpace, LETTER, OTHER } from './letters';
import { linesIn, stableLines, type Line } from './lines';

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

// Sticky patterns, tried at one offset of the line: what may start the next sentence after a stop.
const SENTENCE_START = /["'“”‘’(\[]?[\p{Lu}\p{N}]|\p{Extended_Pictographic}/uy;
const MONTH_DE = /(?:januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|jan|feb|mär|apr|jun|jul|aug|sep|okt|nov|dez)\b/iuy;

function startsAt(re: RegExp, line: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(line);
}

/** A one- or two-digit number, in ASCII digits. */
function isShortNumber(word: string): boolean {
  if (word.length > 2) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * Does the stop at `dot` end a sentence, with the next sentence starting at `next` (after the spaces)?
 * Reads the word before the stop and the first characters after the spaces, in place (no substrings of
 * the rest of the line: lines can be long).
 */
function isBoundary(line: string, dot: number, next: number): boolean {
  if (next >= line.length) return true;
  const ch = line.charCodeAt(dot);
  if (ch === 46 || ch === 0x2026) {
    // The word before a period (or ellipsis): letters, digits and dots, scanned back.
    let w = dot;
    while (w > 0 && (line.charCodeAt(w - 1) === 46 || (charClassAt(line, w - 1) & 3) !== OTHER)) w--;
    if (w < dot) {
      const word = line.slice(w, dot);
      const lw = word.toLowerCase();
      if (ABBREVIATIONS.has(lw) || (lw.endsWith('.') && ABBREVIATIONS.has(lw.slice(0, -1)))) return false;
      // Single letters ("J. Smith", "z. B.")
      if (word.length === 1 && charClassAt(word, 0) === LETTER) return false;
      // German ordinals and dates: "3. Februar", "am 1. März"; a number followed by a digit. (Lower case after
      // the stop never starts a sentence anyway.)
      if (isShortNumber(word)) {
        if (startsAt(MONTH_DE, line, next)) return false;
        const c = line.charCodeAt(next);
        if (c >= 48 && c <= 57) return false;
      }
    }
  }
  return startsAt(SENTENCE_START, line, next);
}

/** A sentence inside one line: offsets into the line, its text, and the scratch space kept with it. */
export interface Piece {
  start: number;
  end: number;
  text: string;
  slot: SentenceSlot;
}

/** Does line[s, e) hold a letter or digit? */
function hasWordCharacter(line: string, s: number, e: number): boolean {
  for (let i = s; i < e; ) {
    const k = charClassAt(line, i);
    if ((k & 3) !== OTHER) return true;
    i += k & 4 ? 2 : 1;
  }
  return false;
}

/**
 * Sentences inside one line, remembered per line (an edit re-splits one line). The sentence strings
 * are kept too, so an unchanged sentence is the same string object in every run and the per-sentence
 * memos find it by pointer.
 *
 * A stop is a run of . ! ? … and any closing quotes or brackets after it, followed by whitespace; it
 * ends a sentence where isBoundary says so. The scan for stops is the one regular expression (a native
 * scan is several times faster than reading the line character by character in JavaScript); each stop
 * is then judged by reading a few characters around it.
 */
const STOP = /[.!?…]+["'”’)\]]*(?=\s)/g;
const lineCache = registeredMemo<Piece[]>(3000);
function splitLine(line: string): Piece[] {
  const hit = lineCache.get(line);
  if (hit) return hit;
  const pieces: Piece[] = [];
  const push = (s: number, e: number) => {
    while (s < e && isSpace(line.charCodeAt(s))) s++;
    while (e > s && isSpace(line.charCodeAt(e - 1))) e--;
    if (e > s && hasWordCharacter(line, s, e)) {
      pieces.push({ start: s, end: e, text: s === 0 && e === line.length ? line : line.slice(s, e), slot: new SentenceSlot() });
    }
  };
  let sStart = 0;
  STOP.lastIndex = 0;
  for (let m = STOP.exec(line); m !== null; m = STOP.exec(line)) {
    const punctEnd = m.index + m[0].length;
    let next = punctEnd;
    while (next < line.length && isSpace(line.charCodeAt(next))) next++;
    if (isBoundary(line, m.index, next)) {
      push(sStart, punctEnd);
      sStart = next;
    }
  }
  push(sStart, line.length);
  lineCache.set(line, pieces);
  return pieces;
}

/**
 * Sentences of text[start, end), skipping excluded ranges. `lines` are text's lines (stableLines), or
 * the lines of the range already cut to it (linesIn). With `lang`, every sentence carries it and the
 * slot of its piece (the engine's sentence inputs, made once instead of copied).
 */
export function splitSentences(text: string, start: number, end: number, excluded?: Array<{ start: number; end: number }>, lines?: Line[]): Sentence[];
export function splitSentences(text: string, start: number, end: number, excluded: Array<{ start: number; end: number }> | undefined, lines: Line[] | undefined, lang: Lang): Array<Sentence & { lang: Lang; slot: SentenceSlot }>;
export function splitSentences(
  text: string,
  start: number,
  end: number,
  excluded: Array<{ start: number; end: number }> = [],
  lines: Line[] = stableLines(text),
  lang?: Lang,
): Array<Sentence & { lang?: Lang; slot?: SentenceSlot }> {
  const out: Array<Sentence & { lang?: Lang; slot?: SentenceSlot }> = [];
  let paragraph = 0;
  let sawBlank = false;
  const inRange = linesIn(lines, text, start, end);
  for (let i = 0; i < inRange.length; i++) {
    const l = inRange[i];
    // Blank: empty or only whitespace (a line that starts with a non-space character is not).
    if (l.text.length === 0 || (isSpace(l.text.charCodeAt(0)) && !/\S/.test(l.text))) {
      sawBlank = true;
      continue;
    }
    if (excluded.length && excluded.some((r) => l.start >= r.start && l.end <= r.end)) continue;
    if (sawBlank && out.length > 0) paragraph++;
    sawBlank = false;
    const pieces = l.data ? (l.data.pieces ??= splitLine(l.text)) : splitLine(l.text);
    for (let k = 0; k < pieces.length; k++) {
      const p = pieces[k];
      if (lang === undefined) out.push({ start: l.start + p.start, end: l.start + p.end, text: p.text, paragraph });
      else out.push({ start: l.start + p.start, end: l.start + p.end, text: p.text, paragraph, lang, slot: p.slot });
    }
  }
  return out;
}

/**
 * Words in s: runs of letters and digits, joined by ' ’ or - ("don't", "e-mail" are one word). It is
 * what /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*\/gu matches, counted without building the matches (a
 * test compares both on the corpus and on generated strings).
 */
export function countWords(s: string): number {
  const len = s.length;
  let n = 0;
  let i = 0;
  while (i < len) {
    let k = charClassAt(s, i);
    if ((k & 3) === OTHER) {
      i++;
      continue;
    }
    n++;
    for (;;) {
      i += k & 4 ? 2 : 1;
      if (i >= len) break;
      k = charClassAt(s, i);
      if ((k & 3) !== OTHER) continue;
      const c = s.charCodeAt(i);
      if ((c === 39 || c === 0x2019 || c === 45) && i + 1 < len) {
        const next = charClassAt(s, i + 1);
        if ((next & 3) !== OTHER) {
          i++;
          k = next;
          continue;
        }
      }
      break;
    }
  }
  return n;
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
