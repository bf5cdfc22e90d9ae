/**
 * Literal pre-filters for the rules' regular expressions, derived from the pattern itself.
 *
 * For a pattern, requiredLiteralSets() finds sets of words such that every match contains at least
 * one word of each set ("let me know" needs "know"; "(?:refund|credit)ed" needs "refund" or
 * "credit"). A sentence that lacks every word of one set cannot match, and a table of the sentence's
 * three-letter pieces (lib/rule.ts) answers that far faster than a scan with the pattern. The analysis
 * is deliberately small and conservative: it understands literal characters, groups, alternation and
 * quantifiers; everything else (classes, escapes like \s, dots, lookarounds, anchors) requires
 * nothing, and anything it does not know (back-references, named groups, Unicode escapes) gives no
 * pre-filter at all. Never wrong in the unsafe direction: at worst it filters nothing.
 */

/** One alternative set: a match contains at least one of these strings. null: nothing is required. */
type Req = string[] | null;

const MAX_ALTERNATIVES = 48;
/** Shorter literals filter too little to be worth a check. */
const MIN_LENGTH = 3;

class Unsupported extends Error {}

/** The characters that are pattern syntax outside a class (also used by lib/rule.ts). */
export const PATTERN_SYNTAX = '\\[]().|*+?{}^$';
const SYNTAX = new Uint8Array(128);
for (const c of PATTERN_SYNTAX) SYNTAX[c.charCodeAt(0)] = 1;

/** Up to this many sets are checked per pattern. */
const MAX_SETS = 3;

/**
 * Several sets of literals, each of which every match contains one of: for a pattern that is one
 * sequence at the top ("\b(?:we|i)\b … (?:and|but) … (?:didn't|failed to|forgot)"), each part with a
 * requirement must be there, so a sentence that lacks any one of them cannot match. The sets that
 * filter most come first; a pattern with top-level alternatives gets its one set. Strings are
 * lower-cased when ignoreCase; null when nothing is worth checking.
 */
export function requiredLiteralSets(source: string, ignoreCase: boolean): string[][] | null {
  try {
    const p = new Parser(source, ignoreCase);
    const parts: Req[] = [];
    const req = p.alternation(parts);
    if (p.i !== source.length) return null;
    const sets = parts.map(usable).filter((r): r is string[] => r !== null);
    if (sets.length === 0) {
      const one = usable(req);
      return one ? [one] : null;
    }
    return sets.sort((a, b) => filtering(b) - filtering(a)).slice(0, MAX_SETS);
  } catch {
    return null;
  }
}

/** A requirement worth checking: not too many strings, none too short. */
function usable(req: Req): string[] | null {
  if (!req || req.length === 0 || req.length > MAX_ALTERNATIVES) return null;
  if (req.some((r) => r.length < MIN_LENGTH)) return null;
  return [...new Set(req)];
}

/** How well a requirement filters: fewer, longer strings filter more. */
function filtering(r: string[]): number {
  return Math.min(...r.map((s) => s.length)) - r.length / 8;
}

/** The better of two requirements that both hold. */
function better(a: Req, b: Req): Req {
  if (!a) return b;
  if (!b) return a;
  return filtering(b) > filtering(a) ? b : a;
}

class Parser {
  i = 0;
  constructor(
    readonly src: string,
    readonly ignoreCase: boolean,
  ) {}

  private peek(): string {
    return this.src[this.i];
  }

