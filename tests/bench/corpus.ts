/** Shared inputs for the benchmark: the dev corpus and generated long emails (deterministic). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findBody } from '../../lib/text/body';
import { splitSentences } from '../../lib/text/sentences';

export const ROOT = join(import.meta.dirname ?? __dirname, '..', '..');
export const cases: Array<{ id: string; lang: string; text: string }> = readFileSync(join(ROOT, 'tests', 'fixtures', 'dev.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));

export const words = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** A seeded PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An English email of about n body words, built from corpus sentences in a fixed order. */
export function generatedEmail(n: number): string {
  const sentences: string[] = [];
  for (const c of cases.filter((x) => x.lang === 'en')) {
    const b = findBody(c.text);
    for (const s of splitSentences(c.text, b.start, b.end, b.excluded)) sentences.push(s.text);
  }
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < n; i++) {
    const s = sentences[i % sentences.length];
    out.push(s);
    count += words(s);
    if (i % 4 === 3) out.push('\n\n');
  }
  return `Hi Sam,\n\n${out.join(' ').replace(/ \n\n /g, '\n\n')}\n\nBest,\nJo`;
}
