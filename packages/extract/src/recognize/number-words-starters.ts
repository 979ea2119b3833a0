import { type LexiconHit, TokenTrie } from "../lexicon/trie";
import { keyOf } from "../normalize/matching-key";
import type { Tokens } from "../normalize/tokens";
import { WordFacts, type WordsOf } from "../normalize/vocabulary";

/**
 * A cheap pre-filter before trie lookups: whether a token may start a lexicon form, read as written or
 * without up to three prefix letters (conjunction, preposition; `لل` = `ل` + `ال`). Over-approximates
 * `cliticReadings` on purpose. Clitics are prefixes, so a token and its stems share their tail: a word of three
 * letters or more fixes the token's last three (see `Tails`), which rejects most tokens without building any
 * string. What passes is mostly a real start; the answer is kept per token text, since each date and number
 * reader asks again at every token and the stem lookups build strings.
 */
export class Starters {
  private readonly words = new Set<string>();
  private readonly tails = new Tails();
  private readonly known = new WordFacts<boolean>((token) => this.mayStart(token));

  add(firstWordKey: string): void {
    if (firstWordKey.length === 0) return;
    this.words.add(firstWordKey);
    if (firstWordKey.length < 3) this.tails.add(firstWordKey, firstWordKey.length);
    else {
      this.tails.add(firstWordKey, 3);
      // `لل` + X is read as `ال` + X: such a token ends like `للX`, not like `الX` (they differ when X is one letter).
      if (firstWordKey.startsWith("ال")) this.tails.add(`لل${firstWordKey.slice(2)}`, 3);
    }
    this.known.clear();
  }

  /** Whether token `i` may start a form; the answer is kept per word. */
  mayStartAt(words: WordsOf, i: number): boolean {
    return this.known.of(words, i);
  }

  mayStart(token: string): boolean {
    const n = token.length;
    const tails = this.tails;
    if (!((n >= 3 && tails.has(token, 3)) || (n >= 2 && tails.has(token, 2)) || (n >= 1 && tails.has(token, 1)))) return false;
    return this.lookup(token);
  }

  private readonly lookup = (token: string): boolean => {
    const words = this.words;
    if (words.has(token)) return true;
    if (token.length < 3) return false;
    if (words.has(token.slice(1)) || (token.length > 3 && words.has(token.slice(2)))) return true;
    if (token.startsWith("لل")) return words.has(`ال${token.slice(2)}`);
    if (token.length > 4 && token.slice(1, 3) === "لل") return words.has(`ال${token.slice(3)}`);
    return false;
  };
}

const TAIL_BITS = 15;

/**
 * The last one, two or three letters a token may end with: hashed into one bit set, so a check builds no
 * string. A hash collision only lets a token through to the exact lookup; no tail that was added is ever refused.
 */
class Tails {
  private readonly bits = new Uint32Array((1 << TAIL_BITS) / 32);

  add(word: string, width: number): void {
    const h = tailHash(word, width);
    this.bits[h >>> 5] = (this.bits[h >>> 5] ?? 0) | (1 << (h & 31));
  }

  has(token: string, width: number): boolean {
    const h = tailHash(token, width);
    return ((this.bits[h >>> 5] ?? 0) & (1 << (h & 31))) !== 0;
  }
}

/** FNV-1a over the last `width` code units (seeded by `width`), spread to `TAIL_BITS` bits. */
function tailHash(word: string, width: number): number {
  let h = 0x811c9dc5 ^ width;
  for (let k = word.length - width; k < word.length; k++) h = Math.imul(h ^ word.charCodeAt(k), 0x01000193);
  return Math.imul(h, 0x9e3779b1) >>> (32 - TAIL_BITS);
}

/** A token trie behind a `Starters` guard: `matchAt` is only tried on tokens that may start one of its forms. */
export class GuardedTrie<T> {
  private readonly trie = new TokenTrie<T>();
  private readonly starters = new Starters();

  add(form: string, value: T): void {
    this.trie.add(form, value);
    this.starters.add(keyOf(form).split(" ")[0] ?? "");
  }

  matchAt(tokens: Tokens, i: number): LexiconHit<T> | undefined {
    if (i < 0 || i >= tokens.count || !this.starters.mayStartAt(tokens, i)) return undefined;
    return this.trie.matchAt(tokens, i);
  }
}
