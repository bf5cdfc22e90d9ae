import nlp from 'compromise/two';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pastTenseOf, tagTerms } from '../lib/nlp';

type One = { bulkMatch: ((...a: unknown[]) => unknown) & { original?: (...a: unknown[]) => unknown } };
const one = (nlp as unknown as { world(): { methods: { one: One } } }).world().methods.one;
const tags = (text: string) => JSON.stringify((nlp(text) as unknown as { json(): Array<{ terms: Array<{ text: string; tags: string[] }> }> }).json().map((s) => s.terms.map((t) => `${t.text}/${t.tags.join(',')}`)));

describe('tagTerms', () => {
  it('tags a failure passive with offsets into the text (shifted by the offset given)', () => {
    const t = tagTerms('Your order was shipped late.', 100);
    const shipped = t.find((x) => x.lower === 'shipped')!;
    expect([shipped.start, shipped.end, shipped.tags.has('Passive')]).toEqual([115, 122, true]);
    // The memo hands out copies: changing one result does not change the next.
    shipped.start = -1;
    expect(tagTerms('Your order was shipped late.', 100).find((x) => x.lower === 'shipped')!.start).toBe(115);
  });

  it.each([
    ['shipped', 'shipped'],
    ['given', 'gave'],
    ['broken', 'broke'],
    ['sent', 'sent'],
  ])('pastTenseOf(%s) = %s', (p, past) => expect(pastTenseOf(p)).toBe(past));
});

describe("Candor's one-pass sweep of compromise's post-tagger", () => {
  it('tags every line of the dev corpus, and passives built from parts, exactly as compromise does on its own', () => {
    const parts = {
      subject: ['A replacement', 'It', 'That', 'Your order', "We've", 'They'],
      verb: ['was', 'were not', 'has been', 'had been', 'got', "wasn't", 'will be', 'is being'],
      rest: ['sent to the wrong address by mistake.', 'our mistake, and we are sorry!', 'delivered by Dana on Monday.', 'damaged in transit; the box was crushed.', 'charged twice (sorry) for the 3 items.'],
    };
    const built = parts.subject.flatMap((s) => parts.verb.flatMap((v) => parts.rest.map((r) => `${s} ${v} ${r}`)));
    const lines = readFileSync(new URL('./fixtures/dev.jsonl', import.meta.url), 'utf8')
      .trim()
      .split('\n')
      .flatMap((l) => String(JSON.parse(l).text).split('\n'))
      .filter((l) => l.trim())
      .concat(built);
    expect(lines.length).toBeGreaterThan(500);
    expect(one.bulkMatch.original).toBeTypeOf('function');
    const swept = lines.map(tags);
    const patched = one.bulkMatch;
    one.bulkMatch = patched.original!;
    try {
      expect(lines.map(tags)).toEqual(swept);
    } finally {
      one.bulkMatch = patched;
    }
  });
});
