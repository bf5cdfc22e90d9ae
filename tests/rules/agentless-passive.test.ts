import { describe, expect, it } from 'vitest';
import rule, { passiveWindowsEn } from '../../rules/agentless-passive';
import { ruleTester } from './harness';

ruleTester('agentless-passive', {
  valid: [
    { lang: 'en', text: "Your replacement was packed by our warehouse team this morning." },
    { lang: 'en', text: "The contract was signed on Monday." },
    { lang: 'en', text: "Your refund has been processed." },
    { lang: 'en', text: "The report will be sent on Friday." },
    { lang: 'en', text: "Your updated invoice is attached." },
    { lang: 'de', text: "Die Ware wurde von unserem Lagerteam heute verpackt." },
    { lang: 'en', text: "Der Vertrag wurde am Montag unterschrieben." },
  ],
  invalid: [
    { lang: 'en', text: "Your parcel was sent to the wrong depot.", flags: ["Your parcel was sent to the wrong depot"], suggestion: "we sent your parcel to the wrong depot" },
    { lang: 'en', text: "Mistakes were made during the migration.", flags: ["Mistakes were made during the migration"], suggestion: "we made a mistake" },
    { lang: 'en', text: "The invoice was issued twice by mistake.", flags: ["The invoice was issued"], suggestion: "we issued the invoice" },
    { lang: 'en', text: "Your booking was cancelled without notice.", flags: ["Your booking was cancelled"], suggestion: "we cancelled your booking" },
    { lang: 'en', text: "A bug occurred in the checkout.", flags: ["A bug occurred in the checkout"], suggestion: "we made a mistake" },
    { lang: 'en', text: "Something went wrong with your payment.", flags: ["Something went wrong"], suggestion: "we made a mistake" },
    { lang: 'de', text: "Ihre Rechnung wurde leider doppelt verschickt.", flags: ["Ihre Rechnung wurde leider doppelt verschickt"], suggestion: "Wir haben Ihre Rechnung doppelt verschickt" },
    { lang: 'de', text: "Es kam zu Verzögerungen bei der Auslieferung.", flags: ["Es kam zu Verzögerungen"] },
    { lang: 'de', text: "Ihre Anfrage ist leider untergegangen.", flags: ["Ihre Anfrage ist leider untergegangen"] },
  ],
});

describe('agentless-passive: which clauses are tagged', () => {
  // [sentence, the clauses handed to the tagger]
  const table: Array<[string, string[]]> = [
    // A noun phrase right after the auxiliary: nothing can chain back to it.
    ['That was our mistake.', []],
    // The subject names the fix.
    ['A replacement vase was dispatched by our courier.', []],
    ['The replacement has been sent to you.', []],
    // A sending verb with neither "to" nor a failure cue in its clause.
    ['It was then sent via our courier.', []],
    // The cue ("old") is past the clause's two words of context, still in its clause: tagged.
    ['It was then sent via our courier to the old address.', ['It was then sent via our']],
    // A clause mark cuts the subject off from the fix word: tagged.
    ['The refund, sadly, was sent to the wrong account.', ['was sent to the']],
    // No failure verb, and the only cue ("errors") is before the clause word that starts the clause.
    ['Fatal errors appeared as soon as they were activated on the live site.', []],
    ['Errors appeared and were activated on the live site.', []],
    // The cue ("old") is in the clause: tagged.
    ['Errors appeared as soon as they were activated on the old site.', ['Errors appeared as soon as they were activated on the']],
    // A pruned clause that overlaps a kept one keeps the merged extent, so tags do not change.
    ['That was our mistake and the box was damaged.', ['That was our mistake and the box was damaged.']],
  ];
  it.each(table)('%s', (text, clauses) => {
    expect(passiveWindowsEn(text).map(([a, b]) => text.slice(a, b))).toEqual(clauses);
  });
});

describe('agentless-passive: the same sentence gives the same result every time', () => {
  it('"by mistake" is not an agent on the second run either (no regex state carried between calls)', () => {
    const text = 'That was the wrong one, which was sent to you by mistake.';
    const s = { text, start: 0, end: text.length, lang: 'en' as const, paragraph: 0 };
    const runs = [0, 1, 2].map(() => rule.check!(s, rule.options.parse({})).map((h) => text.slice(h.start, h.end)));
    expect(runs).toEqual([['was sent to you by mistake'], ['was sent to you by mistake'], ['was sent to you by mistake']]);
  });
});
