import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DE, EN, score } from '../lib/language';
import { countWords } from '../lib/text/sentences';

// The definitions the character walkers must agree with, as regular expressions.
const wordsByRegex = (s: string) => s.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
function scoreByRegex(text: string): [number, number] {
  const lower = text.toLowerCase();
  const words = lower.match(/[\p{L}']+/gu) ?? [];
  const umlauts = lower.match(/[\p{L}']*[äöüß][\p{L}']*/gu)?.length ?? 0;
  return [words.filter((w) => EN.has(w)).length, words.filter((w) => DE.has(w)).length + 0.5 * umlauts];
}

const corpusLines = readFileSync(new URL('./fixtures/dev.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .flatMap((l) => String(JSON.parse(l).text).split('\n'));

// Short strings from an alphabet of the awkward cases: apostrophes, hyphens, umlauts, digits of other
// scripts, a letter and an emoji outside the BMP, a lone surrogate, a combining mark, a ligature.
const alphabet = ['a', 'Z', '9', "'", '’', '-', ' ', 'ä', 'Ü', 'ß', 'ẞ', '٣', '𝐀', '😀', '\ud835', 'é', 'ﬁ', 'Ⅻ', '.', '—', '\u0301', '中', '½', 'İ'];
let seed = 7;
const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
const generated = Array.from({ length: 5000 }, () =>
  Array.from({ length: 1 + Math.floor(random() * 12) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''),
);

describe('countWords', () => {
  it.each([
    ["We've shipped the e-mail twice.", 5],
    ['Grüße aus München, 3. Mai', 5],
    ['— 😀 —', 0],
    ["rock 'n' roll", 3],
    ['𝐀𝐁 and ٣٤', 3],
  ])('%s → %i', (s, n) => expect(countWords(s)).toBe(n));

  it('counts what the word pattern matches, on every corpus line and 5,000 generated strings', () => {
    const texts = [...corpusLines, ...generated];
    expect(texts.filter((t) => countWords(t) !== wordsByRegex(t))).toEqual([]);
  });
});

describe('language score of a line', () => {
  it.each([
    ['Wir danken für Ihre Geduld. Über die Grüße', [0, 7.5]],
    ["I'm sorry, we were wrong and it's our fault", [5, 0]],
    ['Straße überfüllt', [0, 1]],
  ] as Array<[string, [number, number]]>)('%s → %j', (s, expected) => expect(score(s)).toEqual(expected));

  it('counts what the word patterns match, on every corpus line and 5,000 generated strings', () => {
    const texts = [...corpusLines, ...generated];
    expect(texts.filter((t) => JSON.stringify(score(t)) !== JSON.stringify(scoreByRegex(t)))).toEqual([]);
  });
});
