import { describe, expect, it } from 'vitest';
import { reviewDecision } from '../lib/content/send-review';
import { lintEmail } from '../lib/engine';

const incomplete = lintEmail('Hi,\n\nSorry, we shipped the wrong size. The right one ships today.\n\nBest,\nJo');
const complete = lintEmail(
  "Hi,\n\nI'm sorry that we shipped the wrong size; that was our mistake. The right one ships today and I've refunded the shipping. So this doesn't happen again, we now check every label. Just reply if anything else isn't right.\n\nBest,\nJo",
);
const nonIncident = lintEmail('Hi,\n\nThanks for lunch!\n\nBest,\nJo');
const withError = lintEmail(
  "Hi,\n\nI'm sorry that we shipped the wrong size; that was our mistake. We apologize for any inconvenience this may have caused. The right one ships today and I've refunded the shipping. So this doesn't happen again, we now check every label. Just reply if anything else isn't right.\n\nBest,\nJo",
);

describe('reviewDecision', () => {
  it('holds an incident email with missing items in "missing" mode, listing them', () => {
    const d = reviewDecision(incomplete, 'missing');
    expect(d.hold).toBe(true);
    expect(d.missing.map((c) => c.id)).toEqual(['prevention', 'compensation', 'invitation']);
  });
  it('lets a complete apology through, but holds it in "always" mode', () => {
    expect(reviewDecision(complete, 'missing').hold).toBe(false);
    expect(reviewDecision(complete, 'always').hold).toBe(true);
  });
  it('holds for error-severity findings even when the checklist passes', () => {
    const d = reviewDecision(withError, 'missing');
    expect(d.missing).toEqual([]);
    expect(d.errors.map((f) => f.ruleId)).toEqual(['non-apology']);
    expect(d.hold).toBe(true);
  });
  it('never holds a non-incident email, nothing in "off" mode, and nothing without a result', () => {
    expect(reviewDecision(nonIncident, 'always').hold).toBe(false);
    expect(reviewDecision(incomplete, 'off').hold).toBe(false);
    expect(reviewDecision(null, 'always').hold).toBe(false);
  });
});
