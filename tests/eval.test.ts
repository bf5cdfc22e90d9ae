/** The acceptance figures of issues 2 and 3 on the dev corpus (tests/fixtures/dev.jsonl). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, formatReport, parseCorpus } from './eval/evaluate';

const cases = parseCorpus(readFileSync(join(__dirname, 'fixtures', 'dev.jsonl'), 'utf8'));

describe.each([
  ['en', 'English'],
  ['de', 'German'],
] as const)('dev corpus, %s', (lang, name) => {
  const r = evaluate(cases.filter((c) => c.lang === lang));
  it('scores', () => {
    console.log(formatReport(name, r));
    expect(r.cases).toBeGreaterThan(20);
  });
  it('detects the language of every email', () => expect(r.languageAccuracy).toBe(1));
  it('incident accuracy ≥ 0.95', () => expect(r.incidentAccuracy).toBeGreaterThanOrEqual(0.95));
  it('checklist accuracy ≥ 0.90 for every item', () => {
    for (const v of Object.values(r.checklistAccuracy)) expect(v).toBeGreaterThanOrEqual(0.9);
  });
  it('span recall ≥ 0.85 overall and ≥ 0.75 for every rule', () => {
    expect(r.recall).toBeGreaterThanOrEqual(0.85);
    for (const v of Object.values(r.recallByRule)) expect(v.recall).toBeGreaterThanOrEqual(0.75);
  });
  it('span precision ≥ 0.90', () => expect(r.precision).toBeGreaterThanOrEqual(0.9));
});
