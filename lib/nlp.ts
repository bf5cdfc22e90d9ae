/**
 * The NLP wrapper around compromise (the `two` build: tokenizer, lexicon and
 * part-of-speech tagger incl. the Passive tag — all Candor needs).
 *
 * Tagging a clause of about a dozen words costs ~0.7 ms on this project's
 * benchmark machine, most of it fixed per call, so rules never tag whole
 * emails: they run a cheap lexical pre-filter first and tag only the clause
 * that can hold a finding (see rules/agentless-passive.ts).
 *
 * German: the German rules use regular-expression morphology (word order,
 * participle shapes, compounds). de-compromise 0.0.10 was tried and dropped:
 * it has no lemmas, tags participles such as "verschickt" as present tense,
 * and its lexicon takes over a second to build at import.
 */
import nlp from 'compromise/two';
import { registeredMemo } from './memo';
import { memoSentence } from './rule';

interface NetMatch {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  ifNo?: string[];
  minWords: number;
}
interface MatchNet {
  hooks: Record<string, NetMatch[]>;
  always: NetMatch[];
}
interface MatchResult {
  ptrs: number[][];
}
interface SweepMethods {
  one: { match(document: unknown[][], m: NetMatch): MatchResult };
}
type BulkMatch = ((document: unknown[][], net: MatchNet, methods: SweepMethods, opts?: { matchOne?: boolean }) => unknown) & {
  original?: BulkMatch;
};

/** A net's hook lists by the order of its keys, and one number per distinct match string. */
interface NetIndex {
  ordinal: Map<string, number>;
  lists: NetMatch[][];
  id: Map<NetMatch, number>;
  seen: Uint32Array;
  stamp: number;
}

function indexNet(net: MatchNet): NetIndex {
  const keys = Object.keys(net.hooks);
  const byMatch = new Map<string, number>();
  const id = new Map<NetMatch, number>();
  for (const k of keys) {
    for (const m of net.hooks[k]) {
      if (!byMatch.has(m.match)) byMatch.set(m.match, byMatch.size);
      id.set(m, byMatch.get(m.match)!);
    }
  }
  return { ordinal: new Map(keys.map((k, i) => [k, i])), lists: keys.map((k) => net.hooks[k]), id, seen: new Uint32Array(byMatch.size), stamp: 0 };
}

/** compromise's localTrim for one match: its needs are all there, none of its ifNo, enough of its wants. */
function fits(m: NetMatch, haves: Set<string>): boolean {
  for (let i = 0; i < m.needs.length; i++) if (!haves.has(m.needs[i])) return false;
  if (m.ifNo !== undefined) for (let i = 0; i < m.ifNo.length; i++) if (haves.has(m.ifNo[i])) return false;
  if (m.wants.length === 0) return true;
  let found = 0;
  for (let i = 0; i < m.wants.length; i++) if (haves.has(m.wants[i])) found++;
  return found >= m.minWant;
}

/**
 * compromise's post-tagger runs a net of ~570 match patterns, filed under ~730 hook keys (words and
 * tags). Its sweep gathers, for each sentence, every pattern filed under a key the sentence has
 * (about 380 for a short clause, with repeats), removes repeats through an object keyed by pattern,
 * filters the rest in three passes, and then runs the dozen or so that are left. That gathering took
 * more time than the matching. This sweep does the same steps in one pass over precomputed lists —
 * keys in the net's order, repeats dropped by match string before the filter, the filter's three
 * tests, patterns without hooks appended, too-long patterns dropped — so the same patterns run in
 * the same order and give the same tags (a test compares every corpus line with compromise's own
 * sweep). Installed through compromise's methods table, its plugin extension point.
 */
