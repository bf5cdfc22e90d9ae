import { registeredMemo } from '../memo';
import { stableLines, type Line } from './lines';

/**
 * Finds the body of an email: the part after the greeting line and before the
 * sign-off, signature and quoted history. Offsets are into the original text.
 */

export interface BodyRange {
  start: number;
  end: number;
  /** Ranges inside the body that are not linted ("> " quoted lines). */
  excluded: Array<{ start: number; end: number }>;
  /** Where a sentence should go so that it stands before the sign-off. */
  insertAt: number;
}

/** Lines without a trailing "\r" (the stable line strings where there is none). */
function splitLines(text: string, all: Line[]): Line[] {
  if (!text.includes('\r')) return all;
  return all.map((l) => (l.text.endsWith('\r') ? { start: l.start, end: l.end - 1, text: l.text.slice(0, -1), data: undefined } : l));
}

const GREETING =
  /^\s*(?:hi|hello|hey|hiya|dear|good (?:morning|afternoon|evening)|greetings|to whom it may concern|hallo|hi zusammen|liebe[rs]?|sehr geehrte[rs]?|geehrte[rs]?|guten (?:tag|morgen|abend)|moin|servus|grüß (?:gott|dich|euch)|grüezi)\b/iu;

const SIGN_OFF =
  /^\s*(?:(?:kind(?:est)?|best|warm(?:est)?|many|with (?:best|kind|warm)|all the|yours|with)\s+)?(?:regards|wishes|thanks|thank you|cheers|sincerely|best|respectfully|yours(?: sincerely| truly| faithfully)?|take care|speak soon|talk soon)\s*[,.!]?\s*$/iu;

const SIGN_OFF_DE =
  /^\s*(?:(?:mit\s+)?(?:freundlichen|besten|herzlichen|lieben|sonnigen|vielen)\s+grüß?en|(?:viele|beste|liebe|herzliche|freundliche|schöne)\s+grüße|(?:mit\s+)?(?:freundlichem|bestem|herzlichem|liebem)\s+gruß|(?:ganz\s+)?liebe\s+grüße|gruß|grüße|lg|vg|mfg|bis bald|bis dann|danke(?: und)?(?: schön| sehr)?|herzlichst|hochachtungsvoll|beste grüße aus \S+)\s*[,.!]?\s*(?:aus\s+\S+)?\s*[,.!]?\s*$/iu;

const QUOTE_HEADERS: RegExp[] = [
  /^\s*on\b.{3,200}\bwrote:\s*$/iu,
  /^\s*am\b.{3,200}\bschrieb\b.{0,200}:\s*$/iu,
  /^\s*-{2,}\s*(?:original message|ursprüngliche nachricht|forwarded message|weitergeleitete nachricht)\s*-{2,}\s*$/iu,
  /^\s*_{8,}\s*$/u,
];
const HEADER_FIELD = /^\s*(?:from|von|sent|gesendet|date|datum|to|an|subject|betreff|cc)\s*:/iu;

// What a line is on its own, as bits, remembered per line string (an edit re-tests one line).
const QUOTE_HEADER = 1;
const ON_AM = 2;
const WROTE = 4;
const FROM = 8;
const FIELD = 16;
const QUOTED = 32;
const BLANK = 64;
/** A closing line ("Best,", "Viele Grüße") or a "-- " signature delimiter. */
const SIGN_OFF_LINE = 128;
/** One to three words, capitalised, without sentence punctuation: a bare name, when it is the last line. */
const NAME_LIKE = 256;
const lineFlags = registeredMemo<number>(3000);

/** The flags of a line: kept with the line while it is unchanged, else remembered by its text. */
function flags(line: Line): number {
  if (line.data) return (line.data.flags ??= flagsOf(line.text));
  return flagsOf(line.text);
}

function flagsOf(t: string): number {
  let f = lineFlags.get(t);
  if (f === undefined) {
    f = 0;
    // Quote headers and "wrote:" lines end in ":", "-" or "_": other lines skip those patterns (the
    // "wrote:" one backtracks through the first 80 characters of every line it is tried on).
    const last = t.trimEnd().slice(-1);
    if ((last === ':' || last === '-' || last === '_') && QUOTE_HEADERS.some((re) => re.test(t))) f |= QUOTE_HEADER;
    if (/^\s*(?:on|am)\b/iu.test(t)) f |= ON_AM;
    if (last === ':' && /^\s*\S*.{0,80}(?:wrote|schrieb)[^:]{0,40}:\s*$/iu.test(t)) f |= WROTE;
    if (/^\s*(?:from|von)\s*:/iu.test(t)) f |= FROM;
    if (HEADER_FIELD.test(t)) f |= FIELD;
    if (/^\s*>/.test(t)) f |= QUOTED;
    const trimmed = t.trim();
    if (trimmed === '') f |= BLANK;
    if (/^\s*--\s*$/.test(t) || ((SIGN_OFF.test(t) || SIGN_OFF_DE.test(t)) && wordCount(t) <= 6)) f |= SIGN_OFF_LINE;
    if (/^\p{Lu}/u.test(trimmed) && !/[.!?:;,]$/.test(trimmed) && wordCount(trimmed) <= 3) f |= NAME_LIKE;
    lineFlags.set(t, f);
  }
  return f;
}

