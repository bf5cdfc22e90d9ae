import { describe, expect, it } from 'vitest';
import { findBody } from '../lib/text/body';
import { splitSentences } from '../lib/text/sentences';

const bodyOf = (t: string) => {
  const b = findBody(t);
  return t.slice(b.start, b.end);
};

describe('findBody', () => {
  it.each([
    ['Hi Priya,\n\nSorry we sent the wrong size.\n\nWarm wishes,\nHannah\nLittle Fern Shoes', 'Sorry we sent the wrong size.'],
    ['Dear Mr Alvarez,\n\nI apologise for the delay.\n\nKind regards,\nGrace Liu', 'I apologise for the delay.'],
    ['Hello,\n\nWe have checked your order.\n\nRegards,\nDriftwood Apparel Customer Service', 'We have checked your order.'],
    ['Hi Sam, thanks for flagging this. It is fixed.\n\nCheers,\nJo', 'thanks for flagging this. It is fixed.'],
    ['Sehr geehrte Frau Schäfer,\n\nes tut mir leid.\n\nMit freundlichen Grüßen\nMelanie Roth\nPraxis Dr. Berger', 'es tut mir leid.'],
    ['Hallo Jonas,\n\ndas war mein Fehler.\n\nViele Grüße\nMara', 'das war mein Fehler.'],
    ['Liebe Mara,\n\nalles gut.\n\nLG\nTom', 'alles gut.'],
    ['Thanks for your order! It ships today.', 'Thanks for your order! It ships today.'],
  ])('%j', (text, body) => expect(bodyOf(text)).toBe(body));

  it('cuts quoted history: "On … wrote:"', () => {
    const t = 'Hi,\n\nFixed now, sorry.\n\nBest,\nJo\n\nOn Mon, 3 May 2026 at 10:00, Anna <a@b.c> wrote:\n> per our policy you should have';
    expect(bodyOf(t)).toBe('Fixed now, sorry.');
  });
  it('cuts quoted history split over two lines', () => {
    const t = 'Fixed now, sorry.\n\nOn Mon, 3 May 2026 at 10:00, Anna Berg\n<anna@example.com> wrote:\n> hi';
    expect(bodyOf(t)).toBe('Fixed now, sorry.');
  });
  it('cuts quoted history: German "Am … schrieb …:"', () => {
    const t = 'Erledigt, sorry!\n\nAm 03.05.2026 um 10:00 schrieb Anna Berg <anna@example.com>:\n> gemäß unseren AGB';
    expect(bodyOf(t)).toBe('Erledigt, sorry!');
  });
  it('cuts Outlook headers: -----Original Message----- and From/Sent blocks', () => {
    expect(bodyOf('Done.\n\n-----Original Message-----\nFrom: A\nSent: Monday\nper our policy')).toBe('Done.');
    expect(bodyOf('Done.\n\nFrom: Anna Berg <a@b.c>\nSent: Monday, 3 May 2026 10:00\nTo: Jo\nSubject: Invoice\n\nper our policy')).toBe('Done.');
    expect(bodyOf('Erledigt.\n\nVon: Anna Berg\nGesendet: Montag, 3. Mai 2026\nAn: Jo\nBetreff: Rechnung\n\nwie bereits erwähnt')).toBe('Erledigt.');
  });
  it('excludes "> " quoted lines inside the body', () => {
    const t = 'You wrote:\n> per our policy\nWe are sorry.';
    const b = findBody(t);
    expect(b.excluded.map((r) => t.slice(r.start, r.end))).toEqual(['> per our policy']);
    const s = splitSentences(t, b.start, b.end, b.excluded).map((x) => x.text);
    expect(s).toEqual(['You wrote:', 'We are sorry.']);
  });
  it('does not mistake a body sentence starting with "Thank you for" for a sign-off', () => {
    expect(bodyOf('Hi Jo,\n\nWe fixed it.\nThank you for your patience while we did.\n\nBest,\nAl')).toBe('We fixed it.\nThank you for your patience while we did.');
  });
  it('puts insertAt before the sign-off', () => {
    const t = 'Hi Jo,\n\nWe fixed it.\n\nBest,\nAl';
    expect(t.slice(0, findBody(t).insertAt)).toBe('Hi Jo,\n\nWe fixed it.');
  });
});

describe('splitSentences', () => {
  const split = (t: string) => splitSentences(t, 0, t.length).map((s) => s.text);
  it.each([
    ['I am sorry. It is fixed! Is that ok? Yes.', ['I am sorry.', 'It is fixed!', 'Is that ok?', 'Yes.']],
    ['Dr. Shah saw you in March. Thanks.', ['Dr. Shah saw you in March.', 'Thanks.']],
    ['We refunded €40.50 today. Sorry.', ['We refunded €40.50 today.', 'Sorry.']],
    ['Wie in unserem Schreiben vom 3. Februar erläutert, gilt das. Danke.', ['Wie in unserem Schreiben vom 3. Februar erläutert, gilt das.', 'Danke.']],
    ['Das gilt z. B. für Ihre Rechnung Nr. 4711. Danke.', ['Das gilt z. B. für Ihre Rechnung Nr. 4711.', 'Danke.']],
    ['Line one without stop\nLine two.', ['Line one without stop', 'Line two.']],
    ['e.g. this one. And that.', ['e.g. this one.', 'And that.']],
  ])('%j', (text, expected) => expect(split(text)).toEqual(expected));
  it('keeps exact offsets', () => {
    const t = 'Hi.  Second one here.\n\nThird.';
    for (const s of splitSentences(t, 0, t.length)) expect(t.slice(s.start, s.end)).toBe(s.text);
    expect(splitSentences(t, 0, t.length).map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });
});
