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
