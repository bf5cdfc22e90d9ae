import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
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

// The splitter as it was written with regular expressions; the character walk must split every line
// the same way.
const ABBREVIATIONS_REF = new Set(
  ('mr mrs ms dr prof st mt no nos vs etc approx ca inc ltd co corp jan feb mar apr jun jul aug sep sept oct nov dec e.g i.e eg ie ' +
    'nr hr fr hrn z.b u.a bzw inkl ggf usw d.h evtl vgl bspw str tel abs ziff gem max min ref dept u.s a.m p.m sr jr ggfs zzgl mwst geb').split(' '),
);
const MONTHS_DE_REF = /^(?:januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|jan|feb|mär|apr|jun|jul|aug|sep|okt|nov|dez)\b/iu;
function isBoundaryRef(line: string, dot: number, next: number): boolean {
  const ch = line[dot];
  const rest = line.slice(next);
  if (rest.length === 0) return true;
  if (ch === '!' || ch === '?') return /^["'“”‘’(\[]?[\p{Lu}\p{N}]/u.test(rest) || /^\p{Extended_Pictographic}/u.test(rest);
  let w = dot;
  while (w > 0 && /[\p{L}\p{N}.]/u.test(line[w - 1])) w--;
  const word = line.slice(w, dot);
  if (word) {
    const lw = word.toLowerCase();
    if (ABBREVIATIONS_REF.has(lw) || ABBREVIATIONS_REF.has(lw.replace(/\.$/, ''))) return false;
    if (/^\p{L}$/u.test(word)) return false;
    if (/^\d{1,2}$/.test(word) && (MONTHS_DE_REF.test(rest) || /^\p{Ll}/u.test(rest))) return false;
    if (/^\d{1,2}$/.test(word) && /^\d/.test(rest)) return false;
  }
  return /^["'“”‘’(\[]?[\p{Lu}\p{N}]/u.test(rest) || /^\p{Extended_Pictographic}/u.test(rest);
}
function splitLineRef(line: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const push = (s: number, e: number) => {
    while (s < e && /\s/u.test(line[s])) s++;
    while (e > s && /\s/u.test(line[e - 1])) e--;
    if (e > s && /[\p{L}\p{N}]/u.test(line.slice(s, e))) out.push([s, e]);
  };
  let sStart = 0;
  const re = /[.!?…]+["'”’)\]]*(?=\s+)/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line)) !== null) {
    const punctEnd = m.index + m[0].length;
    let next = punctEnd;
    while (next < line.length && /\s/u.test(line[next])) next++;
    if (isBoundaryRef(line, m.index + m[0].search(/[.!?…]/u), next)) {
      push(sStart, punctEnd);
      sStart = next;
    }
  }
  push(sStart, line.length);
  return out;
}

describe('splitSentences inside a line', () => {
  const lines = readFileSync(new URL('./fixtures/dev.jsonl', import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .flatMap((l) => String(JSON.parse(l).text).split('\n'));
  // Lines built around stops: words (capitals, lower case, digits, abbreviations, months, emoji, letters
  // outside the BMP, a lone surrogate), then often a run of stops, closing quotes or brackets and spaces.
  const words = ['We', 'the', 'A', 'é', 'É', '3', '12', '123', '4711', '1.5', '90', 'Dr', 'e.g', 'z.B', 'Nr', 'etc', 'März', 'mai', 'Mai', '😀', '𝐀', '𝐚', '\ud835', 'x', 'ß', 'İ', '–', ',', '(', '“', '"'];
  const stops = ['.', '!', '?', '…'];
  const closers = ['"', "'", '”', '’', ')', ']'];
  const spaces = [' ', ' ', '  ', '\u00a0', '\t'];
  let seed = 11;
  const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const pick = (xs: string[]) => xs[Math.floor(random() * xs.length)];
  const some = (xs: string[], max: number) => Array.from({ length: Math.floor(random() * (max + 1)) }, () => pick(xs)).join('');
  const generated = Array.from({ length: 20000 }, () => {
    let line = '';
    for (let n = 1 + Math.floor(random() * 6); n > 0; n--) {
      line += pick(words);
      for (let k = 0; k < 2 && random() < 0.6; k++) line += pick(stops) + some(stops, 2) + some(closers, 2);
      line += some(spaces, 2);
    }
    return line;
  });
  it('splits every corpus line and 20,000 generated lines as the regular-expression splitter does', () => {
    const differ = [...lines, ...generated].filter((line) => {
      const got = splitSentences(line, 0, line.length).map((s) => [s.start, s.end]);
      return JSON.stringify(got) !== JSON.stringify(splitLineRef(line));
    });
    expect(differ).toEqual([]);
  });
});
