/**
 * The lines of an email, with the line strings of the previous call reused by position.
 *
 * While someone types, consecutive texts differ in one place. Lines wholly before the edit (common
 * prefix) or wholly after it (common suffix, shifted) are the same as last time, so the previous
 * run's string objects are handed out again. Every per-line and per-sentence memo downstream is keyed
 * by these strings: a lookup with the same string object uses its stored hash and a pointer compare,
 * instead of hashing and comparing the text again. Each line also carries what is known about its
 * text (LineData), so an unchanged line is not looked up at all. That is what makes a re-lint cost the
 * edited line, not the email.
 */
import { isSpace } from './letters';
import type { Piece } from './sentences';

export interface Line {
  /** Offset of the line's first character. */
  start: number;
  /** Offset just past its last character (the "\n" is not part of the line). */
  end: number;
  text: string;
  /**
   * What is known about the line's text, kept with the line while it is unchanged (also when it moves
   * down after an edit above it): an unchanged line is read from here, not looked up by its text. Lines
   * made elsewhere (a line cut by a range, a line without its "\r") have none.
   */
  data?: LineData;
}

/**
 * What is known about a line's text. A class with every field present from the start, so all line
 * data objects share one shape and reading a field stays a fixed-offset load on every keystroke.
 */
export class LineData {
  /** Body flags and where a greeting in the line ends (lib/text/body.ts). */
  flags: number | undefined = undefined;
  greeting: number | undefined = undefined;
  /** English and German language scores (lib/language.ts). */
  score: [number, number] | undefined = undefined;
  /** Word count. */
  words: number | undefined = undefined;
  /** The sentences in the line (lib/text/sentences.ts). */
  pieces: Piece[] | undefined = undefined;
  /**
   * When this line is the one line an edit changed: its text before the edit and the word count and
   * score it had then, so those can be updated from the edited stretch alone (see editedStretch).
   */
  prevText: string | undefined = undefined;
  prevWords: number | undefined = undefined;
  prevScore: [number, number] | undefined = undefined;
  /** The edited stretch (editedStretch of prevText and the text), worked out once for both updates. */
  stretch: [string, string] | undefined = undefined;
}

/**
 * The stretch an edit changed, widened to whitespace on both sides, as [before, after]: what is left
 * and right of it is the same in both texts and starts or ends at whitespace, so anything counted per
 * word (words, function words) changes by what the two stretches count.
 */
export function editedStretch(before: string, after: string): [string, string] {
  const min = Math.min(before.length, after.length);
  let a = commonPrefix(before, after, min);
  let b = commonSuffix(before, after, min - a);
  while (a > 0 && !isSpace(after.charCodeAt(a - 1))) a--;
  while (b > 0 && !isSpace(after.charCodeAt(after.length - b))) b--;
  return [before.slice(a, before.length - b), after.slice(a, after.length - b)];
}

/*
 * Common prefix and suffix by halving: each step compares one chunk natively (string equality), so a
 * long line costs a few compares instead of a JavaScript loop over its characters (several times
 * slower per character).
 */
function commonPrefix(x: string, y: string, max: number): number {
  let lo = 0; // x[0, lo) === y[0, lo); the answer is in [lo, hi]
  let hi = max;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (x.substring(lo, mid) === y.substring(lo, mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function commonSuffix(x: string, y: string, max: number): number {
  let lo = 0;
  let hi = max;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (x.substring(x.length - mid, x.length - lo) === y.substring(y.length - mid, y.length - lo)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The edited stretch of a line an edit changed from prevText (its LineData.prevText), worked out once. */
export function stretchOf(text: string, prevText: string, data: LineData): [string, string] {
  return (data.stretch ??= editedStretch(prevText, text));
}

let prev: { text: string; lines: Line[] } | undefined;

/**
 * Lines of text split at "\n" (a "\r" before it stays in the line).
 *
 * After the first call, only the stretch between the text's common prefix and suffix with the previous
 * text is searched for line breaks (found by halving with native compares, see editedStretch). A
 * previous line wholly inside the common prefix and still followed by "\n" is the same line, object and
 * all; one wholly inside the common suffix and still preceded by "\n" is the same line moved by the
 * change in length. The lines in between are new.
 */
export function stableLines(text: string): Line[] {
  const p = prev;
  if (p && p.text === text) return p.lines;
  const old = p ? p.lines : [];
  let top = 0; // old lines [0, top) are kept in place
  let bottom = old.length; // old lines [bottom, old.length) are kept, moved by delta
  const delta = p ? text.length - p.text.length : 0;
  if (p) {
    const min = Math.min(p.text.length, text.length);
    const pre = commonPrefix(p.text, text, min);
    const suf = commonSuffix(p.text, text, min - pre);
    while (top < old.length && old[top].end <= pre && text.charCodeAt(old[top].end) === 10) top++;
    // A kept bottom line starts after the kept top lines and their "\n" (the two never overlap).
    const topEnd = top > 0 ? old[top - 1].end : -1; // where that "\n" is
    while (bottom > top) {
      const o = old[bottom - 1];
      const at = o.start + delta;
      if (o.start < p.text.length - suf || at - 1 < topEnd || at === 0 || text.charCodeAt(at - 1) !== 10) break;
      bottom--;
    }
  }
  // The lines in between: text from after the kept top lines to the "\n" before the kept bottom lines.
  const from = top > 0 ? old[top - 1].end + 1 : 0;
  const to = bottom < old.length ? old[bottom].start + delta - 1 : text.length;
  const lines: Line[] = [];
  for (let i = 0; i < top; i++) lines.push(old[i]);
  const firstNew = lines.length;
  if (to >= from) {
    for (let start = from; ; ) {
      const nl = text.indexOf('\n', start);
      const end = nl < 0 || nl >= to ? to : nl;
      lines.push({ start, end, text: detached(text, start, end), data: new LineData() });
      if (end === to) break;
      start = nl + 1;
    }
  }
  // One line edited in place (the usual keystroke): it remembers what it was.
  if (lines.length - firstNew === 1 && bottom - top === 1) {
    const o = old[top];
    const d = lines[firstNew].data!;
    d.prevText = o.text;
    d.prevWords = o.data?.words;
    d.prevScore = o.data?.score;
  }
  for (let i = bottom; i < old.length; i++) {
    const o = old[i];
    lines.push(delta === 0 ? o : { start: o.start + delta, end: o.end + delta, text: o.text, data: o.data });
  }
  prev = { text, lines };
  return lines;
}

/**
 * text.slice(a, b) as a string of its own. A slice of a long string is a view that keeps the whole
 * string alive; line strings are kept as memo keys, and each would hold on to the entire email of the
 * keystroke it came from (tens of MB after a few hundred edits). Prepending a character makes V8
 * copy the line into a new flat string; the slice after it points into that copy only.
 */
function detached(text: string, a: number, b: number): string {
  return b - a < 13 ? text.slice(a, b) : (' ' + text.slice(a, b)).slice(1);
}

/** Forgets the previous text (benchmarks measure cold runs). */
export function clearStableLines(): void {
  prev = undefined;
}

/**
 * The lines of text[start, end): whole lines keep their stable strings, a line cut by the range is
 * sliced. Offsets stay offsets into text.
 */
export function linesIn(lines: Line[], text: string, start: number, end: number): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.end < start) continue;
    if (l.start > end) break;
    const a = Math.max(l.start, start);
    const b = Math.min(l.end, end);
    out.push(a === l.start && b === l.end ? l : { start: a, end: b, text: detached(text, a, b), data: undefined });
  }
  return out;
}
