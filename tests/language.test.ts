/**
 * Language detection: our function-word heuristic vs the franc-min library,
 * measured side by side on the dev corpus (bodies only) and on short and mixed
 * cases. The heuristic is what the engine uses; this test shows why.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { franc } from 'franc-min';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../lib/language';
import { lintEmail } from '../lib/engine';
import { findBody } from '../lib/text/body';
import { parseCorpus } from './eval/evaluate';

const cases = parseCorpus(readFileSync(join(__dirname, 'fixtures', 'dev.jsonl'), 'utf8'));

const SHORT_AND_MIXED: Array<[string, 'en' | 'de']> = [
  ['Sorry, my mistake. Fixed now.', 'en'],
  ['Mein Fehler, sorry! Ist korrigiert.', 'de'],
  ['Danke, ist erledigt.', 'de'],
  ['Thanks, all sorted.', 'en'],
  ['Ihr Zugang zu Salesforce Marketing Cloud und dem Google Workspace Admin Center ist wieder aktiv.', 'de'],
  ['Das Update für das iPhone Backup Tool ist leider fehlgeschlagen.', 'de'],
  ['Your Kundenkonto at Müller GmbH is active again.', 'en'],
  ['We have refunded the Versandkosten for your Bestellung.', 'en'],
  ['Es tut uns leid. Wir haben den Fehler behoben.', 'de'],
  ['We are sorry. We have fixed the bug.', 'en'],
];

function francLang(text: string): 'en' | 'de' {
  return franc(text, { only: ['eng', 'deu'], minLength: 1 }) === 'deu' ? 'de' : 'en';
}

describe('language detection', () => {
  const bodies = cases.map((c) => {
    const b = findBody(c.text);
    return { text: c.text.slice(b.start, b.end), lang: c.lang };
  });
  const acc = (f: (t: string) => 'en' | 'de', set: Array<{ text: string; lang: 'en' | 'de' }>) =>
    set.filter((c) => f(c.text) === c.lang).length / set.length;
  const short = SHORT_AND_MIXED.map(([text, lang]) => ({ text, lang }));

  it('heuristic is 100% on the dev corpus and on short/mixed cases, and at least as accurate as franc-min', () => {
    const ours = { corpus: acc(detectLanguage, bodies), short: acc(detectLanguage, short) };
    const lib = { corpus: acc(francLang, bodies), short: acc(francLang, short) };
    console.log(`language accuracy — heuristic: corpus ${ours.corpus.toFixed(3)}, short/mixed ${ours.short.toFixed(3)}; franc-min: corpus ${lib.corpus.toFixed(3)}, short/mixed ${lib.short.toFixed(3)}`);
    expect(ours.corpus).toBe(1);
    expect(ours.short).toBe(1);
    expect(ours.corpus + ours.short).toBeGreaterThanOrEqual(lib.corpus + lib.short);
  });

  it.each(SHORT_AND_MIXED)('%s → %s', (text, lang) => expect(detectLanguage(text)).toBe(lang));

  it('detects on the body only: German reply above English quoted history', () => {
    const text = 'Hallo Frau Berg,\n\ndas war unser Fehler, die Rechnung ist korrigiert.\n\nViele Grüße\nTom\n\nOn Mon, 3 May 2026 at 10:00, Anna Berg <anna@example.com> wrote:\n> Hi Tom, the invoice you sent me is wrong again and I would like to know why this keeps happening to us every month.';
    expect(lintEmail(text).language).toBe('de');
  });
  it('detects on the body only: English reply above German quoted history', () => {
    const text = 'Hi Anna,\n\nthat was our mistake; the invoice is fixed.\n\nBest,\nTom\n\nAm 3. Mai 2026 um 10:00 schrieb Anna Berg <anna@example.com>:\n> Hallo Tom, die Rechnung ist schon wieder falsch und ich möchte wissen, warum das jeden Monat passiert.';
    expect(lintEmail(text).language).toBe('en');
  });
  it('a fixed language setting wins', () => {
    expect(lintEmail('Sorry, my mistake.', { language: 'de' }).language).toBe('de');
  });
});
