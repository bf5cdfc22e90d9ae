import { describe, expect, it } from 'vitest';
import { Memo } from '../lib/memo';
import { readFileSync } from 'node:fs';
import { score } from '../lib/language';
import { clearStableLines, editedStretch, linesIn, stableLines, type Line } from '../lib/text/lines';
import { countWords } from '../lib/text/sentences';

/** The lines of text the plain way: what stableLines must return, whatever it reuses. */
function naive(text: string) {
  let start = 0;
  return text.split('\n').map((line) => {
    const l = { start, end: start + line.length, text: line };
    start += line.length + 1;
    return l;
  });
}

/** Offsets and text of lines (what they carry besides is checked on its own below). */
const plain = (lines: Line[]) => lines.map(({ start, end, text }) => ({ start, end, text }));

describe('stableLines', () => {
  it.each([
    ['', [{ start: 0, end: 0, text: '' }]],
    ['one', [{ start: 0, end: 3, text: 'one' }]],
    ['a\nb', [{ start: 0, end: 1, text: 'a' }, { start: 2, end: 3, text: 'b' }]],
    ['a\n\nb\n', [{ start: 0, end: 1, text: 'a' }, { start: 2, end: 2, text: '' }, { start: 3, end: 4, text: 'b' }, { start: 5, end: 5, text: '' }]],
    ['x\r\ny', [{ start: 0, end: 2, text: 'x\r' }, { start: 3, end: 4, text: 'y' }]],
  ])('%j', (text, lines) => {
    clearStableLines();
    expect(plain(stableLines(text))).toEqual(lines);
  });

  it('matches a plain split after every one of 2,000 random edits (insertions, deletions, new lines, pastes)', () => {
    clearStableLines();
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const words = ['We', 'shipped', 'the', 'wrong', 'size.', 'Sorry!', '\n', '\n\n', 'é', '–', ' '];
    let text = 'Hi Sam,\n\nWe sent the wrong size. That was our mistake.\n\nBest,\nJo';
    for (let i = 0; i < 2000; i++) {
      const p = Math.floor(rand() * (text.length + 1));
      const r = rand();
      if (r < 0.45) text = text.slice(0, p) + words[Math.floor(rand() * words.length)] + text.slice(p);
      else if (r < 0.9) text = text.slice(0, p) + text.slice(p + 1 + Math.floor(rand() * 3));
      else text = text.slice(0, p) + text.slice(0, p) + text.slice(p); // a paste of what came before
      if (text.length > 4000) text = text.slice(0, 2000);
      expect(plain(stableLines(text))).toEqual(naive(text));
    }
  });

  it('linesIn clips the first and last line to the range and keeps offsets into the text', () => {
    const text = 'Hi Jo, thanks.\nSecond line\nThird';
    expect(plain(linesIn(stableLines(text), text, 7, 26))).toEqual([
      { start: 7, end: 14, text: 'thanks.' },
      { start: 15, end: 26, text: 'Second line' },
    ]);
  });
});

describe('line data', () => {
  it('stays with a line while its text is unchanged, also when the line moves down; an edited line starts empty', () => {
    clearStableLines();
    const before = stableLines('Hi Sam,\nWe sent the wrong size.\nSorry!\nJo');
    before.forEach((l, i) => (l.data!.words = i));
    const words = (lines: Line[]) => lines.map((l) => l.data!.words);
    const after = stableLines('Hi Sam,\nWe sent the wrong sizes.\nSorry!\nJo');
    expect(words(after)).toEqual([0, undefined, 2, 3]);
    expect(after[0].data).toBe(before[0].data);
    expect(after[2].data).toBe(before[2].data);
    // The edited line remembers its previous text and count.
    expect([after[1].data!.prevText, after[1].data!.prevWords]).toEqual(['We sent the wrong size.', 1]);
    // A new line above: every line below moves down with its data.
    const moved = stableLines('New first line\nHi Sam,\nWe sent the wrong sizes.\nSorry!\nJo');
    expect(words(moved).slice(1)).toEqual([0, undefined, 2, 3]);
    expect(moved[4].data).toBe(before[3].data);
  });
  it('keeps every other line, data and all, when a keystroke edits one line (500 random keystrokes in a 60-line email)', () => {
    clearStableLines();
    let seed = 3;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    let text = Array.from({ length: 60 }, (_, i) => (i % 7 === 3 ? '' : `Line ${i}: we shipped the wrong size, sorry.`)).join('\n');
    let before = stableLines(text);
    const wrong: string[] = [];
    for (let k = 0; k < 500; k++) {
      const p = Math.floor(rand() * text.length);
      if (text[p] === '\n' || text[p - 1] === '\n') continue;
      text = rand() < 0.6 ? text.slice(0, p) + 'e' + text.slice(p) : text.slice(0, p) + text.slice(p + 1);
      const after = stableLines(text);
      const edited = after.filter((l, i) => l.data !== before[i].data);
      if (after.length !== before.length || edited.length !== 1 || edited[0].data!.prevText !== before[after.indexOf(edited[0])].text) wrong.push(`keystroke ${k} at ${p}`);
      before = after;
    }
    expect(wrong).toEqual([]);
  });
});