export function sweepInOnePass(world: { methods: { one: Record<string, unknown> } }): void {
  const one = world.methods.one as { bulkMatch: BulkMatch; cacheDoc: (doc: unknown[][]) => Set<string>[] };
  const original = one.bulkMatch;
  if (original.original) return;
  const indexes = new WeakMap<MatchNet, NetIndex>();
  const sweep: BulkMatch = function (this: unknown, document, net, methods, opts = {}) {
    if (!net || typeof net.hooks !== 'object' || !Array.isArray(net.always)) return original.call(this, document, net, methods, opts);
    let idx = indexes.get(net);
    if (!idx) indexes.set(net, (idx = indexNet(net)));
    const docCache = one.cacheDoc(document);
    const results: Array<NetMatch & { pointer: number[] }> = [];
    const ords: number[] = [];
    for (let n = 0; n < document.length; n++) {
      const haves = docCache[n];
      const termCount = document[n].length;
      ords.length = 0;
      for (const k of haves) {
        const o = idx.ordinal.get(k);
        if (o !== undefined) ords.push(o);
      }
      ords.sort((a, b) => a - b);
      if (++idx.stamp === 0xffffffff) {
        idx.seen.fill(0);
        idx.stamp = 1;
      }
      const todo: NetMatch[] = [];
      for (const o of ords) {
        const list: NetMatch[] = idx.lists[o];
        for (let i = 0; i < list.length; i++) {
          const m: NetMatch = list[i];
          const id = idx.id.get(m)!;
          if (idx.seen[id] === idx.stamp) continue;
          idx.seen[id] = idx.stamp;
          if (fits(m, haves) && termCount >= m.minWords) todo.push(m);
        }
      }
      for (const m of net.always) if (termCount >= m.minWords) todo.push(m);
      for (const m of todo) {
        const res = methods.one.match([document[n]], m);
        if (res.ptrs.length === 0) continue;
        for (const ptr of res.ptrs) {
          ptr[0] = n;
          results.push(Object.assign({}, m, { pointer: ptr }));
        }
        if (opts.matchOne === true) return [results[0]];
      }
    }
    return results;
  };
  sweep.original = original; // kept for the test that compares both
  one.bulkMatch = sweep;
}
sweepInOnePass((nlp as unknown as { world(): { methods: { one: Record<string, unknown> } } }).world());

export interface TaggedTerm {
  /** Offset of the term in the tagged string (plus the offset passed to tagTerms). */
  start: number;
  end: number;
  text: string;
  lower: string;
  tags: Set<string>;
}

interface RawTerm {
  pre: string;
  text: string;
  post: string;
  tags: Set<string>;
}

/**
 * Tags English text and returns its terms with offsets (shifted by `offset`). The tagging of a text is
 * remembered (bounded): while someone types elsewhere in a sentence, its tagged clause is reused.
 */
export function tagTerms(text: string, offset = 0): TaggedTerm[] {
  const terms = tagged(text, 'en');
  return offset === 0 ? terms.map((t) => ({ ...t })) : terms.map((t) => ({ ...t, start: t.start + offset, end: t.end + offset }));
}

const tagged = memoSentence((text: string): readonly TaggedTerm[] => tagNow(text), 500);

function tagNow(text: string): TaggedTerm[] {
  const doc = nlp(text) as unknown as { document: RawTerm[][] };
  const out: TaggedTerm[] = [];
  let cursor = 0;
  for (const sentence of doc.document) {
    for (const t of sentence) {
      // compromise keeps every character in pre + text + post; fall back to a search if it ever did not.
      let start = cursor + t.pre.length;
      if (text.slice(start, start + t.text.length) !== t.text) {
        start = text.indexOf(t.text, cursor);
        if (start < 0) continue;
      }
      const end = start + t.text.length;
      cursor = end + t.post.length;
      if (!t.text) continue;
      out.push({ start, end, text: t.text, lower: t.text.toLowerCase(), tags: t.tags });
    }
  }
  return out;
}

type VerbTransform = {
  toInfinitive(word: string, model: unknown, tense?: string): string;
  conjugate(inf: string, model: unknown): Record<string, string>;
};

const pastTenses = registeredMemo<string>(500);

/**
 * The simple past of a participle ("shipped" → "shipped", "sent" → "sent", "given" → "gave"). Asked for
 * every passive rewrite whenever its sentence is checked again, so the answers are kept (one per
 * participle spelling, bounded; emptied with the other memos by clearCache).
 */
export function pastTenseOf(participle: string): string {
  let past = pastTenses.get(participle);
  if (past === undefined) pastTenses.set(participle, (past = conjugatePast(participle)));
  return past;
}

function conjugatePast(participle: string): string {
  const methods = nlp.methods() as unknown as { two: { transform: { verb: VerbTransform } } };
  const model = nlp.model();
  const lower = participle.toLowerCase();
  const verb = methods.two.transform.verb;
  // "given" / "broken" are only understood as participles, "shipped" / "sent" only as past tense.
  let inf = verb.toInfinitive(lower, model, 'Participle');
  if (!inf || inf === lower) inf = verb.toInfinitive(lower, model, 'PastTense');
  if (!inf) return participle;
  return verb.conjugate(inf, model).PastTense || participle;
}
