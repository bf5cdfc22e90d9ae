import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { requiredLiteralSets } from '../lib/prefilter';
import { rulePatterns } from './rule-patterns';

describe('requiredLiteralSets: sets of words, every match contains one word of each', () => {
  it.each([
    ['let\\s+me\\s+know', true, ['know']],
    ['(?:refund|credit)ed\\b', true, ['refund', 'credit']],
    ['we\\s+(?:shipped|sent)', true, ['shipped', 'sent']], // "we" is too short to be worth a check
    ['Per our Policy', true, ['per our policy']],
    ['Per our Policy', false, ['Per our Policy']],
    ['colou?r', true, ['colo']], // the run stops before the optional character
    ['abcd?e', true, ['abc']],
    ['(?:sorry)?\\s+thanks', true, ['thanks']],
    ['(?:a|sorry)\\s+x', true, null], // a branch without a literal: nothing is required
    ['(?<![a-z])sorry(?![a-z])', true, ['sorry']],
    ['(?=sorry)\\w+', true, null], // lookarounds require nothing
    ['[sorry]+', true, null],
    ['(sorry)\\1', true, null], // back-reference: no pre-filter at all
    ['(?<name>sorry)', true, null],
    ['\\u0073orry', true, null],
    ['über\\s+prüfen', true, ['prüfen']],
    ['a.{0,3}bcdef', true, ['bcdef']],
    ['(?:xyz){2}', true, ['xyz']],
    ['(?:xyz){0,2}abc', true, ['abc']],
    ['Σorry', true, ['orry']], // Greek letters take no part in literals
  ])('%s (i: %s) → best set %j', (source, ignoreCase, expected) => {
    const got = requiredLiteralSets(source, ignoreCase)?.[0] ?? null;
    if (expected === null) expect(got).toBeNull();
    else expect(got).toEqual(expected);
  });

  it.each([
    // One sequence: each part with words is required, the rarest first.
    ['\\bwe\\b[^.]{0,40}\\b(?:and|but)\\s+(?:forgot|failed)', true, [['forgot', 'failed'], ['and', 'but']]],
    ['per\\s+our\\s+policy', true, [['policy'], ['per'], ['our']]],
    // Alternatives at the top: their one set.
    ['sorry|apologi[sz]e', true, [['sorry', 'apologi']]],
    ['(?:a|sorry)\\s+x', true, null],
    // A character with a quantifier after it ends the run before it (runs of plain words are read whole).
    ['abcd{2}efgh', false, [['efgh'], ['abc']]],
    ['abcd{2,}efgh', true, [['efgh'], ['abc']]],
    ['abcd*efgh', false, [['efgh'], ['abc']]],
    ['abcd+efgh', false, [['efgh'], ['abc']]],
    ['abc{x}defg', false, [['abc{x}defg']]], // braces that are no quantifier are literal
    ['abc\\.defg', false, [['abc.defg']]],
    ['Wörter und Äpfel', true, [['wörter und äpfel']]],
    ['ÿabcd', false, [['abcd']]],
  ])('requiredLiteralSets(%s) → %j', (source, ignoreCase, expected) => {
    expect(requiredLiteralSets(source, ignoreCase)).toEqual(expected);
  });

  it('is never wrong in the unsafe direction: every set of every rule pattern, on every corpus and rule-test text (in three casings)', async () => {
    const made = await rulePatterns();
    const Original = RegExp;
    const texts: string[] = [];
    for (const l of readFileSync(new URL('./fixtures/dev.jsonl', import.meta.url), 'utf8').trim().split('\n')) texts.push(...String(JSON.parse(l).text).split('\n'));
    for (const f of readdirSync(new URL('./rules/', import.meta.url))) {
      const src = readFileSync(new URL(`./rules/${f}`, import.meta.url), 'utf8');
      for (const m of src.matchAll(/'((?:[^'\\]|\\.){8,})'|"((?:[^"\\]|\\.){8,})"/g)) texts.push((m[1] ?? m[2]).replace(/\\'/g, "'"));
    }
    const all = texts.flatMap((t) => [t, t.toUpperCase(), t.replace(/\b\w/g, (c) => c.toUpperCase())]);
    let checked = 0;
    let filtered = 0;
    const unsound: string[] = [];
    let sets = 0;
    for (const re of made) {
      const required = requiredLiteralSets(re.source, re.ignoreCase);
      if (!required) continue;
      filtered++;
      sets += required.length;
      const once = new Original(re.source, re.flags.replace('g', ''));
      for (const t of all) {
        if (!once.test(t)) continue;
        checked++;
        const hay = re.ignoreCase ? t.toLowerCase() : t;
        for (const literals of required) if (!literals.some((l) => hay.includes(l))) unsound.push(`${re.source.slice(0, 60)} ~ ${t.slice(0, 60)}`);
      }
    }
    expect(filtered).toBeGreaterThan(150);
    expect(sets).toBeGreaterThan(filtered);
    expect(checked).toBeGreaterThan(1000);
    expect(unsound).toEqual([]);
  });
});
