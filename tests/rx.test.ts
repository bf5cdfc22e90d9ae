import { describe, expect, it } from 'vitest';
import { rx } from '../lib/rule';
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