describe('editedStretch', () => {
  it.each([
    ['We shipped the wrong size.', 'We shipped the wrongs size.', ['wrong', 'wrongs']],
    ['We shipped the wrong size.', 'We shipped thewrong size.', ['the wrong', 'thewrong']],
    ["don't worry", "don'tworry", ["don't worry", "don'tworry"]],
    ['a b', 'a  b', ['b', ' b']],
  ])('%j → %j', (before, after, stretch) => expect(editedStretch(before, after)).toEqual(stretch));

  it('word counts and language scores of an edited line follow from the stretch, on 3,000 random edits of corpus lines', () => {
    const lines = readFileSync(new URL('./fixtures/dev.jsonl', import.meta.url), 'utf8')
      .trim()
      .split('\n')
      .flatMap((l) => String(JSON.parse(l).text).split('\n'))
      .filter((l) => l.length > 20);
    let seed = 11;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const bits = ['e', ' ', "'", '-', 'ä', 'ß', 'Über ', 'the ', '’', ' x', '9', '😀'];
    const wrong: string[] = [];
    for (let k = 0; k < 3000; k++) {
      const before = lines[Math.floor(rand() * lines.length)];
      const p = Math.floor(rand() * before.length);
      const after = rand() < 0.5 ? before.slice(0, p) + bits[Math.floor(rand() * bits.length)] + before.slice(p) : before.slice(0, p) + before.slice(p + 1 + Math.floor(rand() * 3));
      const [was, now] = editedStretch(before, after);
      const words = countWords(before) - countWords(was) + countWords(now);
      const [en, de] = [score(before), score(was), score(now)].reduce((acc, s, i) => (i === 0 ? s : i === 1 ? [acc[0] - s[0], acc[1] - s[1]] : [acc[0] + s[0], acc[1] + s[1]]));
      if (words !== countWords(after) || en !== score(after)[0] || de !== score(after)[1]) wrong.push(`${before} → ${after}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('Memo', () => {
  it('keeps at most two generations and finds what was used in the last one', () => {
    const m = new Memo<number>(3);
    m.set('a', 1);
    m.set('b', 2);
    m.set('c', 3); // turnover: a, b, c are the old generation
    expect(m.get('a')).toBe(1); // moved to the current generation
    m.set('d', 4);
    m.set('e', 5); // turnover: a, d, e old; b, c dropped
    expect([m.get('b'), m.get('c'), m.get('a'), m.get('d'), m.get('e')]).toEqual([undefined, undefined, 1, 4, 5]);
    expect(m.size).toBeLessThanOrEqual(6);
    m.clear();
    expect(m.size).toBe(0);
  });
});

describe('editedStretch by halving', () => {
  // The stretch as a loop over the characters from both ends finds it.
  function stretchByLoop(before: string, after: string): [string, string] {
    const min = Math.min(before.length, after.length);
    let a = 0;
    while (a < min && before[a] === after[a]) a++;
    let b = 0;
    while (b < min - a && before[before.length - 1 - b] === after[after.length - 1 - b]) b++;
    while (a > 0 && !/\s/.test(after[a - 1])) a--;
    while (b > 0 && !/\s/.test(after[after.length - b])) b--;
    return [before.slice(a, before.length - b), after.slice(a, after.length - b)];
  }
  it('finds what the character loop finds, for 5,000 pairs with up to three changes anywhere', () => {
    let seed = 5;
    const rand = (n: number) => Math.floor(((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * n);
    const alphabet = ['a', 'b', ' ', 'e', '\n', 'ä', '’', '😀'];
    const wrong: string[] = [];
    for (let k = 0; k < 5000; k++) {
      let before = '';
      for (let n = rand(60); n > 0; n--) before += alphabet[rand(alphabet.length)];
      let after = before;
      for (let c = 1 + rand(3); c > 0; c--) {
        const p = rand(after.length + 1);
        after = rand(2) ? after.slice(0, p) + alphabet[rand(alphabet.length)] + after.slice(p) : after.slice(0, p) + after.slice(p + 1 + rand(2));
      }
      if (JSON.stringify(editedStretch(before, after)) !== JSON.stringify(stretchByLoop(before, after))) wrong.push(JSON.stringify([before, after]));
    }
    expect(wrong).toEqual([]);
  });
});
