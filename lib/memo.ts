/**
 * A bounded memo for per-sentence and per-line results. Two generations instead of an LRU list:
 * a lookup is one Map.get in the common case (no delete-and-reinsert on every hit), entries used
 * in the current generation survive a turnover, and at most 2 × limit entries are kept.
 */
export class Memo<V> {
  private cur = new Map<string, V>();
  private old = new Map<string, V>();
  constructor(private readonly limit: number) {}

  get(key: string): V | undefined {
    const v = this.cur.get(key);
    if (v !== undefined) return v;
    const o = this.old.get(key);
    if (o !== undefined) this.set(key, o);
    return o;
  }

  set(key: string, v: V): void {
    this.cur.set(key, v);
    if (this.cur.size >= this.limit) {
      this.old = this.cur;
      this.cur = new Map();
    }
  }

  get size(): number {
    return this.cur.size + this.old.size;
  }

  clear(): void {
    this.cur.clear();
    this.old.clear();
  }
}

/** Memos that clearAllMemos() empties (benchmarks measure cold runs). */
const registry: Array<{ clear(): void }> = [];

/** A memo registered for clearAllMemos(). */
export function registeredMemo<V>(limit: number): Memo<V> {
  const m = new Memo<V>(limit);
  registry.push(m);
  return m;
}

export function clearAllMemos(): void {
  for (const m of registry) m.clear();
}

/**
 * Scratch space that travels with one sentence while its text is unchanged: the engine keeps one per
 * sentence of a line (see lib/text/lines.ts), so a document-level check that runs over every sentence
 * on every keystroke reads its per-sentence result from here instead of looking the text up in a memo.
 */
export class SentenceSlot {
  /** The language the values were computed for; they are dropped when it changes. */
  lang: string | undefined;
  /** Values of memoSentence functions, by their number. */
  values: unknown[] = [];
  /** The engine's rule hits for this sentence, and the language and settings they were found with. */
  hitsKey: string | undefined;
  hits: unknown;
}
