/**
 * Plans the exact edit for applying a suggestion: which characters to replace
 * and with what. Pure, so it is tested without a browser. Removing a phrase
 * ("Per our policy,") also removes the comma and space after it and
 * capitalises the word that now starts the sentence.
 */
export interface Edit {
  start: number;
  end: number;
  insert: string;
}

const atSentenceStart = (text: string, i: number) => i === 0 || /(?:[.!?:]\s+|\n\s*|^\s*)$/u.test(text.slice(Math.max(0, i - 4), i));

export function planReplacement(text: string, start: number, end: number, replacement: string): Edit {
  if (replacement === '') {
    let e = end;
    while (e < text.length && /[,;:]/u.test(text[e])) e++;
    while (e < text.length && text[e] === ' ') e++;
    if (atSentenceStart(text, start)) {
      const next = text[e];
      if (next && next !== next.toUpperCase()) return { start, end: e + 1, insert: next.toUpperCase() };
      return { start, end: e, insert: '' };
    }
    // Mid-sentence: take the space before instead ("…, hopefully by Friday" → "…, by Friday").
    let s = start;
    if (e === end && s > 0 && text[s - 1] === ' ') s--;
    // At the end of a sentence, also the comma before ("Friday, hopefully." → "Friday.").
    if (/[.!?]/u.test(text[e] ?? '') && s > 0 && text[s - 1] === ',') s--;
    return { start: s, end: e, insert: '' };
  }
  let insert = replacement;
  const first = insert[0];
  if (atSentenceStart(text, start)) {
    insert = first.toUpperCase() + insert.slice(1);
  } else if (/^(?:We|Our|The|Your|It|This|That|Wir)\b/u.test(insert) && text[start] === text[start].toLowerCase()) {
    insert = first.toLowerCase() + insert.slice(1);
  }
  return { start, end, insert };
}

/** Applies an edit to a string (for tests and previews). */
export function applyEdit(text: string, e: Edit): string {
  return text.slice(0, e.start) + e.insert + text.slice(e.end);
}
