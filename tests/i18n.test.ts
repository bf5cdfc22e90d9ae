import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { t } from '../lib/i18n';

const load = (l: string) => JSON.parse(readFileSync(join(__dirname, '..', 'public', '_locales', l, 'messages.json'), 'utf8')) as Record<string, { message: string; placeholders?: Record<string, unknown> }>;

describe('UI strings', () => {
  const en = load('en');
  const de = load('de');
  it('English and German have the same keys and placeholders', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
    for (const k of Object.keys(en)) expect(Object.keys(de[k].placeholders ?? {})).toEqual(Object.keys(en[k].placeholders ?? {}));
  });
  it('German strings are translated, not copied', () => {
    const same = Object.keys(en).filter((k) => en[k].message === de[k].message);
    expect(same).toEqual([]);
  });
  it('fills placeholders outside the browser', () => {
    expect(t('badgeLabel', 3)).toBe('Candor: 3 suggestions');
    expect(t('truncatedNote', 5000)).toBe('Checked the first 5000 words.');
  });
});
