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
/**
 * Small enough that the table (128 KB) stays in the processor's cache, where every token probes it; a stream of
 * articles that outgrows it only starts again, and facts are recomputed.
 */
const CAPACITY = 16_384;
/** Open addressing, at most half full. */
const SLOTS = 1 << 15;
const SLOT_MASK = SLOTS - 1;

/**
 * A hash table over char codes rather than a `Map` of strings: a token is found from its place in the text, so a
 * word seen before needs no substring built to look it up, and every occurrence shares the one stored string.
 */
const slots = new Int32Array(SLOTS).fill(NO_WORD);
let words: string[] = [];
let generation = 0;

function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h >>> 0;
}

function sameText(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/** The id of `text.slice(start, end)`, given on first sight; `NO_WORD` for a long one. */
export function wordIdAt(text: string, start: number, end: number): number {
  if (end - start > LONGEST_WORD) return NO_WORD;
  let slot = hashOf(text, start, end) & SLOT_MASK;
  for (;;) {
    const id = slots[slot] ?? NO_WORD;
    if (id === NO_WORD) break;
    if (sameText(words[id] ?? "", text, start, end)) return id;
    slot = (slot + 1) & SLOT_MASK;
  }
  if (words.length >= CAPACITY) {
    slots.fill(NO_WORD);
    words = [];
    generation++;
    slot = hashOf(text, start, end) & SLOT_MASK;
  }
  const id = words.length;
  // A short slice is a copy in V8 (only long ones point into their parent), so no article is kept alive.
  words.push(text.slice(start, end));
  slots[slot] = id;
  return id;
}

/** The id of a token text, given on first sight; `NO_WORD` for a long one. */
export function wordId(text: string): number {
  return wordIdAt(text, 0, text.length);
}

/** The stored text of word `id`: every occurrence of a word shares it. */
export function wordText(id: number): string {
  return words[id] ?? "";
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
