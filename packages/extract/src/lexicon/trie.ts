import { keyOf } from "../normalize/matching-key";
import { joined, type Tokens } from "../normalize/tokens";
import { WordFacts, type WordsOf } from "../normalize/vocabulary";

/**
 * A token trie over the matching keys of every lexicon form: one multi-pattern automaton shared by all
 * recognizers, so the text is scanned once whatever the number of entries.
 */
export interface LexiconHit<T> {
  /** First and one-past-last token of the match. */
  readonly firstToken: number;
  readonly endToken: number;
  /** Key characters of the first token taken by a prefix clitic (`و`, `ب`, `لل`…), not part of the name. */
  readonly prefixLength: number;
  readonly values: readonly T[];
  /** Shorter matches from the same token (`قصف` inside `قصف مدفعي`), longest first: other kinds may need them. */
  readonly nested: ReadonlyArray<{ readonly endToken: number; readonly values: readonly T[] }>;
}

interface Node<T> {
  children: Map<string, Node<T>> | undefined;
  values: T[] | undefined;
}

/** Prefix clitics, longest first: a conjunction, then a preposition; `لل` is `ل` + `ال`. */
const CONJUNCTIONS = ["و", "ف"];
const CLITIC_LETTERS = new Set(["و", "ف", "ب", "ل", "ك"].map((letter) => letter.charCodeAt(0)));
const PREPOSITIONS = ["ب", "ل", "ك"];

/** Where a match may start for a given first token: a node under the root, and the clitic it leaves out. */
interface Start<T> {
  readonly node: Node<T>;
  readonly prefixLength: number;
}

export class TokenTrie<T> {
  private readonly root: Node<T> = { children: new Map(), values: undefined };
  /**
   * The start nodes of each first token seen, as written then without clitics: a token with a clitic would
   * otherwise cost several look-ups every time it occurs. Bounded; emptied whenever a form is added.
   */
  private readonly startsByWord = new WordFacts<readonly Start<T>[]>((token) => this.startsOf(token));

  add(form: string, value: T): void {
    const key = keyOf(form);
    if (key.length === 0) return;
    this.startsByWord.clear();
    const parts = key.split(" ");
    let node = this.root;
    for (const part of parts) {
      node.children ??= new Map();
      let child = node.children.get(part);
      if (!child) {
        child = { children: undefined, values: undefined };
        node.children.set(part, child);
      }
      node = child;
    }
    node.values ??= [];
    if (!node.values.includes(value)) node.values.push(value);
  }

  /** The longest match starting at token `i`, trying the token as written first, then without clitics. */
  matchAt(tokens: Tokens, i: number): LexiconHit<T> | undefined {
    if (i < 0 || i >= tokens.count) return undefined;
    const starts = this.startsByWord.of(tokens, i);
    for (let k = 0; k < starts.length; k++) {
      const start = starts[k] as Start<T>;
      const found = this.longestFrom(start.node, tokens, i, start.prefixLength);
      if (found) return found;
    }
    return undefined;
  }

  private startsOf(token: string): readonly Start<T>[] {
    const found: Start<T>[] = [];
    const exact = this.root.children?.get(token);
    if (exact) found.push({ node: exact, prefixLength: 0 });
    // Most tokens carry no clitic: only read the others when the first letter could be one.
    if (CLITIC_LETTERS.has(token.charCodeAt(0))) {
      for (const [stem, prefixLength] of cliticReadings(token)) {
        const node = prefixLength > 0 ? this.root.children?.get(stem) : undefined;
        if (node) found.push({ node, prefixLength });
      }
    }
    return found.length === 0 ? NO_STARTS : found;
  }

  private longestFrom(start: Node<T>, tokens: Tokens, i: number, prefixLength: number): LexiconHit<T> | undefined {
    // Most walks match nothing: nothing is allocated until a node with values is reached.
    let longestEnd = -1;
    let longestValues: readonly T[] | undefined;
    let shorter: Array<{ endToken: number; values: readonly T[] }> | undefined;
    let node: Node<T> | undefined = start;
    let j = i;
    while (node) {
      if (node.values) {
        if (longestValues) {
          shorter ??= [];
          shorter.push({ endToken: longestEnd, values: longestValues });
        }
        longestEnd = j + 1;
        longestValues = node.values;
      }
      const next = tokens.texts[j + 1];
      if (next === undefined || !node.children || !joined(tokens, j)) break;
      node = node.children.get(next);
      j++;
    }
    if (!longestValues) return undefined;
    return { firstToken: i, endToken: longestEnd, prefixLength, values: longestValues, nested: shorter ? shorter.reverse() : NO_NESTED };
  }

  /** Every non-overlapping longest match, left to right. */
  scan(tokens: Tokens): LexiconHit<T>[] {
    const hits: LexiconHit<T>[] = [];
    for (let i = 0; i < tokens.count; ) {
      const hit = this.matchAt(tokens, i);
      if (hit) {
        hits.push(hit);
        i = hit.endToken;
      } else i++;
    }
    return hits;
  }
}

const NO_NESTED: LexiconHit<never>["nested"] = Object.freeze([]);
const NO_STARTS: readonly Start<never>[] = Object.freeze([]);

type Reading = readonly [stem: string, prefixLength: number];

const readingsByWord = new WordFacts<readonly Reading[]>((token) => cliticReadings(token));

/** The clitic readings of token `i`, kept by word (recognizers ask them of every token). */
export function cliticReadingsAt(words: WordsOf, i: number): readonly Reading[] {
  return readingsByWord.of(words, i);
}

/**
 * Readings of a token as `[stem, prefix length]`: as written, then with a conjunction and/or preposition removed.
 * Computed each call: callers keep what they derive from it per word.
 */
export function cliticReadings(token: string): readonly Reading[] {
  const readings: Reading[] = [[token, 0]];
  const bases: Reading[] = [[token, 0]];
  const conj = token[0];
  if (conj !== undefined && CONJUNCTIONS.includes(conj) && token.length > 2) {
    readings.push([token.slice(1), 1]);
    bases.push([token.slice(1), 1]);
  }
  for (const [base, offset] of bases) {
    if (base.startsWith("لل") && base.length > 3) readings.push([`ال${base.slice(2)}`, offset + 1]);
    const prep = base[0];
    if (prep !== undefined && PREPOSITIONS.includes(prep) && base.length > 2) readings.push([base.slice(1), offset + 1]);
  }
  return Object.freeze(readings);
}
