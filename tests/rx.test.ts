import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hitsOf, rx, test } from '../lib/rule';
import { rulePatterns } from './rule-patterns';

const matches = (source: string, text: string) => [...text.matchAll(rx(source))].map((m) => m[0]);

describe('rx: a rule pattern where \\b and \\w know umlauts and ß, compiled without the u flag', () => {
  it.each([
    ['\\bfür\\b', 'Danke FÜR Ihre Geduld, für alles.', ['FÜR', 'für']],
    ['\\bfür\\b', 'Die Gebühren sind gefürchtet.', []],
    ['\\bGrüße\\b', 'Viele grüße', ['grüße']],
    ['\\bstraße\\b', 'Hauptstraße 5, Straße', ['Straße']],
    ['\\bwe\\s+\\w+ed\\b', 'We shipped it; we überprüfed nothing', ['We shipped', 'we überprüfed']],
    ['\\bcafé\\b', 'Café, caféteria', ['Café']],
    ['\\b\\d+\\s?%', 'about 10 % off, x10%', ['10 %']],
    ['\\bsorry\\b', 'Sorry—sorry!sorryish', ['Sorry', 'sorry']],
  ])('%s in %j', (source, text, expected) => expect(matches(source, text)).toEqual(expected));

  it('every pattern the rules build with rx is compiled without the u flag (V8 folds case much faster without it)', async () => {
    const made = await rulePatterns();
    expect(made.length).toBeGreaterThan(200);
    expect(made.filter((r) => r.flags.includes('u')).map((r) => r.source.slice(0, 60))).toEqual([]);
  });

  it('keeps the u flag for a pattern with other Unicode syntax', () => {
    expect(rx('\\p{Lu}\\w+').flags).toBe('giu');
  });
});

describe('hitsOf and test: the same matches as a plain scan', () => {
  const spans = (source: string, text: string) => hitsOf(rx(source), text).map((h) => text.slice(h.start, h.end));

  it.each([
    // Scanned without the opening look-behind, which is checked where a match is found.
    ['\\b(?:refund|credit)\\b', 'xrefund, a refund; credited, Credit', ['refund', 'Credit']],
    ['\\b(?:we|i)\\s+\\w+', 'wei said: we sent it, Hi Ivan', ['we sent']],
    ['\\bfür\\s+\\w+', 'gefür x, Für Sie', ['Für Sie']],
    // A "|" at the top level: the second alternative has no boundary, so "bar" inside "xbar" counts.
    ['\\bfoo|bar', 'xfoo xbar foo', ['bar', 'foo']],
    // Every alternative has one: all of them are checked.
    ['\\bfoo|\\bbar', 'xfoo xbar foo bar', ['foo', 'bar']],
  ])('%s in %j', (source, text, expected) => {
    expect(spans(source, text)).toEqual(expected);
    expect(test(rx(source), text)).toBe(expected.length > 0);
  });

  it('for every rule pattern on every corpus line and rule-test text, upper-cased and with letters glued to the words', async () => {
    const made = (await rulePatterns()).filter((r) => r.global);
    // The rule module instance the patterns were compiled in (rulePatterns loads the rules afresh).
    const rule = await import('../lib/rule');
    const texts: string[] = [];
    for (const l of readFileSync(new URL('./fixtures/dev.jsonl', import.meta.url), 'utf8').trim().split('\n')) texts.push(...String(JSON.parse(l).text).split('\n'));
    for (const f of readdirSync(new URL('./rules/', import.meta.url))) {
      const src = readFileSync(new URL(`./rules/${f}`, import.meta.url), 'utf8');
      for (const m of src.matchAll(/'((?:[^'\\]|\\.){8,})'|"((?:[^"\\]|\\.){8,})"/g)) texts.push((m[1] ?? m[2]).replace(/\\'/g, "'"));
    }
    // "x" and "ä" glued to the front of every word: the opening look-behind must reject those.
    const all = [...new Set(texts.filter((t) => t.trim()))].flatMap((t) => [t, t.toUpperCase(), t.replace(/ /g, ' x'), t.replace(/ /g, ' ä')]);
    const plain = (copy: RegExp, t: string) => {
      const out: string[] = [];
      copy.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = copy.exec(t)) !== null) {
        if (m[0].length === 0) copy.lastIndex++;
        else out.push(`${m.index}:${m[0].length}`);
      }
      return out.join(' ');
    };
    let compared = 0;
    const differ: string[] = [];
    for (const re of made) {
      const copy = new RegExp(re.source, re.flags);
      for (const t of all) {
        const want = plain(copy, t);
        const got = rule.hitsOf(re, t).map((h) => `${h.start}:${h.end - h.start}`).join(' ');
        if (got !== want || rule.test(re, t) !== (want !== '')) differ.push(`${re.source.slice(0, 50)} ~ ${t.slice(0, 50)}`);
        if (want) compared++;
      }
    }
    expect(compared).toBeGreaterThan(2000);
    expect(rule.scannedWithoutLookBehind(made)).toBeGreaterThan(100);
    expect(differ).toEqual([]);
  }, 60_000);
});
