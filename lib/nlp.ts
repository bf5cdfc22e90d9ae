/**
 * The NLP wrapper: compromise for English, de-compromise for German.
 * Only the sentences that pass a rule's cheap lexical pre-filter are tagged;
 * the engine caches results per sentence, so a sentence is tagged at most once
 * while it is unchanged.
 */
import nlpEn from 'compromise';
import nlpDe from 'de-compromise';
import type { Lang } from './types';

export interface TaggedTerm {
  /** Offset of the term in the tagged string. */
  start: number;
  end: number;
  text: string;
  lower: string;
  tags: Set<string>;
}

/** Tags a sentence and returns its terms with offsets into the sentence. */
export function tagTerms(text: string, lang: Lang): TaggedTerm[] {
  const doc = lang === 'de' ? nlpDe(text) : nlpEn(text);
  const json = doc.json({ offset: true, terms: { offset: true } }) as Array<{
    terms: Array<{ text: string; tags: string[]; offset?: { start: number; length: number } }>;
  }>;
  const out: TaggedTerm[] = [];
  let cursor = 0;
  for (const s of json) {
    for (const t of s.terms) {
      let start: number;
      if (t.offset && text.substr(t.offset.start, t.offset.length) === t.text) {
        start = t.offset.start;
      } else {
        start = text.indexOf(t.text, cursor);
        if (start < 0) continue;
      }
      const end = start + t.text.length;
      cursor = end;
      out.push({ start, end, text: t.text, lower: t.text.toLowerCase(), tags: new Set(t.tags) });
    }
  }
  return out;
}

