/**
 * A letter class for patterns compiled without the u flag (V8 folds case much faster without it):
 * what [\p{L}\p{N}] matches in the Latin, Greek, Cyrillic and Armenian blocks and in Latin Extended
 * Additional, spelled as ranges for use inside [...]. Letters of other scripts are not in it; English
 * and German text never puts them against a word.
 */
function ranges(re: RegExp): string {
  const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
  let out = '';
  for (const [lo, hi] of [[0, 0x052f], [0x1e00, 0x1eff]]) {
    for (let c = lo; c <= hi; c++) {
      if (!re.test(String.fromCharCode(c))) continue;
      const first = c;
      while (c + 1 <= hi && re.test(String.fromCharCode(c + 1))) c++;
      out += first === c ? hex(first) : `${hex(first)}-${hex(c)}`;
    }
  }
  return out;
}

/** Letters and digits, as the body of a character class. */
export const LETTERS_DIGITS = ranges(/[\p{L}\p{N}]/u);

/*
 * The same classes for code that walks a string character by character (word counts, language
 * scores): no regular expression and no substring per word. A UTF-16 unit is classed on first sight
 * with \p{L} / \p{N} and remembered in a table; a surrogate pair is classed as its code point.
 */
export const LETTER = 1;
export const DIGIT = 2;
export const OTHER = 3;
const P_L = /\p{L}/u;
const P_N = /\p{N}/u;
const units = new Uint8Array(65536);
for (let c = 0; c < 128; c++) units[c] = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? LETTER : c >= 48 && c <= 57 ? DIGIT : OTHER;

function classOf(ch: string): number {
  return P_L.test(ch) ? LETTER : P_N.test(ch) ? DIGIT : OTHER;
}

/**
 * The class of the character at s[i] (i < s.length) in the low two bits (LETTER, DIGIT or OTHER),
 * plus 4 when it is a surrogate pair (two units long).
 */
export function charClassAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return classOf(s.slice(i, i + 2)) | 4;
  }
  let k = units[c];
  if (k === 0) units[c] = k = classOf(String.fromCharCode(c));
  return k;
}

/** What /\s/ matches, by character code (for loops that look at one character at a time). */
export function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}
