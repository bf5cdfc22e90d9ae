import { describe, expect, it, vi } from 'vitest';
import { cacheSize, clearCache, coveredSpans, lintEmail, MAX_CHECKED_WORDS } from '../lib/engine';
import { Memo } from '../lib/memo';
import { CHECKLIST_IDS, type Finding } from '../lib/types';

const EVASIVE = `Dear Customer,

We apologize for any inconvenience this may have caused. Due to circumstances beyond our control, your order was shipped to the wrong address. It was just a small glitch. Per our policy, we will try to resend it.

Regards,
The Team`;

describe('lintEmail contract', () => {
  const r = lintEmail(EVASIVE);
  it('reports language, incident, findings and the seven checklist items', () => {
    expect(r.language).toBe('en');
    expect(r.incident).toBe(true);
    expect(r.checklist.map((c) => c.id)).toEqual([...CHECKLIST_IDS]);
  });
  it('gives findings with exact offsets and a message', () => {
    expect(r.findings.filter((f) => f.start >= 0).map((f) => [f.ruleId, f.text])).toEqual([
      ['non-apology', 'We apologize for any inconvenience this may have caused'],
      ['blame-shifting', 'Due to circumstances beyond our control'],
      ['agentless-passive', 'your order was shipped to the wrong address'],
      ['minimizing', 'just a small glitch'],
      ['defensive', 'Per our policy'],
      ['hedging', 'we will try to resend it'],
    ]);
    for (const f of r.findings) {
      if (f.start >= 0) expect(EVASIVE.slice(f.start, f.end)).toBe(f.text);
      expect(f.message.length).toBeGreaterThan(10);
    }
  });
  it('offers rewrites', () => {
    const get = (id: string) => r.findings.find((f) => f.ruleId === id)!.suggestions[0]?.replacement;
    expect(get('agentless-passive')).toBe('we shipped your order to the wrong address');
    expect(get('non-apology')).toBe("I'm sorry that we");
    expect(get('defensive')).toBe('');
    expect(get('hedging')).toBe('we will resend it');
  });
  it('turns missing elements into document-level findings with a template', () => {
    const missing = r.findings.filter((f) => f.start === -1).map((f) => f.ruleId);
    expect(missing).toEqual(['missing-apology', 'missing-ownership', 'missing-fix', 'missing-prevention', 'missing-compensation', 'missing-invitation']);
    expect(r.checklist.find((c) => c.id === 'apology')?.template).toMatch(/sorry/i);
  });
  it('passes every item of a complete apology, with evidence', () => {
    const good = `Hi Priya,

I'm so sorry that we sent you the wrong size. That was our mistake. Your replacement ships today, and I've refunded the shipping. So this doesn't happen again, we now scan every box against the order. Just reply to this email if anything else isn't right.

Warm wishes,
Hannah`;
    const g = lintEmail(good);
    expect(g.checklist.map((c) => [c.id, c.passed])).toEqual(CHECKLIST_IDS.map((id) => [id, true]));
    expect(g.checklist.find((c) => c.id === 'ownership')?.evidence?.text).toBe('we sent you the wrong');
    expect(g.findings).toEqual([]);
  });
});

describe('incident detection', () => {
  it.each([
    'Hi Anna,\n\nThanks for the great workshop. Our summary report will be with you by Friday. If you have any questions, let me know.\n\nBest,\nTom',
    'Dear Mr Lee,\n\nPlease find attached our quote for the kitchen refit. The price includes materials and labour. Our cancellation policy is simple: the deposit is refunded in full up to 14 days before.\n\nKind regards,\nSara',
    'Hi team,\n\nSorry to bother you again, but could you send me the floor plan? No problem if it takes a few days.\n\nThanks,\nMo',
    'Hallo Jonas,\n\nnur noch kurz zur Info: Die Abholung ist am Freitag um 9 Uhr. Bei Fragen melde dich gern.\n\nViele Grüße\nMara',
  ])('does not nag an ordinary email: %j', (text) => {
    const r = lintEmail(text);
    expect(r.incident).toBe(false);
    expect(r.findings).toEqual([]);
    expect(r.checklist.every((c) => c.passed)).toBe(true);
  });
  it.each([
    'Hi Jo,\n\nWe charged you twice this month. I have reversed the second payment.\n\nBest,\nAl',
    'Sehr geehrter Herr Kaya,\n\nes tut mir leid, dass Ihre Lieferung zu spät kam.\n\nMit freundlichen Grüßen\nLena Vogt',
  ])('recognises an answer to a mistake: %j', (text) => expect(lintEmail(text).incident).toBe(true));
  it('settings can force it', () => {
    expect(lintEmail('Thanks for your order.', { incident: 'always' }).incident).toBe(true);
    expect(lintEmail(EVASIVE, { incident: 'never' }).findings).toEqual([]);
  });
});

