import { describe, expect, it } from 'vitest';
import { lockedPaths } from '../lib/settings';

describe('lockedPaths', () => {
  it('lists every leaf a policy sets', () => {
    const p = { sendReview: 'always', rules: { hedging: { severity: 'error', options: { extraPhrases: ['a b'] } } }, checklist: { fix: false } };
    expect([...lockedPaths(p)].sort()).toEqual(['checklist.fix', 'rules.hedging.options.extraPhrases', 'rules.hedging.severity', 'sendReview']);
    expect(lockedPaths(null).size).toBe(0);
    expect(lockedPaths(JSON.parse('{"__proto__": {"x": 1}}')).size).toBe(0);
  });
});
