/**
 * Word ids. Each recognizer asks facts of every token (may it start a lexicon form, which cue roles may it carry, is
 * it a name word); a news vocabulary repeats, so the answers are kept per word. Looking a token's text up in a
 * map for every such fact cost more than computing most of them. Instead `tokenize` gives each token text one
 * number, once, and `WordFacts` keep their answers in arrays indexed by it.
 *
 * Long tokens get no id (`NO_WORD`): V8 may keep a long substring as a slice of the whole text it came from, and
 * the vocabulary would then keep that article alive. Short tokens are copies. The vocabulary is bounded: when it
 * is full it starts again under a new generation, and facts kept under an older one are dropped.
 */
export const NO_WORD = -1;

const LONGEST_WORD = 12;
const CAPACITY = 50_000;

let ids = new Map<string, number>();
let generation = 0;

/** The id of a token text, given on first sight; `NO_WORD` for a long one. */
export function wordId(text: string): number {
  if (text.length > LONGEST_WORD) return NO_WORD;
  let id = ids.get(text);
  if (id === undefined) {
    if (ids.size >= CAPACITY) {
      ids = new Map();
      generation++;
    }
    id = ids.size;
    ids.set(text, id);
  }
  return id;
}

/** The generation word ids are currently given under: ids of an older generation mean other words now. */
export function vocabularyGeneration(): number {
  return generation;
}

/** Token texts with their word ids, as `Tokens` carry them. */
export interface WordsOf {
  readonly texts: readonly string[];
  readonly ids: Int32Array;
  /** The vocabulary generation the ids were given under. */
  readonly generation: number;
}

/**
 * A fact about words that does not depend on the article, computed once per word and kept by word id. A token
 * without a current id (long, or tokenized before the vocabulary started again) is computed every time.
 */
export class WordFacts<V> {
  private values: Array<V | undefined> = [];
  private generation = generation;

  constructor(private readonly compute: (text: string) => V) {}

  /** The fact for token `i` of `words`. */
  of(words: WordsOf, i: number): V {
    const text = words.texts[i] ?? "";
    const id = words.ids[i] ?? NO_WORD;
    if (id === NO_WORD || words.generation !== generation) return this.compute(text);
    if (this.generation !== generation) this.clear();
    const values = this.values;
    // Grown a slot at a time, never with a gap, so the array keeps fast elements.
    while (values.length <= id) values.push(undefined);
    let value = values[id];
    if (value === undefined) {
      value = this.compute(text);
      values[id] = value;
    }
    return value;
  }

  /** Forgets every fact (the lexicon it was computed from changed). */
  clear(): void {
    this.values = [];
    this.generation = generation;
  }
}

/**
 * Word facts that also depend on one object (a set of cue words, a table): one `WordFacts` per such object, made on
 * first use and dropped with it.
 */
export function wordFactsBy<K extends object, V>(compute: (key: K, text: string) => V): (key: K) => WordFacts<V> {
  const byKey = new WeakMap<K, WordFacts<V>>();
  return (key) => {
    let facts = byKey.get(key);
    if (!facts) {
      facts = new WordFacts((text) => compute(key, text));
      byKey.set(key, facts);
    }
    return facts;
  };
}
