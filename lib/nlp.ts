/**
 * The NLP wrapper around compromise (the `two` build: tokenizer, lexicon and
 * part-of-speech tagger incl. the Passive tag — all Candor needs).
 *
 * Tagging costs about 0.06 ms per word plus a fixed 0.2 ms per call, so rules
 * never tag whole emails: they run a cheap lexical pre-filter first and tag
 * only the clause that can hold a finding (see rules/agentless-passive.ts).
 *
 * German: the German rules use regular-expression morphology (word order,
 * participle shapes, compounds). de-compromise 0.0.10 was tried and dropped:
 * it has no lemmas, tags participles such as "verschickt" as present tense,
 * and its lexicon takes over a second to build at import.
 */
import nlp from 'compromise/two';
import { memoSentence } from './rule';

interface MatchNet {
  hooks: Record<string, unknown[]>;
  always: unknown[];
}
type BulkMatch = ((document: unknown[][], net: MatchNet, methods: unknown, opts?: unknown) => unknown) & { original?: BulkMatch };

/**
 * compromise's post-tagger runs a net of ~730 match patterns, keyed by words and tags ("hooks"). For
 * each sentence it walks every hook key to find the ones present in the sentence (about a fifth of
 * the time of tagging a short clause). Handing it only the keys the sentence actually has, in the
 * net's own key order so the patterns run in the same order, gives the same tags without that walk.
 * Installed through compromise's methods table, the plugin extension point.
 */
export function indexMatchHooks(world: { methods: { one: Record<string, unknown> } }): void {
  const one = world.methods.one as { bulkMatch: BulkMatch; cacheDoc: (doc: unknown[][]) => Set<string>[] };
  const original = one.bulkMatch;
  if (original.original) return;
  const order = new WeakMap<MatchNet, Map<string, number>>();
  const indexed: BulkMatch = function (this: unknown, document, net, methods, opts) {
    if (!net || typeof net.hooks !== 'object') return original.call(this, document, net, methods, opts);
    let idx = order.get(net);
    if (!idx) order.set(net, (idx = new Map(Object.keys(net.hooks).map((k, i) => [k, i]))));
    const present: string[] = [];
    for (const set of one.cacheDoc(document)) for (const k of set) if (idx.has(k)) present.push(k);
    present.sort((a, b) => idx.get(a)! - idx.get(b)!);
    const hooks: Record<string, unknown[]> = {};
    for (const k of present) hooks[k] = net.hooks[k];
    return original.call(this, document, { ...net, hooks }, methods, opts);
  };
  indexed.original = original; // kept for the test that compares both
  one.bulkMatch = indexed;
}
indexMatchHooks((nlp as unknown as { world(): { methods: { one: Record<string, unknown> } } }).world());

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

/** The simple past of a participle ("shipped" → "shipped", "sent" → "sent", "given" → "gave"). */
export function pastTenseOf(participle: string): string {
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