  /**
   * a|b|c: one of the branches' requirements must hold. With `parts` (the top level only): when there
   * is a single branch, every requirement of its sequence is added to parts (all of them hold).
   */
  alternation(parts?: Req[]): Req {
    const collected: Req[] = [];
    const branches: Req[] = [this.sequence(collected)];
    while (this.peek() === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    if (parts && branches.length === 1) parts.push(...collected);
    if (branches.length === 1) return branches[0];
    if (branches.some((b) => !b)) return null;
    const all = branches.flat() as string[];
    return all.length > MAX_ALTERNATIVES ? null : all;
  }

  /**
   * A sequence of atoms: each atom with a requirement contributes; literal runs become strings. The
   * best requirement is returned; with `all`, every one is collected too.
   */
  sequence(all?: Req[]): Req {
    let best: Req = null;
    let run = '';
    const add = (r: Req) => {
      if (!r) return;
      all?.push(r);
      best = better(best, r);
    };
    const endRun = () => {
      if (run.length >= MIN_LENGTH) add([run]);
      run = '';
    };
    while (this.i < this.src.length && this.peek() !== '|' && this.peek() !== ')') {
      // Most of a rule's source is plain words: take such a run in one piece.
      const plainEnd = this.plainRun();
      if (plainEnd > this.i) {
        const piece = this.src.slice(this.i, plainEnd);
        run += this.ignoreCase ? piece.toLowerCase() : piece;
        this.i = plainEnd;
        continue;
      }
      const atom = this.atom();
      const q = this.quantifier();
      if (atom.literal !== undefined) {
        if (q.min === 1 && q.max === 1) {
          run += atom.literal;
        } else {
          // "ab?" : the optional character ends the run before it; with min >= 1 it still holds alone.
          endRun();
          if (q.min >= 1 && atom.literal.length >= MIN_LENGTH) add([atom.literal]);
        }
        continue;
      }
      endRun();
      if (q.min >= 1 && atom.req) add(atom.req);
    }
    endRun();
    return best;
  }

  /**
   * Where a run of plain literal characters from i ends: characters that are not pattern syntax, that
   * char() takes as literals, and that are not followed by a quantifier (which the atom-by-atom path
   * reads, as it does "{" and "}").
   */
  private plainRun(): number {
    const s = this.src;
    let j = this.i;
    while (j < s.length) {
      const code = s.charCodeAt(j);
      if (code > 0xff || code === 0xb5 || code === 0xff || (code < 128 && SYNTAX[code] === 1)) break;
      const next = s.charCodeAt(j + 1);
      if (next === 63 || next === 42 || next === 43 || next === 123) break; // ? * + {
      j++;
    }
    return j;
  }

  private quantifier(): { min: number; max: number } {
    const c = this.peek();
    let min = 1;
    let max = 1;
    if (c === '?') [min, max] = [0, 1];
    else if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return { min, max }; // a literal "{" (parsed as an atom next time)
      this.i += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      if (this.peek() === '?') this.i++;
      return { min, max };
    } else return { min, max };
    this.i++;
    if (this.peek() === '?') this.i++; // lazy
    return { min, max };
  }

  /** One atom: a literal character (literal), or a group / class / escape (req). */
  private atom(): { literal?: string; req: Req } {
    const c = this.src[this.i];
    if (c === '(') return { req: this.group() };
    if (c === '[') {
      this.skipClass();
      return { req: null };
    }
    if (c === '\\') return this.escape();
    if (c === '.' || c === '^' || c === '$') {
      this.i++;
      return { req: null };
    }
    if (c === '*' || c === '+' || c === '?' || c === ')' || c === '|') throw new Unsupported(c);
    this.i++;
    return this.char(c);
  }

  /**
   * A literal character. Only Latin-1 ones whose case partner is Latin-1 too take part in literals:
   * beyond that, a case-insensitive match and lower-casing can disagree (µ matches Greek μ, ÿ matches
   * Ÿ, final sigma, dotted İ), and one character can be half of a surrogate pair. Such a character
   * simply requires nothing.
   */
  private char(c: string): { literal?: string; req: Req } {
    const code = c.charCodeAt(0);
    if (code > 0xff || code === 0xb5 || code === 0xff) return { req: null };
    return { literal: this.ignoreCase ? c.toLowerCase() : c, req: null };
  }

  private escape(): { literal?: string; req: Req } {
    const n = this.src[this.i + 1];
    if (n === undefined) throw new Unsupported('\\');
    this.i += 2;
    // Character-class escapes and assertions: require nothing.
    if ('sSdDwWbB'.includes(n)) return { req: null };
    // Anything numeric, named or Unicode is beyond this analysis.
    if (/[0-9kpPuxcfnrtv]/.test(n)) throw new Unsupported(`\\${n}`);
    // An escaped punctuation character stands for itself.
    return this.char(n);
  }

  private skipClass(): void {
    this.i++; // [
    if (this.peek() === '^') this.i++;
    if (this.peek() === ']') this.i++;
    while (this.i < this.src.length && this.peek() !== ']') this.i += this.peek() === '\\' ? 2 : 1;
    if (this.peek() !== ']') throw new Unsupported('[');
    this.i++;
  }

  private group(): Req {
    this.i++; // (
    let zeroWidth = false;
    if (this.src.startsWith('?:', this.i)) this.i += 2;
    else if (this.src.startsWith('?=', this.i) || this.src.startsWith('?!', this.i)) {
      this.i += 2;
      zeroWidth = true;
    } else if (this.src.startsWith('?<=', this.i) || this.src.startsWith('?<!', this.i)) {
      this.i += 3;
      zeroWidth = true;
    } else if (this.peek() === '?') throw new Unsupported('(?'); // named groups and modifiers
    const req = this.alternation();
    if (this.peek() !== ')') throw new Unsupported('(');
    this.i++;
    return zeroWidth ? null : req;
  }
}
