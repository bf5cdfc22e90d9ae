/**
 * Custom phrases from settings: words matched case-insensitively, "*" for any
 * one word. They are never compiled into regular expressions, so matching is
 * linear in the text and no input can cause catastrophic backtracking.
 */
import { tokenize, type WordToken } from './text/sentences';

export interface Phrase {
  source: string;
  /** Lower-cased words; null stands for the one-word wildcard. */
  words: Array<string | null>;
}

export type PhraseParse = { ok: true; phrase: Phrase } | { ok: false; error: string };

export const MAX_PHRASE_WORDS = 12;
export const MAX_PHRASE_LENGTH = 200;

export function parsePhrase(source: string): PhraseParse {
  if (typeof source !== 'string') return { ok: false, error: 'A phrase must be text.' };
  const trimmed = source.trim();
  if (!trimmed) return { ok: false, error: 'The phrase is empty.' };
  if (trimmed.length > MAX_PHRASE_LENGTH) return { ok: false, error: `The phrase is longer than ${MAX_PHRASE_LENGTH} characters.` };
  const parts = trimmed.split(/\s+/u);
  if (parts.length > MAX_PHRASE_WORDS) return { ok: false, error: `Use at most ${MAX_PHRASE_WORDS} words.` };
  const words: Array<string | null> = [];
  for (const p of parts) {
    if (p === '*') {
      words.push(null);
      continue;
    }
    const toks = tokenize(p);
    if (toks.length === 0) return { ok: false, error: `"${p}" has no letters or digits; use words, and * for any one word.` };
    if (/[*?+()[\]{}|\\^$]/u.test(p)) return { ok: false, error: `"${p}": only whole words and a lone * are allowed (no regular expressions).` };
    for (const t of toks) words.push(t.lower);
  }
  if (words.every((w) => w === null)) return { ok: false, error: 'A phrase needs at least one word besides *.' };
  return { ok: true, phrase: { source: trimmed, words } };
}

/** Parses a list, keeping the usable phrases and reporting the others. */
export function parsePhrases(list: readonly string[]): { phrases: Phrase[]; errors: Array<{ phrase: string; error: string }> } {
  const phrases: Phrase[] = [];
  const errors: Array<{ phrase: string; error: string }> = [];
  for (const s of list) {
    const r = parsePhrase(s);
    if (r.ok) phrases.push(r.phrase);
    else errors.push({ phrase: String(s), error: r.error });
  }
  return { phrases, errors };
}

/** Spans of text where a phrase matches (word-aligned). O(words × phrase length). */
export function matchPhrases(text: string, phrases: readonly Phrase[], tokens?: WordToken[]): Array<{ start: number; end: number; phrase: Phrase }> {
  if (phrases.length === 0) return [];
  const toks = tokens ?? tokenize(text);
  const out: Array<{ start: number; end: number; phrase: Phrase }> = [];
  for (const p of phrases) {
    const n = p.words.length;
    for (let i = 0; i + n <= toks.length; i++) {
      let ok = true;
      for (let k = 0; k < n; k++) {
        const w = p.words[k];
        if (w !== null && toks[i + k].lower !== w) {
          ok = false;
          break;
        }
      }
      if (ok) out.push({ start: toks[i].start, end: toks[i + n - 1].end, phrase: p });
    }
  }
  return out;
}
