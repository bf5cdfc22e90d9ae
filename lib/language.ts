/**
 * Language detection for one email body: counts of very frequent function
 * words of each language, plus German letters. Robust on short emails and on
 * German text with English product names, since it weighs the grammatical
 * words that product names do not contain. Measured against franc-min on the
 * dev corpus in tests/language.test.ts.
 */
import { registeredMemo } from './memo';
import { charClassAt, LETTER } from './text/letters';
import { stretchOf, type LineData } from './text/lines';
import type { Lang } from './types';

/** Very frequent function words of each language (exported for the tests). */
export const EN = new Set(
  'the and is are was were be been to of in on for with that this it we i you your our my have has had not will would can could please thanks thank hi dear sorry if at by from as an a so just but what when do does did there their they them me us any all more about which who into out up'.split(' '),
);
export const DE = new Set(
  'der die das und ist sind war waren nicht wir ich sie ihnen ihr ihre ihren dich dir du euch für mit auf ein eine einen einem einer zu dass es den dem des bei uns unser unsere haben hat habe wurde wurden werden wird auch noch nur schon sehr bitte gerne gern danke leider aus von vom zum zur im am um über wie wenn falls aber oder sich mich mir mein meine kein keine können kann möchten hallo liebe lieber sehr geehrte geehrter grüße viele freundlichen'.split(' '),
);

// A hash of each function word, computed as the words are walked (below): a run of letters is cut
// out of the text and looked up only when its hash is one of these (a collision costs one lookup).
const wordHash = (w: string) => {
  let h = 0;
  for (let i = 0; i < w.length; i++) h = (Math.imul(h, 31) + w.charCodeAt(i)) | 0;
  return h;
};
const HASHES = new Set([...EN, ...DE].map(wordHash));
let longestWord = 0;
for (const w of [...EN, ...DE]) longestWord = Math.max(longestWord, w.length);

/**
 * The counts of English and German function words in text, plus half a point for German per word
 * with ä, ö, ü or ß. A word is a run of letters and apostrophes (what /[\p{L}']+/gu matches in the
 * lowercased text); the runs are found character by character, without a regular expression.
 */
export function score(text: string): [number, number] {
  let en = 0;
  let de = 0;
  let umlautWords = 0;
  const lower = text.toLowerCase();
  const len = lower.length;
  let i = 0;
  while (i < len) {
    if ((charClassAt(lower, i) & 3) !== LETTER && lower.charCodeAt(i) !== 39) {
      i++;
      continue;
    }
    const start = i;
    let umlaut = false;
    let h = 0;
    while (i < len) {
      const k = charClassAt(lower, i);
      const c = lower.charCodeAt(i);
      if ((k & 3) === LETTER) {
        umlaut ||= c === 0xe4 || c === 0xf6 || c === 0xfc || c === 0xdf;
        h = (Math.imul(h, 31) + c) | 0;
        if (k & 4) h = (Math.imul(h, 31) + lower.charCodeAt(i + 1)) | 0;
        i += k & 4 ? 2 : 1;
      } else if (c === 39) {
        h = (Math.imul(h, 31) + c) | 0;
        i++;
      } else break;
    }
    if (umlaut) umlautWords++;
    if (i - start <= longestWord && HASHES.has(h)) {
      const w = lower.slice(start, i);
      if (EN.has(w)) en++;
      if (DE.has(w)) de++;
    }
  }
  return [en, de + 0.5 * umlautWords];
}

// Scores per line, remembered (bounded), so re-detecting after an edit costs one line.
const lineScores = registeredMemo<[number, number]>(1500);

export function detectLanguage(text: string): Lang {
  return detectLanguageOfLines(text.split('\n').map((l) => ({ text: l })));
}

function scoreOf(line: string): [number, number] {
  let s = lineScores.get(line);
  if (!s) {
    s = score(line);
    lineScores.set(line, s);
  }
  return s;
}

/** A line's score: after a keystroke in it, its previous score plus what the edited stretch changed. */
function scoreOfLine(text: string, data: LineData): [number, number] {
  if (data.prevText !== undefined && data.prevScore !== undefined) {
    const [before, after] = stretchOf(text, data.prevText, data);
    const was = score(before);
    const now = score(after);
    return [data.prevScore[0] - was[0] + now[0], data.prevScore[1] - was[1] + now[1]];
  }
  return scoreOf(text);
}

/** The language of text given as its lines (the engine passes its stable lines, which keep their scores). */
export function detectLanguageOfLines(lines: ReadonlyArray<{ text: string; data?: LineData }>): Lang {
  let en = 0;
  let de = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const s = l.data ? (l.data.score ??= scoreOfLine(l.text, l.data)) : scoreOf(l.text);
    en += s[0];
    de += s[1];
  }
  return de > en ? 'de' : 'en';
}
