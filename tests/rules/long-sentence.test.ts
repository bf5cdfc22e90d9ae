import { describe, expect, it } from 'vitest';
import { lintEmail } from '../../lib/engine';
import { ruleTester } from './harness';

const long =
  'On Tuesday our developer started the final migration of the booking module to the production server, and during that migration we discovered that the staging environment was running an older version than production.';
const langDe =
  'Beim Umzug auf den neuen Server haben wir am Dienstagabend gegen zweiundzwanzig Uhr die komplette Datenbank kopiert, wobei ein Skript, das eigentlich nur alte Testdaten löschen sollte, versehentlich auch einige Ihrer echten Einträge aus dem Kalender entfernt hat.';

ruleTester('long-sentence', {
  valid: [
    { lang: 'en', text: 'I am sorry that we sent the wrong size. Your replacement ships today.' },
    { lang: 'de', text: 'Es tut mir leid, dass wir die falsche Größe geschickt haben. Der Ersatz geht heute raus.' },
  ],
  invalid: [
    {
      lang: 'en',
      text: long,
      flags: [long],
      suggestion:
        'On Tuesday our developer started the final migration of the booking module to the production server. During that migration we discovered that the staging environment was running an older version than production.',
    },
    { lang: 'de', text: langDe, flags: [langDe] },
  ],
});

describe('long-sentence options', () => {
  it('uses maxWords from the settings', () => {
    const text = 'We shipped your order to the wrong address and we are sorry for that mistake.';
    const strict = lintEmail(text, { rules: { 'long-sentence': { options: { maxWords: 10 } } } });
    expect(strict.findings.filter((f) => f.ruleId === 'long-sentence').map((f) => f.text)).toEqual([text]);
    expect(strict.findings.find((f) => f.ruleId === 'long-sentence')?.message).toContain('15 words (limit 10)');
    const loose = lintEmail(text);
    expect(loose.findings.filter((f) => f.ruleId === 'long-sentence')).toEqual([]);
  });
  it('applies to non-incident emails too', () => {
    const r = lintEmail(long, { incident: 'never' });
    expect(r.findings.map((f) => f.ruleId)).toEqual(['long-sentence']);
  });
});