function isQuoteHeader(lines: Line[], i: number): boolean {
  const f = flags(lines[i]);
  if (f & QUOTE_HEADER) return true;
  // "On Mon, 3 May 2024 at 10:00, Jane <jane@x.com>" + next line "wrote:"
  if (f & ON_AM && i + 1 < lines.length && flags(lines[i + 1]) & WROTE) return true;
  // A "From:" block followed by Sent/Date/To/Subject fields.
  if (f & FROM) {
    let fields = 0;
    for (let j = i + 1; j < Math.min(lines.length, i + 6); j++) {
      if (flags(lines[j]) & FIELD) fields++;
    }
    return fields >= 1;
  }
  return false;
}

function wordCount(s: string): number {
  const m = s.match(/[\p{L}\p{N}]+/gu);
  return m ? m.length : 0;
}

/**
 * Where a line's greeting ends: NO_GREETING, WHOLE_LINE ("Hi Sam,"), or the offset of the comma after
 * a greeting that goes on ("Hi Priya, thanks for…"). Kept with the line while it is unchanged.
 */
const NO_GREETING = -2;
const WHOLE_LINE = -1;
function greeting(line: Line): number {
  if (line.data) return (line.data.greeting ??= greetingOf(line.text));
  return greetingOf(line.text);
}

function greetingOf(first: string): number {
  if (!GREETING.test(first)) return NO_GREETING;
  const comma = first.search(/[,!:]|\s[-–—]\s/u);
  if (wordCount(first) <= 8 && (comma === -1 || comma >= first.trimEnd().length - 1)) return WHOLE_LINE;
  if (comma !== -1 && wordCount(first.slice(0, comma)) <= 6) return comma;
  return NO_GREETING;
}

export function findBody(text: string, all: Line[] = stableLines(text)): BodyRange {
  const lines = splitLines(text, all);
  // 1. Quoted history: everything from the first quote header on.
  let endLine = lines.length;
  for (let i = 0; i < lines.length; i++) {
    if (isQuoteHeader(lines, i)) {
      endLine = i;
      break;
    }
  }
  // Trailing block of "> " lines counts as quoted history too.
  const isQuoted = (l: Line) => (flags(l) & QUOTED) !== 0;
  const isBlank = (l: Line) => (flags(l) & BLANK) !== 0;
  let k = endLine;
  while (k > 0 && (isQuoted(lines[k - 1]) || isBlank(lines[k - 1]))) k--;
  if (k < endLine && lines.slice(k, endLine).some(isQuoted)) endLine = k;

  // 2. Greeting: the first non-empty line, when it opens like a greeting.
  let startLine = 0;
  while (startLine < endLine && isBlank(lines[startLine])) startLine++;
  let startOffset = startLine < endLine ? lines[startLine].start : text.length;
  if (startLine < endLine) {
    const g = greeting(lines[startLine]);
    if (g === WHOLE_LINE) {
      startLine++;
      startOffset = startLine < lines.length ? lines[startLine].start : text.length;
    } else if (g !== NO_GREETING) {
      // "Hi Priya, thanks for…" — the greeting is the part up to the comma.
      let p = lines[startLine].start + g + 1;
      while (p < lines[startLine].end && /\s/.test(text[p])) p++;
      startOffset = p;
    }
  }

  // 3. Sign-off: the last short closing line in the final lines, or a "-- " signature delimiter.
  let signLine = endLine;
  const nonEmpty: number[] = [];
  for (let i = endLine - 1; i >= startLine && nonEmpty.length < 10; i--) {
    if (!isBlank(lines[i])) nonEmpty.push(i);
  }
  for (const i of nonEmpty) if (flags(lines[i]) & SIGN_OFF_LINE) signLine = i;
  // If no closing line was found, a last line of one or two words without
  // sentence punctuation (a bare name) is the signature.
  if (signLine === endLine && nonEmpty.length >= 2 && flags(lines[nonEmpty[0]]) & NAME_LIKE) signLine = nonEmpty[0];

  let endOffset = signLine < lines.length ? lines[signLine].start : text.length;
  if (endOffset < startOffset) endOffset = startOffset;
  // Trim trailing whitespace of the body.
  while (endOffset > startOffset && /\s/.test(text[endOffset - 1])) endOffset--;
  let s = startOffset;
  while (s < endOffset && /\s/.test(text[s])) s++;

  const excluded: Array<{ start: number; end: number }> = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.start > endOffset) break;
    if (l.start >= s && l.end <= endOffset && isQuoted(l)) excluded.push({ start: l.start, end: l.end });
  }
  return { start: s, end: endOffset, excluded, insertAt: endOffset };
}
