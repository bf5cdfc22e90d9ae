/**
 * RuleTester-style tables: every case is a real sentence (or short email) with
 * the exact phrases the rule must flag — or none for the valid ones.
 */
import { describe, expect, it } from 'vitest';
import { lintEmail } from '../../lib/engine';
import { ruleById } from '../../rules';
import type { Lang } from '../../lib/types';

export interface InvalidCase {
  text: string;
  lang?: Lang;
  /** Exact texts of the findings of this rule, in order. */
  flags: string[];
  /** Optional: the first suggestion of the first finding. */
  suggestion?: string;
}
export interface ValidCase {
  text: string;
  lang?: Lang;
}

function run(ruleId: string, text: string, lang: Lang | undefined) {
  return lintEmail(text, { incident: 'always', language: lang ?? 'auto' }).findings.filter((f) => f.ruleId === ruleId);
}

export function ruleTester(ruleId: string, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(ruleId, () => {
    it('is registered', () => expect(ruleById.has(ruleId)).toBe(true));
    it.each(cases.valid.map((c) => [c.text, c] as const))('valid: %s', (_t, c) => {
      expect(run(ruleId, c.text, c.lang).map((f) => f.text)).toEqual([]);
    });
    it.each(cases.invalid.map((c) => [c.text, c] as const))('invalid: %s', (_t, c) => {
      const found = run(ruleId, c.text, c.lang);
      expect(found.map((f) => f.text)).toEqual(c.flags);
      for (const f of found) {
        expect(c.text.slice(f.start, f.end)).toBe(f.text);
        expect(f.message.length).toBeGreaterThan(10);
      }
      if (c.suggestion !== undefined) expect(found[0].suggestions[0]?.replacement).toBe(c.suggestion);
    });
  });
}

/** Checklist rules: the evidence each text gives (or null). */
export function checklistTester(ruleId: string, item: string, cases: Array<{ text: string; lang?: Lang; evidence: string | null }>): void {
  describe(ruleId, () => {
    it('is registered', () => expect(ruleById.get(ruleId)?.checklist?.id).toBe(item));
    it.each(cases.map((c) => [c.text, c] as const))('%s', (_t, c) => {
      const r = lintEmail(c.text, { incident: 'always', language: c.lang ?? 'auto' });
      const entry = r.checklist.find((x) => x.id === item)!;
      expect(entry.evidence?.text ?? null).toBe(c.evidence);
      expect(entry.passed).toBe(c.evidence !== null);
      const missing = r.findings.find((f) => f.ruleId === ruleId);
      if (c.evidence === null) {
        expect(missing?.start).toBe(-1);
        expect(missing?.suggestions[0]?.replacement.length).toBeGreaterThan(10);
      } else expect(missing).toBeUndefined();
    });
  });
}
