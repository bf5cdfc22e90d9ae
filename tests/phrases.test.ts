import { describe, expect, it } from 'vitest';
import { matchPhrases, parsePhrase, parsePhrases } from '../lib/phrases';

describe('custom phrases', () => {
  it.each([
    ['at the end of the day', ['at', 'the', 'end', 'of', 'the', 'day']],
    ['  Per   OUR policy ', ['per', 'our', 'policy']],
    ['sorry * inconvenience', ['sorry', null, 'inconvenience']],
    ['Gemäß unseren AGB', ['gemäß', 'unseren', 'agb']],
  ])('parses %j', (src, words) => {
    const r = parsePhrase(src);
    expect(r.ok && r.phrase.words).toEqual(words);
  });
  it.each([
    ['', 'empty'],
    ['*', 'besides *'],
    ['* *', 'besides *'],
    ['(a+)+$', 'regular expressions'],
    ['sorr?y', 'regular expressions'],
    ['---', 'no letters'],
    ['a b c d e f g h i j k l m', 'at most 12'],
    ['x'.repeat(300), 'longer than'],
  ])('rejects %j with a clear message', (src, msg) => {
    const r = parsePhrase(src);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(msg);
  });
  it('keeps the usable phrases of a list and reports the rest', () => {
    const r = parsePhrases(['per our policy', '(x)', '']);
    expect(r.phrases.map((p) => p.source)).toEqual(['per our policy']);
    expect(r.errors.map((e) => e.phrase)).toEqual(['(x)', '']);
  });
  it('matches whole words, case-insensitively, with one-word wildcards', () => {
    const p = [parsePhrase('sorry * inconvenience'), parsePhrase('policy')].map((r) => (r.ok ? r.phrase : null!));
    const text = 'Sorry for inconvenience. Sorry any inconvenience. Our policies and POLICY.';
    expect(matchPhrases(text, p).map((m) => text.slice(m.start, m.end))).toEqual(['Sorry for inconvenience', 'Sorry any inconvenience', 'POLICY']);
  });
  it('handles adversarial input without regular expressions (a word-by-word scan)', () => {
    const p = parsePhrase('a a a a a a a a a a a b');
    const text = 'a '.repeat(50000);
    expect(matchPhrases(text, [p.ok ? p.phrase : null!])).toEqual([]);
    expect(matchPhrases(text + 'b', [p.ok ? p.phrase : null!]).length).toBe(1);
  });
});