describe('body only', () => {
  it('does not lint quoted history or the signature', () => {
    const text = `Hi Anna,\n\nI'm sorry that we missed the deadline. That was my mistake.\n\nBest,\nTom\nPer our policy, all times are CET.\n\nOn Mon, 3 May 2026 at 10:00, Anna <a@example.com> wrote:\n> As we stated, mistakes were made. You should have checked.`;
    const r = lintEmail(text);
    const quoteStart = text.indexOf('On Mon');
    const signature = text.indexOf('Best,');
    expect(r.findings.filter((f) => f.start >= signature)).toEqual([]);
    expect(r.body.end).toBeLessThan(quoteStart);
  });
});

describe('settings', () => {
  it('a rule with severity off gives no findings', () => {
    const r = lintEmail(EVASIVE, { rules: { minimizing: { severity: 'off' } } });
    expect(r.findings.some((f) => f.ruleId === 'minimizing')).toBe(false);
  });
  it('severity is taken from the settings', () => {
    const r = lintEmail(EVASIVE, { rules: { hedging: { severity: 'error' } } });
    expect(r.findings.find((f) => f.ruleId === 'hedging')?.severity).toBe('error');
  });
  it('extra phrases are flagged with the rule, "*" stands for one word', () => {
    const r = lintEmail(EVASIVE, { rules: { hedging: { options: { extraPhrases: ['resend *'] } } } });
    expect(r.findings.filter((f) => f.ruleId === 'hedging').map((f) => f.text)).toEqual(['we will try to resend it']);
    const r2 = lintEmail('Hi,\n\nWe are sorry. Our order desk will look at it.\n\nBest,\nA', { incident: 'always', rules: { hedging: { options: { extraPhrases: ['look at it'] } } } });
    expect(r2.findings.filter((f) => f.ruleId === 'hedging').map((f) => [f.text, f.message.startsWith('This phrase is on your list: "look at it"')])).toEqual([['look at it', true]]);
  });
  it('ignore phrases silence a finding', () => {
    const r = lintEmail(EVASIVE, { rules: { minimizing: { options: { ignorePhrases: ['small glitch'] } } } });
    expect(r.findings.some((f) => f.ruleId === 'minimizing')).toBe(false);
  });
  it('evidence phrases count for a checklist item', () => {
    const r = lintEmail(EVASIVE, { rules: { 'missing-compensation': { options: { evidencePhrases: ['resend'] } } } });
    expect(r.checklist.find((c) => c.id === 'compensation')?.evidence?.text).toBe('resend');
  });
  it('a checklist item switched off gives no missing finding', () => {
    const r = lintEmail(EVASIVE, { checklist: { compensation: false } });
    expect(r.findings.some((f) => f.ruleId === 'missing-compensation')).toBe(false);
    expect(r.checklist.find((c) => c.id === 'compensation')?.enabled).toBe(false);
  });
});

describe('incremental re-lint', () => {
  it('after a one-character edit only the edited sentence is analysed again', () => {
    const sentences = Array.from({ length: 60 }, (_, i) => `Sentence number ${i} says we shipped order ${i} to the wrong address by mistake.`);
    const text = sentences.join(' ');
    lintEmail(text, { incident: 'always' });
    const before = cacheSize();
    const edited = text.replace('Sentence number 30', 'Sentence numbers 30');
    lintEmail(edited, { incident: 'always' });
    expect(cacheSize() - before).toBe(1);
  });

  it('gives after every one of 120 random edits (letters, spaces, new lines, words, deletions) what a cold lint gives', () => {
    let text = `Hi Sam,\n\n${EVASIVE.split('\n').slice(2, 3).join('')}\nWe shipped the wrong size. That was our mistake, and I have refunded the fee.\n\nFrom now on we check every parcel. Let me know if you have questions.\n\nBest,\nJo`;
    let seed = 5;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const bits = ['e', ' ', '\n', '. ', 'ä', 'sorry ', 'was shipped ', '\n\n', '’'];
    clearCache();
    lintEmail(text);
    const differ: number[] = [];
    for (let i = 0; i < 120; i++) {
      const p = Math.floor(rand() * (text.length + 1));
      text = rand() < 0.5 ? text.slice(0, p) + bits[Math.floor(rand() * bits.length)] + text.slice(p) : text.slice(0, p) + text.slice(p + 1 + Math.floor(rand() * 2));
      const incremental = lintEmail(text);
      clearCache();
      if (JSON.stringify(lintEmail(text)) !== JSON.stringify(incremental)) differ.push(i);
    }
    expect(differ).toEqual([]);
  });

  it('after a one-character edit, only the edited line and sentence are looked up by their text', () => {
    // 120 lines: unchanged lines and sentences carry what is known about them (flags, scores, word
    // counts, sentence splits, rule hits, per-sentence document checks), so nothing is looked up for them.
    const lines = Array.from({ length: 120 }, (_, i) => `Line ${i}: we shipped order ${i} to the wrong address. Sorry about that.`);
    const text = `Hi Sam,\n\n${lines.join('\n')}\n\nBest,\nJo`;
    lintEmail(text);
    const get = vi.spyOn(Memo.prototype, 'get');
    try {
      const edited = text.replace('order 60 ', 'order 600 ');
      const a = lintEmail(edited);
      expect(get.mock.calls.length).toBeLessThanOrEqual(20);
      // And the result is the one a cold lint gives.
      clearCache();
      expect(lintEmail(edited)).toEqual(a);
    } finally {
      get.mockRestore();
    }
  });
});

