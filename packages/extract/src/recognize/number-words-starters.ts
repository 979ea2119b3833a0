import { TokenMemo } from "../lexicon/token-memo";
import { type LexiconHit, TokenTrie } from "../lexicon/trie";
import { keyOf } from "../normalize/matching-key";
import type { Tokens } from "../normalize/tokens";

/**
 * A cheap pre-filter before trie lookups: whether a token may start a lexicon form, read as written or
 * without up to three prefix letters (conjunction, preposition; `لل` = `ل` + `ال`). Over-approximates
 * `cliticReadings` on purpose. Clitics are prefixes, so a token and its stems share their last two letters:
 * an integer Set of those endings rejects most tokens without building any string. Half the tokens of a text
 * still pass it (common endings: `ين`, `ات`); their answer is kept per token text, since each date and number
 * reader asks again at every token and the stem lookups build strings.
 */
export class Starters {
  private readonly words = new Set<string>();
  private readonly endings = new Set<number>();
  private readonly known = new TokenMemo<boolean>();

  add(firstWordKey: string): void {
    if (firstWordKey.length === 0) return;
    this.words.add(firstWordKey);
    this.endings.add(ending(firstWordKey));
    this.known.clear();
  }

  mayStart(token: string): boolean {
    if (token.length === 0 || !this.endings.has(ending(token))) return false;
    return this.known.get(token, this.lookup);
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

function ending(word: string): number {
  const n = word.length;
  return word.charCodeAt(n - 1) * 65536 + (n > 1 ? word.charCodeAt(n - 2) : 0);
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
    const token = tokens.texts[i];
    if (token === undefined || !this.starters.mayStart(token)) return undefined;
    return this.trie.matchAt(tokens, i);
  }
}
