import { describe, expect, it } from 'vitest';
import { lintEmail } from '../../lib/engine';

const sentence = 'I am sorry that we shipped your order late and I have refunded the shipping fee. ';

describe('body-length', () => {
  it('flags an incident email whose body is longer than maxWords, with no span, and fails "concise"', () => {
    const text = `Hi Sam,\n\n${sentence.repeat(14)}\n\nBest,\nJo`;
    const r = lintEmail(text);
    const f = r.findings.find((x) => x.ruleId === 'body-length');
    expect(f?.start).toBe(-1);
    expect(f?.message).toContain('224 words');
    expect(r.checklist.find((c) => c.id === 'concise')?.passed).toBe(false);
  });
  it('does not count greeting and sign-off, and passes at the limit', () => {
    const text = `Hi Sam,\n\n${sentence.repeat(12)}\n\nKind regards,\nJo Smith\nAcme Ltd`;
    const r = lintEmail(text);
    expect(r.body.words).toBe(192);
    expect(r.findings.find((x) => x.ruleId === 'body-length')).toBeUndefined();
    expect(r.checklist.find((c) => c.id === 'concise')?.passed).toBe(true);
  });
  it('uses maxWords from the settings', () => {
    const r = lintEmail(sentence.repeat(3), { rules: { 'body-length': { options: { maxWords: 20 } } } });
    expect(r.findings.find((x) => x.ruleId === 'body-length')?.message).toContain('48 words');
  });
});