describe('bad input', () => {
  it('throws a clear error for a non-string', () => {
    expect(() => lintEmail(undefined as unknown as string)).toThrow(/text must be a string/);
  });
  it('handles empty and whitespace-only text', () => {
    for (const t of ['', '   \n\n  ']) {
      const r = lintEmail(t);
      expect(r.findings).toEqual([]);
      expect(r.incident).toBe(false);
    }
  });
  it('caps a huge email with a note, and survives one enormous sentence and text without spaces', () => {
    const huge = 'We are sorry that we shipped it late. '.repeat(3000);
    const r = lintEmail(huge);
    expect(r.truncated?.totalWords).toBe(24000);
    expect(r.truncated?.checkedWords).toBeLessThanOrEqual(MAX_CHECKED_WORDS + 20);
    const oneSentence = 'and we '.repeat(5000) + 'shipped it.';
    expect(lintEmail(oneSentence).findings.filter((f) => f.ruleId === 'long-sentence').length).toBeGreaterThan(0);
    expect(() => lintEmail('x'.repeat(200000))).not.toThrow();
    expect(() => lintEmail('😀🙏 مرحبا שלום — sorry! 💥'.repeat(50))).not.toThrow();
  });
  it('treats malformed settings field by field', () => {
    const r = lintEmail(EVASIVE, { rules: { hedging: { severity: 'loud', options: { extraPhrases: 5 } } }, language: 42 });
    expect(r.findings.find((f) => f.ruleId === 'hedging')?.severity).toBe('warning');
    expect(r.language).toBe('en');
  });
});

describe('coveredSpans (one underline per phrase)', () => {
  const f = (ruleId: string, start: number, end: number, severity: Finding['severity'] = 'warning'): Finding => ({
    ruleId, category: 'evasive', severity, start, end, text: '', message: '', suggestions: [],
  });
  it.each([
    ['inside a longer span of another rule, same severity', [f('a', 0, 20), f('b', 5, 10)], ['b']],
    ['inside a span of the same rule: kept', [f('a', 0, 20), f('a', 5, 10)], []],
    ['inside a less severe span: kept', [f('a', 0, 20, 'hint'), f('b', 5, 10, 'warning')], []],
    ['inside a more severe span, even of equal length', [f('a', 5, 10, 'error'), f('b', 5, 10)], ['b']],
    ['equal spans, equal severity: both kept', [f('a', 5, 10), f('b', 5, 10)], []],
    ['overlapping but not inside: kept', [f('a', 0, 8), f('b', 5, 10)], []],
  ])('%s', (_name, spans, covered) => {
    expect([...coveredSpans(spans)].map((s) => s.ruleId)).toEqual(covered);
  });

  it('agrees with comparing every pair, on 500 random sets of spans', () => {
    let seed = 11;
    const rand = (n: number) => Math.floor(((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * n);
    const sev = ['hint', 'warning', 'error'] as const;
    const rank = { hint: 0, warning: 1, error: 2 };
    for (let k = 0; k < 500; k++) {
      const spans = Array.from({ length: 1 + rand(30) }, () => {
        const s = rand(200);
        return f('r' + rand(4), s, s + 1 + rand(40), sev[rand(3)]);
      });
      const brute = spans.filter((x) =>
        spans.some((g) => g !== x && g.ruleId !== x.ruleId && g.start <= x.start && x.end <= g.end &&
          (rank[g.severity] > rank[x.severity] || (rank[g.severity] === rank[x.severity] && g.end - g.start > x.end - x.start))),
      );
      expect(new Set(coveredSpans(spans))).toEqual(new Set(brute));
    }
  });
});
